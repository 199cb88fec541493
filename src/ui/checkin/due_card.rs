//! The home screen's check-in card: due this week (or carry on), and the last score in one line.

use leptos::prelude::*;

use super::clinic::{definition, definitions, fetch_once};
use super::questionnaire::new_draft;
use super::{band_of, change_words, long_date, num, today};
use crate::domain::checkin::{due_this_week, history};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

/// "Weekly check-in" on This week.
#[component]
pub fn CheckinDueCard() -> impl IntoView {
    fetch_once();
    let app = use_app();
    let i18n = use_i18n();
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
                let def = defs.iter().find(|d| d.id == e.measure);
                let name = e.measure_name.clone();
                let total = num(e.total);
                match (band_of(i18n, def, e.total), e.change) {
                    (Some(band), Some(c)) => t_string!(
                        i18n,
                        checkin.due_card.last_change,
                        name = name,
                        total = total,
                        band = band,
                        change = change_words(i18n, c)
                    )
                    .to_string(),
                    (Some(band), None) => t_string!(
                        i18n,
                        checkin.due_card.last,
                        name = name,
                        total = total,
                        band = band
                    )
                    .to_string(),
                    (None, _) => t_string!(
                        i18n,
                        checkin.due_card.last_plain,
                        name = name,
                        total = total
                    )
                    .to_string(),
                }
            })
    };
    let body = move || {
        match (&draft, due()) {
        (Some((id, name, answered)), _) => view! {
            <p>{t_string!(i18n, checkin.due_card.kept, name = name.clone(), answered = num(*answered as i64)).to_string()}</p>
            <a class="button" href=format!("/checkin/new/{id}")>{t_string!(i18n, checkin.continue_measure, name = name.clone()).to_string()}</a>
        }
        .into_any(),
        (None, d) if d.due => view! {
            <p>{t!(i18n, checkin.due_card.due)}</p>
            <a class="button" href="/checkin">{t!(i18n, checkin.due_card.start)}</a>
        }
        .into_any(),
        (None, d) => view! {
            <p>{t_string!(i18n, checkin.done_week, date = long_date(d.next)).to_string()}</p>
        }
        .into_any(),
    }
    };
    view! {
        <section class="card checkin-due" aria-labelledby="checkin-due-title">
            <h2 id="checkin-due-title">{t!(i18n, checkin.due_card.title)}</h2>
            {body}
            {move || last().map(|l| view! {
                <p class="small">{l}" "<a href="/checkin/history">{t!(i18n, checkin.due_card.see_trend)}</a></p>
            })}
        </section>
    }
}
