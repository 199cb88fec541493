//! The timeline: life events placed beside the weekly check-in scores, so she can see the
//! temporal link between what happened with people and her mood. A chart (SVG, `role="img"`)
//! and the same content as a list. Served at `/people/timeline`, and meant for
//! `/my-work/timeline` through [`TimelinePage`].

use chrono::NaiveDate;
use leptos::ev;
use leptos::prelude::*;

use crate::domain::instruments::by_id;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::timeline::{
    add_event, timeline_series, timeline_text, LifeEvent, MoodDirection, PointKind, TimelineSeries,
};
use crate::store::{clear_draft, load_draft, save_draft};
use crate::ui::state::use_app;

use super::{long_date, people_chips, today};

const DRAFT: &str = "timeline-event";
const W: f64 = 340.0;
const H: f64 = 210.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const PLOT_BOTTOM: f64 = 150.0;
const EVENT_Y: f64 = 172.0;

fn measure_name(id: &str) -> String {
    match id {
        "phq9" => "PHQ-9".to_owned(),
        "gad7" => "GAD-7".to_owned(),
        "epds" => "EPDS".to_owned(),
        other => other.to_uppercase(),
    }
}

/// The timeline page: chart, list, and a form to add a life event.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let series = Memo::new(move |_| app.with_journal(timeline_series));
    view! {
        <h1 tabindex="-1">"Timeline"</h1>
        <p class="promise">"What happened with people, beside how you felt. Seeing them together can show how they are linked."</p>
        {move || {
            let s = series.get();
            if s.points.is_empty() {
                view! {
                    <p class="card">"Nothing on your timeline yet. Add a life event below; your weekly check-ins appear here too."</p>
                }.into_any()
            } else {
                view! { <Chart s=s/> <TimelineList/> }.into_any()
            }
        }}
        <AddEvent/>
    }
}

fn x_of(s: &TimelineSeries, day: i64) -> f64 {
    let w = W - LEFT - RIGHT;
    if s.span_days <= 0 {
        LEFT + w / 2.0
    } else {
        LEFT + w * day as f64 / s.span_days as f64
    }
}

fn r1(v: f64) -> String {
    format!("{:.1}", v)
}

#[component]
fn Chart(s: TimelineSeries) -> impl IntoView {
    let first = s.points.first().map(|p| p.date);
    let last = s.points.last().map(|p| p.date);
    let range = match (first, last) {
        (Some(a), Some(b)) if a != b => format!("from {} to {}", long_date(a), long_date(b)),
        (Some(a), _) => format!("on {}", long_date(a)),
        _ => String::new(),
    };
    let label = format!(
        "Chart of your check-in scores and life events {range}. The list below says the same."
    );
    // One line per measure, scaled to the measure's full range (higher is harder).
    let lines = s
        .max_total
        .iter()
        .enumerate()
        .map(|(i, (measure, seen))| {
            let top = by_id(measure)
                .map(|d| u32::from(d.total_range().1))
                .filter(|m| *m > 0)
                .unwrap_or((*seen).max(1));
            let pts: Vec<(f64, f64)> = s
                .points
                .iter()
                .filter_map(|p| match &p.kind {
                    PointKind::Score { measure: m, total, .. } if m == measure => {
                        let y = PLOT_BOTTOM
                            - (PLOT_BOTTOM - TOP) * f64::from((*total).min(top)) / f64::from(top);
                        Some((x_of(&s, p.x), y))
                    }
                    _ => None,
                })
                .collect();
            let path = pts
                .iter()
                .map(|(x, y)| format!("{},{}", r1(*x), r1(*y)))
                .collect::<Vec<_>>()
                .join(" ");
            let class = format!("series series-{}", i % 3);
            view! {
                <g class=class>
                    <polyline points=path fill="none"/>
                    {pts.into_iter().map(|(x, y)| view! { <circle cx=r1(x) cy=r1(y) r="3.5"/> }).collect_view()}
                </g>
            }
        })
        .collect_view();
    let mut n = 0;
    let events = s
        .points
        .iter()
        .filter_map(|p| match &p.kind {
            PointKind::Event { mood, .. } => {
                n += 1;
                let x = x_of(&s, p.x);
                let arrow = match mood {
                    Some(MoodDirection::Drops) => "↓",
                    Some(MoodDirection::Improves) => "↑",
                    _ => "",
                };
                Some(view! {
                    <g class="event">
                        <line x1=r1(x) x2=r1(x) y1=TOP.to_string() y2=(EVENT_Y - 9.0).to_string()/>
                        <circle cx=r1(x) cy=EVENT_Y.to_string() r="8"/>
                        <text x=r1(x) y=(EVENT_Y + 4.0).to_string() text-anchor="middle">{n.to_string()}</text>
                        <text class="mood" x=r1(x + 11.0) y=(EVENT_Y + 5.0).to_string()>{arrow}</text>
                    </g>
                })
            }
            _ => None,
        })
        .collect_view();
    let legend = s
        .max_total
        .iter()
        .enumerate()
        .map(|(i, (m, _))| {
            view! {
                <li><span class=format!("pp-swatch series-{}", i % 3) aria-hidden="true"></span>{measure_name(m)}</li>
            }
        })
        .collect_view();
    view! {
        <section class="card timeline-chart" aria-labelledby="chart-title">
            <h2 id="chart-title">"Mood and life events"</h2>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=label class="timeline-svg">
                <line class="axis" x1=LEFT.to_string() x2=(W - RIGHT).to_string() y1=PLOT_BOTTOM.to_string() y2=PLOT_BOTTOM.to_string()/>
                <text class="axis-label" x="2" y=(TOP + 8.0).to_string()>"harder"</text>
                <text class="axis-label" x="2" y=PLOT_BOTTOM.to_string()>"easier"</text>
                {events}
                {lines}
                <text class="axis-label" x=LEFT.to_string() y=(H - 6.0).to_string()>{first.map(|d| d.format("%-d %b %Y").to_string())}</text>
                <text class="axis-label" x=(W - RIGHT).to_string() y=(H - 6.0).to_string() text-anchor="end">{last.map(|d| d.format("%-d %b %Y").to_string())}</text>
            </svg>
            <ul class="pp-legend small">
                {legend}
                <li>"Numbered circles: life events (↓ mood drops, ↑ mood improves)"</li>
            </ul>
        </section>
    }
}

/// The same content as a list, with a way to take an event off (and undo).
#[component]
fn TimelineList() -> impl IntoView {
    let app = use_app();
    let removed = RwSignal::new(None::<Id>);
    let rows = Memo::new(move |_| {
        app.with_journal(|j| {
            let s = timeline_series(j);
            let mut n = 0;
            timeline_text(j)
                .into_iter()
                .zip(s.points)
                .map(|(line, p)| {
                    let event = match p.kind {
                        PointKind::Event { event, .. } => {
                            n += 1;
                            Some((n, event))
                        }
                        PointKind::Score { .. } => None,
                    };
                    (line.date_text, line.text, event)
                })
                .collect::<Vec<_>>()
        })
    });
    let undo = move |_| {
        if let Some(id) = removed.get_untracked() {
            app.edit(|j, now| {
                j.events.restore(&id, now);
            });
            removed.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="timeline-list-title">
            <h2 id="timeline-list-title">"As a list"</h2>
            <ol class="timeline-list">
                {move || rows.get().into_iter().map(|(date, text, event)| {
                    let number = event.as_ref().map(|(n, _)| format!("{n}. "));
                    let remove = event.map(|(n, id)| view! {
                        <button type="button" class="button quiet" aria-label=format!("Remove event {n}")
                            on:click=move |_| {
                                app.edit(|j, now| { j.events.delete(&id, now); });
                                removed.set(Some(id.clone()));
                            }>"Remove"</button>
                    });
                    view! {
                        <li>
                            <span class="when">{date}</span>
                            <span class="what">{number}{text}</span>
                            {remove}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div role="status">
                {move || removed.get().map(|_| view! {
                    <p class="banner info">"The event was taken off your timeline. "
                        <button type="button" class="button quiet" on:click=undo>"Undo"</button></p>
                })}
            </div>
        </section>
    }
}

/// Add a life event: day, what happened, who was involved, and which way mood went.
#[component]
fn AddEvent() -> impl IntoView {
    let app = use_app();
    let profile = app.profile.get_value();
    let blank = || LifeEvent {
        date: today(),
        ..LifeEvent::default()
    };
    let form = RwSignal::new(load_draft::<LifeEvent>(&profile, DRAFT).unwrap_or_else(blank));
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let keep = {
        let profile = profile.clone();
        move || {
            let _draft_is_best_effort = form.with_untracked(|f| save_draft(&profile, DRAFT, f));
        }
    };
    let submit = {
        let profile = profile.clone();
        move |e: ev::SubmitEvent| {
            e.prevent_default();
            let event = form.get_untracked();
            match app.try_edit(|j, now| add_event(j, &event, now)) {
                Ok(_) => {
                    error.set(None);
                    status.set(format!("Added to your timeline: {}.", event.text.trim()));
                    form.set(blank());
                    let _draft_is_best_effort = clear_draft(&profile, DRAFT);
                }
                Err(m) => error.set(Some(m)),
            }
        }
    };
    let (k1, k2, k3, k4) = (keep.clone(), keep.clone(), keep.clone(), keep);
    let moods = [
        (Some(MoodDirection::Drops), "Mood drops", "drops"),
        (Some(MoodDirection::Improves), "Mood improves", "improves"),
        (Some(MoodDirection::Steady), "Mood steady", "steady"),
        (None, "Not sure", "unsure"),
    ];
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="add-event-title">
            <h2 id="add-event-title">"Add a life event"</h2>
            <div class="field">
                <label for="event-date">"When"</label>
                <input type="date" id="event-date"
                    prop:value=move || form.with(|f| f.date.format("%Y-%m-%d").to_string())
                    on:change=move |e| {
                        if let Ok(d) = NaiveDate::parse_from_str(&event_target_value(&e), "%Y-%m-%d") {
                            form.update(|f| f.date = d);
                            k1();
                        }
                    }/>
            </div>
            <div class="field">
                <label for="event-text">"What happened?"</label>
                <span class="small" id="event-text-hint">"For example: “Told my parents”, “Went back to work”."</span>
                <textarea id="event-text" aria-describedby="event-text-hint" maxlength="500"
                    prop:value=move || form.with(|f| f.text.clone())
                    on:input=move |e| { form.update(|f| f.text = event_target_value(&e)); k2(); }></textarea>
            </div>
            {people_chips(app, "Who was involved? (optional)".to_owned(), "event-people".to_owned(),
                move |id: &Id| form.with(|f| f.people.contains(id)),
                move |id: Id, on: bool| {
                    form.update(|f| {
                        f.people.retain(|p| *p != id);
                        if on { f.people.push(id); }
                    });
                    k3();
                })}
            <fieldset class="pp-toggles">
                <legend>"How did your mood go?"</legend>
                {moods.into_iter().map(|(m, label, key)| {
                    let k = k4.clone();
                    view! {
                        <span class="pp-toggle">
                            <input type="radio" name="event-mood" id=format!("event-mood-{key}")
                                prop:checked=move || form.with(|f| f.mood == m)
                                on:change=move |_| { form.update(|f| f.mood = m); k(); }/>
                            <label for=format!("event-mood-{key}")>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
            <p role="status" class="small">{move || status.get()}</p>
            <button type="submit" class="button">"Add to timeline"</button>
        </form>
    }
}
