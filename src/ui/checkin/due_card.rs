//! The home screen's check-in card: due this week (or carry on), and the last score in one line.

use leptos::prelude::*;

use super::clinic::{definition, definitions, fetch_once};
use super::questionnaire::new_draft;
use super::{change_words, long_date, today};
use crate::domain::checkin::{due_this_week, history};
use crate::ui::state::use_app;

/// "Weekly check-in" on This week.
#[component]
pub fn CheckinDueCard() -> impl IntoView {
    fetch_once();
    let app = use_app();
    let draft = new_draft(&app).and_then(|s| {
        let def = definition(&s.draft.measure)?;
        Some((def.id, def.name, s.draft.answers.len()))
    });
    let due = move || {
        app.with_journal(|j| due_this_week(today(), j.settings().checkin_weekday, &j.checkins))
    };
    let last = move || {
        let defs = definitions();
        app.with_journal(|j| history(&j.checkins, &defs).into_iter().next())
            .map(|e| {
                let band = e.band_label.map(|b| format!(" ({b})")).unwrap_or_default();
                let change = e
                    .change
                    .map(|c| format!(", {}", change_words(c)))
                    .unwrap_or_default();
                format!("Last {}: {}{band}{change}.", e.measure_name, e.total)
            })
    };
    let body = move || {
        match (&draft, due()) {
        (Some((id, name, answered)), _) => view! {
            <p>{format!("Your {name} is kept, with {answered} answered. Carry on where you left off.")}</p>
            <a class="button" href=format!("/checkin/new/{id}")>{format!("Continue the {name}")}</a>
        }
        .into_any(),
        (None, d) if d.due => view! {
            <p>"Due this week. A few minutes, one question at a time."</p>
            <a class="button" href="/checkin">"Start check-in"</a>
        }
        .into_any(),
        (None, d) => view! {
            <p>{format!("Done for this week. Thank you for taking the time. The next one is on {}.", long_date(d.next))}</p>
        }
        .into_any(),
    }
    };
    view! {
        <section class="card checkin-due" aria-labelledby="checkin-due-title">
            <h2 id="checkin-due-title">"Weekly check-in"</h2>
            {body}
            {move || last().map(|l| view! {
                <p class="small">{l}" "<a href="/checkin/history">"See the trend"</a></p>
            })}
        </section>
    }
}
