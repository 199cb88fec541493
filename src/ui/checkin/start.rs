//! `/checkin`: carry on a check-in in progress, or choose a questionnaire; the link to history;
//! the weekly reminder.

use leptos::prelude::*;

use super::clinic::{definition, definitions};
use super::questionnaire::new_draft;
use super::reminder::ReminderCard;
use super::{
    band_of, change_words, long_date, measure_about, num, recall_period, short_date, today,
    wording_source,
};
use crate::domain::checkin::{due_this_week, history};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

/// The check-in place.
#[component]
pub fn Start() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let draft = new_draft(&app);
    let resume = draft.and_then(|s| {
        let def = definition(&s.draft.measure)?;
        let total = def.items.len();
        let at = (s.draft.current + 1).min(total);
        let answered = s.draft.answers.len();
        let href = format!("/checkin/new/{}", def.id);
        let name = def.name.clone();
        let name2 = def.name.clone();
        Some(view! {
            <section class="card checkin-resume" aria-labelledby="checkin-resume-title">
                <h2 id="checkin-resume-title">{t!(i18n, checkin.resume_title)}</h2>
                <p>{move || t_string!(i18n, checkin.resume_body, name = name.clone(), answered = num(answered as i64), at = num(at as i64), total = num(total as i64)).to_string()}</p>
                <a class="button" href=href>{move || t_string!(i18n, checkin.continue_measure, name = name2.clone()).to_string()}</a>
            </section>
        })
    });
    let due = move || {
        app.with_journal(|j| due_this_week(today(), j.settings().checkin_weekday, &j.checkins))
    };
    let due_line = move || {
        let d = due();
        if d.due {
            t_string!(i18n, checkin.due).to_owned()
        } else {
            t_string!(i18n, checkin.done_week, date = long_date(d.next)).to_string()
        }
    };
    let measures = move || {
        definitions()
            .into_iter()
            .map(|def| {
                let title_id = format!("measure-{}", def.id);
                let count = def.items.len();
                let about = measure_about(i18n, &def.id);
                let action = if def.texts_available {
                    let href = format!("/checkin/new/{}", def.id);
                    let (recall, recall_lang) = recall_period(i18n, &def);
                    view! {
                        <p class="small">
                            {t_string!(i18n, checkin.question_count, count = num(count as i64)).to_string()}
                            " · "
                            <span lang=recall_lang>{recall}</span>
                        </p>
                        <p class="small">{wording_source(i18n, &def)}</p>
                        <a class="button" href=href>{t_string!(i18n, checkin.start_measure, name = def.name.clone()).to_string()}</a>
                    }
                    .into_any()
                } else {
                    view! { <p class="checkin-not-enabled">{t!(i18n, checkin.not_enabled)}</p> }.into_any()
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
                let def = defs.iter().find(|d| d.id == e.measure);
                let name = e.measure_name.clone();
                let total = num(e.total);
                let date = short_date(e.date);
                match (band_of(i18n, def, e.total), e.change) {
                    (Some(band), Some(c)) => t_string!(
                        i18n,
                        checkin.last_change,
                        name = name,
                        total = total,
                        band = band,
                        date = date,
                        change = change_words(i18n, c)
                    )
                    .to_string(),
                    (Some(band), None) => t_string!(
                        i18n,
                        checkin.last,
                        name = name,
                        total = total,
                        band = band,
                        date = date
                    )
                    .to_string(),
                    (None, _) => t_string!(
                        i18n,
                        checkin.last_plain,
                        name = name,
                        total = total,
                        date = date
                    )
                    .to_string(),
                }
            })
    };
    view! {
        <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{t!(i18n, checkin.title)}</h1>
        <p class="lead">{t!(i18n, checkin.lead)}</p>
        <crate::ui::my_work::course::CourseLine invite=true/>
        <p>{due_line}</p>
        {resume}
        <section aria-labelledby="checkin-choose-title">
            <h2 id="checkin-choose-title">{t!(i18n, checkin.choose)}</h2>
            <ul class="checkin-measures">{measures}</ul>
        </section>
        <section class="card" aria-labelledby="checkin-history-title">
            <h2 id="checkin-history-title">{t!(i18n, checkin.history_title)}</h2>
            <p>{move || last().unwrap_or_else(|| t_string!(i18n, checkin.history_empty).to_owned())}</p>
            <a class="button quiet" href="/checkin/history">{t!(i18n, checkin.see_history)}</a>
        </section>
        <ReminderCard/>
    }
}
