//! `/people/week[/<first day>]`: the week's self-care pattern beside that week's check-in score.
//! Counts are shown as care ("4 of 7 days"), never as failures.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::domain::instruments::measure_name;
use crate::domain::selfcare::{week_view, WeekView};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::fmt::{self, DateStyle};
use crate::ui::state::use_app;

use super::text::{self, num, I18n};
use super::today::session_label;
use super::{long_date, today, week_of};

fn mark(i18n: I18n, v: Option<bool>) -> (&'static str, &'static str) {
    match v {
        Some(true) => ("✓", t_string!(i18n, people.week.yes)),
        Some(false) => ("–", t_string!(i18n, people.week.no)),
        None => ("", t_string!(i18n, people.week.not_logged)),
    }
}

/// The week page.
#[component]
pub fn WeekPage(start: Option<NaiveDate>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let this_week = week_of(&app, today());
    let start = start.map(|d| week_of(&app, d)).unwrap_or(this_week);
    let view_data = Memo::new(move |_| app.with_journal(|j| week_view(j, start)));
    let prev = start.checked_sub_days(Days::new(7)).unwrap_or(start);
    let next = start.checked_add_days(Days::new(7)).unwrap_or(start);
    let end = start.checked_add_days(Days::new(6)).unwrap_or(start);
    let title = move || {
        if start == this_week {
            t_string!(i18n, people.week.this_week).to_owned()
        } else {
            t_string!(i18n, people.week.week_of, date = long_date(start)).to_string()
        }
    };
    view! {
        <p class="pp-crumb"><a href="/people">{t!(i18n, people.crumb)}</a></p>
        <h1 tabindex="-1">{title}</h1>
        <p class="promise">{move || t_string!(i18n, people.week.range, start = long_date(start), end = long_date(end)).to_string()}</p>
        {move || {
            let w = view_data.get();
            view! {
                <Summary w=w.clone()/>
                <DaysTable w=w/>
            }
        }}
        <nav class="actions" aria-label=move || t_string!(i18n, people.week.other_weeks)>
            <a class="button quiet" href=format!("/people/week/{prev}")>{t!(i18n, people.week.before)}</a>
            {(next <= this_week).then(|| view! {
                <a class="button quiet" href=format!("/people/week/{next}")>{t!(i18n, people.week.after)}</a>
            })}
            <a class="button" href="/people/today">{t!(i18n, people.week.log_day)}</a>
        </nav>
    }
}

#[component]
fn Summary(w: WeekView) -> impl IntoView {
    let i18n = use_i18n();
    let c = w.counts.clone();
    let lines = move || {
        let mut lines: Vec<String> = vec![t_string!(
            i18n,
            people.week.days_logged,
            n = num(c.days_logged as i64),
            total = num(7)
        )
        .to_string()];
        if c.days_logged > 0 {
            lines.push(
                t_string!(i18n, people.week.nights, n = num(c.nights_slept_7h as i64)).to_string(),
            );
            lines.push(
                t_string!(
                    i18n,
                    people.week.meals_movement,
                    meals = num(c.regular_meals as i64),
                    movement = num(c.movement as i64)
                )
                .to_string(),
            );
            lines.push(
                t_string!(
                    i18n,
                    people.week.pleasant,
                    n = num(c.pleasant_activity as i64)
                )
                .to_string(),
            );
            if c.sessions_attended > 0 {
                lines.push(
                    t_string!(
                        i18n,
                        people.week.sessions,
                        n = num(c.sessions_attended as i64)
                    )
                    .to_string(),
                );
            }
        }
        lines
            .into_iter()
            .map(|l| view! { <li>{l}</li> })
            .collect_view()
    };
    let scores = w.scores.clone();
    view! {
        <section class="card week-summary" aria-labelledby="week-summary-title">
            <h2 id="week-summary-title">{t!(i18n, people.week.glance_title)}</h2>
            <ul>{lines}</ul>
            <h3>{t!(i18n, people.week.checkin_title)}</h3>
            {if scores.is_empty() {
                view! { <p>{t!(i18n, people.week.no_checkin)}</p> }.into_any()
            } else {
                view! {
                    <ul class="week-scores">
                        {scores.into_iter().map(|s| {
                            let measure = measure_name(&s.measure);
                            let total = s.total;
                            let date = s.date;
                            view! {
                                <li><strong>{move || t_string!(i18n, people.week.score, measure = measure.clone(), total = num(total as i64)).to_string()}</strong>
                                    " "{move || t_string!(i18n, people.week.score_on, date = long_date(date)).to_string()}</li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn DaysTable(w: WeekView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="week-days-title">
            <h2 id="week-days-title">{t!(i18n, people.week.days_title)}</h2>
            <div class="pp-table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, people.week.table_label)>
                <table class="week-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(i18n, people.week.col_day)}</th>
                            <th scope="col">{t!(i18n, people.week.col_sleep)}</th>
                            <th scope="col">{t!(i18n, people.week.col_meals)}</th>
                            <th scope="col">{t!(i18n, people.week.col_moving)}</th>
                            <th scope="col">{t!(i18n, people.week.col_pleasant)}</th>
                            <th scope="col">{t!(i18n, people.week.col_session)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || w.days.clone().into_iter().map(|cell| {
                            // The weekday name and day in the chosen language ("Wed 25").
                            let day = fmt::date(cell.date, DateStyle::ShortWeekdayDay);
                            match cell.log {
                                None => view! {
                                    <tr class="not-logged">
                                        <th scope="row">{day}</th>
                                        <td colspan="5" class="small">{t!(i18n, people.week.not_written)}</td>
                                    </tr>
                                }.into_any(),
                                Some(log) => {
                                    let (m, m_sr) = mark(i18n, log.regular_meals);
                                    let (mv, mv_sr) = mark(i18n, log.movement);
                                    let pleasant = log.pleasant_activity.clone();
                                    let session = session_label(i18n, log.session);
                                    view! {
                                        <tr>
                                            <th scope="row">{day}</th>
                                            <td>{log.sleep_half_hours.map(|h| text::sleep_hours(i18n, h)).unwrap_or_default()}</td>
                                            <td><span aria-hidden="true">{m}</span><span class="pp-visually-hidden">{m_sr}</span></td>
                                            <td><span aria-hidden="true">{mv}</span><span class="pp-visually-hidden">{mv_sr}</span></td>
                                            <td class="pleasant">{pleasant}</td>
                                            <td>{session}</td>
                                        </tr>
                                    }.into_any()
                                }
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
