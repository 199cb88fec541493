//! "Is someone hurting you?": a short, calm page on abuse in pregnancy and after birth. Reachable
//! locked or not; locked, it shows nothing of hers.

use leptos::prelude::*;

use crate::domain::safety::{contacts_for, violence_lines, LineKind};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::components::care_team::CareTeam;
use crate::ui::pages::safety::{country_name, shown_country, ContactList};
use crate::ui::state::use_app;

#[component]
pub fn Hurt() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let country = shown_country(app);
    let violence = move || violence_lines(&country());
    let emergency = move || {
        contacts_for(&country())
            .into_iter()
            .filter(|c| c.kind == LineKind::Emergency)
            .collect::<Vec<_>>()
    };
    view! {
        <p class="back"><a href="/safety">{t!(i18n, safety.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, safety.hurt.title)}</h1>
        <p class="lead">{t!(i18n, safety.hurt.not_your_fault)}</p>
        <section aria-labelledby="hurt-looks" class="card">
            <h2 id="hurt-looks">{t!(i18n, safety.hurt.looks_title)}</h2>
            <p>{t!(i18n, safety.hurt.looks_intro)}</p>
            <ul>
                <li>{t!(i18n, safety.hurt.looks_physical)}</li>
                <li>{t!(i18n, safety.hurt.looks_fear)}</li>
                <li>{t!(i18n, safety.hurt.looks_control)}</li>
                <li>{t!(i18n, safety.hurt.looks_sex)}</li>
                <li>{t!(i18n, safety.hurt.looks_care)}</li>
                <li>{t!(i18n, safety.hurt.looks_baby)}</li>
            </ul>
        </section>
        <section aria-labelledby="hurt-help" class="card">
            <h2 id="hurt-help">{move || match country_name(i18n, &country()) {
                Some(name) => t_string!(i18n, safety.hurt.help_in, country = name),
                None => t_string!(i18n, safety.hurt.help).to_owned(),
            }}</h2>
            <Show when=move || violence().is_empty()>
                <p>{t!(i18n, safety.hurt.no_line)}</p>
            </Show>
            <ContactList contacts=Signal::derive(move || violence().into_iter().chain(emergency()).collect())/>
            <p>{t!(i18n, safety.hurt.health_worker)}</p>
        </section>
        <Show when=move || app.is_open()>
            <CareTeam/>
        </Show>
        <section aria-labelledby="hurt-exit" class="card">
            <h2 id="hurt-exit">{t!(i18n, safety.hurt.exit_title)}</h2>
            <p>{t!(i18n, safety.hurt.exit)}</p>
        </section>
    }
}
