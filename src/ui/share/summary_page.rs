//! `/share/summary?from=…&to=…&show=…`: the one-page therapist summary, print-ready (the print
//! stylesheet in style/share.css). Safety flags first, then the weekly scores table and trend,
//! the focus and worksheet highlights, experiments, the sick-role plan and the closeness circle.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use leptos::prelude::*;

use super::choices::from_location;
use super::words;
use crate::domain::dates::local_date;
use crate::domain::exchange::summary::{
    print_plan, therapist_summary, Block, CircleRing, CourseLine, Expectation, MonthRow, Older,
    PlanEntry, Printed, SafetyLine, Series, TherapistSummary, Trend, WeekBrief, WeekDetail,
    WeekRow,
};
use crate::domain::experiment::Status;
use crate::domain::worksheets::{ProblemArea, WorksheetKind};
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::ui::state::use_app;

#[component]
pub fn SummaryPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let now = store::now();
    let today = local_date(&now);
    let choice = app
        .journal
        .doc
        .with_untracked(|d| from_location(&d.journal, today));
    let (from, to) = choice.range();
    let label = move || app.with_journal(|j| j.settings().share_label.trim().to_owned());
    let back = format!("/share?{}", choice.to_query());
    let print = |_| {
        let _ = window().print();
    };
    // Built once per render and moved into the sections (no copies of a five-year summary).
    let body = move || {
        let s = app.with_journal(|j| therapist_summary(j, from, to, choice.sections));
        // What the printed sheet shortens (the screen shows all of it).
        let paper = print_plan(&s);
        let TherapistSummary {
            sections,
            safety,
            weeks,
            months,
            series,
            trends,
            focus_area,
            highlights,
            older_worksheets,
            experiments,
            older_experiments,
            plan,
            circle,
            expectations,
            week_details,
            course,
            ending,
            ..
        } = s;
        let in_words = sections.notes || sections.support || sections.timeline || sections.selfcare;
        let condenses = paper.condenses();
        // Older weeks print as one line: beside their scores when the table is shared.
        let table_weeks: BTreeSet<NaiveDate> = if sections.scores {
            weeks.iter().map(|w| w.week_of).collect()
        } else {
            BTreeSet::new()
        };
        let (in_table, in_list): (Vec<WeekBrief>, Vec<WeekBrief>) = paper
            .weeks
            .into_iter()
            .partition(|b| table_weeks.contains(&b.week_of));
        let condensed: BTreeSet<NaiveDate> =
            in_table.iter().chain(&in_list).map(|b| b.week_of).collect();
        let briefs: BTreeMap<NaiveDate, WeekBrief> =
            in_table.into_iter().map(|b| (b.week_of, b)).collect();
        let listed: BTreeMap<NaiveDate, WeekBrief> =
            in_list.into_iter().map(|b| (b.week_of, b)).collect();
        view! {
            {course.map(|c| view! { <CourseSummary course=c/> })}
            {condenses.then(|| view! { <p class="small print-only">{t!(i18n, share.summary.print_note)}</p> })}
            <SafetySection safety=safety/>
            {sections.scores.then(|| view! { <ScoresSection weeks=weeks months=months series=series trends=trends briefs=briefs/> })}
            <div class="share-rest">
            {(in_words && !week_details.is_empty()).then(|| view! { <WeeksSection weeks=week_details condensed=condensed listed=listed/> })}
            {sections.focus.then(|| view! { <FocusSection focus=focus_area highlights=highlights printed=paper.highlights older=older_worksheets/> })}
            {sections.experiments.then(|| view! {
                <section class="share-block" aria-labelledby="sum-exp">
                    <h2 id="sum-exp">{t!(i18n, share.summary.experiments_heading)}</h2>
                    {if experiments.is_empty() && older_experiments.is_none() {
                        view! { <p class="small">{t!(i18n, share.summary.no_experiments)}</p> }.into_any()
                    } else {
                        view! {
                            <OlderExperiments older=older_experiments/>
                            <Blocks blocks=experiments printed=paper.experiments/>
                        }.into_any()
                    }}
                </section>
            })}
            {sections.plan.then(|| view! { <PlanSection plan=plan/> })}
            {sections.people.then(|| view! { <CircleSection circle=circle expectations=expectations printed=paper.expectations/> })}
            {ending.map(|b| view! {
                <section class="share-block" aria-labelledby="sum-ending">
                    <h2 id="sum-ending">{t!(i18n, share.summary.ending_heading)}</h2>
                    <ul>{words::lines(i18n, &b).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </section>
            })}
            </div>
            <p class="small share-note">{t!(i18n, share.summary.screening)}</p>
        }
    };

    view! {
        <div class="share-summary">
            <div class="no-print share-toolbar">
                <a class="button quiet" href=back>{t!(i18n, share.summary.back)}</a>
                <button type="button" on:click=print>{t!(i18n, share.summary.print)}</button>
            </div>
            <h1 tabindex="-1">{t!(i18n, share.summary.title)}</h1>
            <p class="share-meta">
                {move || {
                    let l = label();
                    if l.is_empty() { String::new() } else { format!("{l} · ") }
                }}
                {move || t_string!(
                    i18n,
                    share.summary.meta,
                    from = words::day(from),
                    to = words::day(to),
                    today = words::day(today)
                )}
                " · Between Sessions"
            </p>
            {body}
        </div>
    }
}

/// "Week 6 of 16 · middle phase · 5 sessions attended": where the last day of the summary falls in
/// her course of therapy.
#[component]
fn CourseSummary(course: CourseLine) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || {
        let mut text = crate::ui::my_work::course::position_words(i18n, course.position);
        if course.sessions > 0 {
            text = format!(
                "{} · {}",
                text.trim_end_matches('.'),
                words::sessions(i18n, course.sessions)
            );
        }
        text
    };
    view! { <p class="share-course">{text}</p> }
}

/// Each week in her words: the "since we last met" notes and the difficulty answer, the
/// who-questions with the people she named, timeline events and what she did for herself.
///
/// On paper, the weeks in `condensed` are left out: their one line is in the table beside their
/// scores, or here (`listed`) when the table does not show them.
#[component]
fn WeeksSection(
    weeks: Vec<WeekDetail>,
    condensed: BTreeSet<NaiveDate>,
    listed: BTreeMap<NaiveDate, WeekBrief>,
) -> impl IntoView {
    let i18n = use_i18n();
    let named = move |names: &[String]| {
        (!names.is_empty()).then(|| t_string!(i18n, share.summary.named, names = names.join(", ")))
    };
    view! {
        <section class="share-block" aria-labelledby="sum-weeks">
            <h2 id="sum-weeks">{t!(i18n, share.summary.weeks_heading)}</h2>
            <div class="share-weeks">
                {weeks.into_iter().map(|w| {
                    let mut lines: Vec<(Option<String>, String)> = Vec::new();
                    if !w.people_this_week.is_empty() {
                        lines.push((Some(t_string!(i18n, checkin.questionnaire.people_this_week).to_owned()), w.people_this_week.clone()));
                    }
                    for (_, note) in &w.since_last_met {
                        lines.push((Some(t_string!(i18n, checkin.questionnaire.since_last_met).to_owned()), note.clone()));
                    }
                    if let Some(answer) = &w.difficulty {
                        lines.push((None, t_string!(i18n, share.summary.difficulty, answer)));
                    }
                    for q in &w.who {
                        let text = [Some(q.text.clone()).filter(|t| !t.is_empty()), named(&q.people)]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                        lines.push((Some(words::who_question(i18n, q.question).to_owned()), text));
                    }
                    if !w.brainstorm.is_empty() {
                        lines.push((Some(t_string!(i18n, people.support.brainstorm).to_owned()), w.brainstorm.clone()));
                    }
                    for e in &w.events {
                        let mut text = t_string!(i18n, share.summary.event, date = words::day(e.date), text = &e.text);
                        if let Some(n) = named(&e.people) {
                            text = format!("{text} · {n}");
                        }
                        if let Some(m) = e.mood {
                            text = format!("{text} · {}", words::mood(i18n, m));
                        }
                        lines.push((None, text));
                    }
                    for did in &w.selfcare {
                        lines.push((None, words::did(i18n, *did)));
                    }
                    let short = condensed.contains(&w.week_of);
                    let brief = listed.get(&w.week_of).map(|b| words::week_brief(i18n, b));
                    view! {
                        {brief.map(|b| view! {
                            <p class="share-brief print-only"><span class="share-q">{words::day(w.week_of)}</span>" "{b}</p>
                        })}
                        <div class=if short { "share-week share-print-hide" } else { "share-week" }>
                            <h3>{words::day(w.week_of)}</h3>
                            <ul>
                                {lines.into_iter().map(|(q, text)| view! {
                                    <li>{q.map(|q| view! { <span class="share-q">{q}</span>" " })}{text}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn SafetySection(safety: Vec<SafetyLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="share-block share-safety" aria-labelledby="sum-safety">
            <h2 id="sum-safety">{t!(i18n, share.summary.safety_heading)}</h2>
            {if safety.is_empty() {
                view! { <p>{t!(i18n, share.summary.no_safety)}</p> }.into_any()
            } else {
                view! {
                    <ul class="share-flags">
                        {safety.into_iter().map(|l| view! { <li>{words::safety_line(i18n, &l)}</li> }).collect_view()}
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
    crate::domain::order::sort_by_key(&mut out, |(id, _)| measure_rank(id));
    out
}

#[component]
fn ScoresSection(
    weeks: Vec<WeekRow>,
    months: Vec<MonthRow>,
    series: Vec<Series>,
    trends: Vec<Trend>,
    /// The older weeks in one line each, printed beside their scores.
    briefs: BTreeMap<NaiveDate, WeekBrief>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ms = measures(&weeks, &months);
    let with_briefs = !briefs.is_empty();
    let head = ms.clone();
    // One chart per trend, over every week of the range.
    let mut charts: Vec<(Trend, Series)> = trends
        .into_iter()
        .filter_map(|t| {
            let s = series.iter().find(|s| s.measure_name == t.measure_name)?;
            Some((t, s.clone()))
        })
        .collect();
    crate::domain::order::sort_by_key(&mut charts, |(_, s)| measure_rank(&s.measure));
    let condensed_until = (!months.is_empty())
        .then(|| weeks.first().map(|w| w.week_of))
        .flatten();
    let empty = weeks.is_empty() && months.is_empty();
    view! {
        <section class="share-block" aria-labelledby="sum-scores">
            <h2 id="sum-scores">{t!(i18n, share.summary.scores_heading)}</h2>
            {if empty {
                view! { <p class="small">{t!(i18n, share.summary.no_checkins)}</p> }.into_any()
            } else {
                view! {
                    {condensed_until.map(|d| view! {
                        <p class="small">{t_string!(i18n, share.summary.condensed, date = words::day(d))}</p>
                    })}
                    <div class="share-table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, share.summary.table_label)>
                        <table class="share-table">
                            <colgroup>
                                <col class="share-col-week"/>
                                {head.iter().map(|_| view! { <col class="share-col-score"/> }).collect_view()}
                                {with_briefs.then(|| view! { <col class="share-col-brief print-only"/> })}
                            </colgroup>
                            <thead><tr>
                                <th scope="col">{t!(i18n, share.summary.week_of)}</th>
                                {head.iter().map(|(_, name)| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                                {with_briefs.then(|| view! { <th scope="col" class="print-only">{t!(i18n, share.summary.brief_heading)}</th> })}
                            </tr></thead>
                            <tbody>
                                {months.into_iter().map(|m| {
                                    let by: BTreeMap<&str, _> = m.scores.iter().map(|x| (x.measure.as_str(), x)).collect();
                                    view! {
                                        <tr class="share-month">
                                            <th scope="row">{if m.whole_year { chrono::Datelike::year(&m.month).to_string() } else { words::month(m.month) }}<span class="share-band">{words::weeks(i18n, m.weeks)}</span></th>
                                            {ms.iter().map(|(id, _)| match by.get(id.as_str()) {
                                                Some(x) => view! {
                                                    <td>
                                                        <strong>{range_text(x.lowest, x.highest)}</strong>" / "{words::num(x.max)}
                                                        <span class="share-band">{words::checkins(i18n, x.checkins)}</span>
                                                        {x.last_band.clone().map(|band| view! { <span class="share-band">{t_string!(i18n, share.summary.last_band, band)}</span> })}
                                                        {x.safety_flag.then(|| view! { <span class="share-flag-cell">{t!(i18n, share.summary.self_harm_item)}</span> })}
                                                    </td>
                                                }.into_any(),
                                                None => view! { <td>"–"</td> }.into_any(),
                                            }).collect_view()}
                                            {with_briefs.then(|| view! { <td class="print-only"></td> })}
                                        </tr>
                                    }
                                }).collect_view()}
                                {weeks.into_iter().map(|w| {
                                    let by: BTreeMap<&str, _> = w.scores.iter().map(|x| (x.measure.as_str(), x)).collect();
                                    let brief = with_briefs.then(|| briefs.get(&w.week_of).map(|b| words::week_brief(i18n, b))).flatten();
                                    let row_class = brief.is_some().then_some("share-row-brief");
                                    view! {
                                        <tr class=row_class>
                                            <th scope="row">{words::day(w.week_of)}</th>
                                            {ms.iter().map(|(id, _)| match by.get(id.as_str()) {
                                                Some(x) => view! {
                                                    <td>
                                                        <strong>{words::num(x.total)}</strong>" / "{words::num(x.max)}
                                                        {x.band.clone().map(|b| view! { <span class="share-band">{b}</span> })}
                                                        {x.safety_flag.then(|| view! { <span class="share-flag-cell">{t!(i18n, share.summary.self_harm_item)}</span> })}
                                                    </td>
                                                }.into_any(),
                                                None => view! { <td>"–"</td> }.into_any(),
                                            }).collect_view()}
                                            {with_briefs.then(|| view! {
                                                <td class="share-brief print-only">{brief}</td>
                                            })}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <h3 class="share-trend-heading">{t!(i18n, share.summary.trend_heading)}</h3>
                    <ul class="share-trends">
                        {charts.into_iter().map(|(t, series)| {
                            let text = words::trend(i18n, &t);
                            view! { <li><Sparkline label=text.clone() series=series/><span>{text}</span></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

fn range_text(lowest: u16, highest: u16) -> String {
    if lowest == highest {
        words::num(lowest)
    } else {
        format!("{}–{}", words::num(lowest), words::num(highest))
    }
}

/// Most weeks drawn with a dot each on a sparkline (120 units wide).
const MAX_SPARK_DOTS: usize = 26;

/// A small line of the weekly totals over the whole range (the trend text beside it says the same
/// in words): one `<path>` for the line, one for the week dots (while they can be told apart) and
/// one for the weeks with a safety flag, whatever the number of weeks.
#[component]
fn Sparkline(label: String, series: Series) -> impl IntoView {
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
        <svg class="share-spark" viewBox="-3 0 126 32" role="img" aria-label=label dir="ltr">
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

/// Worksheets or experiments; on paper, those `printed` brief are one line (their title and one
/// line cut short).
#[component]
fn Blocks(blocks: Vec<Block>, printed: Vec<Printed>) -> impl IntoView {
    let i18n = use_i18n();
    blocks
        .into_iter()
        .zip(printed.into_iter().chain(std::iter::repeat(Printed::Full)))
        .map(|(b, p)| {
            let lines = words::lines(i18n, &b);
            let brief = match p {
                Printed::Full => None,
                Printed::Brief(line) => {
                    let line = line.map(|l| {
                        let one = Block {
                            heading: b.heading.clone(),
                            title: String::new(),
                            lines: vec![l],
                        };
                        words::lines(i18n, &one).join("")
                    });
                    Some(view! {
                        <p class="share-brief print-only">
                            <span class="share-q">{words::title(i18n, &b)}</span>
                            {line.map(|l| view! { " · "{l} })}
                        </p>
                    })
                }
            };
            let class = if brief.is_some() {
                "share-item share-print-hide"
            } else {
                "share-item"
            };
            view! {
                {brief}
                <div class=class>
                    <h3>{words::title(i18n, &b)}</h3>
                    {(!lines.is_empty()).then(|| view! {
                        <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    })}
                </div>
            }
        })
        .collect_view()
}

/// The experiments from before the weekly rows, counted by outcome (the newer ones follow in full).
#[component]
fn OlderExperiments(older: Option<Older<Status>>) -> impl IntoView {
    let i18n = use_i18n();
    older.map(|o| view! { <p class="share-older">{words::older_experiments(i18n, &o)}</p> })
}

#[component]
fn FocusSection(
    focus: Option<(ProblemArea, NaiveDate)>,
    highlights: Vec<Block>,
    printed: Vec<Printed>,
    older: Option<Older<WorksheetKind>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="share-block" aria-labelledby="sum-focus">
            <h2 id="sum-focus">{t!(i18n, share.summary.focus_heading)}</h2>
            <p>{match focus {
                Some(f) => words::focus(i18n, f),
                None => t_string!(i18n, share.summary.no_focus).to_owned(),
            }}</p>
            <Blocks blocks=highlights printed=printed/>
            {older.map(|o| view! { <p class="share-older">{words::older_worksheets(i18n, &o)}</p> })}
        </section>
    }
}

#[component]
fn PlanSection(plan: Vec<PlanEntry>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="share-block" aria-labelledby="sum-plan">
            <h2 id="sum-plan">{t!(i18n, share.summary.plan_heading)}</h2>
            {if plan.is_empty() {
                view! { <p class="small">{t!(i18n, share.summary.plan_empty)}</p> }.into_any()
            } else {
                view! {
                    <dl class="share-dl">
                        {plan.into_iter().map(|e| view! {
                            <dt>{words::question(i18n, e.question)}</dt><dd>{words::answer(i18n, &e)}</dd>
                        }).collect_view()}
                    </dl>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn CircleSection(
    circle: Vec<CircleRing>,
    expectations: Vec<Expectation>,
    /// On paper, each expectation's first words when the page is condensed.
    printed: Vec<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let counts: Vec<usize> = circle.iter().map(|r| r.people.len()).collect();
    let described = circle
        .iter()
        .map(|r| {
            t_string!(
                i18n,
                share.summary.ring_count,
                ring = words::ring(i18n, r.ring),
                n = words::num(r.people.len())
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let count = |i: usize| words::num(counts.get(i).copied().unwrap_or(0));
    view! {
        <section class="share-block" aria-labelledby="sum-circle">
            <h2 id="sum-circle">{t!(i18n, share.summary.circle_heading)}</h2>
            <div class="share-circle">
                <svg class="share-rings" viewBox="0 0 100 100" role="img"
                    aria-label=t_string!(i18n, share.summary.circle_label, rings = described)>
                    <circle cx="50" cy="50" r="48" fill="none" stroke="currentColor" stroke-opacity="0.35"/>
                    <circle cx="50" cy="50" r="36" fill="none" stroke="currentColor" stroke-opacity="0.45"/>
                    <circle cx="50" cy="50" r="24" fill="none" stroke="currentColor" stroke-opacity="0.55"/>
                    <circle cx="50" cy="50" r="12" fill="none" stroke="currentColor" stroke-opacity="0.7"/>
                    <text x="50" y="53" text-anchor="middle" font-size="7" fill="currentColor">{t!(i18n, share.summary.self_word)}</text>
                    <text x="50" y="35" text-anchor="middle" font-size="8" fill="currentColor">{count(0)}</text>
                    <text x="50" y="23" text-anchor="middle" font-size="8" fill="currentColor">{count(1)}</text>
                    <text x="50" y="11" text-anchor="middle" font-size="8" fill="currentColor">{count(2)}</text>
                </svg>
                <dl class="share-dl">
                    {circle.iter().map(|r| view! {
                        <dt>{words::ring(i18n, r.ring)}</dt>
                        <dd>{if r.people.is_empty() { "–".to_owned() } else { r.people.join(", ") }}</dd>
                    }).collect_view()}
                </dl>
            </div>
            {(!expectations.is_empty()).then(|| view! {
                <h3>{t!(i18n, people.fields.expectations)}</h3>
                <dl class="share-dl">
                    {expectations.into_iter().zip(printed.into_iter().chain(std::iter::repeat(None))).map(|(e, short)| view! {
                        <dt>{e.name}</dt>
                        <dd>{match short {
                            Some(short) => view! { <span class="share-print-hide">{e.text}</span><span class="print-only">{short}</span> }.into_any(),
                            None => e.text.into_any(),
                        }}</dd>
                    }).collect_view()}
                </dl>
            })}
        </section>
    }
}
