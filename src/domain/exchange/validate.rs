//! The one check every journal passes on its way in: a restored backup, a second tab's save, a
//! copy kept for recovery and the stored journal itself. Serde checks the shape; this checks the
//! values: every answer is one of its item's options with that option's score, every check-in
//! answers exactly its measure's scored items, required fields are there, texts are within the
//! app's own limits, dates are in a sane range and ids are sound. The first problem found is
//! returned as an [`Invalid`] reason (English through `Display`; the UI words it by variant).
//!
//! Totals and safety flags are never read from a file: a check-in's total is the sum of its
//! answers (see [`CheckIn::total`]), and each answer's score must be the score the measure gives
//! the chosen option, so a file cannot claim a total the answers do not give.

use chrono::{DateTime, Duration, NaiveDate};

use crate::domain::checkin::CheckIn;
use crate::domain::contacts;
use crate::domain::course;
use crate::domain::ending::EndingPlan;
use crate::domain::experiment::Experiment;
use crate::domain::instruments;
use crate::domain::journal::{Document, Journal};
use crate::domain::people::story::MyStory;
use crate::domain::people::{self, Person};
use crate::domain::record::{Collection, Id, Rec, Timestamp};
use crate::domain::selfcare::{self, SelfCareDay, SickRolePlan};
use crate::domain::settings::Settings;
use crate::domain::support::{self, SupportWeek};
use crate::domain::timeline::{self, LifeEvent};
use crate::domain::worksheets::{fields, Focus, Worksheet};

/// Longest free text kept where no editor sets a smaller limit (a worksheet answer, a check-in
/// note, an experiment's plan): far above anything typed, low enough that a hostile file cannot
/// fill the phone's storage with one field.
pub const TEXT_MAX: usize = 100_000;
/// Most entries in one list inside a record (warning signs, barriers, options, people named).
pub const LIST_MAX: usize = 1_000;
/// Longest record id (the app writes 36-character UUIDs).
pub const ID_MAX: usize = 64;
/// Longest settings code (country, language tag).
pub const CODE_MAX: usize = 35;
/// How far in the future an instant may be: a phone clock a little ahead, and time zones.
pub const FUTURE_SLACK_HOURS: i64 = 36;

/// The earliest day or instant accepted.
pub fn earliest_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default()
}

/// The latest calendar day accepted for plans (a review date, a planned experiment).
pub fn latest_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or_default()
}

/// Which kind of record a reason is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The envelope around the journal.
    Document,
    Settings,
    CheckIn,
    SickRolePlan,
    SelfCareDay,
    Person,
    SupportWeek,
    LifeEvent,
    Focus,
    Worksheet,
    Experiment,
    EndingPlan,
    MyStory,
}

impl Part {
    /// The record kind in English ("a check-in").
    pub fn english(self) -> &'static str {
        match self {
            Part::Document => "the journal",
            Part::Settings => "the settings",
            Part::CheckIn => "a check-in",
            Part::SickRolePlan => "the sick-role plan",
            Part::SelfCareDay => "a self-care day",
            Part::Person => "a person",
            Part::SupportWeek => "a support week",
            Part::LifeEvent => "a timeline event",
            Part::Focus => "the focus",
            Part::Worksheet => "a worksheet",
            Part::Experiment => "an experiment",
            Part::EndingPlan => "the ending plan",
            Part::MyStory => "her story",
        }
    }
}

/// Why a journal cannot be taken in: the first problem found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A record has an empty, over-long or control-character id, or is stored under another key.
    BadId(Part),
    /// Two entries that must differ share an id (a decision's options).
    DuplicateId(Part),
    /// A created/updated/deleted instant before 1900, after 2100, or (in a file from elsewhere)
    /// more than a day and a half after now.
    InstantOutOfRange(Part),
    /// A calendar day outside 1900–2100 (or, for a check-in or self-care day, in the future).
    DateOutOfRange(Part),
    /// A check-in of a measure this app does not have.
    UnknownMeasure { measure: String },
    /// An answer to an item the measure does not have.
    UnknownItem { measure: String, item: String },
    /// An item answered twice.
    RepeatedItem { item: String },
    /// A scored item left unanswered.
    MissingItem { item: String },
    /// An answer that is none of its item's options.
    UnknownOption { item: String },
    /// An answer whose score is not the score the measure gives that option.
    WrongScore {
        item: String,
        score: Option<u8>,
        expected: Option<u8>,
    },
    /// A safety flag on a measure with no self-harm item.
    FlagWithoutSafetyItem { measure: String },
    /// A person with no name.
    NameRequired(Part),
    /// A text longer than the app allows.
    TooLong { part: Part, max: usize },
    /// A list with more entries than the app allows.
    TooMany { part: Part, max: usize },
    /// A number outside its range (a weekday above 6, more than 24 hours of sleep).
    OutOfRange(Part),
    /// A phone number a dialer would not take (letters, a '+' not first, too few or many digits).
    BadPhone(Part),
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::BadId(p) => write!(f, "{} has no proper id", p.english()),
            Invalid::DuplicateId(p) => write!(f, "{} uses the same id twice", p.english()),
            Invalid::InstantOutOfRange(p) => {
                write!(f, "{} has an impossible time of change", p.english())
            }
            Invalid::DateOutOfRange(p) => write!(f, "{} has an impossible date", p.english()),
            Invalid::UnknownMeasure { measure } => {
                write!(f, "a check-in is of an unknown measure ({measure})")
            }
            Invalid::UnknownItem { measure, item } => {
                write!(
                    f,
                    "a {measure} check-in answers an unknown question ({item})"
                )
            }
            Invalid::RepeatedItem { item } => {
                write!(f, "a check-in answers question {item} twice")
            }
            Invalid::MissingItem { item } => {
                write!(f, "a check-in leaves question {item} unanswered")
            }
            Invalid::UnknownOption { item } => {
                write!(
                    f,
                    "a check-in has an answer to {item} that is not one of its choices"
                )
            }
            Invalid::WrongScore {
                item,
                score,
                expected,
            } => {
                let n = |s: &Option<u8>| s.map_or_else(|| "none".to_owned(), |s| s.to_string());
                write!(
                    f,
                    "a check-in scores question {item} {} where the measure gives {}",
                    n(score),
                    n(expected)
                )
            }
            Invalid::FlagWithoutSafetyItem { measure } => write!(
                f,
                "a {measure} check-in carries a safety flag, but that measure has no such question"
            ),
            Invalid::NameRequired(p) => write!(f, "{} has no name", p.english()),
            Invalid::TooLong { part, max } => write!(
                f,
                "{} has a text longer than the app allows ({max} characters)",
                part.english()
            ),
            Invalid::TooMany { part, max } => write!(
                f,
                "{} has a list longer than the app allows ({max} entries)",
                part.english()
            ),
            Invalid::OutOfRange(p) => write!(f, "{} has a number out of its range", p.english()),
            Invalid::BadPhone(p) => {
                write!(f, "{} has a phone number a phone cannot dial", p.english())
            }
        }
    }
}

impl std::error::Error for Invalid {}

/// What the checks compare dates with.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    /// For a file from elsewhere, now: no instant may be after it (beyond the slack of
    /// [`FUTURE_SLACK_HOURS`]), no check-in or self-care day after its day. `None` for what this
    /// device wrote itself (its own clock stamped it), bounded by [`latest_day`] only.
    pub now: Option<Timestamp>,
}

impl Clock {
    fn latest_instant(&self) -> Option<Timestamp> {
        self.now.map(|n| n + Duration::hours(FUTURE_SLACK_HOURS))
    }
    fn latest_done_day(&self) -> NaiveDate {
        self.latest_instant()
            .map_or_else(latest_day, |t| t.date_naive())
    }
}

type Check = Result<(), Invalid>;

fn instant(part: Part, t: &Timestamp, clock: &Clock) -> Check {
    let earliest = earliest_day()
        .and_hms_opt(0, 0, 0)
        .map(|d| DateTime::<chrono::Utc>::from_naive_utc_and_offset(d, chrono::Utc));
    let too_early = earliest.is_some_and(|e| *t < e);
    let too_late = match clock.latest_instant() {
        Some(latest) => *t > latest,
        None => t.date_naive() > latest_day(),
    };
    if too_early || too_late {
        return Err(Invalid::InstantOutOfRange(part));
    }
    Ok(())
}

fn day(part: Part, d: NaiveDate) -> Check {
    if d < earliest_day() || d > latest_day() {
        return Err(Invalid::DateOutOfRange(part));
    }
    Ok(())
}

/// A day something was done on: not after the latest instant (plus the slack).
fn done_day(part: Part, d: NaiveDate, clock: &Clock) -> Check {
    day(part, d)?;
    if d > clock.latest_done_day() {
        return Err(Invalid::DateOutOfRange(part));
    }
    Ok(())
}

fn text(part: Part, s: &str, max: usize) -> Check {
    // Bytes first: most texts are far shorter in bytes than the limit in characters.
    if s.len() > max && s.chars().count() > max {
        return Err(Invalid::TooLong { part, max });
    }
    Ok(())
}

fn list<T>(part: Part, v: &[T]) -> Check {
    if v.len() > LIST_MAX {
        return Err(Invalid::TooMany {
            part,
            max: LIST_MAX,
        });
    }
    Ok(())
}

fn texts(part: Part, v: &[String], max: usize) -> Check {
    list(part, v)?;
    v.iter().try_for_each(|s| text(part, s, max))
}

fn id(part: Part, id: &Id) -> Check {
    let s = id.as_str();
    if s.trim().is_empty() || s.len() > ID_MAX || s.chars().any(char::is_control) {
        return Err(Invalid::BadId(part));
    }
    Ok(())
}

fn ids(part: Part, v: &[Id]) -> Check {
    list(part, v)?;
    v.iter().try_for_each(|i| id(part, i))
}

fn record<T>(part: Part, key: Option<&Id>, r: &Rec<T>, clock: &Clock) -> Check {
    id(part, &r.id)?;
    if key.is_some_and(|k| k != &r.id) {
        return Err(Invalid::BadId(part));
    }
    instant(part, &r.created_at, clock)?;
    instant(part, &r.updated_at, clock)?;
    if let Some(t) = &r.deleted_at {
        instant(part, t, clock)?;
    }
    Ok(())
}

fn collection<T>(
    part: Part,
    c: &Collection<T>,
    clock: &Clock,
    data: impl Fn(&T) -> Check,
) -> Check {
    c.iter().try_for_each(|(k, r)| {
        record(part, Some(k), r, clock)?;
        data(&r.data)
    })
}

fn single<T>(part: Part, r: &Option<Rec<T>>, clock: &Clock, data: impl Fn(&T) -> Check) -> Check {
    match r {
        Some(r) => {
            record(part, None, r, clock)?;
            data(&r.data)
        }
        None => Ok(()),
    }
}

/// Check one check-in against its measure: every answer one of its item's options with that
/// option's score, each scored item answered exactly once, no flag a measure cannot raise.
pub fn check_checkin(c: &CheckIn, clock: &Clock) -> Check {
    const P: Part = Part::CheckIn;
    let Some(def) = instruments::by_id(&c.measure) else {
        return Err(Invalid::UnknownMeasure {
            measure: c.measure.chars().take(40).collect(),
        });
    };
    done_day(P, c.date, clock)?;
    list(P, &c.answers)?;
    let mut seen = vec![false; def.items.len()];
    for a in &c.answers {
        let Some(pos) = def.items.iter().position(|i| i.id == a.item) else {
            return Err(Invalid::UnknownItem {
                measure: def.name.clone(),
                item: a.item.chars().take(40).collect(),
            });
        };
        let (Some(item), Some(slot)) = (def.items.get(pos), seen.get_mut(pos)) else {
            continue;
        };
        if std::mem::replace(slot, true) {
            return Err(Invalid::RepeatedItem {
                item: item.id.clone(),
            });
        }
        let Some(choice) = item.options.iter().find(|o| o.code == a.option) else {
            return Err(Invalid::UnknownOption {
                item: item.id.clone(),
            });
        };
        if choice.score != a.score {
            return Err(Invalid::WrongScore {
                item: item.id.clone(),
                score: a.score,
                expected: choice.score,
            });
        }
    }
    if let Some(item) = def
        .items
        .iter()
        .zip(&seen)
        .find(|(i, seen)| i.scored && !**seen)
        .map(|(i, _)| i)
    {
        return Err(Invalid::MissingItem {
            item: item.id.clone(),
        });
    }
    if c.safety_flag && def.safety_items.is_empty() {
        return Err(Invalid::FlagWithoutSafetyItem {
            measure: def.name.clone(),
        });
    }
    text(P, &c.since_last_met, TEXT_MAX)?;
    text(P, &c.people_this_week, TEXT_MAX)
}

fn check_settings(s: &Settings) -> Check {
    const P: Part = Part::Settings;
    if s.checkin_weekday > 6 || s.session_weekday.is_some_and(|d| d > 6) {
        return Err(Invalid::OutOfRange(P));
    }
    text(P, &s.country, CODE_MAX)?;
    text(P, &s.language, CODE_MAX)?;
    text(P, &s.share_label, people::NAME_MAX)?;
    if s.course_weeks
        .is_some_and(|w| !(course::MIN_WEEKS..=course::MAX_WEEKS).contains(&w))
    {
        return Err(Invalid::OutOfRange(P));
    }
    if let Some(start) = s.course_start {
        day(P, start)?;
    }
    if s.contacts.len() > contacts::MAX_OWN {
        return Err(Invalid::TooMany {
            part: P,
            max: contacts::MAX_OWN,
        });
    }
    for c in &s.contacts {
        if c.label.trim().is_empty() {
            return Err(Invalid::NameRequired(P));
        }
        text(P, &c.label, contacts::MAX_LABEL)?;
        if contacts::dial_string(&c.number).is_err() {
            return Err(Invalid::BadPhone(P));
        }
    }
    Ok(())
}

/// A phone number as the editors take it: empty, or one a dialer accepts.
fn phone(part: Part, number: &str) -> Check {
    text(part, number, people::PHONE_MAX)?;
    people::validate_phone(number).map_err(|_| Invalid::BadPhone(part))
}

fn check_story(s: &MyStory) -> Check {
    for t in [
        &s.baby,
        &s.pregnancy,
        &s.birth,
        &s.raised_by,
        &s.past_relationships,
    ] {
        text(Part::MyStory, t, people::ANSWER_MAX)?;
    }
    Ok(())
}

fn check_plan(p: &SickRolePlan) -> Check {
    const P: Part = Part::SickRolePlan;
    for t in [
        &p.who_needs_to_know,
        &p.how_they_can_help,
        &p.how_i_will_ask,
    ] {
        text(P, t, selfcare::PLAN_TEXT_MAX)?;
    }
    list(P, &p.helpers)?;
    for h in &p.helpers {
        text(P, &h.name, selfcare::ITEM_MAX)?;
        phone(P, &h.phone)?;
        if let Some(i) = &h.person {
            id(P, i)?;
        }
    }
    if p.sleep_goal_half_hours
        .is_some_and(|g| !(selfcare::SLEEP_GOAL_MIN..=selfcare::SLEEP_MAX_HALF_HOURS).contains(&g))
    {
        return Err(Invalid::OutOfRange(P));
    }
    list(P, &p.deferred)?;
    for d in &p.deferred {
        text(P, &d.what, selfcare::ITEM_MAX)?;
        if let Some(on) = d.review_on {
            day(P, on)?;
        }
    }
    Ok(())
}

fn check_day(d: &SelfCareDay, clock: &Clock) -> Check {
    const P: Part = Part::SelfCareDay;
    done_day(P, d.date, clock)?;
    if d.sleep_half_hours
        .is_some_and(|h| h > selfcare::SLEEP_MAX_HALF_HOURS)
    {
        return Err(Invalid::OutOfRange(P));
    }
    text(P, &d.pleasant_activity, selfcare::NOTE_MAX)?;
    text(P, &d.note, selfcare::NOTE_MAX)
}

fn check_person(p: &Person) -> Check {
    const P: Part = Part::Person;
    if p.name.trim().is_empty() {
        return Err(Invalid::NameRequired(P));
    }
    text(P, &p.name, people::NAME_MAX)?;
    text(P, &p.relationship, people::RELATIONSHIP_MAX)?;
    phone(P, &p.phone)?;
    for t in [
        &p.interactions,
        &p.expectations,
        &p.satisfying,
        &p.unsatisfying,
        &p.would_change,
    ] {
        text(P, t, people::ANSWER_MAX)?;
    }
    Ok(())
}

fn check_support(w: &SupportWeek) -> Check {
    const P: Part = Part::SupportWeek;
    day(P, w.week_of)?;
    for a in [
        &w.who_can_help,
        &w.who_knows,
        &w.who_understanding,
        &w.helped_others,
        &w.spend_time_with,
    ] {
        text(P, &a.text, support::ANSWER_MAX)?;
        ids(P, &a.people)?;
    }
    text(P, &w.brainstorm, support::ANSWER_MAX)
}

fn check_event(e: &LifeEvent) -> Check {
    const P: Part = Part::LifeEvent;
    day(P, e.date)?;
    text(P, &e.text, timeline::EVENT_TEXT_MAX)?;
    ids(P, &e.people)
}

fn check_focus(f: &Focus) -> Check {
    day(Part::Focus, f.since)
}

fn check_worksheet(w: &Worksheet) -> Check {
    const P: Part = Part::Worksheet;
    for field in fields::fields(w.kind()) {
        match fields::get(w, field.key) {
            Some(fields::FieldValue::Text(t)) => text(P, &t, TEXT_MAX)?,
            Some(fields::FieldValue::List(l)) => texts(P, &l, TEXT_MAX)?,
            Some(fields::FieldValue::Person(Some(i))) => id(P, &i)?,
            _ => {}
        }
    }
    match w {
        Worksheet::CommunicationAnalysis(c) => {
            if let Some(d) = c.date {
                day(P, d)?;
            }
        }
        Worksheet::DecisionAnalysis(d) => {
            list(P, &d.options)?;
            let mut seen = std::collections::BTreeSet::new();
            for o in &d.options {
                id(P, &o.id)?;
                if !seen.insert(&o.id) {
                    return Err(Invalid::DuplicateId(P));
                }
                for t in [&o.text, &o.pros, &o.cons, &o.relationship] {
                    text(P, t, TEXT_MAX)?;
                }
            }
            if let Some(c) = &d.chosen {
                id(P, c)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn check_experiment(x: &Experiment) -> Check {
    const P: Part = Part::Experiment;
    if let Some(i) = &x.person {
        id(P, i)?;
    }
    for t in [
        &x.goal,
        &x.script,
        &x.practice_me,
        &x.practice_swapped,
        &x.not_done_why,
        &x.what_happened,
        &x.how_i_felt,
        &x.how_they_responded,
        &x.what_i_learned,
        &x.next_step,
        &x.person_text,
    ] {
        text(P, t, TEXT_MAX)?;
    }
    if let Some(d) = x.when {
        day(P, d)?;
    }
    list(P, &x.barriers)?;
    for b in &x.barriers {
        text(P, &b.barrier, TEXT_MAX)?;
        text(P, &b.plan, TEXT_MAX)?;
    }
    if let Some((a, b)) = &x.from_decision {
        id(P, a)?;
        id(P, b)?;
    }
    Ok(())
}

fn check_ending(e: &EndingPlan) -> Check {
    const P: Part = Part::EndingPlan;
    for t in [
        &e.what_changed,
        &e.will_do,
        &e.will_contact_text,
        &e.booster,
        &e.feelings_about_ending,
    ] {
        text(P, t, TEXT_MAX)?;
    }
    texts(P, &e.warning_signs, TEXT_MAX)?;
    ids(P, &e.will_contact)
}

/// Check every record of a journal.
pub fn check_journal(j: &Journal, clock: &Clock) -> Check {
    single(Part::Settings, &j.settings, clock, check_settings)?;
    collection(Part::CheckIn, &j.checkins, clock, |c| {
        check_checkin(c, clock)
    })?;
    single(Part::SickRolePlan, &j.sick_role_plan, clock, check_plan)?;
    collection(Part::SelfCareDay, &j.selfcare, clock, |d| {
        check_day(d, clock)
    })?;
    collection(Part::Person, &j.people, clock, check_person)?;
    collection(Part::SupportWeek, &j.support, clock, check_support)?;
    collection(Part::LifeEvent, &j.events, clock, check_event)?;
    single(Part::Focus, &j.focus, clock, check_focus)?;
    collection(Part::Worksheet, &j.worksheets, clock, check_worksheet)?;
    collection(Part::Experiment, &j.experiments, clock, check_experiment)?;
    single(Part::EndingPlan, &j.ending, clock, check_ending)?;
    single(Part::MyStory, &j.my_story, clock, check_story)?;
    if let Some(t) = &j.last_backup_at {
        instant(Part::Document, t, clock)?;
    }
    Ok(())
}

/// Check a whole document. `now` is given for a file from elsewhere (a backup, a copy kept for
/// recovery): nothing in it may be dated after now (plus the slack). The journal this device
/// stored itself is checked without it (`None`), so a clock set back never locks her out.
pub fn check_document(doc: &Document, now: Option<Timestamp>) -> Check {
    let clock = Clock { now };
    instant(Part::Document, &doc.created_at, &clock)?;
    instant(Part::Document, &doc.updated_at, &clock)?;
    text(Part::Document, &doc.app_version, CODE_MAX)?;
    check_journal(&doc.journal, &clock)
}
