//! The "This week" card for today's self-care log: one tap to the log, what she logged today,
//! and any put-off item whose review day has come.

use leptos::prelude::*;

use crate::domain::selfcare::{day_record, deferred_due, Session};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

use super::text;
use super::today;

/// Today's self-care, for the home screen.
#[component]
pub fn SelfCareCard() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let day = today();
    let logged = Memo::new(move |_| {
        app.with_journal(|j| {
            day_record(j, day).map(|r| {
                let d = &r.data;
                let mut parts: Vec<String> = Vec::new();
                if let Some(h) = d.sleep_half_hours {
                    let hours = text::sleep_hours(i18n, h);
                    parts.push(t_string!(i18n, people.card.slept, hours).to_string());
                }
                if d.regular_meals == Some(true) {
                    parts.push(t_string!(i18n, people.card.meals).to_owned());
                }
                if d.movement == Some(true) {
                    parts.push(t_string!(i18n, people.card.movement).to_owned());
                }
                if !d.pleasant_activity.trim().is_empty() {
                    parts.push(d.pleasant_activity.trim().to_owned());
                }
                if d.session == Session::Yes {
                    parts.push(t_string!(i18n, people.card.session).to_owned());
                }
                text::join(i18n, &parts)
            })
        })
    });
    let due = Memo::new(move |_| {
        app.with_journal(|j| {
            deferred_due(j, day)
                .into_iter()
                .map(|d| d.what)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card selfcare-card" aria-labelledby="selfcare-card-title">
            <h2 id="selfcare-card-title">{t!(i18n, people.card.title)}</h2>
            {move || match logged.get() {
                None => view! {
                    <p>{t!(i18n, people.card.intro)}</p>
                    <a class="button" href="/people/today">{t!(i18n, people.card.log_today)}</a>
                }.into_any(),
                Some(summary) => view! {
                    <p>{if summary.is_empty() {
                        t_string!(i18n, people.card.logged).to_owned()
                    } else {
                        t_string!(i18n, people.card.logged_summary, summary).to_string()
                    }}</p>
                    <a class="button quiet" href="/people/today">{t!(i18n, people.card.change)}</a>
                }.into_any(),
            }}
            {move || {
                let items = due.get();
                (!items.is_empty()).then(|| {
                    let items = text::join(i18n, &items);
                    view! {
                        <p class="small">{t_string!(i18n, people.card.due, items).to_string()}" "
                            <a href="/people/plan">{t!(i18n, people.card.open_plan)}</a></p>
                    }
                })
            }}
        </section>
    }
}
