use leptos::prelude::*;

use crate::domain::safety::{contacts_for, COUNTRIES, FIND_A_HELPLINE};
use crate::ui::state::use_app;

/// Crisis contacts for her country and her own people. Reachable from every page.
#[component]
pub fn Safety() -> impl IntoView {
    let app = use_app();
    // Locked or choosing a person: the general list, nothing from her journal.
    let country = move || {
        if app.is_open() {
            app.with_journal(|j| j.settings().country)
        } else {
            String::new()
        }
    };
    let country_name = move || {
        let code = country();
        COUNTRIES
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.name.to_owned())
    };
    view! {
        <h1 tabindex="-1">"You are not alone"</h1>
        <p class="lead">"Help is here, day and night. This app is not monitored by anyone, so if you need someone now, please reach out to one of these."</p>
        <section aria-labelledby="crisis-title" class="card">
            <h2 id="crisis-title">{move || match country_name() {
                Some(name) => format!("Crisis contacts in {name}"),
                None => "Crisis contacts".to_owned(),
            }}</h2>
            <ul class="contacts">
                {move || contacts_for(&country()).iter().map(|c| view! {
                    <li class="contact">
                        <span class="contact-name">{c.name}</span>
                        <span class="contact-note">{c.note}</span>
                        <span class="contact-actions">
                            <a class="button call" href=format!("tel:{}", c.dial)>{format!("Call {}", c.shown)}</a>
                            {c.text.then(|| view! {
                                <a class="button quiet" href=format!("sms:{}", c.dial)>{format!("Text {}", c.shown)}</a>
                            })}
                        </span>
                    </li>
                }).collect_view()}
            </ul>
            <Show when=move || country_name().is_none()>
                <p>"Choose your country in " <a href="/settings">"Settings"</a> " to see the helplines where you live."</p>
            </Show>
            <p class="small">"When you are online, " <a href=FIND_A_HELPLINE rel="noreferrer" target="_blank">"findahelpline.com"</a> " lists free helplines in many countries."</p>
        </section>
        <Show when=move || app.is_open()>
            <crate::ui::components::safety_people::SafetyPeople/>
        </Show>
    }
}
