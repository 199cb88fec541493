//! The sick role: the resources plan she writes and the daily self-care (responsibilities) log.
//!
//! The plan is a singleton record (`Journal::sick_role_plan`); its helpers feed the safety
//! screen. The log holds one record per local calendar day: logging the same day again updates
//! it, and the day never moves when the timezone or daylight-saving time changes, because the
//! day is the `date` chosen when logging (see `dates::local_date`), never derived from an instant.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::dates::week_days;
use super::journal::Journal;
use super::people::{dial_string, validate_phone, PhoneError, REMOVED_PERSON};
use super::record::{CollectionExt, Id, Rec, Timestamp};

/// Someone who should be able to come to her assistance (shown on the safety screen).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Helper {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Phone number for tap-to-call, as she typed it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
    /// The person in the inventory, when she picked one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Id>,
}

/// Something she will temporarily suspend or defer, with the day to look at it again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deferred {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_on: Option<NaiveDate>,
}

/// The sick-role resources plan, in the clinicians' words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SickRolePlan {
    /// "Who needs to know?"
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who_needs_to_know: String,
    /// "How can they help you?"
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_they_can_help: String,
    /// "How will you ask / tell them?"
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_i_will_ask: String,
    /// "Who should be able to come to your assistance?"
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub helpers: Vec<Helper>,
    /// "What will you need to TEMPORARILY suspend or defer?"
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deferred: Vec<Deferred>,
    /// The sleep she is aiming for, in half hours, if she chose a goal (added after schema 1;
    /// absent in older files, which means no goal). Nights are counted against her goal, never
    /// against a fixed number a new mother may not be able to reach.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_goal_half_hours: Option<u8>,
}

/// Whether a therapy session was attended that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Session {
    Yes,
    No,
    #[default]
    NoneDue,
}

/// One day of the self-care log. Unanswered fields stay `None`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfCareDay {
    /// The local calendar day logged.
    pub date: NaiveDate,
    /// Hours slept, in half hours (so the document holds no floats): 15 = 7.5 h.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_half_hours: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regular_meals: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub movement: Option<bool>,
    /// One pleasant activity, in her words.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pleasant_activity: String,
    pub session: Session,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

// ---------------------------------------------------------------------------------------------
// Words

/// "Who needs to know?"
pub const PROMPT_WHO_NEEDS_TO_KNOW: &str = "Who needs to know?";
/// "How can they help you?"
pub const PROMPT_HOW_THEY_CAN_HELP: &str = "How can they help you?";
/// "How will you ask / tell them?"
pub const PROMPT_HOW_I_WILL_ASK: &str = "How will you ask / tell them?";
/// "Who should be able to come to your assistance?"
pub const PROMPT_HELPERS: &str = "Who should be able to come to your assistance?";
/// "What will you need to TEMPORARILY suspend or defer?"
pub const PROMPT_DEFERRED: &str = "What will you need to TEMPORARILY suspend or defer?";

/// The short psychoeducation card shown with the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    pub title: &'static str,
    /// Short lines, each one sentence.
    pub points: &'static [&'static str],
    /// The perinatal framing, shown when she is pregnant or has a baby under a year.
    pub perinatal: &'static str,
    /// The responsibilities of the sick role (what the daily log tracks).
    pub responsibilities: &'static [&'static str],
}

/// The sick-role card, in the clinicians' words (ipt.md §2 and Psychoeducation).
pub const SICK_ROLE_CARD: Card = Card {
    title: "You have an illness, and it is not your fault",
    points: &[
        "Depression is a common, treatable illness, and not your fault.",
        "It is biological and social: what happens with people can bring it on.",
        "For now, take care of yourself as you would with any illness.",
    ],
    perinatal: "In pregnancy and after birth, depression is a complication of pregnancy. \
                 It is common, it is treatable, and it is not your fault.",
    responsibilities: &[
        "Care for yourself: sleep, eat, exercise.",
        "Identify and track your symptoms.",
        "Prepare for the demands of therapy.",
        "Attend your sessions.",
        "Pursue pleasure and activity: they are antidepressant in themselves.",
    ],
};

// ---------------------------------------------------------------------------------------------
// The plan

/// Longest answer in the plan, in characters.
pub const PLAN_TEXT_MAX: usize = 2000;
/// Longest helper name or deferred item, in characters.
pub const ITEM_MAX: usize = 120;

/// The plan, or a blank one when she has not written it yet.
pub fn plan(journal: &Journal) -> SickRolePlan {
    journal
        .sick_role_plan
        .as_ref()
        .map(|r| r.data.clone())
        .unwrap_or_default()
}

/// A text of the sick-role plan or the day's log that has a length limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfCareText {
    /// The answer to "Who needs to know?".
    WhoNeedsToKnow,
    /// The answer to "How can they help you?".
    HowTheyCanHelp,
    /// The answer to "How will you ask / tell them?".
    HowIWillAsk,
    /// A helper's name.
    HelperName,
    /// Something to put off for now.
    Deferred,
    /// The day's pleasant activity.
    PleasantActivity,
    /// The day's note.
    Note,
}

impl SelfCareText {
    /// How the English sentence names it.
    fn words(self) -> String {
        match self {
            SelfCareText::WhoNeedsToKnow => format!("The answer to “{PROMPT_WHO_NEEDS_TO_KNOW}”"),
            SelfCareText::HowTheyCanHelp => format!("The answer to “{PROMPT_HOW_THEY_CAN_HELP}”"),
            SelfCareText::HowIWillAsk => format!("The answer to “{PROMPT_HOW_I_WILL_ASK}”"),
            SelfCareText::HelperName => "The name".to_owned(),
            SelfCareText::Deferred => "That".to_owned(),
            SelfCareText::PleasantActivity => "The pleasant activity".to_owned(),
            SelfCareText::Note => "The note".to_owned(),
        }
    }
}

/// Why a change to the sick-role plan or the self-care log was refused. `Display` gives the
/// English sentence; the UI says it in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfCareError {
    /// A text is longer than `max` characters.
    TooLong { text: SelfCareText, max: usize },
    /// A helper with neither a name nor a person chosen.
    HelperRequired,
    /// A helper's phone number cannot be dialled.
    Phone(PhoneError),
    /// The person chosen as a helper is no longer in her inventory.
    PersonGone,
    /// The helper is already on the list.
    AlreadyListed,
    /// Removing a helper no longer on the list.
    HelperRemoved,
    /// Removing a deferred item no longer on the list.
    ItemRemoved,
    /// A deferred item with no text.
    DeferredRequired,
    /// Hours slept not in half hours from 0 to 24.
    SleepFormat,
    /// More than 24 hours slept.
    SleepMax,
}

impl std::fmt::Display for SelfCareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SelfCareError::TooLong { text, max } => write!(
                f,
                "{} is too long; please keep it to {max} characters.",
                text.words()
            ),
            SelfCareError::HelperRequired => {
                f.write_str("Please write a name or choose someone from your people.")
            }
            SelfCareError::Phone(e) => e.fmt(f),
            SelfCareError::PersonGone => f.write_str("This person is no longer in your inventory."),
            SelfCareError::AlreadyListed => f.write_str("They are already on your list."),
            SelfCareError::HelperRemoved => f.write_str("That helper was already removed."),
            SelfCareError::ItemRemoved => f.write_str("That item was already removed."),
            SelfCareError::DeferredRequired => {
                f.write_str("Please write what you will put off for now.")
            }
            SelfCareError::SleepFormat => f.write_str(
                "Please give hours slept in half hours, from 0 to 24 (for example 7.5).",
            ),
            SelfCareError::SleepMax => f.write_str("Hours slept can be at most 24."),
        }
    }
}

impl From<PhoneError> for SelfCareError {
    fn from(e: PhoneError) -> Self {
        SelfCareError::Phone(e)
    }
}

fn too_long(text: SelfCareText, max: usize) -> SelfCareError {
    SelfCareError::TooLong { text, max }
}

/// Check and tidy a plan: trimmed texts within limits, helpers each with a name or a linked
/// person and a valid phone, deferred items with text.
pub fn validate_plan(plan: &SickRolePlan) -> Result<SickRolePlan, SelfCareError> {
    let mut p = plan.clone();
    for (text, which) in [
        (&mut p.who_needs_to_know, SelfCareText::WhoNeedsToKnow),
        (&mut p.how_they_can_help, SelfCareText::HowTheyCanHelp),
        (&mut p.how_i_will_ask, SelfCareText::HowIWillAsk),
    ] {
        *text = text.trim().to_owned();
        if text.chars().count() > PLAN_TEXT_MAX {
            return Err(too_long(which, PLAN_TEXT_MAX));
        }
    }
    for h in &mut p.helpers {
        *h = validate_helper(h)?;
    }
    for d in &mut p.deferred {
        *d = validate_deferred(d)?;
    }
    Ok(p)
}

fn validate_helper(h: &Helper) -> Result<Helper, SelfCareError> {
    let mut h = h.clone();
    h.name = h.name.trim().to_owned();
    h.phone = h.phone.trim().to_owned();
    if h.name.is_empty() && h.person.is_none() {
        return Err(SelfCareError::HelperRequired);
    }
    if h.name.chars().count() > ITEM_MAX {
        return Err(too_long(SelfCareText::HelperName, ITEM_MAX));
    }
    validate_phone(&h.phone)?;
    Ok(h)
}

fn validate_deferred(d: &Deferred) -> Result<Deferred, SelfCareError> {
    let mut d = d.clone();
    d.what = d.what.trim().to_owned();
    if d.what.is_empty() {
        return Err(SelfCareError::DeferredRequired);
    }
    if d.what.chars().count() > ITEM_MAX {
        return Err(too_long(SelfCareText::Deferred, ITEM_MAX));
    }
    Ok(d)
}

/// Save the whole plan after validating it.
pub fn save_plan(
    journal: &mut Journal,
    plan: &SickRolePlan,
    now: Timestamp,
) -> Result<(), SelfCareError> {
    let p = validate_plan(plan)?;
    match &mut journal.sick_role_plan {
        Some(rec) => {
            if rec.data != p {
                rec.data = p;
                rec.updated_at = now;
            }
        }
        None => journal.sick_role_plan = Some(Rec::new(p, now)),
    }
    Ok(())
}

/// Add someone who can come to her assistance. Picking a person from the inventory twice, or
/// adding the same name and phone twice, is refused.
pub fn add_helper(
    journal: &mut Journal,
    helper: &Helper,
    now: Timestamp,
) -> Result<(), SelfCareError> {
    let mut p = plan(journal);
    let h = validate_helper(helper)?;
    if let Some(pid) = &h.person {
        if journal.people.get_live(pid).is_none() {
            return Err(SelfCareError::PersonGone);
        }
        if p.helpers.iter().any(|x| x.person.as_ref() == Some(pid)) {
            return Err(SelfCareError::AlreadyListed);
        }
    }
    if p.helpers.contains(&h) {
        return Err(SelfCareError::AlreadyListed);
    }
    p.helpers.push(h);
    save_plan(journal, &p, now)
}

/// Remove a helper: the entry equal to `helper` as shown (entries have no id of their own; the
/// plan is one record, and equal entries are interchangeable).
pub fn remove_helper(
    journal: &mut Journal,
    helper: &Helper,
    now: Timestamp,
) -> Result<(), SelfCareError> {
    let mut p = plan(journal);
    let Some(pos) = p.helpers.iter().position(|h| h == helper) else {
        return Err(SelfCareError::HelperRemoved);
    };
    p.helpers.remove(pos);
    save_plan(journal, &p, now)
}

/// Add something to suspend or defer, with an optional day to review it.
pub fn add_deferred(
    journal: &mut Journal,
    what: &str,
    review_on: Option<NaiveDate>,
    now: Timestamp,
) -> Result<(), SelfCareError> {
    let d = validate_deferred(&Deferred {
        what: what.to_owned(),
        review_on,
    })?;
    let mut p = plan(journal);
    p.deferred.push(d);
    save_plan(journal, &p, now)
}

/// Remove a deferred item: the entry equal to `item` as shown.
pub fn remove_deferred(
    journal: &mut Journal,
    item: &Deferred,
    now: Timestamp,
) -> Result<(), SelfCareError> {
    let mut p = plan(journal);
    let Some(pos) = p.deferred.iter().position(|d| d == item) else {
        return Err(SelfCareError::ItemRemoved);
    };
    p.deferred.remove(pos);
    save_plan(journal, &p, now)
}

/// Deferred items whose review day has come (on or before `today`), earliest first.
pub fn deferred_due(journal: &Journal, today: NaiveDate) -> Vec<Deferred> {
    let mut due: Vec<Deferred> = plan(journal)
        .deferred
        .into_iter()
        .filter(|d| d.review_on.is_some_and(|r| r <= today))
        .collect();
    crate::domain::order::sort_by_key(&mut due, |d| d.review_on);
    due
}

/// A helper as the safety screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyHelper {
    pub name: String,
    /// The number as she typed it ("" when none is known).
    pub phone: String,
    /// What to dial for a `tel:` link ("" when none is known).
    pub dial: String,
}

/// The people who can come to her assistance, for the safety screen, in the order of the plan.
/// The name is the linked person's current name (or the name typed in the plan); the phone is
/// the one typed in the plan, else the linked person's. A helper whose linked person was removed
/// keeps the typed name and phone, and is left out only when nothing usable remains.
pub fn helpers_for_safety(journal: &Journal) -> Vec<SafetyHelper> {
    let mut out: Vec<SafetyHelper> = Vec::new();
    for h in plan(journal).helpers {
        let linked = h
            .person
            .as_ref()
            .and_then(|id| journal.people.get_live(id))
            .map(|r| &r.data);
        let name = match linked {
            Some(p) if !p.name.trim().is_empty() => p.name.trim().to_owned(),
            _ if !h.name.trim().is_empty() => h.name.trim().to_owned(),
            _ => REMOVED_PERSON.to_owned(),
        };
        let phone = if h.phone.trim().is_empty() {
            linked
                .map(|p| p.phone.trim().to_owned())
                .unwrap_or_default()
        } else {
            h.phone.trim().to_owned()
        };
        if linked.is_none() && h.name.trim().is_empty() && phone.is_empty() {
            continue;
        }
        let dial = dial_string(&phone);
        if out.iter().any(|o| o.name == name && o.dial == dial) {
            continue;
        }
        out.push(SafetyHelper { name, phone, dial });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The daily log

/// Most sleep that can be logged, in half hours (24 hours).
pub const SLEEP_MAX_HALF_HOURS: u8 = 48;
/// Longest note or pleasant activity, in characters.
pub const NOTE_MAX: usize = 500;
/// The smallest sleep goal, in half hours (1 hour).
pub const SLEEP_GOAL_MIN: u8 = 2;

/// A sleep goal out of range (at least 1 hour, at most 24).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SleepGoalOutOfRange;

/// Her sleep goal in half hours, if she chose one.
pub fn sleep_goal(journal: &Journal) -> Option<u8> {
    plan(journal).sleep_goal_half_hours
}

/// Choose a sleep goal (`None`: no goal). Refused outside 1–24 hours; nothing changes then.
pub fn set_sleep_goal(
    journal: &mut Journal,
    goal: Option<u8>,
    now: Timestamp,
) -> Result<(), SleepGoalOutOfRange> {
    if goal.is_some_and(|g| !(SLEEP_GOAL_MIN..=SLEEP_MAX_HALF_HOURS).contains(&g)) {
        return Err(SleepGoalOutOfRange);
    }
    match &mut journal.sick_role_plan {
        Some(rec) => {
            if rec.data.sleep_goal_half_hours != goal {
                rec.data.sleep_goal_half_hours = goal;
                rec.updated_at = now;
            }
        }
        None => {
            let p = SickRolePlan {
                sleep_goal_half_hours: goal,
                ..SickRolePlan::default()
            };
            journal.sick_role_plan = Some(Rec::new(p, now));
        }
    }
    Ok(())
}

/// The hours slept after one tap on a stepper: half an hour more or less than what is written.
/// With nothing written yet, "+" starts at half an hour (never at a number she did not choose)
/// and "−" leaves it empty. Stays within 0–24 hours.
pub fn step_sleep(current: Option<u8>, up: bool) -> Option<u8> {
    match (current, up) {
        (None, true) => Some(1),
        (None, false) => None,
        (Some(h), true) => Some(h.saturating_add(1).min(SLEEP_MAX_HALF_HOURS)),
        (Some(h), false) => Some(h.saturating_sub(1)),
    }
}

/// Read hours slept as typed ("7", "7.5", "7,5", " 8 ") into half hours.
pub fn parse_sleep_hours(text: &str) -> Result<u8, SelfCareError> {
    let t = text.trim().replace(',', ".");
    let err = || SelfCareError::SleepFormat;
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, f),
        None => (t.as_str(), ""),
    };
    let hours: u8 = whole.parse().map_err(|_| err())?;
    let half = match frac.trim_end_matches('0') {
        "" => 0,
        "5" => 1,
        _ => return Err(err()),
    };
    let total = hours
        .checked_mul(2)
        .and_then(|h| h.checked_add(half))
        .ok_or_else(err)?;
    if total > SLEEP_MAX_HALF_HOURS {
        return Err(err());
    }
    Ok(total)
}

/// Half hours as hours for display: 15 → "7.5", 14 → "7".
pub fn sleep_hours_text(half_hours: u8) -> String {
    if half_hours.is_multiple_of(2) {
        format!("{}", half_hours / 2)
    } else {
        format!("{}.5", half_hours / 2)
    }
}

/// Check one day's log: sleep within 0..=48 half hours, texts trimmed and within limits.
pub fn validate_day(day: &SelfCareDay) -> Result<SelfCareDay, SelfCareError> {
    let mut d = day.clone();
    if d.sleep_half_hours.is_some_and(|h| h > SLEEP_MAX_HALF_HOURS) {
        return Err(SelfCareError::SleepMax);
    }
    d.pleasant_activity = d.pleasant_activity.trim().to_owned();
    d.note = d.note.trim().to_owned();
    if d.pleasant_activity.chars().count() > NOTE_MAX {
        return Err(too_long(SelfCareText::PleasantActivity, NOTE_MAX));
    }
    if d.note.chars().count() > NOTE_MAX {
        return Err(too_long(SelfCareText::Note, NOTE_MAX));
    }
    Ok(d)
}

/// The live log record for a local day. When two copies exist (from two devices), the most
/// recently updated one.
pub fn day_record(journal: &Journal, date: NaiveDate) -> Option<&Rec<SelfCareDay>> {
    journal
        .selfcare
        .live()
        .filter(|r| r.data.date == date)
        .max_by(|a, b| {
            a.updated_at
                .cmp(&b.updated_at)
                .then_with(|| a.id.cmp(&b.id))
        })
}

/// The log for a day as saved, or a blank one for that day (to prefill the form).
pub fn day_or_blank(journal: &Journal, date: NaiveDate) -> SelfCareDay {
    day_record(journal, date)
        .map(|r| r.data.clone())
        .unwrap_or_else(|| SelfCareDay {
            date,
            ..SelfCareDay::default()
        })
}

/// Save a day's log, keyed by its local `date`: the first save of a day adds a record, later
/// saves of the same day update it (whatever the timezone of `now`). Extra copies of that day
/// (from a merge) are folded away so one record per day remains. Returns the record id.
pub fn log_day(
    journal: &mut Journal,
    day: &SelfCareDay,
    now: Timestamp,
) -> Result<Id, SelfCareError> {
    let d = validate_day(day)?;
    let keep = day_record(journal, d.date).map(|r| r.id.clone());
    match keep {
        Some(id) => {
            let extra: Vec<Id> = journal
                .selfcare
                .live()
                .filter(|r| r.data.date == d.date && r.id != id)
                .map(|r| r.id.clone())
                .collect();
            for x in extra {
                journal.selfcare.delete(&x, now);
            }
            journal.selfcare.update(&id, d, now);
            Ok(id)
        }
        None => Ok(journal.selfcare.add(d, now)),
    }
}

/// One day of the week view.
#[derive(Clone, Debug, PartialEq)]
pub struct DayCell {
    pub date: NaiveDate,
    /// The log, when she logged that day.
    pub log: Option<SelfCareDay>,
}

/// A week's pattern, as counts of days (never as failures).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeekCounts {
    pub days_logged: u8,
    /// Nights that reached her sleep goal (0 when she has none).
    pub nights_at_goal: u8,
    pub regular_meals: u8,
    pub movement: u8,
    /// Days with a pleasant activity written.
    pub pleasant_activity: u8,
    /// Days a session was attended.
    pub sessions_attended: u8,
    /// Days a session was due and not attended.
    pub sessions_missed: u8,
}

/// One thing she did in a week, for the week's summary. Only what she did is ever listed: a
/// count of zero, and days she did not write down, are not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Did {
    /// She wrote down how she looked after herself on `n` days.
    DaysWritten(u8),
    /// `n` nights reached her sleep goal of `goal` half hours.
    NightsAtGoal { n: u8, goal: u8 },
    /// Regular meals on `n` days.
    Meals(u8),
    /// Some movement on `n` days.
    Movement(u8),
    /// Something pleasant on `n` days.
    Pleasant(u8),
    /// She went to `n` sessions.
    Sessions(u8),
}

/// A check-in done in the week, with its total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekScore {
    pub checkin: Id,
    pub measure: String,
    pub date: NaiveDate,
    /// Sum of the scored answers.
    pub total: u32,
}

/// The self-care pattern of one week beside that week's check-in score(s).
#[derive(Clone, Debug, PartialEq)]
pub struct WeekView {
    pub start: NaiveDate,
    /// The seven days from `start`.
    pub days: Vec<DayCell>,
    pub counts: WeekCounts,
    /// Her sleep goal in half hours, if she has one.
    pub sleep_goal: Option<u8>,
    /// Check-ins dated in the week, by date then measure.
    pub scores: Vec<WeekScore>,
}

impl WeekView {
    /// What she did this week, in the order the summary lists it, leaving out every zero.
    pub fn did(&self) -> Vec<Did> {
        let c = &self.counts;
        let goal = self.sleep_goal.map(|goal| Did::NightsAtGoal {
            n: c.nights_at_goal,
            goal,
        });
        [
            Some(Did::DaysWritten(c.days_logged)),
            goal,
            Some(Did::Meals(c.regular_meals)),
            Some(Did::Movement(c.movement)),
            Some(Did::Pleasant(c.pleasant_activity)),
            Some(Did::Sessions(c.sessions_attended)),
        ]
        .into_iter()
        .flatten()
        .filter(|d| match *d {
            Did::DaysWritten(n)
            | Did::NightsAtGoal { n, .. }
            | Did::Meals(n)
            | Did::Movement(n)
            | Did::Pleasant(n)
            | Did::Sessions(n) => n > 0,
        })
        .collect()
    }

    /// The days she wrote down, in order (the week page lists only these).
    pub fn logged_days(&self) -> impl Iterator<Item = (NaiveDate, &SelfCareDay)> {
        self.days
            .iter()
            .filter_map(|c| c.log.as_ref().map(|l| (c.date, l)))
    }
}

/// The week of seven local days from `week_start` (use `dates::week_start` with the check-in
/// weekday to choose it). Days come from each log's `date`, so no entry moves to another day.
pub fn week_view(journal: &Journal, week_start: NaiveDate) -> WeekView {
    let days: Vec<DayCell> = week_days(week_start)
        .into_iter()
        .map(|date| DayCell {
            date,
            log: day_record(journal, date).map(|r| r.data.clone()),
        })
        .collect();
    let sleep_goal = sleep_goal(journal);
    let mut c = WeekCounts::default();
    for log in days.iter().filter_map(|d| d.log.as_ref()) {
        let yes = |b: bool| u8::from(b);
        c.days_logged += 1;
        c.nights_at_goal +=
            yes(sleep_goal.is_some_and(|goal| log.sleep_half_hours.is_some_and(|h| h >= goal)));
        c.regular_meals += yes(log.regular_meals == Some(true));
        c.movement += yes(log.movement == Some(true));
        c.pleasant_activity += yes(!log.pleasant_activity.trim().is_empty());
        c.sessions_attended += yes(log.session == Session::Yes);
        c.sessions_missed += yes(log.session == Session::No);
    }
    let end = week_start
        .checked_add_days(Days::new(6))
        .unwrap_or(week_start);
    let mut scores: Vec<WeekScore> = journal
        .checkins
        .live()
        .filter(|r| r.data.date >= week_start && r.data.date <= end)
        .map(|r| score(&r.id, &r.data))
        .collect();
    crate::domain::order::sort_by(&mut scores, |a, b| {
        (a.date, &a.measure, &a.checkin).cmp(&(b.date, &b.measure, &b.checkin))
    });
    WeekView {
        start: week_start,
        days,
        counts: c,
        sleep_goal,
        scores,
    }
}

fn score(id: &Id, c: &CheckIn) -> WeekScore {
    WeekScore {
        checkin: id.clone(),
        measure: c.measure.clone(),
        date: c.date,
        total: u32::from(c.total()),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::dates::{local_date, week_start};
    use crate::domain::instruments::Answer;
    use crate::domain::people::{add_person, Person};
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;
    use chrono::Weekday;

    fn person(name: &str, phone: &str) -> Person {
        Person {
            name: name.into(),
            phone: phone.into(),
            ..Person::default()
        }
    }

    /// Log a day the way the UI does: the day is the local date of `now`.
    fn log_now(j: &mut Journal, now: &str, f: impl FnOnce(&mut SelfCareDay)) -> Id {
        let t = at(now);
        let mut day = day_or_blank(j, local_date(&t));
        f(&mut day);
        log_day(j, &day, t).unwrap()
    }

    #[test]
    fn card_and_prompts_keep_the_clinicians_words() {
        assert_eq!(
            PROMPT_DEFERRED,
            "What will you need to TEMPORARILY suspend or defer?"
        );
        assert_eq!(
            PROMPT_HELPERS,
            "Who should be able to come to your assistance?"
        );
        assert!(SICK_ROLE_CARD.points[0].contains("not your fault"));
        assert!(SICK_ROLE_CARD.points[2].contains("as you would with any illness"));
        assert!(SICK_ROLE_CARD
            .perinatal
            .contains("complication of pregnancy"));
        assert_eq!(SICK_ROLE_CARD.responsibilities.len(), 5);
    }

    #[test]
    fn helpers_feed_the_safety_screen_with_the_linked_persons_phone() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00+03:00");
        let sam = add_person(&mut j.people, &person("Sam", "+254 712 345 678"), t).unwrap();
        let nophone = add_person(&mut j.people, &person("Aunt Rose", ""), t).unwrap();
        add_helper(
            &mut j,
            &Helper {
                person: Some(sam.clone()),
                ..Helper::default()
            },
            t,
        )
        .unwrap();
        add_helper(
            &mut j,
            &Helper {
                name: " Neighbour Joy ".into(),
                phone: "0700 111 222".into(),
                ..Helper::default()
            },
            t,
        )
        .unwrap();
        add_helper(
            &mut j,
            &Helper {
                person: Some(nophone),
                phone: "0711 000 000".into(),
                ..Helper::default()
            },
            t,
        )
        .unwrap();
        assert_eq!(
            helpers_for_safety(&j),
            vec![
                SafetyHelper {
                    name: "Sam".into(),
                    phone: "+254 712 345 678".into(),
                    dial: "+254712345678".into()
                },
                SafetyHelper {
                    name: "Neighbour Joy".into(),
                    phone: "0700 111 222".into(),
                    dial: "0700111222".into()
                },
                SafetyHelper {
                    name: "Aunt Rose".into(),
                    phone: "0711 000 000".into(),
                    dial: "0711000000".into()
                },
            ]
        );
        // Picking Sam twice is refused; an empty helper is refused.
        assert_eq!(
            add_helper(
                &mut j,
                &Helper {
                    person: Some(sam.clone()),
                    ..Helper::default()
                },
                t
            ),
            Err(SelfCareError::AlreadyListed)
        );
        assert_eq!(
            add_helper(&mut j, &Helper::default(), t),
            Err(SelfCareError::HelperRequired)
        );
        // A renamed person shows under the new name at once.
        let mut renamed = j.people[&sam].data.clone();
        renamed.name = "Samuel".into();
        j.people.update(&sam, renamed, t);
        assert_eq!(helpers_for_safety(&j)[0].name, "Samuel");
    }

    #[test]
    fn removing_helpers_and_deferred_items_by_id() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        let joy = Helper {
            name: "Joy".into(),
            ..Helper::default()
        };
        add_helper(&mut j, &joy, t).unwrap();
        assert_eq!(
            add_helper(&mut j, &joy, t),
            Err(SelfCareError::AlreadyListed),
            "no duplicates"
        );
        add_deferred(&mut j, "Cooking for the family", Some(d("2026-03-15")), t).unwrap();
        add_deferred(&mut j, "Hosting the in-laws", Some(d("2026-03-08")), t).unwrap();
        add_deferred(&mut j, "Evening classes", None, t).unwrap();
        assert_eq!(
            add_deferred(&mut j, "  ", None, t),
            Err(SelfCareError::DeferredRequired)
        );
        let due = |j: &Journal, day: &str| -> Vec<String> {
            deferred_due(j, d(day))
                .into_iter()
                .map(|x| x.what)
                .collect()
        };
        assert!(due(&j, "2026-03-07").is_empty());
        assert_eq!(due(&j, "2026-03-08"), ["Hosting the in-laws"]);
        assert_eq!(
            due(&j, "2026-04-01"),
            ["Hosting the in-laws", "Cooking for the family"]
        );
        let cooking = plan(&j).deferred[0].clone();
        assert_eq!(cooking.what, "Cooking for the family");
        remove_deferred(&mut j, &cooking, t).unwrap();
        assert_eq!(due(&j, "2026-04-01"), ["Hosting the in-laws"]);
        assert_eq!(
            remove_deferred(&mut j, &cooking, t),
            Err(SelfCareError::ItemRemoved)
        );
        remove_helper(&mut j, &joy, t).unwrap();
        assert!(helpers_for_safety(&j).is_empty());
    }

    #[test]
    fn plan_texts_are_saved_trimmed_and_limited() {
        let mut j = Journal::default();
        let mut p = plan(&j);
        p.who_needs_to_know = "  My partner and my mother ".into();
        save_plan(&mut j, &p, at("2026-03-01T10:00:00Z")).unwrap();
        assert_eq!(plan(&j).who_needs_to_know, "My partner and my mother");
        p.how_i_will_ask = "x".repeat(PLAN_TEXT_MAX + 1);
        assert_eq!(
            save_plan(&mut j, &p, at("2026-03-02T10:00:00Z")),
            Err(SelfCareError::TooLong {
                text: SelfCareText::HowIWillAsk,
                max: PLAN_TEXT_MAX
            })
        );
        assert_eq!(
            j.sick_role_plan.as_ref().map(|r| r.updated_at),
            Some(at("2026-03-01T10:00:00Z"))
        );
    }

    #[test]
    fn sleep_is_read_in_half_hours_and_bounded() {
        assert_eq!(parse_sleep_hours("7"), Ok(14));
        assert_eq!(parse_sleep_hours(" 7.5 "), Ok(15));
        assert_eq!(parse_sleep_hours("7,5"), Ok(15));
        assert_eq!(parse_sleep_hours("0"), Ok(0));
        assert_eq!(parse_sleep_hours("24"), Ok(48));
        for bad in ["24.5", "7.25", "7.3", "-1", "seven", "", "300"] {
            assert_eq!(
                parse_sleep_hours(bad),
                Err(SelfCareError::SleepFormat),
                "{bad}"
            );
        }
        assert_eq!(sleep_hours_text(15), "7.5");
        assert_eq!(sleep_hours_text(14), "7");
        let mut j = Journal::default();
        let day = SelfCareDay {
            date: d("2026-03-01"),
            sleep_half_hours: Some(49),
            ..SelfCareDay::default()
        };
        assert_eq!(
            log_day(&mut j, &day, at("2026-03-01T10:00:00Z")),
            Err(SelfCareError::SleepMax)
        );
        assert!(j.selfcare.is_empty());
    }

    #[test]
    fn logging_the_same_day_again_updates_it_even_from_another_offset() {
        let mut j = Journal::default();
        // Morning in Nairobi (+03:00), then the same local evening after flying to London
        // (+00:00): 2026-03-10 both times, so one record.
        let a = log_now(&mut j, "2026-03-10T07:00:00+03:00", |d| {
            d.sleep_half_hours = Some(12)
        });
        let b = log_now(&mut j, "2026-03-10T22:30:00+00:00", |d| {
            d.movement = Some(true)
        });
        assert_eq!(a, b);
        assert_eq!(j.selfcare.live_count(), 1);
        let day = &j.selfcare[&a].data;
        assert_eq!(day.date, d("2026-03-10"));
        assert_eq!(day.sleep_half_hours, Some(12), "earlier answers kept");
        assert_eq!(day.movement, Some(true));
        // 00:30 local in Honolulu on the 11th is 10:30 UTC on the 11th; 23:30 in Auckland
        // (+13:00) on the 11th is 10:30 UTC on the 11th too, but the day is the local one.
        let c = log_now(&mut j, "2026-03-11T23:30:00+13:00", |d| {
            d.regular_meals = Some(true)
        });
        let e = log_now(&mut j, "2026-03-12T00:30:00-10:00", |d| {
            d.regular_meals = Some(false)
        });
        assert_ne!(c, e);
        assert_eq!(j.selfcare[&c].data.date, d("2026-03-11"));
        assert_eq!(j.selfcare[&e].data.date, d("2026-03-12"));
    }

    #[test]
    fn week_view_across_a_dst_change_keeps_every_entry_on_its_day() {
        let mut j = Journal::default();
        // Europe/Berlin: clocks go forward at 02:00 on Sunday 2026-03-29 (+01:00 → +02:00).
        // Week starting Thursday 2026-03-26.
        log_now(&mut j, "2026-03-28T23:45:00+01:00", |d| {
            d.sleep_half_hours = Some(16);
            d.regular_meals = Some(true);
        });
        log_now(&mut j, "2026-03-29T00:15:00+01:00", |d| {
            d.sleep_half_hours = Some(13);
            d.pleasant_activity = "Walk with the pram".into();
        });
        log_now(&mut j, "2026-03-29T23:30:00+02:00", |d| {
            d.movement = Some(true)
        });
        // 00:30 on the 30th in summer time is 22:30 UTC on the 29th: still the 30th.
        log_now(&mut j, "2026-03-30T00:30:00+02:00", |d| {
            d.session = Session::Yes;
            d.sleep_half_hours = Some(14);
        });
        log_now(&mut j, "2026-04-01T21:00:00+02:00", |d| {
            d.session = Session::No
        });
        // Outside the week.
        log_now(&mut j, "2026-04-02T08:00:00+02:00", |d| {
            d.movement = Some(true)
        });
        let score = |date: &str, scores: &[Option<u8>]| CheckIn {
            measure: "epds".into(),
            date: d(date),
            answers: scores
                .iter()
                .map(|s| Answer {
                    item: "epds.x".into(),
                    option: "x".into(),
                    score: *s,
                })
                .collect(),
            safety_flag: false,
            since_last_met: String::new(),
            people_this_week: String::new(),
        };
        let t = at("2026-03-29T10:00:00+02:00");
        j.checkins
            .add(score("2026-03-29", &[Some(2), Some(3), None]), t);
        j.checkins.add(score("2026-03-25", &[Some(9)]), t);
        j.checkins.add(score("2026-04-02", &[Some(9)]), t);

        let start = week_start(d("2026-03-30"), Weekday::Thu);
        assert_eq!(start, d("2026-03-26"));
        let w = week_view(&j, start);
        let logged: Vec<(NaiveDate, bool)> =
            w.days.iter().map(|c| (c.date, c.log.is_some())).collect();
        assert_eq!(
            logged,
            [
                (d("2026-03-26"), false),
                (d("2026-03-27"), false),
                (d("2026-03-28"), true),
                (d("2026-03-29"), true),
                (d("2026-03-30"), true),
                (d("2026-03-31"), false),
                (d("2026-04-01"), true),
            ]
        );
        // The two logs on the 29th (before and after the clock change) are one day.
        let sunday = w.days[3].log.as_ref().unwrap();
        assert_eq!(sunday.sleep_half_hours, Some(13));
        assert_eq!(sunday.movement, Some(true));
        assert_eq!(sunday.pleasant_activity, "Walk with the pram");
        assert_eq!(
            w.counts,
            WeekCounts {
                days_logged: 4,
                nights_at_goal: 0,
                regular_meals: 1,
                movement: 1,
                pleasant_activity: 1,
                sessions_attended: 1,
                sessions_missed: 1,
            }
        );
        assert_eq!(w.scores.len(), 1);
        assert_eq!(w.scores[0].date, d("2026-03-29"));
        assert_eq!(w.scores[0].total, 5);
    }

    #[test]
    fn the_week_counts_what_she_did_against_her_own_sleep_goal() {
        let mut j = Journal::default();
        // Six weeks after the birth: two days written down in the week of Monday 2026-03-02,
        // five not.
        log_now(&mut j, "2026-03-03T09:00:00+03:00", |d| {
            d.sleep_half_hours = Some(9);
            d.movement = Some(true);
            d.regular_meals = Some(false);
        });
        log_now(&mut j, "2026-03-05T21:00:00+03:00", |d| {
            d.sleep_half_hours = Some(11);
            d.session = Session::Yes;
            d.pleasant_activity = "Sat in the sun with the baby".into();
        });
        let w = week_view(&j, d("2026-03-02"));
        assert_eq!(w.sleep_goal, None);
        // No goal: no count of nights at all (never "0 nights with 7 hours").
        assert_eq!(
            w.did(),
            [
                Did::DaysWritten(2),
                Did::Movement(1),
                Did::Pleasant(1),
                Did::Sessions(1)
            ]
        );
        // Only the two days she wrote down are listed; meals "no" is not a count.
        let days: Vec<NaiveDate> = w.logged_days().map(|(date, _)| date).collect();
        assert_eq!(days, [d("2026-03-03"), d("2026-03-05")]);
        // With a goal of 5 hours, the 5.5-hour night counts and the 4.5-hour one does not.
        set_sleep_goal(&mut j, Some(10), at("2026-03-06T08:00:00Z")).unwrap();
        let w = week_view(&j, d("2026-03-02"));
        assert_eq!(w.counts.nights_at_goal, 1);
        assert_eq!(w.did()[1], Did::NightsAtGoal { n: 1, goal: 10 });
        // A goal no night reached is left out rather than shown as zero.
        set_sleep_goal(&mut j, Some(16), at("2026-03-06T08:01:00Z")).unwrap();
        let w = week_view(&j, d("2026-03-02"));
        assert!(!w
            .did()
            .iter()
            .any(|d| matches!(d, Did::NightsAtGoal { .. })));
        // An empty week lists nothing at all.
        assert!(week_view(&j, d("2026-02-23")).did().is_empty());
    }

    #[test]
    fn the_sleep_goal_is_hers_to_set_or_clear_within_1_to_24_hours() {
        let mut j = Journal::default();
        assert_eq!(sleep_goal(&j), None);
        let t = at("2026-03-06T08:00:00Z");
        assert_eq!(set_sleep_goal(&mut j, Some(12), t), Ok(()));
        assert_eq!(sleep_goal(&j), Some(12));
        assert_eq!(set_sleep_goal(&mut j, Some(1), t), Err(SleepGoalOutOfRange));
        assert_eq!(
            set_sleep_goal(&mut j, Some(49), t),
            Err(SleepGoalOutOfRange)
        );
        assert_eq!(sleep_goal(&j), Some(12), "a refused goal changes nothing");
        assert_eq!(set_sleep_goal(&mut j, None, t), Ok(()));
        assert_eq!(sleep_goal(&j), None);
        // The rest of the plan is kept, and an older plan without a goal loads as "no goal".
        let old: SickRolePlan =
            serde_json::from_str(r#"{"who_needs_to_know":"My sister"}"#).unwrap();
        assert_eq!(old.sleep_goal_half_hours, None);
    }

    #[test]
    fn the_sleep_stepper_starts_from_nothing_not_from_seven_hours() {
        assert_eq!(step_sleep(None, true), Some(1), "first + is half an hour");
        assert_eq!(step_sleep(None, false), None, "first − writes nothing");
        assert_eq!(step_sleep(Some(9), true), Some(10));
        assert_eq!(step_sleep(Some(9), false), Some(8));
        assert_eq!(step_sleep(Some(0), false), Some(0));
        assert_eq!(step_sleep(Some(48), true), Some(48));
    }

    #[test]
    fn week_view_after_a_timezone_change_shows_days_as_logged() {
        let mut j = Journal::default();
        // 01:00 on the 3rd in Nairobi (+03:00) is 22:00 UTC on the 2nd: the log stays on the 3rd,
        // and reading the journal later in New York (-05:00) changes nothing.
        log_now(&mut j, "2026-03-03T01:00:00+03:00", |d| {
            d.movement = Some(true)
        });
        let w = week_view(&j, d("2026-03-02"));
        assert!(w.days[0].log.is_none(), "not moved to the UTC day");
        assert_eq!(w.days[1].date, d("2026-03-03"));
        assert_eq!(w.days[1].log.as_ref().and_then(|l| l.movement), Some(true));
        // The week view has no timezone input: a stored copy read anywhere gives the same days.
        let json = serde_json::to_string(&j).unwrap();
        let back: Journal = serde_json::from_str(&json).unwrap();
        assert_eq!(week_view(&back, d("2026-03-02")), w);
    }

    #[test]
    fn duplicate_copies_of_a_day_from_a_merge_fold_into_one_on_the_next_save() {
        let mut j = Journal::default();
        let day = SelfCareDay {
            date: d("2026-03-05"),
            movement: Some(true),
            ..SelfCareDay::default()
        };
        j.selfcare.add(day.clone(), at("2026-03-05T08:00:00Z"));
        let newer = j.selfcare.add(
            SelfCareDay {
                note: "tired".into(),
                ..day
            },
            at("2026-03-05T09:00:00Z"),
        );
        assert_eq!(day_or_blank(&j, d("2026-03-05")).note, "tired");
        let mut again = day_or_blank(&j, d("2026-03-05"));
        again.regular_meals = Some(true);
        let id = log_day(&mut j, &again, at("2026-03-05T20:00:00Z")).unwrap();
        assert_eq!(id, newer);
        assert_eq!(j.selfcare.live_count(), 1);
        assert_eq!(week_view(&j, d("2026-03-02")).counts.days_logged, 1);
    }
}
