//! Ending well: the progress review, warning signs of recurrence and the contingency plan.

use crate::domain::struct_de::defaulted_de;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::checkin::CheckIn;
use super::journal::Journal;
use super::people::Person;
use super::record::{Collection, CollectionExt, Id, Rec, Timestamp};
use super::worksheets::{person_name, WorksheetKind};

/// The relapse-prevention plan written in the last sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct EndingPlan {
    /// Changes and gains, in her words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_changed: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warning_signs: Vec<String>,
    /// What I will do.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub will_do: String,
    /// Whom I will contact.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub will_contact: Vec<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub will_contact_text: String,
    /// Continuation or booster sessions.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub booster: String,
    /// How she feels about ending, in her words (added after schema 1; empty in older files).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feelings_about_ending: String,
}
defaulted_de!(EndingPlan {
    what_changed,
    warning_signs,
    will_do,
    will_contact,
    will_contact_text,
    booster,
    feelings_about_ending
});

/// One total score on one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Score {
    pub date: NaiveDate,
    /// Sum of the scored answers.
    pub total: u32,
}

/// First and latest score of one measure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeasureProgress {
    /// Measure id ("phq9", "gad7", "epds").
    pub measure: String,
    pub first: Score,
    pub latest: Score,
    /// How many check-ins of this measure there are.
    pub count: usize,
}

impl MeasureProgress {
    /// Latest minus first (negative: the score went down, which on these measures means fewer
    /// symptoms). Never a diagnosis.
    pub fn change(&self) -> i64 {
        i64::from(self.latest.total) - i64::from(self.first.total)
    }
}

/// What she learned from one experiment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Learned {
    pub experiment: Id,
    pub goal: String,
    pub what_i_learned: String,
}

/// What became of an experiment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    NotDone,
    /// Planned or practised, not yet tried.
    NotYet,
}

/// One experiment in the look back: what she set out to do, what became of it, what she
/// learned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tried {
    pub experiment: Id,
    pub goal: String,
    /// The person it was with (her name for them; empty when none was named).
    pub person: String,
    pub when: Option<NaiveDate>,
    pub outcome: Outcome,
    /// Why it was not done, when she wrote it.
    pub why_not: String,
    pub what_i_learned: String,
}

/// A worksheet she wrote in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkedOn {
    pub worksheet: Id,
    pub kind: WorksheetKind,
    /// As [`super::worksheets::Worksheet::title`].
    pub title: String,
}

/// The progress review for the last sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// One entry per measure, by measure id.
    pub measures: Vec<MeasureProgress>,
    pub experiments_done: usize,
    pub experiments_not_done: usize,
    /// From done experiments that have "what I learned", earliest first.
    pub learned: Vec<Learned>,
    /// Every experiment with its outcome and what she learned, by planned day.
    pub experiments: Vec<Tried>,
    /// Worksheets with something written in them, oldest first.
    pub worksheets: Vec<WorkedOn>,
    /// "What changed", in her words (from the ending plan).
    pub what_changed: String,
}

/// Gather the review: first and latest total per measure, experiments done and not done with what
/// she learned, and the worksheets she worked on.
pub fn progress_review(journal: &Journal) -> Review {
    let mut by_measure: BTreeMap<&str, Vec<&Rec<CheckIn>>> = BTreeMap::new();
    for r in journal.checkins.live() {
        by_measure
            .entry(r.data.measure.as_str())
            .or_default()
            .push(r);
    }
    let measures = by_measure
        .into_iter()
        .filter_map(|(measure, mut recs)| {
            crate::domain::order::sort_by(&mut recs, |a, b| {
                a.data
                    .date
                    .cmp(&b.data.date)
                    .then_with(|| a.created_at.cmp(&b.created_at))
                    .then_with(|| a.id.cmp(&b.id))
            });
            let score = |r: &Rec<CheckIn>| Score {
                date: r.data.date,
                total: u32::from(r.data.total()),
            };
            Some(MeasureProgress {
                measure: measure.to_owned(),
                first: score(recs.first()?),
                latest: score(recs.last()?),
                count: recs.len(),
            })
        })
        .collect();

    let mut review = Review {
        measures,
        ..Review::default()
    };
    let mut experiments: Vec<_> = journal.experiments.live().collect();
    crate::domain::order::sort_by(&mut experiments, |a, b| {
        (a.data.when, a.created_at, &a.id).cmp(&(b.data.when, b.created_at, &b.id))
    });
    for r in experiments {
        let outcome = match r.data.was_done() {
            Some(true) => {
                review.experiments_done += 1;
                Outcome::Done
            }
            Some(false) => {
                review.experiments_not_done += 1;
                Outcome::NotDone
            }
            None => Outcome::NotYet,
        };
        review.experiments.push(Tried {
            experiment: r.id.clone(),
            goal: r.data.goal.trim().to_owned(),
            person: person_name(&journal.people, r.data.person.as_ref(), &r.data.person_text),
            when: r.data.when,
            outcome,
            why_not: if outcome == Outcome::NotDone {
                r.data.not_done_why.trim().to_owned()
            } else {
                String::new()
            },
            what_i_learned: r.data.what_i_learned.trim().to_owned(),
        });
        if r.data.was_done().is_some() && !r.data.what_i_learned.trim().is_empty() {
            review.learned.push(Learned {
                experiment: r.id.clone(),
                goal: r.data.goal.trim().to_owned(),
                what_i_learned: r.data.what_i_learned.trim().to_owned(),
            });
        }
    }
    let mut sheets: Vec<_> = journal
        .worksheets
        .live()
        .filter(|r| !r.data.is_blank())
        .collect();
    crate::domain::order::sort_by(&mut sheets, |a, b| {
        (a.created_at, &a.id).cmp(&(b.created_at, &b.id))
    });
    review.worksheets = sheets
        .into_iter()
        .map(|r| WorkedOn {
            worksheet: r.id.clone(),
            kind: r.data.kind(),
            title: r.data.title(&journal.people),
        })
        .collect();
    review.what_changed = journal
        .ending
        .as_ref()
        .filter(|r| r.is_live())
        .map(|r| r.data.what_changed.clone())
        .unwrap_or_default();
    review
}

/// The measures whose scores have not improved: at least two check-ins, the latest total not
/// lower than the first, and the latest still above the measure's lowest band (someone who
/// started and stayed in "None–minimal" has nothing to improve). Any fall counts as
/// improvement here: whether a fall is enough is for her therapist to judge, and the app only
/// uses this to suggest talking about next steps with them (the deck's "addressing
/// non-response"), never to call the therapy a failure.
pub fn not_improved(review: &Review) -> Vec<&MeasureProgress> {
    review
        .measures
        .iter()
        .filter(|m| {
            let lowest_max = super::instruments::builtin::by_id(&m.measure)
                .and_then(|d| d.bands.first().map(|b| u32::from(b.max)));
            m.count >= 2
                && m.latest.total >= m.first.total
                && lowest_max.is_none_or(|max| m.latest.total > max)
        })
        .collect()
}

/// The ending plan, or an empty one.
pub fn plan(ending: &Option<Rec<EndingPlan>>) -> EndingPlan {
    ending
        .as_ref()
        .filter(|r| r.is_live())
        .map(|r| r.data.clone())
        .unwrap_or_default()
}

/// Save the ending plan.
pub fn save_plan(ending: &mut Option<Rec<EndingPlan>>, plan: EndingPlan, now: Timestamp) {
    match ending {
        Some(rec) => {
            rec.data = plan;
            rec.deleted_at = None;
            rec.updated_at = now;
        }
        None => *ending = Some(Rec::new(plan, now)),
    }
}

impl EndingPlan {
    /// Add a warning sign. Refuses an empty one and one already on the list.
    pub fn add_warning_sign(&mut self, sign: &str) -> Result<(), SignError> {
        let sign = sign.trim();
        if sign.is_empty() {
            return Err(SignError::Empty);
        }
        if self
            .warning_signs
            .iter()
            .any(|s| s.trim().to_lowercase() == sign.to_lowercase())
        {
            return Err(SignError::AlreadyListed);
        }
        self.warning_signs.push(sign.to_owned());
        Ok(())
    }

    /// Change the wording of the sign at `index`.
    pub fn edit_warning_sign(&mut self, index: usize, sign: &str) -> Result<(), SignError> {
        let sign = sign.trim();
        if sign.is_empty() {
            return Err(SignError::NeedsWords);
        }
        match self.warning_signs.get_mut(index) {
            Some(s) => {
                *s = sign.to_owned();
                Ok(())
            }
            None => Err(SignError::NoSuchSign),
        }
    }

    /// Remove the sign at `index` and return it (for undo with [`EndingPlan::restore_warning_sign`]).
    pub fn remove_warning_sign(&mut self, index: usize) -> Result<String, SignError> {
        if index < self.warning_signs.len() {
            Ok(self.warning_signs.remove(index))
        } else {
            Err(SignError::NoSuchSign)
        }
    }

    /// Put a removed sign back at `index` (or at the end, if the list has shrunk since).
    pub fn restore_warning_sign(&mut self, index: usize, sign: String) {
        let index = index.min(self.warning_signs.len());
        self.warning_signs.insert(index, sign);
    }

    /// Add a person from the inventory to "whom I will contact" (once).
    pub fn add_contact(&mut self, person: &Id) {
        if !self.will_contact.contains(person) {
            self.will_contact.push(person.clone());
        }
    }

    /// Take a person off "whom I will contact".
    pub fn remove_contact(&mut self, person: &Id) {
        self.will_contact.retain(|p| p != person);
    }

    /// The names of whom she will contact: inventory people ("removed person" for one since
    /// deleted), then each line of the names typed in place.
    pub fn contact_names(&self, people: &Collection<Person>) -> Vec<String> {
        self.will_contact
            .iter()
            .map(|id| person_name(people, Some(id), ""))
            .chain(
                self.will_contact_text
                    .lines()
                    .map(|l| l.trim().to_owned())
                    .filter(|l| !l.is_empty()),
            )
            .collect()
    }

    /// What the contingency plan still lacks, as gentle sentences (empty when it is complete).
    pub fn gaps(&self) -> Vec<&'static str> {
        self.gap_list().into_iter().map(Gap::text).collect()
    }

    /// [`EndingPlan::gaps`], as [`Gap`]s.
    pub fn gap_list(&self) -> Vec<Gap> {
        let mut out = Vec::new();
        if self.warning_signs.iter().all(|s| s.trim().is_empty()) {
            out.push(Gap::WarningSign);
        }
        if self.will_do.trim().is_empty() {
            out.push(Gap::WillDo);
        }
        if self.will_contact.is_empty() && self.will_contact_text.trim().is_empty() {
            out.push(Gap::Contact);
        }
        out
    }
}

/// Something the contingency plan could still have (each with its sentence, [`Gap::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    WarningSign,
    WillDo,
    Contact,
}

impl Gap {
    /// The gentle sentence for her, in English.
    pub fn text(self) -> &'static str {
        match self {
            Gap::WarningSign => "Add a warning sign to watch for.",
            Gap::WillDo => "Write what you will do if the signs come back.",
            Gap::Contact => "Add someone you will contact.",
        }
    }
}

/// Why a change to the warning-sign list was refused. `Display` gives the English sentence; the
/// UI says it in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignError {
    /// The sign is no longer on the list.
    NoSuchSign,
    /// Adding an empty sign.
    Empty,
    /// Adding a sign already on the list.
    AlreadyListed,
    /// Emptying the words of a sign.
    NeedsWords,
}

impl std::fmt::Display for SignError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SignError::NoSuchSign => "That sign is no longer on your list.",
            SignError::Empty => "Write the sign first.",
            SignError::AlreadyListed => "That sign is already on your list.",
            SignError::NeedsWords => "A sign needs a few words. To drop it, remove it.",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::experiment::{Experiment, Status};
    use crate::domain::instruments::Answer;
    use crate::domain::record::tests::at;
    use crate::domain::worksheets::{Grief, Worksheet};

    fn checkin(measure: &str, date: (i32, u32, u32), scores: &[Option<u8>]) -> CheckIn {
        CheckIn {
            measure: measure.into(),
            date: NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap_or_default(),
            answers: scores
                .iter()
                .enumerate()
                .map(|(i, s)| Answer {
                    item: format!("{measure}.{i}"),
                    option: "x".into(),
                    score: *s,
                })
                .collect(),
            safety_flag: false,
            since_last_met: String::new(),
            people_this_week: String::new(),
        }
    }

    /// The UI's English (locales/en/work.json) is this module's English, word for word.
    #[test]
    fn the_english_translations_are_the_domains_words_verbatim() {
        let en: serde_json::Value =
            serde_json::from_str(include_str!("../../locales/en/work.json")).unwrap_or_default();
        let text = |key: &str| en["ending"][key].as_str().unwrap_or("").to_owned();
        for (gap, key) in [
            (Gap::WarningSign, "gap_warning_sign"),
            (Gap::WillDo, "gap_will_do"),
            (Gap::Contact, "gap_contact"),
        ] {
            assert_eq!(text(key), gap.text());
        }
        assert_eq!(text("sign_empty"), SignError::Empty.to_string());
        assert_eq!(text("sign_listed"), SignError::AlreadyListed.to_string());
        assert_eq!(text("sign_needs_words"), SignError::NeedsWords.to_string());
        assert_eq!(text("no_such_sign"), SignError::NoSuchSign.to_string());
    }

    #[test]
    fn review_shows_first_and_latest_total_per_measure_by_date_not_entry_order() {
        let mut j = Journal::default();
        let t = at("2026-05-01T09:00:00Z");
        j.checkins
            .add(checkin("phq9", (2026, 4, 20), &[Some(1), Some(1), None]), t);
        j.checkins.add(
            checkin("phq9", (2026, 2, 2), &[Some(3), Some(2), Some(3)]),
            t,
        );
        j.checkins
            .add(checkin("phq9", (2026, 3, 2), &[Some(2), Some(2)]), t);
        j.checkins
            .add(checkin("epds", (2026, 2, 3), &[Some(3); 10]), t);
        let deleted = j
            .checkins
            .add(checkin("phq9", (2026, 1, 1), &[Some(3); 9]), t);
        j.checkins.delete(&deleted, t);

        let r = progress_review(&j);
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap_or_default();
        assert_eq!(
            r.measures,
            vec![
                MeasureProgress {
                    measure: "epds".into(),
                    first: Score {
                        date: d(2, 3),
                        total: 30
                    },
                    latest: Score {
                        date: d(2, 3),
                        total: 30
                    },
                    count: 1,
                },
                MeasureProgress {
                    measure: "phq9".into(),
                    first: Score {
                        date: d(2, 2),
                        total: 8
                    },
                    latest: Score {
                        date: d(4, 20),
                        total: 2
                    },
                    count: 3,
                },
            ]
        );
        assert_eq!(r.measures[1].change(), -6);
    }

    #[test]
    fn review_counts_experiments_done_and_not_done_even_after_discussion() {
        let mut j = Journal::default();
        let t = at("2026-05-01T09:00:00Z");
        let mut done = Experiment {
            goal: "Ask Sam for Saturday nights".into(),
            what_i_learned: "Asking calmly worked".into(),
            ..Experiment::default()
        };
        assert_eq!(done.move_to(Status::Done), Ok(()));
        assert_eq!(done.move_to(Status::Discussed), Ok(()));
        let mut not_done = Experiment {
            not_done_why: "No time".into(),
            what_i_learned: "  ".into(),
            ..Experiment::default()
        };
        assert_eq!(not_done.move_to(Status::NotDone), Ok(()));
        let open = Experiment {
            what_i_learned: "not yet".into(),
            ..Experiment::default()
        };
        let id = j.experiments.add(done, t);
        j.experiments.add(not_done, t);
        j.experiments.add(open, t);
        let r = progress_review(&j);
        assert_eq!((r.experiments_done, r.experiments_not_done), (1, 1));
        assert_eq!(
            r.learned,
            vec![Learned {
                experiment: id,
                goal: "Ask Sam for Saturday nights".into(),
                what_i_learned: "Asking calmly worked".into(),
            }]
        );
    }

    #[test]
    fn the_look_back_lists_every_experiment_with_its_outcome_and_lesson() {
        let mut j = Journal::default();
        let t = at("2026-05-01T09:00:00Z");
        let sam = j.people.add(
            Person {
                name: "Sam".into(),
                ..Person::default()
            },
            t,
        );
        let day = |d| NaiveDate::from_ymd_opt(2026, 4, d);
        let mut done = Experiment {
            person: Some(sam),
            goal: "Ask Sam for Saturday nights".into(),
            when: day(20),
            what_i_learned: " Asking calmly worked ".into(),
            ..Experiment::default()
        };
        assert_eq!(done.move_to(Status::Done), Ok(()));
        let mut not_done = Experiment {
            person_text: "My mother".into(),
            goal: "Tell Mum how tired I am".into(),
            when: day(10),
            not_done_why: "She was ill".into(),
            ..Experiment::default()
        };
        assert_eq!(not_done.move_to(Status::NotDone), Ok(()));
        let planned = Experiment {
            goal: "Join the baby group".into(),
            when: day(28),
            not_done_why: "stale".into(),
            ..Experiment::default()
        };
        let a = j.experiments.add(done, t);
        let b = j.experiments.add(not_done, t);
        let c = j.experiments.add(planned, t);
        let r = progress_review(&j);
        assert_eq!(
            r.experiments,
            vec![
                Tried {
                    experiment: b,
                    goal: "Tell Mum how tired I am".into(),
                    person: "My mother".into(),
                    when: day(10),
                    outcome: Outcome::NotDone,
                    why_not: "She was ill".into(),
                    what_i_learned: String::new(),
                },
                Tried {
                    experiment: a,
                    goal: "Ask Sam for Saturday nights".into(),
                    person: "Sam".into(),
                    when: day(20),
                    outcome: Outcome::Done,
                    why_not: String::new(),
                    what_i_learned: "Asking calmly worked".into(),
                },
                Tried {
                    experiment: c,
                    goal: "Join the baby group".into(),
                    person: String::new(),
                    when: day(28),
                    outcome: Outcome::NotYet,
                    why_not: String::new(),
                    what_i_learned: String::new(),
                },
            ]
        );
    }

    fn progress(measure: &str, first: u32, latest: u32, count: usize) -> MeasureProgress {
        let day = |m| NaiveDate::from_ymd_opt(2026, m, 1).unwrap_or_default();
        MeasureProgress {
            measure: measure.into(),
            first: Score {
                date: day(1),
                total: first,
            },
            latest: Score {
                date: day(4),
                total: latest,
            },
            count,
        }
    }

    fn not_improved_ids(measures: Vec<MeasureProgress>) -> Vec<String> {
        let r = Review {
            measures,
            ..Review::default()
        };
        not_improved(&r)
            .into_iter()
            .map(|m| m.measure.clone())
            .collect()
    }

    #[test]
    fn scores_that_have_not_gone_down_are_named_for_a_talk_about_next_steps() {
        // The same or higher, and above the lowest band: not improved.
        assert_eq!(
            not_improved_ids(vec![progress("phq9", 14, 14, 9)]),
            ["phq9"]
        );
        assert_eq!(
            not_improved_ids(vec![progress("epds", 12, 15, 2)]),
            ["epds"]
        );
        // Any fall is improvement, however small: the app does not judge how much is enough.
        assert!(not_improved_ids(vec![progress("phq9", 14, 13, 9)]).is_empty());
        // Started and stayed in the lowest band (PHQ-9 0–4, EPDS 0–9): nothing to improve.
        assert!(not_improved_ids(vec![progress("phq9", 3, 4, 5)]).is_empty());
        assert!(not_improved_ids(vec![progress("epds", 9, 9, 5)]).is_empty());
        assert_eq!(not_improved_ids(vec![progress("phq9", 3, 5, 5)]), ["phq9"]);
        // One check-in is no course to judge.
        assert!(not_improved_ids(vec![progress("phq9", 20, 20, 1)]).is_empty());
        // Each measure on its own: anxiety can stay while depression falls.
        assert_eq!(
            not_improved_ids(vec![
                progress("gad7", 10, 11, 4),
                progress("phq9", 18, 7, 4)
            ]),
            ["gad7"]
        );
        // A measure the app does not know: the scores alone decide.
        assert_eq!(not_improved_ids(vec![progress("x", 2, 2, 2)]), ["x"]);
    }

    #[test]
    fn feelings_about_ending_are_kept_and_older_plans_load_without_them() {
        let old: EndingPlan =
            serde_json::from_str(r#"{"will_do":"Call Amina","booster":"Monthly"}"#)
                .unwrap_or_default();
        assert_eq!(old.will_do, "Call Amina");
        assert_eq!(old.feelings_about_ending, "");
        let mut j = Journal::default();
        let mut p = plan(&j.ending);
        p.feelings_about_ending = "Sad, and proud".into();
        save_plan(&mut j.ending, p, at("2026-05-01T09:00:00Z"));
        assert_eq!(plan(&j.ending).feelings_about_ending, "Sad, and proud");
    }

    #[test]
    fn review_lists_only_worksheets_with_writing_in_them() {
        let mut j = Journal::default();
        j.worksheets.add(
            Worksheet::new(WorksheetKind::Loneliness),
            at("2026-03-01T09:00:00Z"),
        );
        let g = j.worksheets.add(
            Worksheet::Grief(Grief {
                who: "Nana".into(),
                ..Grief::default()
            }),
            at("2026-03-02T09:00:00Z"),
        );
        let mut p = plan(&j.ending);
        p.what_changed = "I ask for help now".into();
        save_plan(&mut j.ending, p, at("2026-05-01T09:00:00Z"));
        let r = progress_review(&j);
        assert_eq!(
            r.worksheets,
            vec![WorkedOn {
                worksheet: g,
                kind: WorksheetKind::Grief,
                title: "Grief: Nana".into(),
            }]
        );
        assert_eq!(r.what_changed, "I ask for help now");
    }

    #[test]
    fn warning_signs_are_added_once_edited_removed_and_restored() {
        let mut p = EndingPlan::default();
        assert_eq!(
            p.add_warning_sign(" Not sleeping even when the baby sleeps "),
            Ok(())
        );
        assert_eq!(p.add_warning_sign("Stopping seeing friends"), Ok(()));
        assert_eq!(
            p.add_warning_sign("stopping seeing friends"),
            Err(SignError::AlreadyListed)
        );
        assert_eq!(p.add_warning_sign(""), Err(SignError::Empty));
        assert_eq!(p.edit_warning_sign(1, "Avoiding friends"), Ok(()));
        assert_eq!(p.edit_warning_sign(5, "x"), Err(SignError::NoSuchSign));
        let removed = p.remove_warning_sign(0);
        assert_eq!(
            removed,
            Ok("Not sleeping even when the baby sleeps".to_owned())
        );
        assert!(p.remove_warning_sign(3).is_err());
        p.restore_warning_sign(0, removed.unwrap_or_default());
        assert_eq!(
            p.warning_signs,
            ["Not sleeping even when the baby sleeps", "Avoiding friends"]
        );
    }

    #[test]
    fn contingency_plan_names_contacts_and_says_what_is_missing() {
        let mut people: Collection<Person> = Collection::new();
        let t = at("2026-05-01T09:00:00Z");
        let sis = people.add(
            Person {
                name: "Amina".into(),
                ..Person::default()
            },
            t,
        );
        let gone = people.add(
            Person {
                name: "Old friend".into(),
                ..Person::default()
            },
            t,
        );
        people.delete(&gone, t);
        let mut p = EndingPlan::default();
        assert_eq!(
            p.gaps(),
            [
                "Add a warning sign to watch for.",
                "Write what you will do if the signs come back.",
                "Add someone you will contact."
            ]
        );
        p.add_contact(&sis);
        p.add_contact(&sis);
        p.add_contact(&gone);
        p.will_contact_text = "My midwife\n\n Clinic nurse ".into();
        assert_eq!(
            p.contact_names(&people),
            ["Amina", "removed person", "My midwife", "Clinic nurse"]
        );
        p.remove_contact(&gone);
        assert_eq!(p.will_contact, vec![sis]);
        p.will_do = "Call Amina and book a booster session".into();
        assert_eq!(p.add_warning_sign("Crying every day"), Ok(()));
        assert!(p.gaps().is_empty());
    }
}
