//! A lay health worker's caseload: one card per client on a shared phone, and the rules that sort
//! it by who needs her first. Kept apart from every client's journal, locked with the worker's own
//! passcode (the store seals it in the app's one envelope, kind `Caseload`).
//!
//! A card holds only what the worker plans her week by (ipt.md, "How lay health workers deliver
//! it"): the client's nickname and a pseudonymous id for supervision ("C01", never reused), her
//! course, her check-in day, each check-in's total, band and self-harm answer, the worker's
//! follow-ups, and the sessions attended. Never the client's own words.
//!
//! The card is filled from her journal when her record is opened and when a check-in is saved
//! ([`Synced::from_journal`]); the rules reuse the journal's own: when a check-in is due
//! ([`checkin::due_after`]), totals, bands, changes and the self-harm flag
//! ([`checkin::history`], which takes them from the instrument definitions), and the course week
//! ([`course`]).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::checkin::{self, Due};
use super::course::{Course, Position};
use super::exchange::csv::push_row;
use super::instruments;
use super::journal::Journal;
use super::lock::Profile;
use super::record::CollectionExt;
use super::selfcare::Session;

/// The `format` of a caseload document (inside its sealed envelope).
pub const FORMAT: &str = "between-sessions/caseload";
/// The caseload version this build writes and reads.
pub const VERSION: u32 = 1;
/// Longest follow-up note, in characters (a word or two, never the client's story).
pub const MAX_NOTE_CHARS: usize = 140;

/// What the worker did after a check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpKind {
    /// She talked with the client about the self-harm answer.
    TalkedWithHer,
    /// She followed the program's referral step.
    Referred,
    /// A session was held (counts as a session attended).
    SessionHeld,
}

impl FollowUpKind {
    /// Whether this follow-up answers a self-harm flag (a session held does not, by itself).
    pub fn answers_flag(self) -> bool {
        matches!(self, FollowUpKind::TalkedWithHer | FollowUpKind::Referred)
    }

    /// The word in the supervision file.
    fn code(self) -> &'static str {
        match self {
            FollowUpKind::TalkedWithHer => "talked with her",
            FollowUpKind::Referred => "referred",
            FollowUpKind::SessionHeld => "session held",
        }
    }
}

/// One follow-up the worker recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    /// The local day it happened.
    pub date: NaiveDate,
    pub kind: FollowUpKind,
    /// A short note ("" = none). Never exported.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One check-in as the card keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScorePoint {
    pub date: NaiveDate,
    /// Measure id ("phq9").
    pub measure: String,
    pub total: u16,
    /// The band's label as the definition words it (`None`: unknown measure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub band: Option<String>,
    /// A self-harm item was answered above 0.
    #[serde(default)]
    pub self_harm: bool,
    /// This total minus the previous one of the same measure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change: Option<i32>,
}

/// One client's card.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Client {
    /// Her profile id on this phone (her journal's storage name).
    pub profile: String,
    pub nickname: String,
    /// "C01": the id a supervisor sees, stable for this client.
    pub pseudonym: String,
    /// The day her card was made.
    pub added: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_start: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course_weeks: Option<u8>,
    /// Her check-in weekday (0 = Monday … 6 = Sunday), as in her settings.
    #[serde(default)]
    pub checkin_weekday: u8,
    /// Her check-ins, oldest first.
    #[serde(default)]
    pub scores: Vec<ScorePoint>,
    /// The worker's follow-ups, oldest first.
    #[serde(default)]
    pub follow_ups: Vec<FollowUp>,
    /// Days her own log says she attended a session.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub session_days: Vec<NaiveDate>,
    /// The last day her record was opened on this phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<NaiveDate>,
}

/// The whole caseload.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caseload {
    /// The number the next pseudonym gets (never reused).
    pub next_number: u32,
    pub clients: Vec<Client>,
}

/// The stored document (fields written out, not flattened: serde's flatten buffers the whole
/// document first, which doubled the time of opening a caseload of 50 clients).
#[derive(Serialize, Deserialize)]
struct Stored {
    format: String,
    version: u32,
    next_number: u32,
    clients: Vec<Client>,
}

/// Why a stored caseload cannot be used, or a change was refused. `Display` gives the English
/// sentence; the UI says it in the worker's language with one `match`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseloadError {
    /// Not a caseload of this app.
    Foreign,
    /// Written by a newer version of the app.
    TooNew(u32),
    /// A field is missing or wrong (the detail names it).
    Damaged(String),
    /// No client with that profile id.
    NoSuchClient,
    /// A follow-up dated after today.
    InFuture,
    /// A follow-up note longer than `max` characters.
    NoteTooLong { max: usize },
}

impl std::fmt::Display for CaseloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CaseloadError::Foreign => f.write_str("This is not a caseload from this app."),
            CaseloadError::TooNew(v) => write!(
                f,
                "This caseload was saved by a newer version of the app (version {v}). Update the app to open it."
            ),
            CaseloadError::Damaged(d) => write!(f, "The caseload is damaged ({d})."),
            CaseloadError::NoSuchClient => f.write_str("That client is not in the caseload."),
            CaseloadError::InFuture => f.write_str("A follow-up cannot be dated after today."),
            CaseloadError::NoteTooLong { max } => {
                write!(f, "Keep the note to {max} characters or fewer.")
            }
        }
    }
}

/// What a client's journal gives her card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Synced {
    pub course_start: Option<NaiveDate>,
    pub course_weeks: Option<u8>,
    pub checkin_weekday: u8,
    pub scores: Vec<ScorePoint>,
    pub session_days: Vec<NaiveDate>,
}

impl Synced {
    /// Read her journal: settings, every live check-in (scored by [`checkin::history`]) and the
    /// days her log says she attended a session.
    pub fn from_journal(j: &Journal) -> Synced {
        let settings = j.settings();
        let defs = instruments::all();
        let mut scores: Vec<ScorePoint> = checkin::history(&j.checkins, &defs)
            .into_iter()
            .map(|h| ScorePoint {
                date: h.date,
                measure: h.measure,
                total: h.total,
                band: h.band_label,
                self_harm: h.safety_flag,
                change: h.change,
            })
            .collect();
        scores.reverse();
        let mut session_days: Vec<NaiveDate> = j
            .selfcare
            .live()
            .filter(|r| r.data.session == Session::Yes)
            .map(|r| r.data.date)
            .collect();
        session_days.sort_unstable();
        session_days.dedup();
        Synced {
            course_start: settings.course_start,
            course_weeks: settings.course_weeks,
            checkin_weekday: settings.checkin_weekday,
            scores,
            session_days,
        }
    }
}

/// When her check-in is due, for the worker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueState {
    /// Due since her check-in day `since`, before today.
    Overdue { since: NaiveDate },
    /// Today is her check-in day and none is done yet.
    DueToday,
    /// Done for this week; the next is due on `next`.
    NotDue { next: NaiveDate },
}

/// Which way the latest total moved since the one before it (same measure).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Higher(i32),
    Lower(i32),
    Same,
}

impl Client {
    /// A new card.
    pub fn new(profile: &str, nickname: &str, number: u32, today: NaiveDate) -> Client {
        Client {
            profile: profile.to_owned(),
            nickname: nickname.to_owned(),
            pseudonym: pseudonym(number),
            added: today,
            course_start: None,
            course_weeks: None,
            checkin_weekday: 0,
            scores: Vec::new(),
            follow_ups: Vec::new(),
            session_days: Vec::new(),
            opened: None,
        }
    }

    /// The course she set, if any (the journal's own rule for its length).
    pub fn course(&self) -> Option<Course> {
        let settings = super::settings::Settings {
            course_start: self.course_start,
            course_weeks: self.course_weeks,
            ..Default::default()
        };
        super::course::of(&settings)
    }

    /// Where `today` falls in her course.
    pub fn position(&self, today: NaiveDate) -> Option<Position> {
        self.course().map(|c| c.position(today))
    }

    /// The day of her latest check-in.
    pub fn last_checkin(&self) -> Option<NaiveDate> {
        self.scores.iter().map(|s| s.date).max()
    }

    /// The journal's due rule ([`checkin::due_after`]) on her check-in day.
    pub fn due(&self, today: NaiveDate) -> Due {
        checkin::due_after(today, self.checkin_weekday, self.last_checkin())
    }

    /// When her check-in is due, as the worker sorts by it.
    pub fn due_state(&self, today: NaiveDate) -> DueState {
        let due = self.due(today);
        if !due.due {
            DueState::NotDue { next: due.next }
        } else if due.week_start < today {
            DueState::Overdue {
                since: due.week_start,
            }
        } else {
            DueState::DueToday
        }
    }

    /// Her latest check-in (by day; the last saved of that day).
    pub fn last_score(&self) -> Option<&ScorePoint> {
        self.scores.iter().rev().max_by_key(|s| s.date)
    }

    /// How her latest total moved since the one before it of the same measure.
    pub fn trend(&self) -> Option<Trend> {
        let change = self.last_score()?.change?;
        Some(match change {
            d if d > 0 => Trend::Higher(d),
            d if d < 0 => Trend::Lower(-d),
            _ => Trend::Same,
        })
    }

    /// The day of her latest check-in with a self-harm answer, when no "Talked with her" or
    /// "Referred" is recorded on or after that day: the flag the worker must act on.
    pub fn unresolved_flag(&self) -> Option<NaiveDate> {
        let flagged = self
            .scores
            .iter()
            .filter(|s| s.self_harm)
            .map(|s| s.date)
            .max()?;
        let answered = self
            .follow_ups
            .iter()
            .any(|f| f.kind.answers_flag() && f.date >= flagged);
        (!answered).then_some(flagged)
    }

    /// The last day the worker was in touch: a check-in, a follow-up, or her record opened.
    pub fn last_contact(&self) -> Option<NaiveDate> {
        self.scores
            .iter()
            .map(|s| s.date)
            .chain(self.follow_ups.iter().map(|f| f.date))
            .chain(self.opened)
            .max()
    }

    /// Take what her journal says (the card's own follow-ups stay), and note her record opened.
    pub fn sync(&mut self, synced: Synced, today: NaiveDate) {
        self.course_start = synced.course_start;
        self.course_weeks = synced.course_weeks;
        self.checkin_weekday = synced.checkin_weekday;
        self.scores = synced.scores;
        self.session_days = synced.session_days;
        self.opened = Some(today);
    }

    /// Sessions attended from `from` to `to` (inclusive): days her log says so, and sessions the
    /// worker recorded, each day once.
    pub fn sessions_between(&self, from: NaiveDate, to: NaiveDate) -> usize {
        let mut days: Vec<NaiveDate> = self
            .session_days
            .iter()
            .copied()
            .chain(
                self.follow_ups
                    .iter()
                    .filter(|f| f.kind == FollowUpKind::SessionHeld)
                    .map(|f| f.date),
            )
            .filter(|d| *d >= from && *d <= to)
            .collect();
        days.sort_unstable();
        days.dedup();
        days.len()
    }
}

/// "C01", "C02" … "C100".
pub fn pseudonym(number: u32) -> String {
    format!("C{number:02}")
}

impl Caseload {
    /// Read a stored caseload (the decrypted text), checking it. Never panics.
    pub fn parse(text: &str) -> Result<Caseload, CaseloadError> {
        #[derive(Deserialize)]
        struct Head {
            format: Option<String>,
            version: Option<u64>,
        }
        let head: Head = serde_json::from_str(text).map_err(|_| CaseloadError::Foreign)?;
        if head.format.as_deref() != Some(FORMAT) {
            return Err(CaseloadError::Foreign);
        }
        match head.version {
            Some(v) if v > u64::from(VERSION) => {
                return Err(CaseloadError::TooNew(u32::try_from(v).unwrap_or(u32::MAX)))
            }
            Some(v) if v > 0 => {}
            _ => return Err(CaseloadError::Damaged("no version".into())),
        }
        let stored: Stored =
            serde_json::from_str(text).map_err(|e| CaseloadError::Damaged(e.to_string()))?;
        let c = Caseload {
            next_number: stored.next_number,
            clients: stored.clients,
        };
        let mut seen = std::collections::BTreeSet::new();
        for client in &c.clients {
            if !super::lock::valid_id(&client.profile) || !seen.insert(client.profile.as_str()) {
                return Err(CaseloadError::Damaged(
                    "a client's id is missing or repeated".into(),
                ));
            }
        }
        Ok(c)
    }

    /// The stored text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Stored {
            format: FORMAT.into(),
            version: VERSION,
            next_number: self.next_number,
            clients: self.clients.clone(),
        })
        .unwrap_or_default()
    }

    /// The card of `profile`.
    pub fn client(&self, profile: &str) -> Option<&Client> {
        self.clients.iter().find(|c| c.profile == profile)
    }

    fn client_mut(&mut self, profile: &str) -> Option<&mut Client> {
        self.clients.iter_mut().find(|c| c.profile == profile)
    }

    /// Give every person on the phone a card (with the next pseudonym) and keep nicknames as the
    /// phone has them. Whether anything changed.
    pub fn include(&mut self, people: &[Profile], today: NaiveDate) -> bool {
        let mut changed = false;
        for p in people {
            match self.client_mut(&p.id) {
                Some(c) if c.nickname == p.nickname => {}
                Some(c) => {
                    c.nickname = p.nickname.clone();
                    changed = true;
                }
                None => {
                    self.next_number = self.next_number.max(1);
                    let card = Client::new(&p.id, &p.nickname, self.next_number, today);
                    self.next_number += 1;
                    self.clients.push(card);
                    changed = true;
                }
            }
        }
        changed
    }

    /// Fill the card of `person` from her journal (a card is made if she has none).
    pub fn sync(&mut self, person: &Profile, synced: Synced, today: NaiveDate) {
        self.include(std::slice::from_ref(person), today);
        if let Some(c) = self.client_mut(&person.id) {
            c.sync(synced, today);
        }
    }

    /// Record a follow-up for `profile`: on a day up to today, with a short note.
    pub fn record(
        &mut self,
        profile: &str,
        follow_up: FollowUp,
        today: NaiveDate,
    ) -> Result<(), CaseloadError> {
        if follow_up.date > today {
            return Err(CaseloadError::InFuture);
        }
        if follow_up.note.chars().count() > MAX_NOTE_CHARS {
            return Err(CaseloadError::NoteTooLong {
                max: MAX_NOTE_CHARS,
            });
        }
        let c = self
            .client_mut(profile)
            .ok_or(CaseloadError::NoSuchClient)?;
        let at = c.follow_ups.partition_point(|f| f.date <= follow_up.date);
        c.follow_ups.insert(at, follow_up);
        Ok(())
    }

    /// The cards of the people on the phone (`people`), in the order the worker needs them.
    pub fn ordered<'a>(&'a self, people: &[Profile], today: NaiveDate) -> Vec<&'a Client> {
        let mut out: Vec<&Client> = self
            .clients
            .iter()
            .filter(|c| people.iter().any(|p| p.id == c.profile))
            .collect();
        order(&mut out, today);
        out
    }
}

/// Who needs her first: an unresolved self-harm flag; then an overdue check-in; then one due
/// today; then the longest since last contact (never contacted first); ties by nickname.
pub fn order(clients: &mut [&Client], today: NaiveDate) {
    let key = |c: &Client| {
        let due = match c.due_state(today) {
            DueState::Overdue { .. } => 0,
            DueState::DueToday => 1,
            DueState::NotDue { .. } => 2,
        };
        (
            c.unresolved_flag().is_none(),
            due,
            c.last_contact(),
            c.nickname.to_lowercase(),
            c.profile.clone(),
        )
    };
    clients.sort_by_cached_key(|c| key(c));
}

/// The file name of a supervision export made on `today`.
pub fn supervision_file_name(today: NaiveDate) -> String {
    format!("caseload-{}.csv", today.format("%Y-%m-%d"))
}

/// The weeks of a card for supervision: the first day of week 1 and the number of weeks up to
/// today (or the last thing recorded), within her course when she set one.
fn weeks_of(c: &Client, today: NaiveDate) -> Option<(NaiveDate, u32)> {
    let first_data = c
        .scores
        .iter()
        .map(|s| s.date)
        .chain(c.follow_ups.iter().map(|f| f.date))
        .min();
    let last_data = c
        .scores
        .iter()
        .map(|s| s.date)
        .chain(c.follow_ups.iter().map(|f| f.date))
        .max();
    let course = c.course();
    let start = match course {
        Some(course) => course.start,
        None => first_data?,
    };
    let week_of = |d: NaiveDate| -> u32 {
        u32::try_from((d - start).num_days().div_euclid(7) + 1).unwrap_or(0)
    };
    let mut last = if today < start { 0 } else { week_of(today) };
    if let Some(course) = course {
        last = last.min(u32::from(course.weeks));
    }
    if let Some(d) = last_data.filter(|d| *d >= start) {
        last = last.max(week_of(d));
    }
    (last > 0).then_some((start, last))
}

/// The supervision file: one row per client-week, clients by pseudonym. Columns: `client`
/// (pseudonym; with `nicknames`, a `nickname` column follows), `week` (of her course, or from her
/// first check-in when she set none), `week_start`, `date` (the check-in days), `measure`,
/// `score`, `band`, `self_harm` ("yes"/"no"; empty without a check-in), `follow_up` (what the
/// worker did, with the day; never her notes), `sessions_attended`. Several check-ins in a week
/// are listed in one cell each, separated by "; ".
pub fn supervision_csv(caseload: &Caseload, today: NaiveDate, nicknames: bool) -> String {
    let mut out = String::new();
    for row in supervision_table(caseload, today, nicknames) {
        push_row(&mut out, &row);
    }
    out
}

/// A supervision table's header: `client`, `nickname` when asked for, then `rest`.
fn table_header(nicknames: bool, rest: &[&str]) -> Vec<String> {
    let mut header: Vec<String> = vec!["client".into()];
    if nicknames {
        header.push("nickname".into());
    }
    header.extend(rest.iter().map(|c| (*c).to_owned()));
    header
}

/// The clients in pseudonym order (C2 before C10).
fn by_pseudonym(caseload: &Caseload) -> Vec<&Client> {
    let mut clients: Vec<&Client> = caseload.clients.iter().collect();
    clients.sort_by_key(|c| (c.pseudonym.len(), c.pseudonym.clone(), c.profile.clone()));
    clients
}

/// A supervision row's first cells: her pseudonym, and her nickname when asked for (as
/// [`table_header`] names them).
fn row_start(c: &Client, nicknames: bool) -> Vec<String> {
    let mut row = vec![c.pseudonym.clone()];
    if nicknames {
        row.push(c.nickname.clone());
    }
    row
}

/// A measure's short name among the built-in `defs` (its id for one this build does not know).
fn name_in(defs: &[instruments::Definition], id: &str) -> String {
    defs.iter()
        .find(|d| d.id == id)
        .map_or_else(|| id.to_owned(), |d| d.name.clone())
}

/// The cells of [`supervision_csv`], the header first (for the printed page).
pub fn supervision_table(
    caseload: &Caseload,
    today: NaiveDate,
    nicknames: bool,
) -> Vec<Vec<String>> {
    let defs = instruments::all();
    let mut out = vec![table_header(
        nicknames,
        &[
            "week",
            "week_start",
            "date",
            "measure",
            "score",
            "band",
            "self_harm",
            "follow_up",
            "sessions_attended",
        ],
    )];
    for c in by_pseudonym(caseload) {
        let Some((start, weeks)) = weeks_of(c, today) else {
            continue;
        };
        for week in 1..=weeks {
            let from = start
                .checked_add_days(Days::new(u64::from(week - 1) * 7))
                .unwrap_or(start);
            let to = from.checked_add_days(Days::new(6)).unwrap_or(from);
            let scores: Vec<&ScorePoint> = c
                .scores
                .iter()
                .filter(|s| s.date >= from && s.date <= to)
                .collect();
            let join = |f: &dyn Fn(&ScorePoint) -> String| {
                scores.iter().map(|s| f(s)).collect::<Vec<_>>().join("; ")
            };
            let self_harm = if scores.is_empty() {
                String::new()
            } else if scores.iter().any(|s| s.self_harm) {
                "yes".into()
            } else {
                "no".into()
            };
            let follow_up = c
                .follow_ups
                .iter()
                .filter(|f| f.date >= from && f.date <= to && f.kind.answers_flag())
                .map(|f| format!("{} {}", f.kind.code(), f.date.format("%Y-%m-%d")))
                .collect::<Vec<_>>()
                .join("; ");
            let mut row = row_start(c, nicknames);
            row.extend([
                week.to_string(),
                from.format("%Y-%m-%d").to_string(),
                join(&|s| s.date.format("%Y-%m-%d").to_string()),
                join(&|s| name_in(&defs, &s.measure)),
                join(&|s| s.total.to_string()),
                join(&|s| s.band.clone().unwrap_or_default()),
                self_harm,
                follow_up,
                c.sessions_between(from, to).to_string(),
            ]);
            out.push(row);
        }
    }
    out
}

/// The one printed page for supervision: one row per client (by pseudonym), with `client` (and,
/// with `nicknames`, `nickname`), `week` (of her course, "" without one), her latest check-in
/// (`last_checkin`, `measure`, `score`, `band`), `self_harm` ("open since <day>" while a self-harm
/// answer has no follow-up, "followed up" once it has, "" when there was none), `follow_ups` (talked
/// with her or referred) and `sessions_attended`, all weeks together. The header first.
pub fn supervision_summary(
    caseload: &Caseload,
    today: NaiveDate,
    nicknames: bool,
) -> Vec<Vec<String>> {
    let defs = instruments::all();
    let mut out = vec![table_header(
        nicknames,
        &[
            "week",
            "last_checkin",
            "measure",
            "score",
            "band",
            "self_harm",
            "follow_ups",
            "sessions_attended",
        ],
    )];
    for c in by_pseudonym(caseload) {
        let week = match c.position(today) {
            Some(Position::Week { week, of, .. }) => format!("{week}/{of}"),
            Some(Position::Finished { of, .. }) => format!("{of}/{of}"),
            _ => String::new(),
        };
        let last = c.last_score();
        let self_harm = match (c.unresolved_flag(), c.scores.iter().any(|s| s.self_harm)) {
            (Some(day), _) => format!("open since {}", day.format("%Y-%m-%d")),
            (None, true) => "followed up".into(),
            (None, false) => String::new(),
        };
        let mut row = row_start(c, nicknames);
        row.extend([
            week,
            last.map(|s| s.date.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            last.map(|s| name_in(&defs, &s.measure)).unwrap_or_default(),
            last.map(|s| s.total.to_string()).unwrap_or_default(),
            last.and_then(|s| s.band.clone()).unwrap_or_default(),
            self_harm,
            c.follow_ups
                .iter()
                .filter(|f| f.kind.answers_flag())
                .count()
                .to_string(),
            c.sessions_between(NaiveDate::MIN, NaiveDate::MAX)
                .to_string(),
        ]);
        out.push(row);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::domain::checkin::CheckIn;
    use crate::domain::record::tests::{at, d};
    use crate::domain::selfcare::SelfCareDay;
    use crate::domain::settings::Settings;

    fn person(id: &str, nickname: &str) -> Profile {
        Profile {
            id: id.into(),
            nickname: nickname.into(),
        }
    }

    fn point(date: &str, total: u16, self_harm: bool) -> ScorePoint {
        ScorePoint {
            date: d(date),
            measure: "phq9".into(),
            total,
            band: None,
            self_harm,
            change: None,
        }
    }

    fn card(id: &str, nickname: &str, scores: Vec<ScorePoint>) -> Client {
        let mut c = Client::new(id, nickname, 1, d("2026-11-01"));
        c.scores = scores;
        c
    }

    /// A PHQ-9 with every item at `each` and item 9 at `item9` (option index 0–3).
    fn phq9(date: &str, each: usize, item9: usize) -> CheckIn {
        let def = instruments::by_id("phq9").unwrap();
        let answers: Vec<_> = def
            .items
            .iter()
            .filter(|i| i.scored)
            .map(|i| {
                let n = if i.id == "phq9.9" { item9 } else { each };
                instruments::answer(&def, &i.id, &i.options[n].code).unwrap()
            })
            .collect();
        let scored = instruments::score(&def, &answers).unwrap();
        CheckIn::from_scored(&scored, d(date), "", "").unwrap()
    }

    #[test]
    fn the_card_is_filled_from_her_journal_with_the_instruments_scoring() {
        let mut j = Journal::default();
        let now = at("2026-12-01T10:00:00+00:00");
        j.checkins.add(phq9("2026-11-24", 1, 0), now);
        // 8 items at 2 = 16, item 9 "More than half the days" = 2: total 18, flagged.
        j.checkins.add(phq9("2026-12-01", 2, 2), now);
        j.set_settings(
            Settings {
                checkin_weekday: 1,
                course_start: Some(d("2026-11-17")),
                course_weeks: Some(12),
                ..Settings::default()
            },
            now,
        );
        j.selfcare.add(
            SelfCareDay {
                date: d("2026-11-25"),
                session: Session::Yes,
                ..SelfCareDay::default()
            },
            now,
        );
        let s = Synced::from_journal(&j);
        assert_eq!(s.checkin_weekday, 1);
        assert_eq!(s.course_start, Some(d("2026-11-17")));
        assert_eq!(s.course_weeks, Some(12));
        assert_eq!(s.session_days, vec![d("2026-11-25")]);
        assert_eq!(
            s.scores,
            vec![
                ScorePoint {
                    date: d("2026-11-24"),
                    measure: "phq9".into(),
                    total: 8,
                    band: Some("Mild".into()),
                    self_harm: false,
                    change: None,
                },
                ScorePoint {
                    date: d("2026-12-01"),
                    measure: "phq9".into(),
                    total: 18,
                    band: Some("Moderately severe".into()),
                    self_harm: true,
                    change: Some(10),
                },
            ]
        );
        let mut c = card("a", "Ama", vec![]);
        c.sync(s, d("2026-12-01"));
        assert_eq!(c.unresolved_flag(), Some(d("2026-12-01")));
        assert_eq!(c.trend(), Some(Trend::Higher(10)));
        assert_eq!(c.last_score().map(|s| s.total), Some(18));
        assert_eq!(
            c.position(d("2026-12-01")),
            Some(Position::Week {
                week: 3,
                of: 12,
                phase: crate::domain::course::Phase::Initial
            })
        );
    }

    #[test]
    fn a_flag_stays_until_talked_with_her_or_referred_on_or_after_its_day() {
        let mut cl = Caseload::default();
        cl.include(&[person("a", "Ama")], d("2026-11-01"));
        cl.clients[0].scores = vec![
            point("2026-11-20", 20, true),
            point("2026-11-27", 12, false),
        ];
        let today = d("2026-12-01");
        assert_eq!(cl.clients[0].unresolved_flag(), Some(d("2026-11-20")));
        // Before the flagged check-in, and a session held: neither answers it.
        for (date, kind) in [
            ("2026-11-19", FollowUpKind::TalkedWithHer),
            ("2026-11-21", FollowUpKind::SessionHeld),
        ] {
            let f = FollowUp {
                date: d(date),
                kind,
                note: String::new(),
            };
            cl.record("a", f, today).unwrap();
            assert_eq!(cl.clients[0].unresolved_flag(), Some(d("2026-11-20")));
        }
        // On the day itself it does.
        let referred = FollowUp {
            date: d("2026-11-20"),
            kind: FollowUpKind::Referred,
            note: "clinic".into(),
        };
        cl.record("a", referred, today).unwrap();
        assert_eq!(cl.clients[0].unresolved_flag(), None);
        // A later self-harm answer raises it again.
        cl.clients[0].scores.push(point("2026-11-30", 21, true));
        assert_eq!(cl.clients[0].unresolved_flag(), Some(d("2026-11-30")));
        // Follow-ups are kept in day order.
        let days: Vec<_> = cl.clients[0].follow_ups.iter().map(|f| f.date).collect();
        assert_eq!(
            days,
            vec![d("2026-11-19"), d("2026-11-20"), d("2026-11-21")]
        );
    }

    #[test]
    fn follow_ups_are_checked_before_they_are_kept() {
        let mut cl = Caseload::default();
        cl.include(&[person("a", "Ama")], d("2026-11-01"));
        let today = d("2026-12-01");
        let f = |date: &str, note: &str| FollowUp {
            date: d(date),
            kind: FollowUpKind::TalkedWithHer,
            note: note.into(),
        };
        assert_eq!(
            cl.record("a", f("2026-12-02", ""), today),
            Err(CaseloadError::InFuture)
        );
        assert_eq!(
            cl.record("a", f("2026-12-01", &"n".repeat(MAX_NOTE_CHARS + 1)), today),
            Err(CaseloadError::NoteTooLong {
                max: MAX_NOTE_CHARS
            })
        );
        assert_eq!(
            cl.record("b", f("2026-12-01", ""), today),
            Err(CaseloadError::NoSuchClient)
        );
        assert!(cl.clients[0].follow_ups.is_empty());
        assert_eq!(
            cl.record("a", f("2026-12-01", &"n".repeat(MAX_NOTE_CHARS)), today),
            Ok(())
        );
    }

    #[test]
    fn due_uses_the_journals_rule_overdue_after_her_day_due_on_it() {
        // Monday 2026-11-30 is her day (weekday 0).
        let mut c = card("a", "Ama", vec![point("2026-11-23", 5, false)]);
        assert_eq!(
            c.due_state(d("2026-11-29")),
            DueState::NotDue {
                next: d("2026-11-30")
            }
        );
        assert_eq!(c.due_state(d("2026-11-30")), DueState::DueToday);
        assert_eq!(
            c.due_state(d("2026-12-01")),
            DueState::Overdue {
                since: d("2026-11-30")
            }
        );
        // Done on Sunday evening: counts for Monday (three days' grace, as in her own app).
        c.scores.push(point("2026-11-29", 5, false));
        assert_eq!(
            c.due_state(d("2026-11-30")),
            DueState::NotDue {
                next: d("2026-12-07")
            }
        );
        // Never checked in: due from this week's day.
        let new = card("b", "Bea", vec![]);
        assert_eq!(new.due_state(d("2026-11-30")), DueState::DueToday);
        assert_eq!(
            new.due_state(d("2026-12-02")),
            DueState::Overdue {
                since: d("2026-11-30")
            }
        );
    }

    #[test]
    fn who_needs_her_first() {
        let today = d("2026-12-02"); // Wednesday
                                     // Flagged, but checked in this week.
        let flagged = card("f", "Zola", vec![point("2026-12-01", 20, true)]);
        // Overdue since Monday, last contact long ago.
        let overdue_old = card("o1", "Oni", vec![point("2026-11-16", 9, false)]);
        // Overdue since Monday, contacted more recently.
        let mut overdue_new = card("o2", "Abi", vec![point("2026-11-16", 9, false)]);
        overdue_new.opened = Some(d("2026-11-28"));
        // Her day is Wednesday: due today.
        let mut today_due = card("t", "Tia", vec![point("2026-11-25", 4, false)]);
        today_due.checkin_weekday = 2;
        // Done this week: by last contact, oldest first, ties by nickname (any case).
        let done_a = card("d1", "bea", vec![point("2026-11-30", 3, false)]);
        let done_b = card("d2", "Ada", vec![point("2026-11-30", 3, false)]);
        let mut done_recent = card("d3", "Cat", vec![point("2026-11-30", 3, false)]);
        done_recent.opened = Some(d("2026-12-02"));
        // A flag answered the same day is no longer first.
        let mut answered = card("r", "Ana", vec![point("2026-11-30", 22, true)]);
        answered.follow_ups.push(FollowUp {
            date: d("2026-11-30"),
            kind: FollowUpKind::Referred,
            note: String::new(),
        });
        let all = [
            done_recent,
            answered,
            done_b,
            today_due,
            overdue_new,
            flagged,
            done_a,
            overdue_old,
        ];
        let mut refs: Vec<&Client> = all.iter().collect();
        order(&mut refs, today);
        let names: Vec<&str> = refs.iter().map(|c| c.nickname.as_str()).collect();
        assert_eq!(
            names,
            vec!["Zola", "Oni", "Abi", "Tia", "Ada", "Ana", "bea", "Cat"]
        );
    }

    #[test]
    fn never_contacted_comes_before_any_contact() {
        let today = d("2026-12-02");
        // Both overdue since Monday; one was opened last week, one never.
        let mut seen = card("s", "Abi", vec![]);
        seen.opened = Some(d("2026-11-25"));
        let never = card("n", "Zed", vec![]);
        assert_eq!(never.last_contact(), None);
        let mut refs = vec![&seen, &never];
        order(&mut refs, today);
        let names: Vec<&str> = refs.iter().map(|c| c.nickname.as_str()).collect();
        assert_eq!(names, vec!["Zed", "Abi"]);
    }

    #[test]
    fn pseudonyms_are_stable_and_never_reused() {
        let mut cl = Caseload::default();
        let today = d("2026-12-01");
        assert!(cl.include(&[person("a", "Ama"), person("b", "Bea")], today));
        assert!(!cl.include(&[person("a", "Ama"), person("b", "Bea")], today));
        assert_eq!(cl.client("a").unwrap().pseudonym, "C01");
        assert_eq!(cl.client("b").unwrap().pseudonym, "C02");
        cl.clients.retain(|c| c.profile != "b");
        cl.include(&[person("c", "Cat")], today);
        assert_eq!(cl.client("c").unwrap().pseudonym, "C03");
        // A renamed person keeps her id.
        assert!(cl.include(&[person("a", "Amina")], today));
        assert_eq!(cl.client("a").unwrap().pseudonym, "C01");
        assert_eq!(cl.client("a").unwrap().nickname, "Amina");
        assert_eq!(pseudonym(100), "C100");
    }

    #[test]
    fn stored_text_round_trips_and_damage_is_named() {
        let mut cl = Caseload::default();
        cl.include(&[person("a", "Ama")], d("2026-12-01"));
        cl.clients[0].scores.push(point("2026-12-01", 20, true));
        let text = cl.to_json();
        assert!(text.starts_with(r#"{"format":"between-sessions/caseload","version":1,"#));
        assert_eq!(Caseload::parse(&text), Ok(cl.clone()));
        assert_eq!(Caseload::parse("not json"), Err(CaseloadError::Foreign));
        assert_eq!(
            Caseload::parse(r#"{"format":"between-sessions/journal","version":1}"#),
            Err(CaseloadError::Foreign)
        );
        assert_eq!(
            Caseload::parse(&text.replace("\"version\":1", "\"version\":2")),
            Err(CaseloadError::TooNew(2))
        );
        assert!(matches!(
            Caseload::parse(&text.replace("\"clients\"", "\"people\"")),
            Err(CaseloadError::Damaged(_))
        ));
        assert!(matches!(
            Caseload::parse(&text.replace("\"2026-12-01\"", "\"someday\"")),
            Err(CaseloadError::Damaged(_))
        ));
        let twice = text.replace(
            "\"clients\":[",
            &format!(
                "\"clients\":[{},",
                serde_json::to_string(&cl.clients[0]).unwrap()
            ),
        );
        assert!(matches!(
            Caseload::parse(&twice),
            Err(CaseloadError::Damaged(_))
        ));
    }

    #[test]
    fn the_supervision_file_has_one_row_per_client_week_and_no_names() {
        let today = d("2026-12-02");
        let mut cl = Caseload::default();
        cl.include(
            &[person("a", "Ama"), person("b", "Bea, \"B\"")],
            d("2026-11-10"),
        );
        {
            let a = &mut cl.clients[0];
            a.course_start = Some(d("2026-11-11"));
            a.course_weeks = Some(16);
            a.scores = vec![
                ScorePoint {
                    band: Some("Moderate".into()),
                    ..point("2026-11-12", 12, false)
                },
                ScorePoint {
                    band: Some("Severe".into()),
                    ..point("2026-11-26", 20, true)
                },
                ScorePoint {
                    measure: "gad7".into(),
                    band: Some("Mild".into()),
                    ..point("2026-11-27", 6, false)
                },
            ];
            a.session_days = vec![d("2026-11-11"), d("2026-11-25")];
            a.follow_ups = vec![
                FollowUp {
                    date: d("2026-11-25"),
                    kind: FollowUpKind::SessionHeld,
                    note: String::new(),
                },
                FollowUp {
                    date: d("2026-11-26"),
                    kind: FollowUpKind::TalkedWithHer,
                    note: "private".into(),
                },
                FollowUp {
                    date: d("2026-11-27"),
                    kind: FollowUpKind::Referred,
                    note: String::new(),
                },
            ];
        }
        // No course: weeks from her first check-in.
        cl.clients[1].scores = vec![point("2026-11-24", 7, false)];
        let csv = supervision_csv(&cl, today, false);
        assert_eq!(
            csv,
            "client,week,week_start,date,measure,score,band,self_harm,follow_up,sessions_attended\r\n\
C01,1,2026-11-11,2026-11-12,PHQ-9,12,Moderate,no,,1\r\n\
C01,2,2026-11-18,,,,,,,0\r\n\
C01,3,2026-11-25,2026-11-26; 2026-11-27,PHQ-9; GAD-7,20; 6,Severe; Mild,yes,talked with her 2026-11-26; referred 2026-11-27,1\r\n\
C01,4,2026-12-02,,,,,,,0\r\n\
C02,1,2026-11-24,2026-11-24,PHQ-9,7,,no,,0\r\n\
C02,2,2026-12-01,,,,,,,0\r\n"
        );
        assert!(!csv.contains("Ama") && !csv.contains("private"));
        let named = supervision_csv(&cl, today, true);
        assert!(named.starts_with("client,nickname,week,"));
        assert!(named.contains("\r\nC02,\"Bea, \"\"B\"\"\",1,2026-11-24,"));
        assert_eq!(supervision_file_name(today), "caseload-2026-12-02.csv");
    }

    #[test]
    fn the_printed_page_is_one_row_per_client() {
        let today = d("2026-12-02");
        let mut cl = Caseload::default();
        cl.include(&[person("a", "Ama"), person("b", "Bea")], d("2026-11-10"));
        cl.clients[0].course_start = Some(d("2026-11-11"));
        cl.clients[0].course_weeks = Some(16);
        cl.clients[0].scores = vec![ScorePoint {
            band: Some("Severe".into()),
            ..point("2026-11-26", 20, true)
        }];
        cl.clients[0].session_days = vec![d("2026-11-11"), d("2026-11-25")];
        cl.clients[1].scores = vec![ScorePoint {
            band: Some("Mild".into()),
            ..point("2026-11-24", 7, true)
        }];
        cl.clients[1].follow_ups.push(FollowUp {
            date: d("2026-11-24"),
            kind: FollowUpKind::Referred,
            note: String::new(),
        });
        let rows = supervision_summary(&cl, today, false);
        assert_eq!(
            rows,
            vec![
                vec![
                    "client",
                    "week",
                    "last_checkin",
                    "measure",
                    "score",
                    "band",
                    "self_harm",
                    "follow_ups",
                    "sessions_attended"
                ],
                vec![
                    "C01",
                    "4/16",
                    "2026-11-26",
                    "PHQ-9",
                    "20",
                    "Severe",
                    "open since 2026-11-26",
                    "0",
                    "2"
                ],
                vec![
                    "C02",
                    "",
                    "2026-11-24",
                    "PHQ-9",
                    "7",
                    "Mild",
                    "followed up",
                    "1",
                    "0"
                ],
            ]
            .into_iter()
            .map(|r| r.into_iter().map(String::from).collect::<Vec<_>>())
            .collect::<Vec<_>>()
        );
        assert_eq!(supervision_summary(&cl, today, true)[1][1], "Ama");
    }

    #[test]
    fn a_course_not_started_has_no_rows_and_a_finished_one_stops_at_its_end() {
        let mut c = card("a", "Ama", vec![]);
        c.course_start = Some(d("2026-12-10"));
        c.course_weeks = Some(4);
        let cl = Caseload {
            next_number: 2,
            clients: vec![c.clone()],
        };
        assert_eq!(
            supervision_csv(&cl, d("2026-12-02"), false).lines().count(),
            1
        );
        let rows = supervision_csv(&cl, d("2027-03-01"), false);
        assert_eq!(rows.lines().count(), 1 + 4);
    }
}
