//! The weekly check-in: one completed measure, with what happened with people that week.

use crate::domain::struct_de::defaulted_de;
use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::dates::{week_start, weekday_from_index};
mod session;

pub use super::instruments::Answer;
use super::instruments::{
    answer, score, AnswerError, Definition, Item, Scored, SubscaleResult, SCREENING_NOTE,
};
use super::record::{Collection, CollectionExt, Id, Rec, Timestamp};
pub use session::{Screen, Session, Step};

/// A completed weekly measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Measure id ("phq9", "gad7", "epds").
    pub measure: String,
    /// The local calendar day it was done (never moves with the timezone).
    pub date: NaiveDate,
    pub answers: Vec<Answer>,
    /// A self-harm item was answered above 0: the safety screen was shown and every export
    /// shows this first.
    #[serde(default)]
    pub safety_flag: bool,
    /// "How have you been since we last met?"
    #[serde(default)]
    pub since_last_met: String,
    /// "What happened with people in your life this week?"
    #[serde(default)]
    pub people_this_week: String,
}

/// The first free-text prompt of every check-in (ipt.md, verbatim).
pub const SINCE_LAST_MET_PROMPT: &str = "How have you been since we last met?";
/// The second free-text prompt of every check-in (ipt.md, verbatim).
pub const PEOPLE_THIS_WEEK_PROMPT: &str = "What happened with people in your life this week?";

/// Why a check-in step or save was refused. `Display` gives the English sentence; the UI says it
/// in her language with one `match`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CheckinError {
    /// `count` scored questions are not answered yet.
    NotAnswered { count: usize },
    /// Changing a check-in deleted meanwhile.
    Removed,
    /// Showing a check-in deleted meanwhile.
    Gone,
    /// The check-in is of another measure than the definition (named).
    NotThisMeasure { name: String },
    /// The draft is of another measure than the definition (named).
    DraftNotThisMeasure { name: String },
    /// Skipping a question that is needed for the score.
    NeedsAnswer,
    /// An answer that does not fit the definition.
    Answer(AnswerError),
}

impl std::fmt::Display for CheckinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckinError::NotAnswered { count: 1 } => {
                f.write_str("One question is not answered yet.")
            }
            CheckinError::NotAnswered { count } => {
                write!(f, "{count} questions are not answered yet.")
            }
            CheckinError::Removed => {
                f.write_str("This check-in was removed, so it cannot be changed.")
            }
            CheckinError::Gone => f.write_str("This check-in was removed."),
            CheckinError::NotThisMeasure { name } => write!(f, "This check-in is not a {name}."),
            CheckinError::DraftNotThisMeasure { name } => write!(f, "This draft is not a {name}."),
            CheckinError::NeedsAnswer => {
                f.write_str("This question needs an answer to score the measure.")
            }
            CheckinError::Answer(e) => e.fmt(f),
        }
    }
}

impl From<AnswerError> for CheckinError {
    fn from(e: AnswerError) -> Self {
        CheckinError::Answer(e)
    }
}

impl CheckIn {
    /// Build a check-in from a complete scored response, on the local day `date`.
    ///
    /// Refused while any scored item is unanswered. The answers and safety flag are taken from
    /// the scored response, so they are the definition's, not the screen's.
    pub fn from_scored(
        scored: &Scored,
        date: NaiveDate,
        since_last_met: &str,
        people_this_week: &str,
    ) -> Result<CheckIn, CheckinError> {
        if !scored.complete {
            return Err(CheckinError::NotAnswered {
                count: scored.missing.len(),
            });
        }
        Ok(CheckIn {
            measure: scored.measure.clone(),
            date,
            answers: scored.answers.clone(),
            safety_flag: scored.safety_flag,
            since_last_met: since_last_met.to_owned(),
            people_this_week: people_this_week.to_owned(),
        })
    }

    /// The total: the sum of the stored answer scores (unscored answers carry no score).
    pub fn total(&self) -> u16 {
        self.answers
            .iter()
            .filter_map(|a| a.score)
            .map(u16::from)
            .sum()
    }

    /// The safety flag as stored, or any self-harm item of `def` answered above 0 (so a flag is
    /// never lost even if an older record missed it).
    pub fn flagged(&self, def: Option<&Definition>) -> bool {
        self.safety_flag
            || def.is_some_and(|d| {
                self.answers
                    .iter()
                    .any(|a| d.is_safety_item(&a.item) && a.score.unwrap_or(0) > 0)
            })
    }
}

/// Replace a saved check-in with her edited answers and notes. The check-in keeps the day it
/// belongs to, and a safety flag once raised is never cleared by an edit: the therapist must
/// still see that the self-harm question was answered above 0 that week.
pub fn update_checkin(
    checkins: &mut Collection<CheckIn>,
    id: &Id,
    mut edited: CheckIn,
    now: Timestamp,
) -> Result<(), CheckinError> {
    let Some(saved) = checkins.get_live(id) else {
        return Err(CheckinError::Removed);
    };
    edited.date = saved.data.date;
    edited.safety_flag |= saved.data.safety_flag;
    if checkins.update(id, edited, now) {
        Ok(())
    } else {
        Err(CheckinError::Removed)
    }
}

/// Live check-ins of one measure, oldest first (by day, then by when they were made).
pub fn of_measure<'a>(checkins: &'a Collection<CheckIn>, measure: &str) -> Vec<&'a Rec<CheckIn>> {
    let mut v: Vec<&Rec<CheckIn>> = checkins
        .live()
        .filter(|r| r.data.measure == measure)
        .collect();
    crate::domain::order::sort_by(&mut v, |a, b| order(a, b));
    v
}

fn order(a: &Rec<CheckIn>, b: &Rec<CheckIn>) -> std::cmp::Ordering {
    (a.data.date, a.created_at, &a.id).cmp(&(b.data.date, b.created_at, &b.id))
}

/// The check-in of the same measure just before the one with this id (`None` if it is the
/// first, or the id is not a live check-in).
pub fn previous_of<'a>(checkins: &'a Collection<CheckIn>, id: &Id) -> Option<&'a Rec<CheckIn>> {
    let this = checkins.get_live(id)?;
    let list = of_measure(checkins, &this.data.measure);
    let pos = list.iter().position(|r| &r.id == id)?;
    pos.checked_sub(1).and_then(|p| list.get(p).copied())
}

/// The latest live check-in of a measure.
pub fn latest<'a>(checkins: &'a Collection<CheckIn>, measure: &str) -> Option<&'a Rec<CheckIn>> {
    of_measure(checkins, measure).last().copied()
}

/// How the total moved since the previous check-in of the same measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub previous_date: NaiveDate,
    pub previous_total: u16,
    /// This total minus the previous one (negative: lower than before).
    pub delta: i32,
}

impl Change {
    /// The change from `previous` to a new total.
    pub fn between(previous: &CheckIn, total: u16) -> Change {
        let previous_total = previous.total();
        Change {
            previous_date: previous.date,
            previous_total,
            delta: i32::from(total) - i32::from(previous_total),
        }
    }
}

/// Everything the result screen shows (after the safety screen, when `safety_flag` is set).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultView {
    /// Measure name ("PHQ-9").
    pub measure_name: String,
    pub total: u16,
    pub max: u16,
    /// Band label, worded as in the literature; `None` for an incomplete response.
    pub band_label: Option<String>,
    /// Subscale results (EPDS-3A).
    pub subscales: Vec<SubscaleResult>,
    /// Always shown: "This is a screening measure, not a diagnosis."
    pub screening_note: String,
    /// Change from the previous check-in of this measure.
    pub change: Option<Change>,
    /// Show the safety screen first.
    pub safety_flag: bool,
}

/// The result of a scored response, compared with the previous check-in of the same measure.
pub fn result_view(def: &Definition, scored: &Scored, previous: Option<&CheckIn>) -> ResultView {
    ResultView {
        measure_name: def.name.clone(),
        total: scored.total,
        max: scored.max,
        band_label: scored.band.as_ref().map(|b| b.label.clone()),
        subscales: scored.subscales.clone(),
        screening_note: SCREENING_NOTE.to_owned(),
        change: previous
            .filter(|p| p.measure == scored.measure)
            .map(|p| Change::between(p, scored.total)),
        safety_flag: scored.safety_flag,
    }
}

/// The result of a saved check-in (rescored from its answers), with its change from the one
/// before it.
pub fn result_for(
    def: &Definition,
    checkins: &Collection<CheckIn>,
    id: &Id,
) -> Result<ResultView, CheckinError> {
    let rec = checkins.get_live(id).ok_or(CheckinError::Gone)?;
    if rec.data.measure != def.id {
        return Err(CheckinError::NotThisMeasure {
            name: def.name.clone(),
        });
    }
    let mut scored = score(def, &rec.data.answers)?;
    scored.safety_flag |= rec.data.safety_flag;
    let previous = previous_of(checkins, id).map(|r| &r.data);
    Ok(result_view(def, &scored, previous))
}

/// One line of the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub id: Id,
    pub measure: String,
    /// Measure name, or the stored id if this build does not know the measure.
    pub measure_name: String,
    pub date: NaiveDate,
    pub total: u16,
    pub band_label: Option<String>,
    pub safety_flag: bool,
    /// Change from the previous check-in of the same measure.
    pub change: Option<i32>,
}

/// Every live check-in, newest first (by day, then by when it was made), with totals, bands,
/// safety flags and the change from the previous check-in of the same measure.
pub fn history(checkins: &Collection<CheckIn>, defs: &[Definition]) -> Vec<HistoryEntry> {
    let mut all: Vec<&Rec<CheckIn>> = checkins.live().collect();
    crate::domain::order::sort_by(&mut all, |a, b| order(a, b));
    let mut last_total: BTreeMap<&str, u16> = BTreeMap::new();
    let mut out: Vec<HistoryEntry> = all
        .into_iter()
        .map(|r| {
            let c = &r.data;
            let def = defs.iter().find(|d| d.id == c.measure);
            let total = c.total();
            let change = last_total
                .insert(c.measure.as_str(), total)
                .map(|p| i32::from(total) - i32::from(p));
            HistoryEntry {
                id: r.id.clone(),
                measure: c.measure.clone(),
                measure_name: def.map_or_else(|| c.measure.clone(), |d| d.name.clone()),
                date: c.date,
                total,
                band_label: def.and_then(|d| d.band_for(total)).map(|b| b.label.clone()),
                safety_flag: c.flagged(def),
                change,
            }
        })
        .collect();
    out.reverse();
    out
}

/// One point of a trend chart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrendPoint {
    pub date: NaiveDate,
    pub total: u16,
    pub safety_flag: bool,
}

/// The totals of one measure over time, oldest first.
pub fn trend(checkins: &Collection<CheckIn>, def: &Definition) -> Vec<TrendPoint> {
    of_measure(checkins, &def.id)
        .into_iter()
        .map(|r| TrendPoint {
            date: r.data.date,
            total: r.data.total(),
            safety_flag: r.data.flagged(Some(def)),
        })
        .collect()
}

/// Whether this week's check-in is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    /// No check-in (of any measure) yet in the week that began on the chosen weekday.
    pub due: bool,
    /// This week's check-in day (on or before today).
    pub week_start: NaiveDate,
    /// When the next one is due: this week's day if still due, else next week's.
    pub next: NaiveDate,
    /// Day of the latest check-in, if any.
    pub last: Option<NaiveDate>,
}

/// Is a check-in due this week? Weeks begin on the chosen weekday (0 = Monday … 6 = Sunday,
/// `Settings::checkin_weekday`).
///
/// Each check-in counts for the check-in day nearest to it: one done up to three days early
/// counts for the coming check-in day, one done up to three days late for the day just past.
/// So with Monday as her day, a check-in on Sunday evening means the next one is due the Monday
/// after next, not the next morning; one on Thursday still counts for that week's Monday.
pub fn due_this_week(today: NaiveDate, weekday: u8, checkins: &Collection<CheckIn>) -> Due {
    due_after(today, weekday, checkins.live().map(|r| r.data.date).max())
}

/// [`due_this_week`] from the day of her latest check-in alone (`None`: none yet), for what keeps
/// only that day (a lay health worker's caseload): the same rule, not a second one.
pub fn due_after(today: NaiveDate, weekday: u8, last: Option<NaiveDate>) -> Due {
    let day = weekday_from_index(weekday);
    let start = week_start(today, day);
    let next = last.map(|l| {
        let nearest = week_start(l.checked_add_days(Days::new(3)).unwrap_or(l), day);
        nearest.checked_add_days(Days::new(7)).unwrap_or(nearest)
    });
    match next {
        Some(next) if next > today => Due {
            due: false,
            week_start: start,
            next,
            last,
        },
        _ => Due {
            due: true,
            week_start: start,
            next: start,
            last,
        },
    }
}

/// A check-in being filled in, kept by the UI (it serializes) so nothing is lost if she leaves
/// half-way. Every change returns a new draft.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Draft {
    /// Measure id.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub measure: String,
    /// Answers so far, at most one per item.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Answer>,
    /// Index of the item on screen; equal to the number of items once past the last item (the
    /// two free-text prompts).
    pub current: usize,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub since_last_met: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub people_this_week: String,
}
defaulted_de!(Draft {
    measure,
    answers,
    current,
    since_last_met,
    people_this_week
});

impl Draft {
    /// A new, empty draft for a measure.
    pub fn new(def: &Definition) -> Draft {
        Draft {
            measure: def.id.clone(),
            ..Draft::default()
        }
    }

    fn check(&self, def: &Definition) -> Result<(), CheckinError> {
        if self.measure == def.id {
            Ok(())
        } else {
            Err(CheckinError::DraftNotThisMeasure {
                name: def.name.clone(),
            })
        }
    }

    /// The item on screen, or `None` once past the last item.
    pub fn current_item<'a>(&self, def: &'a Definition) -> Option<&'a Item> {
        def.items.get(self.current)
    }

    /// The option code chosen for an item, if answered.
    pub fn chosen(&self, item: &str) -> Option<&str> {
        self.answers
            .iter()
            .find(|a| a.item == item)
            .map(|a| a.option.as_str())
    }

    /// Answer an item (replacing any earlier answer to it) and move to the item after it.
    /// After each answer check `score(def)?.safety_flag`: if set, show the safety screen now.
    pub fn answer(
        &self,
        def: &Definition,
        item: &str,
        option: &str,
    ) -> Result<Draft, CheckinError> {
        self.check(def)?;
        let a = answer(def, item, option)?;
        let pos = def.items.iter().position(|i| i.id == item).unwrap_or(0);
        let mut next = self.clone();
        next.answers.retain(|x| x.item != item);
        next.answers.push(a);
        next.current = (pos + 1).min(def.items.len());
        Ok(next)
    }

    /// Move on without answering: only unscored items (the PHQ-9 difficulty question) may be
    /// skipped.
    pub fn skip(&self, def: &Definition) -> Result<Draft, CheckinError> {
        self.check(def)?;
        match self.current_item(def) {
            Some(i) if i.scored => Err(CheckinError::NeedsAnswer),
            Some(_) => Ok(Draft {
                current: self.current + 1,
                ..self.clone()
            }),
            None => Ok(self.clone()),
        }
    }

    /// Go back one item.
    pub fn back(&self) -> Draft {
        Draft {
            current: self.current.saturating_sub(1),
            ..self.clone()
        }
    }

    /// Go to an item by index (clamped to the notes page after the last item).
    pub fn go_to(&self, def: &Definition, index: usize) -> Draft {
        Draft {
            current: index.min(def.items.len()),
            ..self.clone()
        }
    }

    /// Score the answers so far.
    pub fn score(&self, def: &Definition) -> Result<Scored, CheckinError> {
        self.check(def)?;
        Ok(score(def, &self.answers)?)
    }

    /// The finished check-in on the local day `date`, with its scored result.
    pub fn finish(
        &self,
        def: &Definition,
        date: NaiveDate,
    ) -> Result<(CheckIn, Scored), CheckinError> {
        let scored = self.score(def)?;
        let c = CheckIn::from_scored(&scored, date, &self.since_last_met, &self.people_this_week)?;
        Ok((c, scored))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instruments::{epds, gad7, phq9};
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    /// One history line: id, measure name, total, band, flag, change.
    type Row<'a> = (&'a Id, &'a str, u16, Option<&'a str>, bool, Option<i32>);

    /// A complete PHQ-9 with the given item scores (item 9 last).
    fn phq9_with(scores: [u8; 9]) -> Scored {
        let def = phq9();
        let answers: Vec<Answer> = def
            .items
            .iter()
            .zip(scores)
            .map(|(i, s)| {
                let code = i
                    .options
                    .iter()
                    .find(|o| o.score == Some(s))
                    .map(|o| o.code.clone());
                match code {
                    Some(c) => match answer(&def, &i.id, &c) {
                        Ok(a) => a,
                        Err(e) => panic!("{e}"),
                    },
                    None => panic!("no option {s}"),
                }
            })
            .collect();
        match score(&def, &answers) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    fn checkin(scores: [u8; 9], date: &str) -> CheckIn {
        match CheckIn::from_scored(&phq9_with(scores), d(date), "", "") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        }
    }

    fn gad_checkin(total: u8, date: &str) -> CheckIn {
        CheckIn {
            measure: "gad7".into(),
            date: d(date),
            answers: vec![Answer {
                item: "gad7.1".into(),
                option: "x".into(),
                score: Some(total),
            }],
            safety_flag: false,
            since_last_met: String::new(),
            people_this_week: String::new(),
        }
    }

    #[test]
    fn a_checkin_keeps_answers_flag_and_both_prompts() {
        let s = phq9_with([3, 3, 2, 2, 1, 1, 0, 0, 1]);
        let c = match CheckIn::from_scored(&s, d("2026-11-23"), "Tired.", "Argued with Sam.") {
            Ok(c) => c,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(c.measure, "phq9");
        assert_eq!(c.total(), 13);
        assert!(c.safety_flag);
        assert_eq!(c.answers.len(), 9);
        assert_eq!(c.since_last_met, "Tired.");
        assert_eq!(c.people_this_week, "Argued with Sam.");
        assert_eq!(
            SINCE_LAST_MET_PROMPT,
            "How have you been since we last met?"
        );
        assert_eq!(
            PEOPLE_THIS_WEEK_PROMPT,
            "What happened with people in your life this week?"
        );
    }

    #[test]
    fn an_incomplete_response_cannot_be_saved() {
        let def = phq9();
        let one = match answer(&def, "phq9.1", "LA6568-5") {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        };
        let s = match score(&def, &[one]) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(
            CheckIn::from_scored(&s, d("2026-11-23"), "", ""),
            Err(CheckinError::NotAnswered { count: 8 })
        );
    }

    #[test]
    fn result_says_screening_not_diagnosis_and_the_change_from_last_week() {
        let def = phq9();
        let last_week = checkin([2, 2, 2, 2, 2, 1, 1, 0, 0], "2026-11-16");
        let now = phq9_with([1, 1, 1, 1, 1, 1, 1, 1, 0]);
        let r = result_view(&def, &now, Some(&last_week));
        assert_eq!(r.measure_name, "PHQ-9");
        assert_eq!(r.total, 8);
        assert_eq!(r.max, 27);
        assert_eq!(r.band_label.as_deref(), Some("Mild"));
        assert!(r
            .screening_note
            .contains("a screening measure, not a diagnosis"));
        assert_eq!(
            r.change,
            Some(Change {
                previous_date: d("2026-11-16"),
                previous_total: 12,
                delta: -4
            })
        );
        assert!(!r.safety_flag);
        // A different measure is not "last week" for this one.
        let other = gad_checkin(5, "2026-11-16");
        assert_eq!(result_view(&def, &now, Some(&other)).change, None);
    }

    #[test]
    fn epds_result_carries_the_3a_subscale() {
        let def = epds();
        let answers: Vec<Answer> = def
            .items
            .iter()
            .map(|i| {
                // "a" everywhere: reverse items (3,5,6,7,8,9,10) score 3, the others 0.
                match answer(&def, &i.id, "a") {
                    Ok(a) => a,
                    Err(e) => panic!("{e}"),
                }
            })
            .collect();
        let s = match score(&def, &answers) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        let r = result_view(&def, &s, None);
        assert_eq!(r.total, 21);
        assert_eq!(r.band_label.as_deref(), Some("Probable depression"));
        assert_eq!(r.subscales.len(), 1);
        assert_eq!(r.subscales[0].score, 6);
        assert!(r.subscales[0].at_or_above_cutoff);
        assert!(r.safety_flag);
        assert_eq!(r.change, None);
    }

    #[test]
    fn history_is_newest_first_with_totals_flags_and_change_per_measure() {
        let t = at("2026-11-25T09:00:00+00:00");
        let mut col: Collection<CheckIn> = Collection::new();
        let a = col.add(checkin([1, 1, 1, 1, 1, 1, 1, 1, 1], "2026-11-02"), t);
        let g = col.add(gad_checkin(12, "2026-11-05"), t);
        let b = col.add(checkin([3, 3, 3, 3, 3, 3, 0, 0, 0], "2026-11-09"), t);
        let gone = col.add(checkin([0; 9], "2026-11-12"), t);
        col.delete(&gone, t);
        let c = col.add(checkin([2, 2, 2, 0, 0, 0, 0, 0, 0], "2026-11-16"), t);
        let h = history(&col, &[phq9(), gad7()]);
        let rows: Vec<Row> = h
            .iter()
            .map(|e| {
                (
                    &e.id,
                    e.measure_name.as_str(),
                    e.total,
                    e.band_label.as_deref(),
                    e.safety_flag,
                    e.change,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                (&c, "PHQ-9", 6, Some("Mild"), false, Some(-12)),
                (&b, "PHQ-9", 18, Some("Moderately severe"), false, Some(9)),
                (&g, "GAD-7", 12, Some("Moderate"), false, None),
                (&a, "PHQ-9", 9, Some("Mild"), true, None),
            ]
        );
        assert_eq!(previous_of(&col, &c).map(|r| &r.id), Some(&b));
        assert_eq!(previous_of(&col, &a).map(|r| &r.id), None);
        assert_eq!(latest(&col, "phq9").map(|r| &r.id), Some(&c));
        let view = match result_for(&phq9(), &col, &c) {
            Ok(v) => v,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(view.change.map(|ch| ch.delta), Some(-12));
        assert_eq!(result_for(&phq9(), &col, &gone), Err(CheckinError::Gone));
    }

    #[test]
    fn history_shows_an_unknown_measure_by_id_and_recovers_a_lost_flag() {
        let t = at("2026-11-25T09:00:00+00:00");
        let mut col: Collection<CheckIn> = Collection::new();
        let mut c = checkin([0, 0, 0, 0, 0, 0, 0, 0, 2], "2026-11-02");
        c.safety_flag = false;
        col.add(c, t);
        let mut x = gad_checkin(4, "2026-11-03");
        x.measure = "future-measure".into();
        col.add(x, t);
        let h = history(&col, &[phq9()]);
        assert_eq!(h[0].measure_name, "future-measure");
        assert_eq!(h[0].band_label, None);
        assert!(h[1].safety_flag);
    }

    #[test]
    fn trend_is_oldest_first_for_one_measure() {
        let t = at("2026-11-25T09:00:00+00:00");
        let mut col: Collection<CheckIn> = Collection::new();
        col.add(checkin([2, 2, 2, 2, 2, 2, 2, 2, 0], "2026-11-16"), t);
        col.add(checkin([3, 3, 3, 3, 3, 3, 3, 3, 3], "2026-11-02"), t);
        col.add(gad_checkin(7, "2026-11-09"), t);
        col.add(checkin([1, 1, 1, 1, 1, 1, 1, 1, 0], "2026-11-23"), t);
        let p = trend(&col, &phq9());
        let pts: Vec<(NaiveDate, u16, bool)> =
            p.iter().map(|p| (p.date, p.total, p.safety_flag)).collect();
        assert_eq!(
            pts,
            vec![
                (d("2026-11-02"), 27, true),
                (d("2026-11-16"), 16, false),
                (d("2026-11-23"), 8, false),
            ]
        );
    }

    #[test]
    fn due_this_week_follows_the_chosen_weekday() {
        let t = at("2026-11-25T09:00:00+00:00");
        let mut col: Collection<CheckIn> = Collection::new();
        // Today Wednesday 2026-11-25; check-in day Monday (0): the week began 2026-11-23.
        let today = d("2026-11-25");
        assert_eq!(
            due_this_week(today, 0, &col),
            Due {
                due: true,
                week_start: d("2026-11-23"),
                next: d("2026-11-23"),
                last: None
            }
        );
        // A check-in on Sunday the 22nd, the day before her Monday: it counts for Monday the
        // 23rd, so nothing is due this week and the next is due on Monday the 30th (not on the
        // morning after she did it).
        col.add(checkin([0; 9], "2026-11-22"), t);
        let due = due_this_week(today, 0, &col);
        assert!(!due.due);
        assert_eq!(due.next, d("2026-11-30"));
        assert_eq!(due.last, Some(d("2026-11-22")));
        assert!(
            !due_this_week(d("2026-11-23"), 0, &col).due,
            "not due the next morning"
        );
        assert!(due_this_week(d("2026-11-30"), 0, &col).due);
        // With Sunday (6) as the check-in day it is that week's own check-in.
        let sun = due_this_week(today, 6, &col);
        assert!(!sun.due);
        assert_eq!(sun.week_start, d("2026-11-22"));
        assert_eq!(sun.next, d("2026-11-29"));
        // Thursday (3): the week began last Thursday the 19th, so the 22nd counts.
        assert!(!due_this_week(today, 3, &col).due);
        // Done on Tuesday the 24th: not due, next one on Monday the 30th.
        let id = col.add(gad_checkin(3, "2026-11-24"), t);
        let due = due_this_week(today, 0, &col);
        assert!(!due.due);
        assert_eq!(due.next, d("2026-11-30"));
        assert_eq!(due.last, Some(d("2026-11-24")));
        // A deleted check-in does not count.
        col.delete(&id, t);
        assert_eq!(due_this_week(today, 0, &col).last, Some(d("2026-11-22")));
        // On the check-in day itself, it is due.
        assert!(due_this_week(d("2026-11-30"), 0, &col).due);
    }

    #[test]
    fn a_check_in_counts_for_the_check_in_day_nearest_to_it() {
        let t = at("2026-11-25T09:00:00+00:00");
        // Her day is Monday (0); Mondays are the 23rd and the 30th of November.
        let next_due = |done: &str| {
            let mut col: Collection<CheckIn> = Collection::new();
            col.add(checkin([1; 9], done), t);
            due_this_week(d(done), 0, &col).next
        };
        // On her day, or up to three days late (Thursday): the next is the following Monday.
        assert_eq!(next_due("2026-11-23"), d("2026-11-30"));
        assert_eq!(next_due("2026-11-26"), d("2026-11-30"));
        // Up to three days early (Friday, Saturday, Sunday): it counts for the coming Monday.
        assert_eq!(next_due("2026-11-27"), d("2026-12-07"));
        assert_eq!(next_due("2026-11-29"), d("2026-12-07"));
        // Late on Thursday the 26th: due again on Monday the 30th, not before.
        let mut col: Collection<CheckIn> = Collection::new();
        col.add(checkin([1; 9], "2026-11-26"), t);
        assert!(!due_this_week(d("2026-11-29"), 0, &col).due);
        assert!(due_this_week(d("2026-11-30"), 0, &col).due);
        // Weeks without a check-in: due, from this week's day.
        let due = due_this_week(d("2026-12-16"), 0, &col);
        assert!(due.due);
        assert_eq!(due.next, d("2026-12-14"));
    }

    #[test]
    fn a_draft_walks_the_items_and_survives_serialization() {
        let def = phq9();
        let mut dr = Draft::new(&def);
        assert_eq!(dr.current_item(&def).map(|i| i.id.as_str()), Some("phq9.1"));
        for i in 0..9 {
            let item = format!("phq9.{}", i + 1);
            dr = match dr.answer(&def, &item, "LA6568-5") {
                Ok(d) => d,
                Err(e) => panic!("{e}"),
            };
        }
        assert_eq!(
            dr.current_item(&def).map(|i| i.id.as_str()),
            Some("phq9.difficulty")
        );
        // Change the answer to item 9: replaced, not added, and the flag shows at once.
        dr = dr.go_to(&def, 8);
        dr = match dr.answer(&def, "phq9.9", "LA6570-1") {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(dr.answers.len(), 9);
        assert_eq!(dr.chosen("phq9.9"), Some("LA6570-1"));
        assert_eq!(dr.score(&def).map(|s| s.safety_flag), Ok(true));
        // The difficulty question may be skipped; a scored one may not.
        assert!(dr.back().skip(&def).is_err());
        dr = match dr.skip(&def) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(dr.current, 10);
        assert!(dr.current_item(&def).is_none());
        dr.people_this_week = "Called my sister.".into();

        let json = match serde_json::to_string(&dr) {
            Ok(j) => j,
            Err(e) => panic!("{e}"),
        };
        let back: Draft = match serde_json::from_str(&json) {
            Ok(d) => d,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(back, dr);

        let (c, s) = match back.finish(&def, d("2026-11-25")) {
            Ok(x) => x,
            Err(e) => panic!("{e}"),
        };
        assert_eq!(s.total, 2);
        assert!(c.safety_flag);
        assert_eq!(c.people_this_week, "Called my sister.");
        assert_eq!(c.date, d("2026-11-25"));
        // A draft for one measure cannot be answered with another's definition.
        assert_eq!(
            Draft::new(&def).answer(&gad7(), "gad7.1", "LA6568-5"),
            Err(CheckinError::DraftNotThisMeasure {
                name: "GAD-7".into()
            })
        );
        assert_eq!(
            Draft::new(&def).finish(&def, d("2026-11-25")).map(|x| x.0),
            Err(CheckinError::NotAnswered { count: 9 })
        );
    }

    #[test]
    fn an_edit_keeps_the_day_and_never_clears_a_raised_safety_flag() {
        let def = phq9();
        let mut checkins = Collection::new();
        let flagged = phq9_with([1, 1, 1, 1, 1, 1, 1, 1, 2]);
        let first = CheckIn::from_scored(&flagged, d("2026-03-02"), "", "")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(first.safety_flag);
        let id = checkins.add(first, at("2026-03-02T09:00:00+03:00"));
        let calmer = phq9_with([1, 1, 1, 1, 1, 1, 1, 1, 0]);
        let edited = CheckIn::from_scored(&calmer, d("2026-03-09"), "edited", "")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(!edited.safety_flag);
        assert_eq!(
            update_checkin(&mut checkins, &id, edited, at("2026-03-03T09:00:00+03:00")),
            Ok(())
        );
        let saved = &checkins[&id].data;
        assert!(saved.safety_flag, "the flag stays raised");
        assert_eq!(saved.date, d("2026-03-02"), "the check-in stays on its day");
        assert_eq!(saved.since_last_met, "edited");
        assert_eq!(saved.total(), 8);
        assert!(saved.flagged(Some(&def)));
        checkins.delete(&id, at("2026-03-04T09:00:00+03:00"));
        let again = CheckIn::from_scored(&calmer, d("2026-03-02"), "", "")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            update_checkin(&mut checkins, &id, again, at("2026-03-05T09:00:00+03:00")).is_err()
        );
    }
}
