use leptos::prelude::*;

use crate::domain::selfcare::helpers_for_safety;
use crate::i18n::{t, use_i18n};
use crate::ui::state::use_app;

/// Her own people who can come to her assistance (from her plan), with tap-to-call links. Shown
/// on the safety page and on the check-in's safety screen.
#[component]
pub fn SafetyPeople() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let helpers = move || app.with_journal(helpers_for_safety);
    view! {
        <section aria-labelledby="own-people-title" class="card">
            <h2 id="own-people-title">{t!(i18n, safety.people.title)}</h2>
            {move || {
                let list = helpers();
                if list.is_empty() {
                    view! {
                        <p>{t!(i18n, safety.people.empty)}</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <p>{t!(i18n, safety.people.intro)}</p>
                        <ul class="contacts">
                            {list.into_iter().map(|h| {
                                let name = h.name.clone();
                                let call = (!h.dial.is_empty()).then(|| view! {
                                    <span class="contact-actions">
                                        <a class="button call" href=format!("tel:{}", h.dial)>
                                            <span>{move || crate::i18n::marked(i18n.template(crate::i18n::keys::safety::people::call), &|_, _| view! { <bdi>{name.clone()}</bdi> }.into_any())}</span>
                                        </a>
                                    </span>
                                });
                                view! {
                                    <li class="contact">
                                        <span class="contact-name"><bdi>{h.name.clone()}</bdi></span>
                                        {(!h.phone.is_empty()).then(|| view! {
                                            <span class="contact-note"><bdi dir="ltr">{h.phone.clone()}</bdi></span>
                                        })}
                                        {call}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
