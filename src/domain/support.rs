//! The who-questions, asked weekly to recruit support.
//!
//! One record per week, keyed by the week's first day (`week_of`): answering the same week again
//! updates it. Answers can name people from the inventory by id; past weeks stay readable even
//! when a named person is later removed (see `people::references`: with "keep their name" the
//! name is written into the answer's text).

use crate::domain::struct_de::defaulted_de;
use chrono::NaiveDate;
use serde::Serialize;

use super::people::{person_label, Person};
use super::record::{Collection, CollectionExt, Id, Rec, Timestamp};

/// One answer: her words and the people from the inventory she named.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct WhoAnswer {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Id>,
}
defaulted_de!(WhoAnswer { text, people });

/// One week's who-questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct SupportWeek {
    /// The first day (local) of the week answered.
    pub week_of: NaiveDate,
    /// "Who can help?"
    pub who_can_help: WhoAnswer,
    /// "Who knows about your struggles, and how have they responded?"
    pub who_knows: WhoAnswer,
    /// "Who has been understanding, and in what way?"
    pub who_understanding: WhoAnswer,
    /// "Whom have you been helpful to, as a support to others?"
    pub helped_others: WhoAnswer,
    /// "With whom might you like to spend time?"
    pub spend_time_with: WhoAnswer,
    /// Brainstorm: direct or indirect support, or social activities to do.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub brainstorm: String,
}
defaulted_de!(SupportWeek {
    week_of,
    who_can_help,
    who_knows,
    who_understanding,
    helped_others,
    spend_time_with,
    brainstorm
});

/// The brainstorm prompt, in the clinicians' words.
pub const BRAINSTORM_PROMPT: &str =
    "Brainstorm: direct or indirect support, or social activities to do.";

/// Longest answer text, in characters.
pub const ANSWER_MAX: usize = 2000;

/// The five who-questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum WhoQuestion {
    CanHelp,
    Knows,
    Understanding,
    HelpedOthers,
    SpendTimeWith,
}

impl WhoQuestion {
    /// The questions in the order they are asked.
    pub const ALL: [WhoQuestion; 5] = [
        WhoQuestion::CanHelp,
        WhoQuestion::Knows,
        WhoQuestion::Understanding,
        WhoQuestion::HelpedOthers,
        WhoQuestion::SpendTimeWith,
    ];

    /// The question, in the clinicians' words (ipt.md §6).
    pub fn prompt(self) -> &'static str {
        match self {
            WhoQuestion::CanHelp => "Who can help?",
            WhoQuestion::Knows => "Who knows about your struggles, and how have they responded?",
            WhoQuestion::Understanding => "Who has been understanding, and in what way?",
            WhoQuestion::HelpedOthers => "Whom have you been helpful to, as a support to others?",
            WhoQuestion::SpendTimeWith => "With whom might you like to spend time?",
        }
    }

    /// The answer to this question in `week`.
    pub fn answer(self, week: &SupportWeek) -> &WhoAnswer {
        match self {
            WhoQuestion::CanHelp => &week.who_can_help,
            WhoQuestion::Knows => &week.who_knows,
            WhoQuestion::Understanding => &week.who_understanding,
            WhoQuestion::HelpedOthers => &week.helped_others,
            WhoQuestion::SpendTimeWith => &week.spend_time_with,
        }
    }

    /// The answer to this question in `week`, to change it.
    pub fn answer_mut(self, week: &mut SupportWeek) -> &mut WhoAnswer {
        match self {
            WhoQuestion::CanHelp => &mut week.who_can_help,
            WhoQuestion::Knows => &mut week.who_knows,
            WhoQuestion::Understanding => &mut week.who_understanding,
            WhoQuestion::HelpedOthers => &mut week.helped_others,
            WhoQuestion::SpendTimeWith => &mut week.spend_time_with,
        }
    }
}

/// The live record for the week starting `week_of`, if she answered it. When two copies of the
/// same week exist (merged from two devices), the most recently updated one.
pub fn week_record(
    weeks: &Collection<SupportWeek>,
    week_of: NaiveDate,
) -> Option<&Rec<SupportWeek>> {
    weeks
        .live()
        .filter(|r| r.data.week_of == week_of)
        .max_by(|a, b| {
            a.updated_at
                .cmp(&b.updated_at)
                .then_with(|| a.id.cmp(&b.id))
        })
}

/// The answers for the week starting `week_of`: the saved ones, or a blank form for that week.
pub fn week_or_blank(weeks: &Collection<SupportWeek>, week_of: NaiveDate) -> SupportWeek {
    week_record(weeks, week_of)
        .map(|r| r.data.clone())
        .unwrap_or_else(|| SupportWeek {
            week_of,
            ..SupportWeek::default()
        })
}

/// Why the week's who-answers were refused. `Display` gives the English sentence; the UI says it
/// in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportError {
    /// The brainstorm is longer than `max` characters.
    BrainstormTooLong { max: usize },
    /// The answer to `question` is longer than `max` characters.
    AnswerTooLong { question: WhoQuestion, max: usize },
}

impl std::fmt::Display for SupportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SupportError::BrainstormTooLong { max } => write!(
                f,
                "The brainstorm is too long; please keep it to {max} characters."
            ),
            SupportError::AnswerTooLong { question, max } => write!(
                f,
                "The answer to “{}” is too long; please keep it to {max} characters.",
                question.prompt()
            ),
        }
    }
}

fn clean_answer(
    people_now: &Collection<Person>,
    a: &WhoAnswer,
    q: WhoQuestion,
) -> Result<WhoAnswer, SupportError> {
    let text = a.text.trim().to_owned();
    if text.chars().count() > ANSWER_MAX {
        return Err(SupportError::AnswerTooLong {
            question: q,
            max: ANSWER_MAX,
        });
    }
    let mut people: Vec<Id> = Vec::new();
    for id in &a.people {
        // Only people still in the inventory can be newly linked; no duplicates.
        if people_now.get_live(id).is_some() && !people.contains(id) {
            people.push(id.clone());
        }
    }
    Ok(WhoAnswer { text, people })
}

/// Save the week's answers: creates the week or updates the one with the same `week_of`.
/// Texts are trimmed, people deduplicated, and ids of people no longer in the inventory dropped.
/// Returns the record id.
pub fn save_week(
    weeks: &mut Collection<SupportWeek>,
    people: &Collection<Person>,
    week: &SupportWeek,
    now: Timestamp,
) -> Result<Id, SupportError> {
    let mut clean = SupportWeek {
        week_of: week.week_of,
        brainstorm: week.brainstorm.trim().to_owned(),
        ..SupportWeek::default()
    };
    if clean.brainstorm.chars().count() > ANSWER_MAX {
        return Err(SupportError::BrainstormTooLong { max: ANSWER_MAX });
    }
    for q in WhoQuestion::ALL {
        *q.answer_mut(&mut clean) = clean_answer(people, q.answer(week), q)?;
    }
    let existing = week_record(weeks, week.week_of).map(|r| r.id.clone());
    match existing {
        Some(id) => {
            weeks.update(&id, clean, now);
            Ok(id)
        }
        None => Ok(weeks.add(clean, now)),
    }
}

/// Every answered week, newest first (one per `week_of`).
pub fn past_weeks(support: &Collection<SupportWeek>) -> Vec<&Rec<SupportWeek>> {
    let mut weeks: Vec<&Rec<SupportWeek>> = Vec::new();
    let mut all: Vec<&Rec<SupportWeek>> = support.live().collect();
    crate::domain::order::sort_by(&mut all, |a, b| {
        b.data
            .week_of
            .cmp(&a.data.week_of)
            .then_with(|| b.updated_at.cmp(&a.updated_at))
            .then_with(|| b.id.cmp(&a.id))
    });
    for rec in all {
        if weeks.last().map(|w| w.data.week_of) != Some(rec.data.week_of) {
            weeks.push(rec);
        }
    }
    weeks
}

/// The names to show for one answer's linked people (resolved now, "Removed person" if gone).
pub fn answer_people_labels(people: &Collection<Person>, answer: &WhoAnswer) -> Vec<String> {
    answer
        .people
        .iter()
        .map(|id| person_label(people, id))
        .collect()
}

/// Everyone she named in a week, across all five answers, in order of first mention, once
/// each: (id, label) for linked people.
pub fn people_named(people: &Collection<Person>, week: &SupportWeek) -> Vec<(Id, String)> {
    let mut out: Vec<(Id, String)> = Vec::new();
    for q in WhoQuestion::ALL {
        for id in &q.answer(week).people {
            if !out.iter().any(|(i, _)| i == id) {
                out.push((id.clone(), person_label(people, id)));
            }
        }
    }
    out
}

/// Whether nothing was written or named in the week.
pub fn is_blank(week: &SupportWeek) -> bool {
    week.brainstorm.trim().is_empty()
        && WhoQuestion::ALL.iter().all(|q| {
            let a = q.answer(week);
            a.text.trim().is_empty() && a.people.is_empty()
        })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::journal::Journal;
    use crate::domain::people::{add_person, Person};
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    fn with_people() -> (Journal, Id, Id) {
        let mut j = Journal::default();
        let t = at("2026-03-01T09:00:00+03:00");
        let p = |n: &str| Person {
            name: n.into(),
            ..Person::default()
        };
        let sam = add_person(&mut j.people, &p("Sam"), t).unwrap();
        let mum = add_person(&mut j.people, &p("Mum"), t).unwrap();
        (j, sam, mum)
    }

    #[test]
    fn prompts_are_verbatim() {
        let prompts: Vec<&str> = WhoQuestion::ALL.iter().map(|q| q.prompt()).collect();
        assert_eq!(
            prompts,
            [
                "Who can help?",
                "Who knows about your struggles, and how have they responded?",
                "Who has been understanding, and in what way?",
                "Whom have you been helpful to, as a support to others?",
                "With whom might you like to spend time?",
            ]
        );
        assert!(BRAINSTORM_PROMPT.starts_with("Brainstorm: direct or indirect support"));
    }

    #[test]
    fn saving_the_same_week_again_updates_it() {
        let (mut j, sam, mum) = with_people();
        let mut w = week_or_blank(&j.support, d("2026-03-02"));
        assert!(is_blank(&w));
        w.who_can_help.text = "  Sam could do the night feed  ".into();
        w.who_can_help.people = vec![sam.clone(), sam.clone()];
        let id = save_week(
            &mut j.support,
            &j.people,
            &w,
            at("2026-03-03T20:00:00+03:00"),
        )
        .unwrap();
        let mut again = week_or_blank(&j.support, d("2026-03-02"));
        assert_eq!(again.who_can_help.text, "Sam could do the night feed");
        assert_eq!(again.who_can_help.people, vec![sam.clone()]);
        again.spend_time_with.people = vec![mum.clone()];
        let id2 = save_week(
            &mut j.support,
            &j.people,
            &again,
            at("2026-03-05T20:00:00+03:00"),
        )
        .unwrap();
        assert_eq!(id, id2);
        assert_eq!(j.support.live_count(), 1);
        assert_eq!(
            people_named(&j.people, &j.support[&id].data),
            vec![(sam, "Sam".to_owned()), (mum, "Mum".to_owned())]
        );
    }

    #[test]
    fn ids_of_people_not_in_the_inventory_are_not_saved() {
        let (mut j, sam, _) = with_people();
        let mut w = week_or_blank(&j.support, d("2026-03-02"));
        w.who_knows.people = vec![Id::from("ghost"), sam.clone()];
        let id = save_week(&mut j.support, &j.people, &w, at("2026-03-03T20:00:00Z")).unwrap();
        assert_eq!(j.support[&id].data.who_knows.people, vec![sam]);
    }

    #[test]
    fn past_weeks_newest_first_and_still_readable_after_a_person_is_removed() {
        let (mut j, sam, _) = with_people();
        for (week, t) in [
            ("2026-03-02", "2026-03-03T20:00:00Z"),
            ("2026-03-16", "2026-03-17T20:00:00Z"),
            ("2026-03-09", "2026-03-10T20:00:00Z"),
        ] {
            let mut w = week_or_blank(&j.support, d(week));
            w.who_understanding.people = vec![sam.clone()];
            w.who_understanding.text = format!("week {week}");
            save_week(&mut j.support, &j.people, &w, at(t)).unwrap();
        }
        let order: Vec<NaiveDate> = past_weeks(&j.support)
            .iter()
            .map(|r| r.data.week_of)
            .collect();
        assert_eq!(order, [d("2026-03-16"), d("2026-03-09"), d("2026-03-02")]);
        j.people.delete(&sam, at("2026-03-20T10:00:00Z"));
        let oldest = past_weeks(&j.support)[2];
        assert_eq!(oldest.data.who_understanding.text, "week 2026-03-02");
        assert_eq!(
            answer_people_labels(&j.people, &oldest.data.who_understanding),
            ["Removed person"]
        );
    }

    #[test]
    fn a_week_saved_on_two_devices_shows_once_with_the_newest() {
        let (mut j, _, _) = with_people();
        let a = SupportWeek {
            week_of: d("2026-03-02"),
            brainstorm: "older".into(),
            ..SupportWeek::default()
        };
        let b = SupportWeek {
            brainstorm: "newer".into(),
            ..a.clone()
        };
        j.support.add(a, at("2026-03-03T10:00:00Z"));
        j.support.add(b, at("2026-03-04T10:00:00Z"));
        let weeks = past_weeks(&j.support);
        assert_eq!(weeks.len(), 1);
        assert_eq!(weeks[0].data.brainstorm, "newer");
        assert_eq!(
            week_or_blank(&j.support, d("2026-03-02")).brainstorm,
            "newer"
        );
    }

    #[test]
    fn too_long_answers_are_refused_with_the_question_named() {
        let (mut j, _, _) = with_people();
        let mut w = week_or_blank(&j.support, d("2026-03-02"));
        w.helped_others.text = "x".repeat(ANSWER_MAX + 1);
        let err = save_week(&mut j.support, &j.people, &w, at("2026-03-03T10:00:00Z")).unwrap_err();
        assert_eq!(
            err,
            SupportError::AnswerTooLong {
                question: WhoQuestion::HelpedOthers,
                max: ANSWER_MAX
            }
        );
        // The English sentence (exports, tests) names the question in the clinicians' words.
        assert!(
            err.to_string().contains("Whom have you been helpful to"),
            "{err}"
        );
        assert_eq!(j.support.len(), 0);
    }
}
