use leptos::prelude::*;

use crate::domain::selfcare::helpers_for_safety;
use crate::ui::state::use_app;

/// Her own people who can come to her assistance (from her plan), with tap-to-call links. Shown
/// on the safety page and on the check-in's safety screen.
#[component]
pub fn SafetyPeople() -> impl IntoView {
    let app = use_app();
    let helpers = move || app.with_journal(helpers_for_safety);
    view! {
        <section aria-labelledby="own-people-title" class="card">
            <h2 id="own-people-title">"Your own people"</h2>
            {move || {
                let list = helpers();
                if list.is_empty() {
                    view! {
                        <p>"When you write down who can come to your assistance, they show here, ready to call."</p>
                    }
                    .into_any()
                } else {
                    view! {
                        <p>"People who can come to your assistance:"</p>
                        <ul class="contacts">
                            {list.into_iter().map(|h| {
                                let call = (!h.dial.is_empty()).then(|| view! {
                                    <span class="contact-actions">
                                        <a class="button call" href=format!("tel:{}", h.dial)>{format!("Call {}", h.name)}</a>
                                    </span>
                                });
                                view! {
                                    <li class="contact">
                                        <span class="contact-name">{h.name.clone()}</span>
                                        {(!h.phone.is_empty()).then(|| view! { <span class="contact-note">{h.phone.clone()}</span> })}
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
