//! The home screen's card for the experiment due before her next session.

use leptos::prelude::*;

use crate::domain::dates::weekday_from_index;
use crate::domain::experiment::{due_before_next_session, next_session};
use crate::domain::worksheets::person_name;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::my_work::experiments::goal_line;
use crate::ui::my_work::{day_label, text, today};
use crate::ui::state::use_app;

/// "Before your next session": the open experiment due first, one tap from its page. Nothing
/// is shown when no experiment is open.
#[component]
pub fn NextExperimentCard() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let due = move || {
        app.with_journal(|j| {
            let s = j.settings();
            let session_day = weekday_from_index(s.session_weekday.unwrap_or(s.checkin_weekday));
            let today = today();
            due_before_next_session(&j.experiments, today, session_day).map(|r| {
                let who = person_name(&j.people, r.data.person.as_ref(), &r.data.person_text);
                (
                    r.id.clone(),
                    goal_line(i18n, &r.data),
                    who,
                    r.data.when,
                    text::status_label(i18n, r.data.status),
                    next_session(today, session_day),
                )
            })
        })
    };
    move || {
        due().map(|(id, goal, who, when, status, session)| {
            let mut about = Vec::new();
            if !who.is_empty() {
                about.push(t_string!(i18n, work.common.with_person, who = text::person(i18n, who)));
            }
            if let Some(w) = when {
                about.push(day_label(w));
            }
            about.push(status.to_owned());
            view! {
                <section class="card experiment-due" aria-labelledby="experiment-due-title">
                    <h2 id="experiment-due-title">{t!(i18n, work.common.before_session)}</h2>
                    <p class="due-goal">{goal}</p>
                    <p class="small">{about.join(" · ")}</p>
                    <p class="small">{t_string!(i18n, work.common.next_session, date = day_label(session))}</p>
                    <a class="button" href=format!("/my-work/experiments/{id}")>{t!(i18n, work.common.open_experiment)}</a>
                </section>
            }
        })
    }
}
