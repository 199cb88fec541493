//! `/checkin`: carry on a check-in in progress, or choose a questionnaire; the link to history;
//! the weekly reminder.

use leptos::prelude::*;

use super::clinic::{definition, definitions};
use super::questionnaire::new_draft;
use super::reminder::ReminderCard;
use super::{change_words, long_date, measure_about, today, wording_source};
use crate::domain::checkin::{due_this_week, history};
use crate::domain::instruments::NOT_ENABLED_NOTE;
use crate::ui::state::use_app;

/// The check-in place.
#[component]
pub fn Start() -> impl IntoView {
    let app = use_app();
    let draft = new_draft(&app);
    let resume = draft.and_then(|s| {
        let def = definition(&s.draft.measure)?;
        let total = def.items.len();
        let at = (s.draft.current + 1).min(total);
        let href = format!("/checkin/new/{}", def.id);
        Some(view! {
            <section class="card checkin-resume" aria-labelledby="checkin-resume-title">
                <h2 id="checkin-resume-title">"Carry on where you left off"</h2>
                <p>{format!("Your {} is kept, with {} answered. You were at question {at} of {total}.", def.name, s.draft.answers.len())}</p>
                <a class="button" href=href>{format!("Continue the {}", def.name)}</a>
            </section>
        })
    });
    let due = move || {
        app.with_journal(|j| due_this_week(today(), j.settings().checkin_weekday, &j.checkins))
    };
    let due_line = move || {
        let d = due();
        if d.due {
            "Your check-in for this week is ready when you are. It takes a few minutes.".to_owned()
        } else {
            format!(
                "Done for this week. Thank you for taking the time. The next one is on {}.",
                long_date(d.next)
            )
        }
    };
    let measures = move || {
        definitions()
            .into_iter()
            .map(|def| {
                let title_id = format!("measure-{}", def.id);
                let count = def.items.len();
                let about = measure_about(&def.id);
                let action = if def.texts_available {
                    let href = format!("/checkin/new/{}", def.id);
                    view! {
                        <p class="small">{format!("{count} questions · {}", def.recall_period)}</p>
                        <p class="small">{wording_source(&def)}</p>
                        <a class="button" href=href>{format!("Start {}", def.name)}</a>
                    }
                    .into_any()
                } else {
                    view! { <p class="checkin-not-enabled">{NOT_ENABLED_NOTE}</p> }.into_any()
                };
                view! {
                    <li class="card checkin-measure">
                        <h3 id=title_id>{def.name.clone()}</h3>
                        <p>{about}</p>
                        {action}
                    </li>
                }
            })
            .collect_view()
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
                format!(
                    "Last check-in: {} {}{band} on {}{change}.",
                    e.measure_name,
                    e.total,
                    super::short_date(e.date)
                )
            })
    };
    view! {
        <h1 tabindex="-1">"Check-in"</h1>
        <p class="lead">"One question at a time. Your answers stay on this phone."</p>
        <p>{due_line}</p>
        {resume}
        <section aria-labelledby="checkin-choose-title">
            <h2 id="checkin-choose-title">"Choose a questionnaire"</h2>
            <ul class="checkin-measures">{measures}</ul>
        </section>
        <section class="card" aria-labelledby="checkin-history-title">
            <h2 id="checkin-history-title">"History and trend"</h2>
            <p>{move || last().unwrap_or_else(|| "Your check-ins will show here, with how they change over the weeks.".to_owned())}</p>
            <a class="button quiet" href="/checkin/history">"See history and trend"</a>
        </section>
        <ReminderCard/>
    }
}
