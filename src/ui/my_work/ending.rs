//! `/my-work/ending`: ending well. A look back (first and latest scores, experiments tried, what
//! she learned, the worksheets she wrote), the warning signs to watch for, and the contingency
//! plan: what she will do and whom she will contact.

use leptos::prelude::*;

use crate::domain::ending::{self as ending_domain, Outcome, Review};
use crate::domain::instruments::measure_name;
use crate::domain::record::{CollectionExt, Id};
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::plural::{form, Form};
use crate::ui::fmt;
use crate::ui::my_work::inputs::{people_choices, AutoText, ListField};
use crate::ui::my_work::{day_label, edit_plan, text, worksheet_path, Refused};
use crate::ui::state::use_app;

/// The ending well page.
#[component]
pub fn EndingPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let (review, plan): (Review, _) = app.journal.doc.with_untracked(|d| {
        (
            ending_domain::progress_review(&d.journal),
            ending_domain::plan(&d.journal.ending),
        )
    });
    let gaps = move || app.with_journal(|j| ending_domain::plan(&j.ending).gap_list());
    let people = people_choices(app);
    let contacts = RwSignal::new(plan.will_contact.clone());
    let removed_contacts: Vec<Id> = plan
        .will_contact
        .iter()
        .filter(|id| !people.iter().any(|(p, _)| p == *id))
        .cloned()
        .collect();
    let toggle = move |id: Id, on: bool| {
        let _always_ok = edit_plan(app, |p| {
            if on {
                p.add_contact(&id);
            } else {
                p.remove_contact(&id);
            }
            Ok::<_, Refused>(())
        });
        contacts.set(
            app.journal
                .doc
                .with_untracked(|d| ending_domain::plan(&d.journal.ending).will_contact),
        );
    };
    let text = |key: &'static str| {
        Callback::new(move |t: String| {
            edit_plan(app, |p| {
                match key {
                    "what_changed" => p.what_changed = t,
                    "will_do" => p.will_do = t,
                    "will_contact_text" => p.will_contact_text = t,
                    "feelings" => p.feelings_about_ending = t,
                    _ => p.booster = t,
                }
                Ok::<_, Refused>(())
            })
        })
    };

    view! {
        <p class="back"><a href="/my-work">{t!(i18n, work.home.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.home.ending)}</h1>
        <p>{t!(i18n, work.ending.intro)}</p>

        <section class="card" aria-labelledby="review-title">
            <h2 id="review-title">{t!(i18n, work.ending.review_title)}</h2>
            <ReviewView review=review/>
            <AutoText id="what-changed".to_owned() label=text::words(move || t_string!(i18n, work.ending.what_changed))
                hint=text::words(move || t_string!(i18n, work.ending.what_changed_hint)) multiline=true
                value=plan.what_changed.clone() save=text("what_changed")/>
        </section>

        <section class="card" aria-labelledby="feelings-title">
            <h2 id="feelings-title">{t!(i18n, work.ending.feelings_title)}</h2>
            <AutoText id="feelings".to_owned() label=text::words(move || t_string!(i18n, work.ending.feelings_label))
                hint=text::words(move || t_string!(i18n, work.ending.feelings_hint)) multiline=true
                value=plan.feelings_about_ending.clone() save=text("feelings")/>
        </section>

        <section class="card" aria-labelledby="signs-title">
            <h2 id="signs-title">{t!(i18n, work.ending.signs_title)}</h2>
            <p class="prompt">{t!(i18n, work.ending.signs_prompt)}</p>
            <ListField id="signs".to_owned() label=text::words(move || t_string!(i18n, work.ending.my_signs)) items=plan.warning_signs.clone()
                draft="my-work:ending:signs".to_owned()
                save=Callback::new(move |signs: Vec<String>| edit_plan(app, |p| {
                    p.warning_signs.clear();
                    signs.iter().try_for_each(|s| p.add_warning_sign(s))
                }))/>
        </section>

        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">{t!(i18n, work.ending.plan_title)}</h2>
            <AutoText id="will-do".to_owned() label=text::words(move || t_string!(i18n, work.ending.will_do)) multiline=true
                value=plan.will_do.clone() save=text("will_do")/>
            <fieldset class="choices">
                <legend>{t!(i18n, work.ending.contact_legend)}</legend>
                {people.is_empty().then(|| view! {
                    <p class="small">{t!(i18n, work.ending.contact_hint)}</p>
                })}
                {people.into_iter().map(|(pid, name)| {
                    let cid = format!("contact-{pid}");
                    let checked_id = pid.clone();
                    view! {
                        <div class="choice check">
                            <input type="checkbox" id=cid.clone()
                                prop:checked=move || contacts.with(|c| c.contains(&checked_id))
                                on:change=move |e| toggle(pid.clone(), event_target_checked(&e))/>
                            <label for=cid>{name}</label>
                        </div>
                    }
                }).collect_view()}
                {removed_contacts.into_iter().map(|pid| {
                    let cid = format!("contact-{pid}");
                    view! {
                        <div class="choice check">
                            <input type="checkbox" id=cid.clone() prop:checked=true
                                on:change=move |e| toggle(pid.clone(), event_target_checked(&e))/>
                            <label for=cid>{t!(i18n, work.common.removed_person)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <AutoText id="contact-names".to_owned() label=text::words(move || t_string!(i18n, work.ending.contact_names))
                hint=text::words(move || t_string!(i18n, work.ending.contact_names_hint)) multiline=true
                value=plan.will_contact_text.clone() save=text("will_contact_text")/>
            <p class="prompt">{t!(i18n, work.ending.booster_about)}</p>
            <AutoText id="booster".to_owned() label=text::words(move || t_string!(i18n, work.ending.booster)) multiline=true
                hint=text::words(move || t_string!(i18n, work.ending.booster_hint))
                value=plan.booster.clone() save=text("booster")/>
            {move || {
                let g = gaps();
                (!g.is_empty()).then(|| view! {
                    <div class="note-card">
                        <p>{t!(i18n, work.ending.could_have)}</p>
                        <ul>{g.into_iter().map(|gap| view! { <li>{text::gap(i18n, gap)}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </section>
    }
}

/// The progress review: scores as a table, experiments tried, what she learned, worksheets.
#[component]
fn ReviewView(review: Review) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    // Worksheet titles in her language (the review's own titles are the English of exports).
    let titles: Vec<String> = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        review
            .worksheets
            .iter()
            .map(|w| {
                j.worksheets
                    .get_live(&w.worksheet)
                    .map(|r| text::worksheet_title(i18n, &r.data, &j.people))
                    .unwrap_or_else(|| w.title.clone())
            })
            .collect()
    });
    let nothing = review.measures.is_empty()
        && review.experiments_done == 0
        && review.experiments.is_empty()
        && review.worksheets.is_empty();
    let done = review.experiments_done;
    let tried = move || {
        if done == 0 {
            return None;
        }
        let n = fmt::number(i64::try_from(done).unwrap_or(i64::MAX));
        Some(match form(i18n.get_locale().as_str(), done as u64) {
            Form::One => t_string!(i18n, work.ending.tried_one).to_owned(),
            Form::Two => t_string!(i18n, work.ending.tried_two).to_owned(),
            Form::Few => t_string!(i18n, work.ending.tried_few, n),
            Form::Many => t_string!(i18n, work.ending.tried_many, n),
        })
    };
    let not_improved: Vec<(String, u32, u32)> = ending_domain::not_improved(&review)
        .into_iter()
        .map(|m| (measure_name(&m.measure), m.first.total, m.latest.total))
        .collect();
    view! {
        {nothing.then(|| view! {
            <p class="small">{t!(i18n, work.ending.nothing)}</p>
        })}
        {(!review.measures.is_empty()).then(|| view! {
            // Scrolls sideways on its own (never the page) with large text; focusable so the
            // keyboard can scroll it too.
            <div class="mw-table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, work.ending.table_label)>
                <table class="review-table">
                    <caption>{t!(i18n, work.ending.caption)}</caption>
                    <thead><tr>
                        <th scope="col">{t!(i18n, work.ending.measure)}</th>
                        <th scope="col">{t!(i18n, work.ending.first)}</th>
                        <th scope="col">{t!(i18n, work.ending.latest)}</th>
                        <th scope="col">{t!(i18n, work.ending.col_change)}</th>
                    </tr></thead>
                    <tbody>
                        {review.measures.iter().map(|m| view! {
                            <tr>
                                <th scope="row">{measure_name(&m.measure)}</th>
                                <td>{fmt::number(i64::from(m.first.total))}<span class="small">{format!(" ({})", day_label(m.first.date))}</span></td>
                                <td>{fmt::number(i64::from(m.latest.total))}<span class="small">{format!(" ({})", day_label(m.latest.date))}</span></td>
                                <td>{change_words(i18n, m.change())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="small">{t!(i18n, work.ending.lower_better)}</p>
        })}
        {move || tried().map(|t| view! { <p>{t}</p> })}
        {(!not_improved.is_empty()).then(|| view! {
            <div class="note-card not-improved" role="note" aria-labelledby="not-improved-title">
                <h3 id="not-improved-title">{t!(i18n, work.ending.not_improved_title)}</h3>
                <ul>
                    {not_improved.into_iter().map(|(name, first, latest)| view! {
                        <li>{move || t_string!(i18n, work.ending.not_improved_which,
                            name = name.clone(),
                            first = fmt::number(i64::from(first)),
                            latest = fmt::number(i64::from(latest)))}</li>
                    }).collect_view()}
                </ul>
                <p>{t!(i18n, work.ending.not_improved_body)}</p>
            </div>
        })}
        {(!review.experiments.is_empty()).then(|| view! {
            <h3>{t!(i18n, work.ending.experiments_title)}</h3>
            <ul class="learned">
                {review.experiments.iter().map(|x| {
                    let goal = x.goal.clone();
                    let person = x.person.clone();
                    let why = x.why_not.clone();
                    let outcome = x.outcome;
                    view! {
                        <li>
                            <a href=format!("/my-work/experiments/{}", x.experiment)>{move || if goal.is_empty() { t_string!(i18n, work.ending.an_experiment).to_owned() } else { goal.clone() }}</a>
                            <span class="learned-text">
                                <strong>{move || outcome_words(i18n, outcome)}</strong>
                                {(!person.is_empty()).then(|| view! { " · "{move || t_string!(i18n, work.ending.with_person, name = person.clone())} })}
                            </span>
                            {(!why.is_empty()).then(|| view! {
                                <span class="learned-text">{move || t_string!(i18n, work.ending.why_not, why = why.clone())}</span>
                            })}
                            {(!x.what_i_learned.is_empty()).then(|| view! {
                                <span class="learned-text">{t!(i18n, work.ending.learned_label)}" "{x.what_i_learned.clone()}</span>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        {(!review.worksheets.is_empty()).then(|| view! {
            <h3>{t!(i18n, work.ending.worksheets)}</h3>
            <ul class="mw-list">
                {review.worksheets.iter().zip(titles.iter()).map(|(w, title)| view! {
                    <li><a href=worksheet_path(w.kind, &w.worksheet)>{title.clone()}</a></li>
                }).collect_view()}
            </ul>
        })}
    }
}

fn outcome_words(i18n: I18n, outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Done => t_string!(i18n, work.ending.outcome_done),
        Outcome::NotDone => t_string!(i18n, work.ending.outcome_not_done),
        Outcome::NotYet => t_string!(i18n, work.ending.outcome_not_yet),
    }
}

/// "down 6", "up 2", "no change" (lower is fewer symptoms on every measure here).
fn change_words(i18n: I18n, change: i64) -> String {
    let n = fmt::number(change.abs());
    match change {
        0 => t_string!(i18n, work.ending.change_none).to_owned(),
        c if c < 0 => t_string!(i18n, work.ending.change_down, n),
        _ => t_string!(i18n, work.ending.change_up, n),
    }
}
