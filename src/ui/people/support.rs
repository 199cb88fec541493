//! `/people/support`: this week's who-questions and brainstorm, each answer able to name people
//! from the inventory; past weeks below, newest first, always readable.

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::record::Id;
use crate::domain::support::{
    is_blank, past_weeks, save_week, week_or_blank, SupportError, SupportWeek, WhoQuestion,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::{use_app, AppState, Unsaved};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::text;
use super::{long_date, people_chips, today, week_of};

fn save(
    app: AppState,
    week: NaiveDate,
    f: impl FnOnce(&mut SupportWeek),
) -> Result<(), Unsaved<SupportError>> {
    app.try_edit(|j, now| {
        let mut w = week_or_blank(&j.support, week);
        f(&mut w);
        save_week(&mut j.support, &j.people, &w, now).map(|_| ())
    })
}

/// The who-questions page.
#[component]
pub fn SupportPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let week = week_of(&app, today());
    let initial = app
        .journal
        .doc
        .with_untracked(|d| week_or_blank(&d.journal.support, week));
    let questions = WhoQuestion::ALL
        .iter()
        .enumerate()
        .map(|(i, &q)| {
            let saver: SaveFn<SupportError> = Rc::new(move |text: String| save(app, week, |w| q.answer_mut(w).text = text));
            let checked = move |id: &Id| {
                app.with_journal(|j| q.answer(&week_or_blank(&j.support, week)).people.contains(id))
            };
            let toggle = move |id: Id, on: bool| {
                let saved = save(app, week, |w| {
                    let people = &mut q.answer_mut(w).people;
                    people.retain(|p| *p != id);
                    if on {
                        people.push(id);
                    }
                });
                if matches!(saved, Err(Unsaved::Newer)) {
                    // A chip is a choice, not typed text: it goes back to what is stored.
                    app.show_stored();
                }
            };
            view! {
                <div class="who-question">
                    {autosave_field(format!("who-{i}"), move || text::who_question(i18n, q), None,
                        q.answer(&initial).text.clone(), Kind::Long, saver)}
                    {people_chips(app, move || t_string!(i18n, people.support.people_for, question = text::who_question(i18n, q)).to_string(),
                        format!("who-{i}-people"), checked, toggle)}
                </div>
            }
        })
        .collect_view();
    let brainstorm: SaveFn<SupportError> =
        Rc::new(move |text: String| save(app, week, |w| w.brainstorm = text));
    view! {
        <p class="pp-crumb"><a href="/people">{t!(i18n, people.crumb)}</a></p>
        <h1 tabindex="-1">{t!(i18n, people.support.title)}</h1>
        <p class="promise">{move || t_string!(i18n, people.support.promise, date = long_date(week)).to_string()}</p>
        <section class="card" aria-labelledby="this-week-title">
            <h2 id="this-week-title">{t!(i18n, people.support.this_week)}</h2>
            {questions}
            {autosave_field("who-brainstorm".into(), move || t_string!(i18n, people.support.brainstorm).to_owned(), None,
                initial.brainstorm.clone(), Kind::Long, brainstorm)}
        </section>
        <PastWeeks current=week/>
    }
}

/// Past weeks' answers, newest first.
#[component]
fn PastWeeks(current: NaiveDate) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let weeks = Memo::new(move |_| {
        app.with_journal(|j| {
            past_weeks(&j.support)
                .into_iter()
                .filter(|w| w.data.week_of != current && !is_blank(&w.data))
                .map(|w| {
                    let answers = WhoQuestion::ALL
                        .iter()
                        .filter_map(|&q| {
                            let a = q.answer(&w.data);
                            let names: Vec<String> = a
                                .people
                                .iter()
                                .map(|id| text::person(i18n, j, id))
                                .collect();
                            (!a.text.trim().is_empty() || !names.is_empty())
                                .then(|| (text::who_question(i18n, q), a.text.clone(), names))
                        })
                        .collect::<Vec<_>>();
                    (w.data.week_of, answers, w.data.brainstorm.clone())
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="past-title">
            <h2 id="past-title">{t!(i18n, people.support.past_title)}</h2>
            {move || {
                let list = weeks.get();
                if list.is_empty() {
                    return view! { <p class="small">{t!(i18n, people.support.past_empty)}</p> }.into_any();
                }
                list.into_iter().map(|(week, answers, brainstorm)| view! {
                    <article class="past-week">
                        <h3>{t_string!(i18n, people.support.week_of, date = long_date(week)).to_string()}</h3>
                        <dl>
                            {answers.into_iter().map(|(prompt, text, names)| view! {
                                <dt>{prompt}</dt>
                                <dd>
                                    {(!text.trim().is_empty()).then(|| view! { <p>{text}</p> })}
                                    {(!names.is_empty()).then(|| view! { <p class="small">{t_string!(i18n, people.support.people_list, names = text::join(i18n, &names)).to_string()}</p> })}
                                </dd>
                            }).collect_view()}
                            {(!brainstorm.trim().is_empty()).then(|| view! {
                                <dt>{t!(i18n, people.support.brainstorm)}</dt>
                                <dd><p>{brainstorm}</p></dd>
                            })}
                        </dl>
                    </article>
                }).collect_view().into_any()
            }}
        </section>
    }
}
