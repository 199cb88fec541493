//! The summary's weeks in her words: the "since we last met" notes and the PHQ-9 difficulty
//! answer, the who-questions, timeline events and the self-care week, by week; the course of
//! therapy; what she expects of each person; the ending plan.

use std::collections::BTreeMap;

use chrono::{NaiveDate, Weekday};

use crate::domain::course;
use crate::domain::dates::week_start;
use crate::domain::exchange::csv::Measures;
use crate::domain::journal::Journal;
use crate::domain::people::person_label;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::selfcare::{self, Session};
use crate::domain::support::WhoQuestion;

use super::blocks::{list, push_if};
use super::model::*;
use super::{in_range, local_day};

/// The PHQ-9's unscored "how difficult" question.
const DIFFICULTY_ITEM: &str = "phq9.difficulty";

fn names(j: &Journal, ids: &[Id]) -> Vec<String> {
    ids.iter().map(|id| person_label(&j.people, id)).collect()
}

/// The detail of week `week_of` to write in, unless the week is condensed (before `cutoff`).
fn week_entry(
    weeks: &mut BTreeMap<NaiveDate, WeekDetail>,
    cutoff: Option<NaiveDate>,
    week_of: NaiveDate,
) -> Option<&mut WeekDetail> {
    if cutoff.is_some_and(|c| week_of < c) {
        return None;
    }
    Some(weeks.entry(week_of).or_insert_with(|| WeekDetail {
        week_of,
        since_last_met: Vec::new(),
        people_this_week: String::new(),
        difficulty: None,
        who: Vec::new(),
        brainstorm: String::new(),
        events: Vec::new(),
        selfcare: Vec::new(),
    }))
}

/// The weeks of `from..=to` with something she wrote or did in a shared section, oldest first;
/// weeks before `cutoff` (condensed in the table) are left out.
pub(super) fn week_details(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    start_day: Weekday,
    cutoff: Option<NaiveDate>,
    sections: Sections,
) -> Vec<WeekDetail> {
    let mut weeks: BTreeMap<NaiveDate, WeekDetail> = BTreeMap::new();
    if sections.notes {
        let measures = Measures::builtin();
        let mut checkins: Vec<_> = j
            .checkins
            .live()
            .filter(|r| in_range(r.data.date, from, to))
            .collect();
        crate::domain::order::sort_by_key(&mut checkins, |r| (r.data.date, r.created_at));
        for r in checkins {
            let c = &r.data;
            let Some(w) = week_entry(&mut weeks, cutoff, week_start(c.date, start_day)) else {
                continue;
            };
            let note = c.since_last_met.trim();
            if !note.is_empty() && !w.since_last_met.iter().any(|(_, t)| t == note) {
                w.since_last_met.push((c.date, note.to_owned()));
            }
            let people = c.people_this_week.trim();
            if !people.is_empty() {
                people.clone_into(&mut w.people_this_week);
            }
            let difficulty = c
                .answers
                .iter()
                .find(|a| a.item == DIFFICULTY_ITEM)
                .and_then(|a| {
                    let item = measures.get(&c.measure)?.item(DIFFICULTY_ITEM)?;
                    let choice = item.options.iter().find(|o| o.code == a.option)?;
                    (!choice.text.is_empty()).then(|| choice.text.clone())
                });
            if difficulty.is_some() {
                w.difficulty = difficulty;
            }
        }
    }
    if sections.support {
        for r in j.support.live() {
            let week = &r.data;
            let week_of = week_start(week.week_of, start_day);
            let touched = local_day(&r.updated_at);
            if !in_range(week.week_of, from, to) && !in_range(touched, from, to) {
                continue;
            }
            // A week answered later than the range still belongs to the week it is about.
            let Some(w) = week_entry(
                &mut weeks,
                cutoff,
                if in_range(week_of, week_start(from, start_day), to) {
                    week_of
                } else {
                    week_start(touched, start_day)
                },
            ) else {
                continue;
            };
            for q in WhoQuestion::ALL {
                let a = q.answer(week);
                let text = a.text.trim();
                if text.is_empty() && a.people.is_empty() {
                    continue;
                }
                w.who.push(WhoLine {
                    question: q,
                    text: text.to_owned(),
                    people: names(j, &a.people),
                });
            }
            week.brainstorm.trim().clone_into(&mut w.brainstorm);
        }
    }
    if sections.timeline {
        let mut events: Vec<_> = j.events.live().collect();
        crate::domain::order::sort_by_key(&mut events, |r| (r.data.date, r.created_at));
        for r in events {
            let e = &r.data;
            let written = local_day(&r.created_at);
            let day = if in_range(e.date, from, to) {
                e.date
            } else if in_range(written, from, to) {
                written
            } else {
                continue;
            };
            let Some(w) = week_entry(&mut weeks, cutoff, week_start(day, start_day)) else {
                continue;
            };
            w.events.push(EventLine {
                date: e.date,
                text: e.text.trim().to_owned(),
                people: names(j, &e.people),
                mood: e.mood,
            });
        }
    }
    if sections.selfcare {
        let mut logged: Vec<NaiveDate> = j
            .selfcare
            .live()
            .map(|r| week_start(r.data.date, start_day))
            .filter(|w| in_range(*w, week_start(from, start_day), to))
            .collect();
        logged.sort_unstable();
        logged.dedup();
        for week_of in logged {
            let did = selfcare::week_view(j, week_of).did();
            if did.is_empty() {
                continue;
            }
            if let Some(w) = week_entry(&mut weeks, cutoff, week_of) {
                w.selfcare = did;
            }
        }
    }
    weeks.into_values().filter(|w| !w.is_empty()).collect()
}

/// Where `to` falls in her course, with the sessions she went to in `from..=to`.
pub(super) fn course_line(j: &Journal, from: NaiveDate, to: NaiveDate) -> Option<CourseLine> {
    let c = course::of(&j.settings())?;
    let sessions = j
        .selfcare
        .live()
        .filter(|r| in_range(r.data.date, from, to) && r.data.session == Session::Yes)
        .count();
    Some(CourseLine {
        position: c.position(to),
        sessions,
    })
}

/// What she expects of each person, closest ring first, then by name.
pub(super) fn expectations(j: &Journal) -> Vec<Expectation> {
    let mut out: Vec<(crate::domain::people::Ring, String, String)> = j
        .people
        .live()
        .filter(|p| !p.data.expectations.trim().is_empty())
        .map(|p| {
            (
                p.data.ring,
                p.data.name.trim().to_owned(),
                p.data.expectations.trim().to_owned(),
            )
        })
        .collect();
    crate::domain::order::sort(&mut out);
    out.into_iter()
        .map(|(_, name, text)| Expectation { name, text })
        .collect()
}

/// The ending plan as a block, when anything of it is written.
pub(super) fn ending(j: &Journal) -> Option<Block> {
    let p = &j.ending.as_ref().filter(|e| e.is_live())?.data;
    let mut lines = Vec::new();
    push_if(&mut lines, Field::WhatChanged, &p.what_changed);
    push_if(&mut lines, Field::WarningSigns, &list(&p.warning_signs));
    push_if(&mut lines, Field::WillDo, &p.will_do);
    let mut contacts = names(j, &p.will_contact);
    contacts.push(p.will_contact_text.clone());
    push_if(&mut lines, Field::WillContact, &list(&contacts));
    push_if(&mut lines, Field::Booster, &p.booster);
    push_if(
        &mut lines,
        Field::FeelingsAboutEnding,
        &p.feelings_about_ending,
    );
    (!lines.is_empty()).then(|| Block {
        title: "Plan for after the last session".to_owned(),
        heading: Heading::Ending,
        lines,
    })
}
