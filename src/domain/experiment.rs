//! Interpersonal experiments (homework) and their lifecycle.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::record::{Collection, CollectionExt, Id, Rec};
use super::struct_de::defaulted_de;
use super::worksheets::decision::DecisionError;
use super::worksheets::DecisionAnalysis;

/// Where an experiment stands: planned → practised → done / not done → discussed in session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    Practised,
    Done,
    NotDone,
    Discussed,
}

/// An expected barrier and how she will handle it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Barrier {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub barrier: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub plan: String,
}
defaulted_de!(Barrier { barrier, plan });

/// One interpersonal experiment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Experiment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub goal: String,
    /// What I will say, and how.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub script: String,
    /// Role play: playing myself.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub practice_me: String,
    /// Role play: roles swapped.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub practice_swapped: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub barriers: Vec<Barrier>,
    pub status: Status,
    /// Why it was not done.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub not_done_why: String,
    /// The decision analysis (worksheet id) and option it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_decision: Option<(Id, Id)>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_happened: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_i_felt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_they_responded: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_i_learned: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub next_step: String,
    /// A name typed in place when the person is not in the inventory.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub person_text: String,
    /// Whether it was done (`Some(true)`) or not (`Some(false)`), kept once it is discussed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
}
defaulted_de!(Experiment {
    person,
    goal,
    script,
    practice_me,
    practice_swapped,
    when,
    barriers,
    status,
    not_done_why,
    from_decision,
    what_happened,
    how_i_felt,
    how_they_responded,
    what_i_learned,
    next_step,
    person_text,
    done
});

/// Labels for the experiment form, in the order of the domain brief: (field name, label).
pub const PLAN_LABELS: [(&str, &str); 7] = [
    ("person", "The person"),
    ("goal", "The goal"),
    ("script", "The script (what I will say, how)"),
    ("practice_me", "Practice: play yourself"),
    ("practice_swapped", "Practice: then swap roles"),
    ("when", "When"),
    ("barriers", "Expected barriers and how to handle them"),
];

/// Labels for afterwards: (field name, label).
pub const AFTER_LABELS: [(&str, &str); 5] = [
    ("what_happened", "What happened"),
    ("how_i_felt", "How I felt"),
    ("how_they_responded", "How they responded"),
    ("what_i_learned", "What I learned"),
    ("next_step", "Next step"),
];

/// Label for the reason it was not done.
pub const NOT_DONE_LABEL: &str = "Not done, and why";

impl Status {
    /// Every status, in lifecycle order.
    pub const ALL: [Status; 5] = [
        Status::Planned,
        Status::Practised,
        Status::Done,
        Status::NotDone,
        Status::Discussed,
    ];

    /// Label for the patient.
    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "Planned",
            Status::Practised => "Practised",
            Status::Done => "Done",
            Status::NotDone => "Not done",
            Status::Discussed => "Discussed in session",
        }
    }

    /// Still to do (planned or practised).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Planned | Status::Practised)
    }

    /// The statuses she can move to from this one (for the buttons to offer).
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Planned => &[Status::Practised, Status::Done, Status::NotDone],
            Status::Practised => &[Status::Done, Status::NotDone],
            Status::Done | Status::NotDone => &[Status::Discussed],
            Status::Discussed => &[],
        }
    }
}

/// Why a move to another status is refused. `Display` gives the English sentence
/// ([`Refusal::text`]); the UI says it in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Discussed before it was done or not done.
    NotDoneYet,
    /// It was discussed already.
    AlreadyDiscussed,
    /// Practised after it was done or not done.
    PractiseBeforeDone,
    /// Any other move backwards: (from, to).
    CannotGoBack(Status, Status),
    /// "Not done" without the reason written first.
    NeedsReason,
}

impl Refusal {
    /// The sentence for her, in English.
    pub fn text(self) -> String {
        match self {
            Refusal::NotDoneYet => {
                "Mark it done or not done first, then it can be discussed in session.".to_owned()
            }
            Refusal::AlreadyDiscussed => "It has been discussed in session already.".to_owned(),
            Refusal::PractiseBeforeDone => "It can only be practised before it is done.".to_owned(),
            Refusal::CannotGoBack(current, next) => format!(
                "An experiment that is {} cannot go back to {}.",
                current.label().to_lowercase(),
                next.label().to_lowercase()
            ),
            Refusal::NeedsReason => {
                "Write a few words about why it did not happen. That helps in session.".to_owned()
            }
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// Whether an experiment may move from `current` to `next`. Forward: planned → practised → done or
/// not done → discussed; practice is optional (planned → done / not done). Corrections: practised
/// back to planned, and done ⇄ not done. Staying put is allowed. Nothing is discussed before it
/// is done or not done, and a discussed experiment stays discussed.
pub fn check_transition(current: Status, next: Status) -> Result<Status, Refusal> {
    use Status::*;
    let ok = current == next
        || current.next().contains(&next)
        || matches!(
            (current, next),
            (Practised, Planned) | (Done, NotDone) | (NotDone, Done)
        );
    if ok {
        return Ok(next);
    }
    Err(match (current, next) {
        (_, Discussed) => Refusal::NotDoneYet,
        (Discussed, _) => Refusal::AlreadyDiscussed,
        (_, Practised) => Refusal::PractiseBeforeDone,
        _ => Refusal::CannotGoBack(current, next),
    })
}

/// Something an experiment's plan still lacks (each with its sentence, [`Problem::text`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    NoPerson,
    NoGoal,
    NoReason,
    PlanWithoutBarrier,
}

impl Problem {
    /// The sentence for her, in English.
    pub fn text(self) -> &'static str {
        match self {
            Problem::NoPerson => "Choose the person this is with.",
            Problem::NoGoal => "Write the goal: what you hope will happen.",
            Problem::NoReason => "Write a few words about why it did not happen.",
            Problem::PlanWithoutBarrier => "Each plan needs the barrier it is for.",
        }
    }
}

impl Experiment {
    /// Move to another status, checking [`check_transition`]. Moving to "not done" needs the
    /// reason in `not_done_why` first. Done / not done is remembered in `done` so the progress
    /// review can count it after it is discussed.
    pub fn move_to(&mut self, next: Status) -> Result<(), Refusal> {
        let next = check_transition(self.status, next)?;
        if next == Status::NotDone && self.not_done_why.trim().is_empty() {
            return Err(Refusal::NeedsReason);
        }
        match next {
            Status::Done => self.done = Some(true),
            Status::NotDone => self.done = Some(false),
            Status::Planned | Status::Practised => self.done = None,
            Status::Discussed => {}
        }
        self.status = next;
        Ok(())
    }

    /// Whether it was done, also after it was discussed (`None` while it is still open).
    pub fn was_done(&self) -> Option<bool> {
        match self.status {
            Status::Done => Some(true),
            Status::NotDone => Some(false),
            Status::Planned | Status::Practised => None,
            Status::Discussed => Some(
                self.done
                    .unwrap_or_else(|| self.not_done_why.trim().is_empty()),
            ),
        }
    }

    /// Everything still missing before it can be saved, as sentences (empty when it is fine):
    /// a person, a goal, and, when not done, why.
    pub fn problems(&self) -> Vec<String> {
        self.problem_list()
            .into_iter()
            .map(|p| p.text().to_owned())
            .collect()
    }

    /// [`Experiment::problems`], as [`Problem`]s.
    pub fn problem_list(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.person.is_none() && self.person_text.trim().is_empty() {
            out.push(Problem::NoPerson);
        }
        if self.goal.trim().is_empty() {
            out.push(Problem::NoGoal);
        }
        if self.status == Status::NotDone && self.not_done_why.trim().is_empty() {
            out.push(Problem::NoReason);
        }
        if self
            .barriers
            .iter()
            .any(|b| b.barrier.trim().is_empty() && !b.plan.trim().is_empty())
        {
            out.push(Problem::PlanWithoutBarrier);
        }
        out
    }

    /// Ready to save: the first of [`Experiment::problems`], if any.
    pub fn validate(&self) -> Result<(), Problem> {
        match self.problem_list().into_iter().next() {
            Some(p) => Err(p),
            None => Ok(()),
        }
    }
}

/// A new experiment from an option of a decision analysis: the same person; the goal is what she
/// would like to happen (or the option, if that was left blank); the script starts from the option.
/// The source is remembered in `from_decision`.
pub fn from_decision(
    worksheet: &Id,
    decision: &DecisionAnalysis,
    option: &Id,
) -> Result<Experiment, DecisionError> {
    let Some(o) = decision.options.iter().find(|o| &o.id == option) else {
        return Err(DecisionError::NoSuchOption);
    };
    let want = decision.want.trim();
    Ok(Experiment {
        person: decision.person.clone(),
        goal: if want.is_empty() {
            o.text.clone()
        } else {
            want.to_owned()
        },
        script: o.text.clone(),
        from_decision: Some((worksheet.clone(), o.id.clone())),
        ..Experiment::default()
    })
}

/// The first session day on or after `today`.
pub fn next_session(today: NaiveDate, session_day: Weekday) -> NaiveDate {
    let ahead =
        (7 + session_day.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    today
        .checked_add_days(Days::new(u64::from(ahead)))
        .unwrap_or(today)
}

/// The experiment the home screen shows: an open (planned or practised) experiment due on or
/// before the next session (`today` counts when it is the session day). Dated ones come first,
/// earliest first (an overdue one is still shown, it is not a failure); then undated ones, newest
/// first. Experiments dated after the next session wait. Returns the record.
pub fn due_before_next_session(
    experiments: &Collection<Experiment>,
    today: NaiveDate,
    session_day: Weekday,
) -> Option<&Rec<Experiment>> {
    let session = next_session(today, session_day);
    experiments
        .live()
        .filter(|r| r.data.status.is_open())
        .filter(|r| r.data.when.is_none_or(|w| w <= session))
        .min_by(|a, b| {
            let key = |r: &Rec<Experiment>| (r.data.when.is_none(), r.data.when);
            key(a)
                .cmp(&key(b))
                .then_with(|| b.created_at.cmp(&a.created_at))
                .then_with(|| a.id.cmp(&b.id))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::Journal;
    use crate::domain::record::tests::at;
    use crate::domain::worksheets::decision::add_option;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// The UI's English (locales/en/work.json) is this module's English, word for word.
    #[test]
    fn the_english_translations_are_the_domains_words_verbatim() {
        let en: serde_json::Value =
            serde_json::from_str(include_str!("../../locales/en/work.json")).unwrap_or_default();
        let text = |group: &str, key: &str| en[group][key].as_str().unwrap_or("").to_owned();
        for (key, label) in PLAN_LABELS.iter().chain(AFTER_LABELS.iter()) {
            assert_eq!(text("labels", key), *label);
        }
        assert_eq!(text("labels", "not_done_why"), NOT_DONE_LABEL);
        for s in Status::ALL {
            let k = serde_json::to_value(s).unwrap_or_default();
            let k = k.as_str().unwrap_or("");
            assert_eq!(text("status", k), s.label());
        }
        for (p, key) in [
            (Problem::NoPerson, "no_person"),
            (Problem::NoGoal, "no_goal"),
            (Problem::NoReason, "no_reason"),
            (Problem::PlanWithoutBarrier, "plan_without_barrier"),
        ] {
            assert_eq!(text("problem", key), p.text());
        }
        for (r, key) in [
            (Refusal::NotDoneYet, "not_done_yet"),
            (Refusal::AlreadyDiscussed, "already_discussed"),
            (Refusal::PractiseBeforeDone, "practise_before_done"),
            (Refusal::NeedsReason, "needs_reason"),
        ] {
            assert_eq!(text("refusal", key), r.text());
        }
        let back = text("refusal", "cannot_go_back")
            .replace("{{ old_status }}", "done")
            .replace("{{ new_status }}", "planned");
        assert_eq!(
            back,
            Refusal::CannotGoBack(Status::Done, Status::Planned).text()
        );
    }

    #[test]
    fn form_labels_name_stored_fields() {
        // Empty fields are not stored, so set each one and see it come back under its key.
        let stored = |key: &str| {
            let value = match key {
                "when" => serde_json::json!("2026-03-04"),
                "barriers" => serde_json::json!([{ "barrier": "x", "plan": "y" }]),
                _ => serde_json::json!("x"),
            };
            let mut one = serde_json::Map::new();
            one.insert(key.to_owned(), value);
            let e: Experiment =
                serde_json::from_value(serde_json::Value::Object(one)).unwrap_or_default();
            serde_json::to_value(e)
                .unwrap_or_default()
                .get(key)
                .is_some()
        };
        for (key, label) in PLAN_LABELS.iter().chain(AFTER_LABELS.iter()) {
            assert!(stored(key), "{key}");
            assert!(!label.is_empty());
        }
        assert!(stored("not_done_why"));
    }

    #[test]
    fn nothing_is_discussed_before_it_is_done_or_not_done() {
        for from in [Status::Planned, Status::Practised] {
            assert_eq!(
                check_transition(from, Status::Discussed),
                Err(Refusal::NotDoneYet)
            );
        }
        assert_eq!(
            Refusal::NotDoneYet.to_string(),
            "Mark it done or not done first, then it can be discussed in session."
        );
        assert_eq!(
            check_transition(Status::Done, Status::Discussed),
            Ok(Status::Discussed)
        );
        assert_eq!(
            check_transition(Status::NotDone, Status::Discussed),
            Ok(Status::Discussed)
        );
    }

    #[test]
    fn practice_is_optional_and_the_lifecycle_only_moves_as_allowed() {
        use Status::*;
        let allowed = [
            (Planned, Practised),
            (Planned, Done),
            (Planned, NotDone),
            (Practised, Done),
            (Practised, NotDone),
            (Practised, Planned),
            (Done, NotDone),
            (NotDone, Done),
            (Done, Discussed),
            (NotDone, Discussed),
        ];
        for from in Status::ALL {
            for to in Status::ALL {
                let expected = from == to || allowed.contains(&(from, to));
                let got = check_transition(from, to);
                assert_eq!(got.is_ok(), expected, "{from:?} -> {to:?}: {got:?}");
                if let Err(e) = got {
                    assert!(e.to_string().ends_with('.'), "{e}");
                }
            }
        }
        assert_eq!(
            check_transition(Discussed, Planned),
            Err(Refusal::AlreadyDiscussed)
        );
        assert_eq!(
            check_transition(Done, Planned),
            Err(Refusal::CannotGoBack(Done, Planned))
        );
        assert_eq!(
            Refusal::CannotGoBack(Done, Planned).to_string(),
            "An experiment that is done cannot go back to planned."
        );
    }

    #[test]
    fn not_done_needs_a_reason_and_is_remembered_after_it_is_discussed() {
        let mut e = Experiment::default();
        assert_eq!(e.move_to(Status::NotDone), Err(Refusal::NeedsReason));
        assert_eq!(e.status, Status::Planned);
        e.not_done_why = "The baby was ill all week".into();
        assert_eq!(e.move_to(Status::NotDone), Ok(()));
        assert_eq!(e.move_to(Status::Discussed), Ok(()));
        assert_eq!(e.was_done(), Some(false));
        let mut d = Experiment::default();
        assert_eq!(d.move_to(Status::Practised), Ok(()));
        assert_eq!(d.was_done(), None);
        assert_eq!(d.move_to(Status::Done), Ok(()));
        assert_eq!(d.move_to(Status::Discussed), Ok(()));
        assert_eq!(d.was_done(), Some(true));
        assert_eq!(d.move_to(Status::Done), Err(Refusal::AlreadyDiscussed));
    }

    #[test]
    fn validation_asks_for_a_person_and_a_goal_in_plain_sentences() {
        let e = Experiment::default();
        assert_eq!(
            e.problems(),
            [
                "Choose the person this is with.",
                "Write the goal: what you hope will happen."
            ]
        );
        let ok = Experiment {
            person_text: "My mother".into(),
            goal: "Ask her to visit on Sundays".into(),
            barriers: vec![Barrier {
                barrier: "She may say no".into(),
                plan: "Ask about another day".into(),
            }],
            ..Experiment::default()
        };
        assert_eq!(ok.validate(), Ok(()));
        let orphan_plan = Experiment {
            barriers: vec![Barrier {
                barrier: " ".into(),
                plan: "Call first".into(),
            }],
            ..ok
        };
        assert_eq!(orphan_plan.validate(), Err(Problem::PlanWithoutBarrier));
    }

    #[test]
    fn an_experiment_from_a_decision_carries_the_person_goal_and_option() {
        let mut d = DecisionAnalysis {
            person: Some(Id::from("sam")),
            want: " More sleep on weekends ".into(),
            ..DecisionAnalysis::default()
        };
        let opt = add_option(&mut d, "Ask Sam to do the Saturday night feed").unwrap_or_default();
        let ws = Id::from("ws1");
        let e = from_decision(&ws, &d, &opt).unwrap_or_default();
        assert_eq!(e.person, Some(Id::from("sam")));
        assert_eq!(e.goal, "More sleep on weekends");
        assert_eq!(e.script, "Ask Sam to do the Saturday night feed");
        assert_eq!(e.from_decision, Some((ws.clone(), opt.clone())));
        assert_eq!(e.status, Status::Planned);
        d.want.clear();
        assert_eq!(
            from_decision(&ws, &d, &opt).map(|e| e.goal),
            Ok("Ask Sam to do the Saturday night feed".to_owned())
        );
        assert_eq!(
            from_decision(&ws, &d, &Id::from("gone")),
            Err(DecisionError::NoSuchOption)
        );
    }

    #[test]
    fn next_session_counts_today_when_it_is_the_session_day() {
        // 2026-03-04 is a Wednesday.
        assert_eq!(next_session(day(2026, 3, 4), Weekday::Wed), day(2026, 3, 4));
        assert_eq!(
            next_session(day(2026, 3, 5), Weekday::Wed),
            day(2026, 3, 11)
        );
        assert_eq!(next_session(day(2026, 3, 2), Weekday::Sun), day(2026, 3, 8));
    }

    #[test]
    fn home_shows_the_open_experiment_due_before_the_next_session() {
        let mut j = Journal::default();
        let mk = |goal: &str, when: Option<NaiveDate>, status: Status| Experiment {
            goal: goal.into(),
            when,
            status,
            ..Experiment::default()
        };
        let today = day(2026, 3, 5); // Thursday; session on Wednesday 2026-03-11.
        j.experiments.add(
            mk("after the session", Some(day(2026, 3, 12)), Status::Planned),
            at("2026-03-01T09:00:00Z"),
        );
        j.experiments.add(
            mk("already done", Some(day(2026, 3, 6)), Status::Done),
            at("2026-03-01T09:00:00Z"),
        );
        j.experiments.add(
            mk("undated", None, Status::Planned),
            at("2026-03-02T09:00:00Z"),
        );
        let shown = |j: &Journal| {
            due_before_next_session(&j.experiments, today, Weekday::Wed)
                .map(|r| r.data.goal.clone())
        };
        assert_eq!(shown(&j), Some("undated".into()));
        let sat = j.experiments.add(
            mk("on Saturday", Some(day(2026, 3, 7)), Status::Practised),
            at("2026-03-03T09:00:00Z"),
        );
        assert_eq!(shown(&j), Some("on Saturday".into()));
        j.experiments.add(
            mk("overdue", Some(day(2026, 3, 3)), Status::Planned),
            at("2026-03-01T09:00:00Z"),
        );
        assert_eq!(shown(&j), Some("overdue".into()));
        let session_day = j.experiments.add(
            mk("session day", Some(day(2026, 3, 11)), Status::Planned),
            at("2026-03-01T09:00:00Z"),
        );
        assert_eq!(shown(&j), Some("overdue".into()), "earliest date first");
        let overdue = j
            .experiments
            .values()
            .find(|r| r.data.goal == "overdue")
            .map(|r| r.id.clone())
            .unwrap_or_default();
        if let Some(r) = j.experiments.get_mut(&overdue) {
            assert_eq!(r.data.move_to(Status::Done), Ok(()));
        }
        assert_eq!(
            shown(&j),
            Some("on Saturday".into()),
            "done ones leave home"
        );
        assert!(j.experiments.delete(&sat, at("2026-03-04T09:00:00Z")));
        assert_eq!(
            shown(&j),
            Some("session day".into()),
            "deleted ones leave home"
        );
        assert!(j
            .experiments
            .delete(&session_day, at("2026-03-04T09:00:00Z")));
        assert_eq!(shown(&j), Some("undated".into()));
        j.experiments.add(
            mk("newer undated", None, Status::Planned),
            at("2026-03-04T09:00:00Z"),
        );
        assert_eq!(shown(&j), Some("newer undated".into()));
        // The Thursday after a Wednesday session: "after the session" is now due.
        assert_eq!(
            due_before_next_session(&j.experiments, day(2026, 3, 12), Weekday::Wed)
                .map(|r| r.data.goal.as_str()),
            Some("after the session")
        );
    }
}
