//! `/share/summary?from=…&to=…&show=…`: the one-page therapist summary, print-ready (the print
//! stylesheet in style/share.css). Safety flags first, then the weekly scores table and trend,
//! the focus and worksheet highlights, experiments, the sick-role plan and the closeness circle.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::choices::{day_text, from_location};
use crate::domain::dates::local_date;
use crate::domain::exchange::summary::{
    therapist_summary, Block, CircleRing, MonthRow, PlanEntry, SafetyLine, Series,
    TherapistSummary, Trend, WeekRow,
};
use crate::store;
use crate::ui::state::use_app;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let app = use_app();
    let now = store::now();
    let today = local_date(&now);
    let choice = app.doc.with_untracked(|d| from_location(&d.journal, today));
    let (from, to) = choice.range();
    let label = move || app.with_journal(|j| j.settings().share_label.trim().to_owned());
    let back = format!("/share?{}", choice.to_query());
    let print = |_| {
        let _ = window().print();
    };
    // Built once per render and moved into the sections (no copies of a five-year summary).
    let body = move || {
        let s = app.with_journal(|j| therapist_summary(j, from, to, choice.sections));
        let TherapistSummary {
            sections,
            safety,
            weeks,
            months,
            series,
            trends,
            focus,
            highlights,
            experiments,
            plan,
            circle,
            screening_note,
            ..
        } = s;
        view! {
            <SafetySection safety=safety/>
            {if sections.scores {
                Some(view! { <ScoresSection weeks=weeks months=months series=series trends=trends notes=sections.notes/> }.into_any())
            } else if sections.notes {
                Some(view! { <NotesSection weeks=weeks/> }.into_any())
            } else {
                None
            }}
            {sections.focus.then(|| view! { <FocusSection focus=focus highlights=highlights/> })}
            {sections.experiments.then(|| view! {
                <section class="share-block" aria-labelledby="sum-exp">
                    <h2 id="sum-exp">"Experiments"</h2>
                    {if experiments.is_empty() {
                        view! { <p class="small">"No experiments in these weeks."</p> }.into_any()
                    } else {
                        view! { <Blocks blocks=experiments/> }.into_any()
                    }}
                </section>
            })}
            {sections.plan.then(|| view! { <PlanSection plan=plan/> })}
            {sections.people.then(|| view! { <CircleSection circle=circle/> })}
            <p class="small share-note">{screening_note}</p>
        }
    };

    view! {
        <div class="share-summary">
            <div class="no-print share-toolbar">
                <a class="button quiet" href=back>"Back to Share"</a>
                <button type="button" on:click=print>"Print or save as PDF"</button>
            </div>
            <h1 tabindex="-1">"Summary for my therapist"</h1>
            <p class="share-meta">
                {move || {
                    let l = label();
                    if l.is_empty() { String::new() } else { format!("{l} · ") }
                }}
                {format!("{} to {} · made {}", day_text(from), day_text(to), day_text(today))}
                " · Between Sessions"
            </p>
            {body}
        </div>
    }
}

#[component]
fn SafetySection(safety: Vec<SafetyLine>) -> impl IntoView {
    view! {
        <section class="share-block share-safety" aria-labelledby="sum-safety">
            <h2 id="sum-safety">"Safety"</h2>
            {if safety.is_empty() {
                view! { <p>"No thoughts of self-harm were reported in these weeks."</p> }.into_any()
            } else {
                view! {
                    <ul class="share-flags">
                        {safety.into_iter().map(|l| view! { <li>{l.text}</li> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Column order: the depression measure first, then anxiety, then anything else.
pub fn measure_rank(id: &str) -> u8 {
    match id {
        "phq9" => 0,
        "epds" => 1,
        "gad7" => 2,
        _ => 3,
    }
}

/// Measures in the table, depression first: (id, name).
fn measures(weeks: &[WeekRow], months: &[MonthRow]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let scores = months
        .iter()
        .flat_map(|m| m.scores.iter().map(|s| (&s.measure, &s.measure_name)))
        .chain(
            weeks
                .iter()
                .flat_map(|w| w.scores.iter().map(|s| (&s.measure, &s.measure_name))),
        );
    for (id, name) in scores {
        if !out.iter().any(|(known, _)| known == id) {
            out.push((id.clone(), name.clone()));
        }
    }
    out.sort_by_key(|(id, _)| measure_rank(id));
    out
}

#[component]
fn ScoresSection(
    weeks: Vec<WeekRow>,
    months: Vec<MonthRow>,
    series: Vec<Series>,
    trends: Vec<Trend>,
    notes: bool,
) -> impl IntoView {
    let ms = measures(&weeks, &months);
    let head = ms.clone();
    // One chart per trend, over every week of the range.
    let mut charts: Vec<(Trend, Series)> = trends
        .into_iter()
        .filter_map(|t| {
            let s = series.iter().find(|s| s.measure_name == t.measure_name)?;
            Some((t, s.clone()))
        })
        .collect();
    charts.sort_by_key(|(_, s)| measure_rank(&s.measure));
    let condensed_until = (!months.is_empty())
        .then(|| weeks.first().map(|w| w.week_of))
        .flatten();
    let empty = weeks.is_empty() && months.is_empty();
    view! {
        <section class="share-block" aria-labelledby="sum-scores">
            <h2 id="sum-scores">"Weekly scores"</h2>
            {if empty {
                view! { <p class="small">"No check-ins in these weeks."</p> }.into_any()
            } else {
                view! {
                    {condensed_until.map(|d| view! {
                        <p class="small">{format!("Weeks before {} are shown one row per month.", day_text(d))}</p>
                    })}
                    <div class="share-table-wrap" tabindex="0" role="region" aria-label="Weekly scores table">
                        <table class="share-table">
                            <colgroup>
                                <col class="share-col-week"/>
                                {head.iter().map(|_| view! { <col class="share-col-score"/> }).collect_view()}
                                {notes.then(|| view! { <col class="share-col-note"/> })}
                            </colgroup>
                            <thead><tr>
                                <th scope="col">"Week of"</th>
                                {head.iter().map(|(_, name)| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                                {notes.then(|| view! { <th scope="col">"People this week"</th> })}
                            </tr></thead>
                            <tbody>
                                {months.into_iter().map(|m| {
                                    let by: BTreeMap<&str, _> = m.scores.iter().map(|x| (x.measure.as_str(), x)).collect();
                                    view! {
                                        <tr class="share-month">
                                            <th scope="row">{month_text(m.month)}<span class="share-band">{weeks_text(m.weeks)}</span></th>
                                            {ms.iter().map(|(id, _)| match by.get(id.as_str()) {
                                                Some(x) => view! {
                                                    <td>
                                                        <strong>{range_text(x.lowest, x.highest)}</strong>" / "{x.max}
                                                        <span class="share-band">{checkins_text(x.checkins)}</span>
                                                        {x.last_band.clone().map(|b| view! { <span class="share-band">{format!("Last: {b}")}</span> })}
                                                        {x.safety_flag.then(|| view! { <span class="share-flag-cell">"self-harm item"</span> })}
                                                    </td>
                                                }.into_any(),
                                                None => view! { <td>"–"</td> }.into_any(),
                                            }).collect_view()}
                                            {notes.then(|| view! { <td class="share-note-cell"></td> })}
                                        </tr>
                                    }
                                }).collect_view()}
                                {weeks.into_iter().map(|w| {
                                    let by: BTreeMap<&str, _> = w.scores.iter().map(|x| (x.measure.as_str(), x)).collect();
                                    view! {
                                        <tr>
                                            <th scope="row">{day_text(w.week_of)}</th>
                                            {ms.iter().map(|(id, _)| match by.get(id.as_str()) {
                                                Some(x) => view! {
                                                    <td>
                                                        <strong>{x.total}</strong>" / "{x.max}
                                                        {x.band.clone().map(|b| view! { <span class="share-band">{b}</span> })}
                                                        {x.safety_flag.then(|| view! { <span class="share-flag-cell">"self-harm item"</span> })}
                                                    </td>
                                                }.into_any(),
                                                None => view! { <td>"–"</td> }.into_any(),
                                            }).collect_view()}
                                            {notes.then(|| view! { <td class="share-note-cell">{w.note}</td> })}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <h3>"Trend"</h3>
                    <ul class="share-trends">
                        {charts.into_iter().map(|(t, series)| {
                            let text = t.text.clone();
                            view! { <li><Sparkline trend=t series=series/><span>{text}</span></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

fn month_text(d: chrono::NaiveDate) -> String {
    d.format("%b %Y").to_string()
}

fn weeks_text(n: usize) -> String {
    if n == 1 {
        "1 week".to_owned()
    } else {
        format!("{n} weeks")
    }
}

fn checkins_text(n: usize) -> String {
    if n == 1 {
        "1 check-in".to_owned()
    } else {
        format!("{n} check-ins")
    }
}

fn range_text(lowest: u16, highest: u16) -> String {
    if lowest == highest {
        lowest.to_string()
    } else {
        format!("{lowest}–{highest}")
    }
}

/// Most weeks drawn with a dot each on a sparkline (120 units wide).
const MAX_SPARK_DOTS: usize = 26;

/// A small line of the weekly totals over the whole range (the trend text beside it says the same
/// in words): one `<path>` for the line, one for the week dots (while they can be told apart) and
/// one for the weeks with a safety flag, whatever the number of weeks.
#[component]
fn Sparkline(trend: Trend, series: Series) -> impl IntoView {
    use std::fmt::Write;
    const W: f64 = 120.0;
    const H: f64 = 32.0;
    let max = series.max.max(1);
    let n = series.points.len();
    let step = if n > 1 { W / (n - 1) as f64 } else { 0.0 };
    let xy = |i: usize, v: u16| {
        let x = if n > 1 { i as f64 * step } else { W / 2.0 };
        let y = H - 2.0 - f64::from(v) / f64::from(max) * (H - 4.0);
        (x, y)
    };
    let mut line = String::with_capacity(n * 12);
    let mut dots = String::new();
    let mut flags = String::new();
    for (i, p) in series.points.iter().enumerate() {
        let (x, y) = xy(i, p.total);
        let _ = write!(line, "{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" });
        if n <= MAX_SPARK_DOTS {
            // A dot: a zero-length line with a round cap.
            let _ = write!(dots, "M{x:.1},{y:.1}h0");
        }
        if p.safety_flag {
            let _ = write!(flags, "M{x:.1},0v4");
        }
    }
    if n == 1 {
        line.push_str("h0");
    }
    view! {
        <svg class="share-spark" viewBox="-3 0 126 32" role="img" aria-label=trend.text.clone() dir="ltr">
            <path d="M0,30H120" stroke="currentColor" stroke-opacity="0.3" stroke-width="1"/>
            <path d=line fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>
            {(!dots.is_empty()).then(|| view! {
                <path d=dots stroke="currentColor" stroke-width="5" stroke-linecap="round"/>
            })}
            {(!flags.is_empty()).then(|| view! {
                <path class="share-spark-flag" d=flags stroke-width="2"/>
            })}
        </svg>
    }
}

#[component]
fn NotesSection(weeks: Vec<WeekRow>) -> impl IntoView {
    let with_notes: Vec<WeekRow> = weeks.into_iter().filter(|w| !w.note.is_empty()).collect();
    view! {
        <section class="share-block" aria-labelledby="sum-notes">
            <h2 id="sum-notes">"People this week"</h2>
            <dl class="share-dl">
                {with_notes.into_iter().map(|w| view! {
                    <dt>{day_text(w.week_of)}</dt><dd>{w.note}</dd>
                }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
fn Blocks(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|b| {
            let lines = b.english_lines();
            view! {
                <div class="share-item">
                    <h3>{b.title}</h3>
                    {(!lines.is_empty()).then(|| view! {
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    })}
                </div>
            }
        })
        .collect_view()
}

#[component]
fn FocusSection(focus: Option<String>, highlights: Vec<Block>) -> impl IntoView {
    view! {
        <section class="share-block" aria-labelledby="sum-focus">
            <h2 id="sum-focus">"Focus and worksheets"</h2>
            <p>{focus.unwrap_or_else(|| "No focus area chosen yet.".to_owned())}</p>
            <Blocks blocks=highlights/>
        </section>
    }
}

#[component]
fn PlanSection(plan: Vec<PlanEntry>) -> impl IntoView {
    view! {
        <section class="share-block" aria-labelledby="sum-plan">
            <h2 id="sum-plan">"Sick-role plan"</h2>
            {if plan.is_empty() {
                view! { <p class="small">"Not written yet."</p> }.into_any()
            } else {
                view! {
                    <dl class="share-dl">
                        {plan.into_iter().map(|e| view! { <dt>{e.question.english()}</dt><dd>{e.answer}</dd> }).collect_view()}
                    </dl>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn CircleSection(circle: Vec<CircleRing>) -> impl IntoView {
    let counts: Vec<usize> = circle.iter().map(|r| r.people.len()).collect();
    let described = circle
        .iter()
        .map(|r| format!("{}: {}", r.label, r.people.len()))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="share-block" aria-labelledby="sum-circle">
            <h2 id="sum-circle">"Closeness circle"</h2>
            <div class="share-circle">
                <svg class="share-rings" viewBox="0 0 100 100" role="img"
                    aria-label=format!("Closeness circle. Self at the centre. {described}.")>
                    <circle cx="50" cy="50" r="48" fill="none" stroke="currentColor" stroke-opacity="0.35"/>
                    <circle cx="50" cy="50" r="36" fill="none" stroke="currentColor" stroke-opacity="0.45"/>
                    <circle cx="50" cy="50" r="24" fill="none" stroke="currentColor" stroke-opacity="0.55"/>
                    <circle cx="50" cy="50" r="12" fill="none" stroke="currentColor" stroke-opacity="0.7"/>
                    <text x="50" y="53" text-anchor="middle" font-size="7" fill="currentColor">"Self"</text>
                    <text x="50" y="35" text-anchor="middle" font-size="8" fill="currentColor">{counts.first().copied().unwrap_or(0)}</text>
                    <text x="50" y="23" text-anchor="middle" font-size="8" fill="currentColor">{counts.get(1).copied().unwrap_or(0)}</text>
                    <text x="50" y="11" text-anchor="middle" font-size="8" fill="currentColor">{counts.get(2).copied().unwrap_or(0)}</text>
                </svg>
                <dl class="share-dl">
                    {circle.iter().map(|r| view! {
                        <dt>{r.label}</dt>
                        <dd>{if r.people.is_empty() { "–".to_owned() } else { r.people.join(", ") }}</dd>
                    }).collect_view()}
                </dl>
            </div>
        </section>
    }
}
