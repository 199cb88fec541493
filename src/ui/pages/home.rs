use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

/// "This week": what is due, and a welcome for a new user.
#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let welcome_open = move || !app.with_journal(|j| j.settings().welcome_dismissed);
    let dismiss = move |_| {
        app.edit(|j, now| {
            let mut s = j.settings();
            s.welcome_dismissed = true;
            j.set_settings(s, now);
        })
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, common.home.title)}</h1>
        <p class="promise">{t!(i18n, common.home.promise)}</p>
        <crate::ui::components::country_question::CountryQuestion/>
        <crate::ui::my_work::course::CourseLine/>
        <Show when=welcome_open>
            <section class="card welcome" aria-labelledby="welcome-title">
                <h2 id="welcome-title">{t!(i18n, common.home.welcome)}</h2>
                <p>{t!(i18n, common.home.welcome_what)}</p>
                <p>{t!(i18n, common.home.welcome_private)}</p>
                <p>{move || crate::i18n::marked(t_string!(i18n, common.home.welcome_help), &|name, inner| match name {
                    "strong" => view! { <strong>{inner}</strong> }.into_any(),
                    _ => view! { <a href="/safety">{inner}</a> }.into_any(),
                })}</p>
                <button type="button" class="button" on:click=dismiss>{t!(i18n, common.home.got_it)}</button>
            </section>
        </Show>
        <crate::ui::checkin::CheckinDueCard/>
        <crate::ui::my_work::course::EndingCard/>
        <crate::ui::share::nudge::BackupNudge/>
        <crate::ui::people::SelfCareCard/>
        <crate::ui::my_work::home_card::NextExperimentCard/>
    }
}
