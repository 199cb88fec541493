//! The timeline: life events placed beside the weekly check-in scores, so she can see the
//! temporal link between what happened with people and her mood. A chart (SVG, `role="img"`)
//! and the same content as a list. Served at `/people/timeline`, and meant for
//! `/my-work/timeline` through [`TimelinePage`].

use chrono::NaiveDate;
use leptos::ev;
use leptos::prelude::*;

use crate::domain::instruments::by_id;
use crate::domain::instruments::measure_name;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::timeline::{
    add_event, timeline_series, LifeEvent, MoodDirection, PointKind, TimelineSeries,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::store::{clear_draft, load_draft, save_draft};
use crate::ui::fmt::{self, DateStyle};
use crate::ui::state::use_app;

use super::text;
use super::{long_date, people_chips, today};

const DRAFT: &str = "timeline-event";
const W: f64 = 340.0;
const H: f64 = 210.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 12.0;
const PLOT_BOTTOM: f64 = 150.0;
const EVENT_Y: f64 = 172.0;

/// The timeline page: chart, list, and a form to add a life event.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let series = Memo::new(move |_| app.with_journal(timeline_series));
    view! {
        <h1 tabindex="-1">{t!(i18n, people.timeline.title)}</h1>
        <p class="promise">{t!(i18n, people.timeline.promise)}</p>
        {move || {
            let s = series.get();
            if s.points.is_empty() {
                view! {
                    <p class="card">{t!(i18n, people.timeline.empty)}</p>
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
    let i18n = use_i18n();
    let first = s.points.first().map(|p| p.date);
    let last = s.points.last().map(|p| p.date);
    let label = move || match (first, last) {
        (Some(a), Some(b)) if a != b => t_string!(
            i18n,
            people.timeline.chart_range,
            start = long_date(a),
            end = long_date(b)
        )
        .to_string(),
        (Some(a), _) => t_string!(i18n, people.timeline.chart_on, date = long_date(a)).to_string(),
        _ => t_string!(i18n, people.timeline.chart_title).to_owned(),
    };
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
                        <text x=r1(x) y=(EVENT_Y + 4.0).to_string() text-anchor="middle">{text::num(n)}</text>
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
            <h2 id="chart-title">{t!(i18n, people.timeline.chart_title)}</h2>
            <svg viewBox=format!("0 0 {W} {H}") role="img" aria-label=label class="timeline-svg" dir="ltr">
                <line class="axis" x1=LEFT.to_string() x2=(W - RIGHT).to_string() y1=PLOT_BOTTOM.to_string() y2=PLOT_BOTTOM.to_string()/>
                <text class="axis-label" x="2" y=(TOP + 8.0).to_string()>{t!(i18n, people.timeline.harder)}</text>
                <text class="axis-label" x="2" y=PLOT_BOTTOM.to_string()>{t!(i18n, people.timeline.easier)}</text>
                {events}
                {lines}
                <text class="axis-label" x=LEFT.to_string() y=(H - 6.0).to_string()>{move || first.map(|d| fmt::date(d, DateStyle::DayMonYear))}</text>
                <text class="axis-label" x=(W - RIGHT).to_string() y=(H - 6.0).to_string() text-anchor="end">{move || last.map(|d| fmt::date(d, DateStyle::DayMonYear))}</text>
            </svg>
            <ul class="pp-legend small">
                {legend}
                <li>{t!(i18n, people.timeline.legend_events)}</li>
            </ul>
        </section>
    }
}

/// The same content as a list, with a way to take an event off (and undo).
#[component]
fn TimelineList() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let removed = RwSignal::new(None::<Id>);
    // The same content as the chart, as sentences in the chosen language.
    let rows = Memo::new(move |_| {
        app.with_journal(|j| {
            let mut n: i64 = 0;
            timeline_series(j)
                .points
                .into_iter()
                .map(|p| {
                    let date = long_date(p.date);
                    match p.kind {
                        PointKind::Score { measure, total, .. } => {
                            let said = t_string!(
                                i18n,
                                people.timeline.score,
                                measure = measure_name(&measure),
                                total = text::num(total)
                            )
                            .to_string();
                            (date, said, None)
                        }
                        PointKind::Event {
                            event,
                            text: what,
                            mood,
                            ..
                        } => {
                            n += 1;
                            let mut said = what;
                            if !said.ends_with(['.', '!', '?', '؟']) {
                                said.push('.');
                            }
                            let names: Vec<String> = j
                                .events
                                .get_live(&event)
                                .map(|r| {
                                    r.data
                                        .people
                                        .iter()
                                        .map(|id| text::person(i18n, j, id))
                                        .collect()
                                })
                                .unwrap_or_default();
                            if !names.is_empty() {
                                let names = text::join(i18n, &names);
                                said.push(' ');
                                said.push_str(
                                    &t_string!(i18n, people.timeline.with, names).to_string(),
                                );
                            }
                            if let Some(m) = mood {
                                said.push(' ');
                                said.push_str(&text::mood(i18n, m));
                                said.push('.');
                            }
                            (date, said, Some((n, event)))
                        }
                    }
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
            <h2 id="timeline-list-title">{t!(i18n, people.timeline.list_title)}</h2>
            <ol class="timeline-list">
                {move || rows.get().into_iter().map(|(date, said, event)| {
                    let number = event.as_ref().map(|(n, _)| format!("{}. ", text::num(*n)));
                    let remove = event.map(|(n, id)| view! {
                        <button type="button" class="button quiet"
                            aria-label=t_string!(i18n, people.timeline.remove_event, n = text::num(n)).to_string()
                            on:click=move |_| {
                                app.edit(|j, now| { j.events.delete(&id, now); });
                                removed.set(Some(id.clone()));
                            }>{t!(i18n, people.remove)}</button>
                    });
                    view! {
                        <li>
                            <span class="when">{date}</span>
                            <span class="what">{number}{said}</span>
                            {remove}
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div role="status">
                {move || removed.get().map(|_| view! {
                    <p class="banner info">{t!(i18n, people.timeline.taken_off)}" "
                        <button type="button" class="button quiet" on:click=undo>{t!(i18n, people.undo)}</button></p>
                })}
            </div>
        </section>
    }
}

/// Add a life event: day, what happened, who was involved, and which way mood went.
#[component]
fn AddEvent() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
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
            match app.try_edit(|j, now| add_event(&mut j.events, &j.people, &event, now)) {
                Ok(_) => {
                    error.set(None);
                    let text = event.text.trim().to_owned();
                    status.set(t_string!(i18n, people.timeline.added, text).to_string());
                    form.set(blank());
                    let _draft_is_best_effort = clear_draft(&profile, DRAFT);
                }
                Err(m) => error.set(Some(text::error(i18n, &m))),
            }
        }
    };
    let (k1, k2, k3, k4) = (keep.clone(), keep.clone(), keep.clone(), keep);
    let moods = [
        (Some(MoodDirection::Drops), "drops"),
        (Some(MoodDirection::Improves), "improves"),
        (Some(MoodDirection::Steady), "steady"),
        (None, "unsure"),
    ];
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="add-event-title">
            <h2 id="add-event-title">{t!(i18n, people.timeline.add_title)}</h2>
            <div class="field">
                <label for="event-date">{t!(i18n, people.timeline.when)}</label>
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
                <label for="event-text">{t!(i18n, people.timeline.what)}</label>
                <span class="small" id="event-text-hint">{t!(i18n, people.timeline.what_hint)}</span>
                <textarea id="event-text" aria-describedby="event-text-hint" maxlength="500"
                    prop:value=move || form.with(|f| f.text.clone())
                    on:input=move |e| { form.update(|f| f.text = event_target_value(&e)); k2(); }></textarea>
            </div>
            {people_chips(app, move || t_string!(i18n, people.timeline.who).to_owned(), "event-people".to_owned(),
                move |id: &Id| form.with(|f| f.people.contains(id)),
                move |id: Id, on: bool| {
                    form.update(|f| {
                        f.people.retain(|p| *p != id);
                        if on { f.people.push(id); }
                    });
                    k3();
                })}
            <fieldset class="pp-toggles">
                <legend>{t!(i18n, people.timeline.mood_question)}</legend>
                {moods.into_iter().map(|(m, key)| {
                    let label = move || match m {
                        Some(d) => text::mood(i18n, d),
                        None => t_string!(i18n, people.timeline.not_sure).to_owned(),
                    };
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
            <button type="submit" class="button">{t!(i18n, people.timeline.add)}</button>
        </form>
    }
}
