//! `/people/week[/<first day>]`: the week's self-care pattern beside that week's check-in score.
//! Counts are shown as care ("4 of 7 days"), never as failures.

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::domain::selfcare::{sleep_hours_text, week_view, Session, WeekView};
use crate::ui::state::use_app;

use super::{long_date, today, week_of};

fn measure_name(id: &str) -> String {
    match id {
        "phq9" => "PHQ-9".to_owned(),
        "gad7" => "GAD-7".to_owned(),
        "epds" => "EPDS".to_owned(),
        other => other.to_uppercase(),
    }
}

fn mark(v: Option<bool>) -> (&'static str, &'static str) {
    match v {
        Some(true) => ("✓", "yes"),
        Some(false) => ("–", "no"),
        None => ("", "not logged"),
    }
}

/// The week page.
#[component]
pub fn WeekPage(start: Option<NaiveDate>) -> impl IntoView {
    let app = use_app();
    let this_week = week_of(&app, today());
    let start = start.map(|d| week_of(&app, d)).unwrap_or(this_week);
    let view_data = Memo::new(move |_| app.with_journal(|j| week_view(j, start)));
    let prev = start.checked_sub_days(Days::new(7)).unwrap_or(start);
    let next = start.checked_add_days(Days::new(7)).unwrap_or(start);
    let end = start.checked_add_days(Days::new(6)).unwrap_or(start);
    let title = if start == this_week {
        "This week's self-care".to_owned()
    } else {
        format!("Self-care, week of {}", long_date(start))
    };
    view! {
        <p class="pp-crumb"><a href="/people">"People"</a></p>
        <h1 tabindex="-1">{title}</h1>
        <p class="promise">{format!("{} to {}", long_date(start), long_date(end))}</p>
        {move || {
            let w = view_data.get();
            view! {
                <Summary w=w.clone()/>
                <DaysTable w=w/>
            }
        }}
        <nav class="actions" aria-label="Other weeks">
            <a class="button quiet" href=format!("/people/week/{prev}")>"Week before"</a>
            {(next <= this_week).then(|| view! {
                <a class="button quiet" href=format!("/people/week/{next}")>"Week after"</a>
            })}
            <a class="button" href="/people/today">"Log a day"</a>
        </nav>
    }
}

#[component]
fn Summary(w: WeekView) -> impl IntoView {
    let c = &w.counts;
    let mut lines: Vec<String> = vec![format!(
        "You looked after yourself and wrote it down on {} of 7 days.",
        c.days_logged
    )];
    if c.days_logged > 0 {
        lines.push(format!(
            "{} nights with 7 hours of sleep or more.",
            c.nights_slept_7h
        ));
        lines.push(format!(
            "Regular meals on {} days, some movement on {} days.",
            c.regular_meals, c.movement
        ));
        lines.push(format!(
            "Something pleasant on {} days.",
            c.pleasant_activity
        ));
        if c.sessions_attended > 0 {
            lines.push(format!("You went to {} session(s).", c.sessions_attended));
        }
    }
    let scores = w.scores.clone();
    view! {
        <section class="card week-summary" aria-labelledby="week-summary-title">
            <h2 id="week-summary-title">"The week at a glance"</h2>
            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            <h3>"Check-in this week"</h3>
            {if scores.is_empty() {
                view! { <p>"No check-in this week yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="week-scores">
                        {scores.into_iter().map(|s| view! {
                            <li><strong>{format!("{} score {}", measure_name(&s.measure), s.total)}</strong>
                                {format!(" on {}", long_date(s.date))}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn DaysTable(w: WeekView) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="week-days-title">
            <h2 id="week-days-title">"Day by day"</h2>
            <div class="pp-table-wrap" tabindex="0" role="region" aria-label="Day by day table">
                <table class="week-table">
                    <thead>
                        <tr>
                            <th scope="col">"Day"</th>
                            <th scope="col">"Sleep (h)"</th>
                            <th scope="col">"Meals"</th>
                            <th scope="col">"Moving"</th>
                            <th scope="col">"Pleasant"</th>
                            <th scope="col">"Session"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {w.days.into_iter().map(|cell| {
                            let day = cell.date.format("%a %-d").to_string();
                            match cell.log {
                                None => view! {
                                    <tr class="not-logged">
                                        <th scope="row">{day}</th>
                                        <td colspan="5" class="small">"Not written down"</td>
                                    </tr>
                                }.into_any(),
                                Some(log) => {
                                    let (m, m_sr) = mark(log.regular_meals);
                                    let (mv, mv_sr) = mark(log.movement);
                                    let pleasant = log.pleasant_activity.clone();
                                    let session = match log.session {
                                        Session::Yes => "Went",
                                        Session::No => "Missed",
                                        Session::NoneDue => "None due",
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">{day}</th>
                                            <td>{log.sleep_half_hours.map(sleep_hours_text).unwrap_or_default()}</td>
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
