//! `/people/week[/<first day>]`: the week's self-care pattern beside that week's check-in score.
//! It counts what she did ("Some movement on 4 days"), never what she missed: no count of zero,
//! no row for a day she did not write down, and sleep is counted against a goal she sets (or
//! not at all).

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::domain::instruments::measure_name;
use crate::domain::selfcare::{set_sleep_goal, sleep_goal, week_view, Did, WeekView};
use crate::i18n::{t, t_string, use_i18n};
use crate::plural::{form, Form};
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
        <SleepGoal/>
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
    let did = w.did();
    let lines = move || {
        if did.is_empty() {
            return view! { <li>{t!(i18n, people.week.nothing_yet)}</li> }.into_any();
        }
        did.iter()
            .map(|d| view! { <li>{did_words(i18n, *d)}</li> })
            .collect_view()
            .into_any()
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
    // Only the days she wrote down: an empty week has no table at all.
    let any = w.logged_days().next().is_some();
    any.then(|| view! {
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
                        {move || w.days.clone().into_iter().filter_map(|cell| {
                            // The weekday name and day in the chosen language ("Wed 25").
                            let day = fmt::date(cell.date, DateStyle::ShortWeekdayDay);
                            let log = cell.log?;
                            let (m, m_sr) = mark(i18n, log.regular_meals);
                            let (mv, mv_sr) = mark(i18n, log.movement);
                            let pleasant = log.pleasant_activity.clone();
                            let session = session_label(i18n, log.session);
                            Some(view! {
                                <tr>
                                    <th scope="row">{day}</th>
                                    <td>{log.sleep_half_hours.map(|h| text::sleep_hours(i18n, h)).unwrap_or_default()}</td>
                                    <td><span aria-hidden="true">{m}</span><span class="pp-visually-hidden">{m_sr}</span></td>
                                    <td><span aria-hidden="true">{mv}</span><span class="pp-visually-hidden">{mv_sr}</span></td>
                                    <td class="pleasant">{pleasant}</td>
                                    <td>{session}</td>
                                </tr>
                            })
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    })
}

/// A sleep goal as she reads it ("7.5 h").
pub(crate) fn goal_words(i18n: I18n, half_hours: u8) -> String {
    t_string!(
        i18n,
        people.week.goal_hours,
        hours = text::sleep_hours(i18n, half_hours)
    )
    .to_string()
}

/// One line of the week's summary, with the plural form her language uses for the count.
pub(crate) fn did_words(i18n: I18n, did: Did) -> String {
    macro_rules! counted {
        ($n:expr, $one:ident, $two:ident, $few:ident, $many:ident) => {{
            let count = $n;
            let n = num(i64::from(count));
            match form(i18n.get_locale().as_str(), u64::from(count)) {
                Form::One => t_string!(i18n, people.week.$one).to_owned(),
                Form::Two => t_string!(i18n, people.week.$two).to_owned(),
                Form::Few => t_string!(i18n, people.week.$few, n),
                Form::Many => t_string!(i18n, people.week.$many, n),
            }
        }};
    }
    match did {
        Did::DaysWritten(c) => counted!(c, did_days_one, did_days_two, did_days_few, did_days_many),
        Did::NightsAtGoal { n: c, .. } => {
            counted!(
                c,
                did_nights_one,
                did_nights_two,
                did_nights_few,
                did_nights_many
            )
        }
        Did::Meals(c) => counted!(
            c,
            did_meals_one,
            did_meals_two,
            did_meals_few,
            did_meals_many
        ),
        Did::Movement(c) => counted!(
            c,
            did_movement_one,
            did_movement_two,
            did_movement_few,
            did_movement_many
        ),
        Did::Pleasant(c) => counted!(
            c,
            did_pleasant_one,
            did_pleasant_two,
            did_pleasant_few,
            did_pleasant_many
        ),
        Did::Sessions(c) => counted!(
            c,
            did_sessions_one,
            did_sessions_two,
            did_sessions_few,
            did_sessions_many
        ),
    }
}

/// Her sleep goal: a number of hours she chooses, or none.
#[component]
fn SleepGoal() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let goal = move || app.with_journal(sleep_goal);
    let refused = RwSignal::new(false);
    let choose = move |ev| {
        let chosen = event_target_value(&ev).parse::<u8>().ok();
        refused.set(
            app.try_choose(|j, now| set_sleep_goal(j, chosen, now).map_err(|_| String::new()))
                .is_err(),
        );
    };
    view! {
        <section class="card" aria-labelledby="sleep-goal-title">
            <h2 id="sleep-goal-title">{t!(i18n, people.week.goal_title)}</h2>
            <p class="small" id="sleep-goal-hint">{t!(i18n, people.week.goal_hint)}</p>
            <div class="field">
                <label for="sleep-goal">{t!(i18n, people.week.goal_label)}</label>
                <select id="sleep-goal" aria-describedby="sleep-goal-hint" on:change=choose>
                    <option value="" selected=move || goal().is_none()>{t!(i18n, people.week.goal_none)}</option>
                    {(6..=18u8).map(|h| view! {
                        <option value=h.to_string() selected=move || goal() == Some(h)>
                            {move || t_string!(i18n, people.week.goal_hours, hours = text::sleep_hours(i18n, h))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || refused.get()>
                <p class="pp-form-error" role="alert">{t!(i18n, people.week.goal_refused)}</p>
            </Show>
        </section>
    }
}
