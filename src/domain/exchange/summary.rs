//! The one-page therapist summary, as pure data for the print page: safety flags first, then the
//! weekly scores table and trend, the current focus and worksheet highlights, experiments with
//! their outcomes, the sick-role plan and the inventory circle. She picks the date range and the
//! sections; the safety flags are always included.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use super::csv::{score_checkin_with, Measures, ScoredCheckIn};
use crate::domain::checkin::CheckIn;
use crate::domain::dates::{week_start, weekday_from_index};
use crate::domain::experiment::Status;
use crate::domain::instruments::SCREENING_NOTE;
use crate::domain::journal::Journal;
use crate::domain::people::Ring;
use crate::domain::record::{CollectionExt, Id, Rec, Timestamp};
use crate::domain::worksheets::focus::{current_focus, worksheet_for_area};
use crate::domain::worksheets::{DisputeStage, ProblemArea, Worksheet, WorksheetKind};

/// Shown for a reference to a person who was deleted.
pub const REMOVED_PERSON: &str = "removed person";

/// Which optional sections to include. Safety flags are not optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    /// Weekly scores table and trend.
    pub scores: bool,
    /// Check-in notes ("What happened with people in your life this week?") in the table.
    pub notes: bool,
    /// Current focus and worksheet highlights.
    pub focus: bool,
    /// Interpersonal experiments with outcomes.
    pub experiments: bool,
    /// The sick-role resources plan.
    pub plan: bool,
    /// The inventory circle.
    pub people: bool,
}

impl Sections {
    /// Every section (the default choice on the share screen).
    pub fn all() -> Self {
        Sections {
            scores: true,
            notes: true,
            focus: true,
            experiments: true,
            plan: true,
            people: true,
        }
    }
}

impl Default for Sections {
    fn default() -> Self {
        Sections::all()
    }
}

/// One check-in whose self-harm item was answered above 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafetyLine {
    pub date: NaiveDate,
    pub measure_name: String,
    pub item_score: Option<u8>,
    /// "2026-02-02 PHQ-9: self-harm item answered 1 (several days)."
    pub text: String,
}

/// One measure's score in one week (the week's latest check-in of that measure).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekScore {
    pub measure: String,
    pub measure_name: String,
    pub total: u16,
    pub max: u16,
    pub band: Option<String>,
    /// Any check-in of this measure that week had the self-harm item above 0.
    pub safety_flag: bool,
}

/// One row of the weekly table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekRow {
    /// First day of the week (weeks start on her check-in weekday).
    pub week_of: NaiveDate,
    pub scores: Vec<WeekScore>,
    /// "What happened with people in your life this week?" (latest non-empty), when notes are on.
    pub note: String,
}

/// First and last score of a measure over the range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    pub measure_name: String,
    pub first: u16,
    pub last: u16,
    pub weeks: usize,
    /// "PHQ-9: 17 → 9 over 4 weeks (down 8)."
    pub text: String,
}

/// What a line of a block is about: its English label is [`Field::label`]; the UI shows its own
/// words for it by this id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Transition,
    OldRolePlus,
    OldRoleMinus,
    NewRolePlus,
    NewRoleMinus,
    Supports,
    About,
    /// A role dispute's stage (the line's text is the stage's English label).
    Stage(DisputeStage),
    Options,
    Worked,
    When,
    Reconnect,
    Patterns,
    NextSteps,
    WhatSaid,
    WentWell,
    WouldChange,
    Want,
    ChosenOption,
    Goal,
    WhyNotDone,
    WhatHappened,
    HowTheyResponded,
    WhatILearned,
    NextStep,
}

impl Field {
    /// The English label ("What happened").
    pub fn label(self) -> &'static str {
        match self {
            Field::Transition => "Transition",
            Field::OldRolePlus => "Old role +",
            Field::OldRoleMinus => "Old role −",
            Field::NewRolePlus => "New role +",
            Field::NewRoleMinus => "New role −",
            Field::Supports => "Supports to develop",
            Field::About => "About",
            Field::Stage(_) => "Stage",
            Field::Options => "Options",
            Field::Worked => "What has worked",
            Field::When => "When",
            Field::Reconnect => "Ways to be involved with others again",
            Field::Patterns => "Patterns",
            Field::NextSteps => "Next steps",
            Field::WhatSaid => "What was said",
            Field::WentWell => "What went well",
            Field::WouldChange => "What I would change",
            Field::Want => "What I would like to happen",
            Field::ChosenOption => "Chosen option",
            Field::Goal => "Goal",
            Field::WhyNotDone => "Why not done",
            Field::WhatHappened => "What happened",
            Field::HowTheyResponded => "How they responded",
            Field::WhatILearned => "What I learned",
            Field::NextStep => "Next step",
        }
    }
}

/// One line of a block: what it is about, and her words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub field: Field,
    pub text: String,
}

impl Line {
    /// "What happened: He agreed to Tuesdays".
    pub fn english(&self) -> String {
        format!("{}: {}", self.field.label(), self.text)
    }
}

/// Who a worksheet or experiment is with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    Nobody,
    Named(String),
    /// A person who was deleted.
    Removed,
}

impl Who {
    /// The name, or [`REMOVED_PERSON`], or "".
    pub fn english(&self) -> &str {
        match self {
            Who::Nobody => "",
            Who::Named(n) => n,
            Who::Removed => REMOVED_PERSON,
        }
    }
}

/// What a block is, with the parts of its title (the UI words it in the chosen language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Heading {
    RoleTransition {
        old: String,
        new: String,
    },
    RoleDispute {
        who: Who,
    },
    Grief {
        who: String,
    },
    Loneliness,
    CommunicationAnalysis {
        who: Who,
        date: Option<NaiveDate>,
    },
    DecisionAnalysis {
        problem: String,
    },
    Experiment {
        who: Who,
        when: Option<NaiveDate>,
        status: Status,
    },
}

/// A titled block of short lines (a worksheet highlight, an experiment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub heading: Heading,
    /// The title in English ("Experiment with Amani, 2026-02-21 (done)").
    pub title: String,
    pub lines: Vec<Line>,
}

impl Block {
    /// The lines in English ("Goal: …").
    pub fn english_lines(&self) -> Vec<String> {
        self.lines.iter().map(Line::english).collect()
    }

    /// The text of the first line about `field`.
    pub fn line(&self, field: Field) -> Option<&str> {
        self.lines
            .iter()
            .find(|l| l.field == field)
            .map(|l| l.text.as_str())
    }
}

/// One ring of the closeness circle with the people in it ("Amani (partner)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CircleRing {
    pub ring: Ring,
    pub label: &'static str,
    pub people: Vec<String>,
}

/// The questions of the sick-role plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanQuestion {
    WhoNeedsToKnow,
    HowTheyCanHelp,
    HowIWillAsk,
    WhoCanAssist,
    WhatToDefer,
}

impl PlanQuestion {
    /// The question in the clinicians' English words.
    pub fn english(self) -> &'static str {
        match self {
            PlanQuestion::WhoNeedsToKnow => "Who needs to know?",
            PlanQuestion::HowTheyCanHelp => "How can they help you?",
            PlanQuestion::HowIWillAsk => "How will you ask / tell them?",
            PlanQuestion::WhoCanAssist => "Who should be able to come to your assistance?",
            PlanQuestion::WhatToDefer => "What will you need to TEMPORARILY suspend or defer?",
        }
    }
}

/// One answered question of the sick-role plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub question: PlanQuestion,
    /// The answer in English ("Cooking (look again 2026-03-01)").
    pub answer: String,
    /// For [`PlanQuestion::WhatToDefer`]: each thing and when to look at it again.
    pub deferred: Vec<(String, Option<NaiveDate>)>,
}

/// Most recent weeks of the range shown one row each; older weeks are condensed into months.
pub const RECENT_WEEKS: usize = 16;

/// One measure over the older weeks of one month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthScore {
    pub measure: String,
    pub measure_name: String,
    /// Check-ins of this measure in those weeks.
    pub checkins: usize,
    pub lowest: u16,
    pub highest: u16,
    pub max: u16,
    /// The band of the month's last check-in of this measure.
    pub last_band: Option<String>,
    /// Any of them had the self-harm item above 0 (the lines are in the safety list).
    pub safety_flag: bool,
}

/// Older weeks condensed: the weeks that start in one calendar month, or, for whole calendar
/// years before the year ahead of the weekly rows, in one year (five years fit one page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthRow {
    /// The first day of the month (or of the year, when `whole_year`).
    pub month: NaiveDate,
    /// The row stands for the whole calendar year of `month`.
    pub whole_year: bool,
    /// Weeks with check-ins in it.
    pub weeks: usize,
    pub scores: Vec<MonthScore>,
}

/// One week's score on the trend chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub week_of: NaiveDate,
    pub total: u16,
    pub safety_flag: bool,
}

/// One measure over every week of the range (for the chart and the QR handoff).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub measure: String,
    pub measure_name: String,
    /// Highest possible total.
    pub max: u16,
    pub points: Vec<Point>,
}

/// Experiments or worksheets from before the weeks shown one row each, counted instead of shown in
/// full: a long range stays one printed page, and the recent work (what the sessions are about
/// now) keeps its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Older<K> {
    /// They are all from before this day: the first day of the table's oldest weekly row (the
    /// same day the table condenses its older weeks from).
    pub before: NaiveDate,
    /// How many of each kind (experiments: by outcome; worksheets: by worksheet), in a fixed
    /// order, kinds with none left out.
    pub counts: Vec<(K, usize)>,
}

impl<K> Older<K> {
    /// How many in all.
    pub fn total(&self) -> usize {
        self.counts.iter().map(|(_, n)| n).sum()
    }
}

/// The order older experiments are counted in: what was done first, what is still planned last.
pub const OUTCOME_ORDER: [Status; 5] = [
    Status::Done,
    Status::Practised,
    Status::Discussed,
    Status::NotDone,
    Status::Planned,
];

fn counted<K: Copy + PartialEq>(order: &[K], items: &[K], before: NaiveDate) -> Option<Older<K>> {
    let counts: Vec<(K, usize)> = order
        .iter()
        .map(|k| (*k, items.iter().filter(|i| *i == k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    (!counts.is_empty()).then_some(Older { before, counts })
}

/// The whole summary, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TherapistSummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub sections: Sections,
    /// Always present, newest first, over the whole range (never condensed); empty means none.
    pub safety: Vec<SafetyLine>,
    /// The weekly table: one row for each of the last [`RECENT_WEEKS`] weeks with check-ins.
    pub weeks: Vec<WeekRow>,
    /// The older weeks of the range, one row per month, oldest first (empty for a range of up to
    /// [`RECENT_WEEKS`] weeks).
    pub months: Vec<MonthRow>,
    /// Every week of the range, per measure (depression, anxiety… by id), for the trend chart.
    pub series: Vec<Series>,
    pub trends: Vec<Trend>,
    /// "Role transition, since 2026-02-16."
    pub focus: Option<String>,
    /// The focus area and since when.
    pub focus_area: Option<(ProblemArea, NaiveDate)>,
    /// The focus worksheet, then the others she worked on in the range, newest first; when older
    /// weeks are condensed, only those worked on since [`Older::before`] (the rest are counted in
    /// `older_worksheets`).
    pub highlights: Vec<Block>,
    /// Worksheets last worked on before the weekly rows, counted by worksheet.
    pub older_worksheets: Option<Older<WorksheetKind>>,
    /// Experiments of the range, oldest first; when older weeks are condensed, only those since
    /// [`Older::before`] (the rest are counted in `older_experiments`).
    pub experiments: Vec<Block>,
    /// Experiments from before the weekly rows, counted by outcome.
    pub older_experiments: Option<Older<Status>>,
    /// The sick-role plan, the answered questions in order.
    pub plan: Vec<PlanEntry>,
    pub circle: Vec<CircleRing>,
    /// "This is a screening measure, not a diagnosis."
    pub screening_note: &'static str,
}

impl TherapistSummary {
    /// Weeks with check-ins in the range (rows of the table plus the weeks condensed in months).
    pub fn week_count(&self) -> usize {
        self.weeks.len() + self.months.iter().map(|m| m.weeks).sum::<usize>()
    }
}

/// The clinicians' name of a problem area.
pub fn area_label(a: ProblemArea) -> &'static str {
    match a {
        ProblemArea::Grief => "Grief",
        ProblemArea::RoleDispute => "Role dispute",
        ProblemArea::RoleTransition => "Role transition",
        ProblemArea::Loneliness => "Interpersonal sensitivity / loneliness",
    }
}

/// The label of a ring of the closeness circle.
pub fn ring_label(r: Ring) -> &'static str {
    match r {
        Ring::Most => "Most involved",
        Ring::Moderately => "Moderately involved",
        Ring::Somewhat => "Somewhat involved",
    }
}

/// The label of an experiment's status.
pub fn status_label(s: Status) -> &'static str {
    match s {
        Status::Planned => "planned",
        Status::Practised => "practised",
        Status::Done => "done",
        Status::NotDone => "not done",
        Status::Discussed => "discussed in session",
    }
}

fn stage_label(s: DisputeStage) -> &'static str {
    match s {
        DisputeStage::Renegotiation => "renegotiation",
        DisputeStage::Impasse => "impasse",
        DisputeStage::Dissolution => "dissolution",
    }
}

/// A person's name by id, or [`REMOVED_PERSON`].
pub fn person_name(j: &Journal, id: &Id) -> String {
    who(j, id).english().to_owned()
}

fn who(j: &Journal, id: &Id) -> Who {
    j.people
        .get_live(id)
        .map_or(Who::Removed, |p| Who::Named(p.data.name.clone()))
}

fn push_if(lines: &mut Vec<Line>, field: Field, text: &str) {
    let t = text.trim();
    if !t.is_empty() {
        lines.push(Line {
            field,
            text: t.to_owned(),
        });
    }
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

fn highlight(j: &Journal, w: &Worksheet) -> Block {
    let mut lines = Vec::new();
    let heading = match w {
        Worksheet::RoleTransition(t) => {
            push_if(&mut lines, Field::Transition, &t.transition);
            push_if(&mut lines, Field::OldRolePlus, &list(&t.old_positive));
            push_if(&mut lines, Field::OldRoleMinus, &list(&t.old_negative));
            push_if(&mut lines, Field::NewRolePlus, &list(&t.new_positive));
            push_if(&mut lines, Field::NewRoleMinus, &list(&t.new_negative));
            push_if(&mut lines, Field::Supports, &t.supports);
            Heading::RoleTransition {
                old: t.old_role.trim().to_owned(),
                new: t.new_role.trim().to_owned(),
            }
        }
        Worksheet::RoleDispute(r) => {
            push_if(&mut lines, Field::About, &r.about);
            push_if(&mut lines, Field::Stage(r.stage), stage_label(r.stage));
            push_if(&mut lines, Field::Options, &list(&r.options));
            push_if(&mut lines, Field::Worked, &r.worked);
            let who = match &r.with_whom {
                Some(id) => who(j, id),
                None => named(&r.with_whom_text),
            };
            Heading::RoleDispute { who }
        }
        Worksheet::Grief(g) => {
            push_if(&mut lines, Field::When, &g.when);
            push_if(&mut lines, Field::Reconnect, &g.reconnect);
            Heading::Grief {
                who: g.who.trim().to_owned(),
            }
        }
        Worksheet::Loneliness(l) => {
            push_if(&mut lines, Field::Patterns, &l.patterns);
            push_if(&mut lines, Field::NextSteps, &list(&l.next_steps));
            Heading::Loneliness
        }
        Worksheet::CommunicationAnalysis(c) => {
            push_if(&mut lines, Field::WhatSaid, &c.what_said);
            push_if(&mut lines, Field::WentWell, &c.went_well);
            push_if(&mut lines, Field::WouldChange, &c.change);
            Heading::CommunicationAnalysis {
                who: c.person.as_ref().map_or(Who::Nobody, |id| who(j, id)),
                date: c.date,
            }
        }
        Worksheet::DecisionAnalysis(d) => {
            push_if(&mut lines, Field::Want, &d.want);
            if let Some(chosen) = d
                .chosen
                .as_ref()
                .and_then(|c| d.options.iter().find(|o| &o.id == c))
            {
                push_if(&mut lines, Field::ChosenOption, &chosen.text);
            }
            Heading::DecisionAnalysis {
                problem: d.problem.trim().to_owned(),
            }
        }
    };
    Block {
        title: english_title(&heading),
        heading,
        lines,
    }
}

fn named(text: &str) -> Who {
    match text.trim() {
        "" => Who::Nobody,
        t => Who::Named(t.to_owned()),
    }
}

/// A block's title in English.
pub fn english_title(h: &Heading) -> String {
    match h {
        Heading::RoleTransition { old, new } => format!("Role transition: {old} → {new}"),
        Heading::RoleDispute { who } => format!("Role dispute with {}", who.english()),
        Heading::Grief { who } => format!("Grief: {who}"),
        Heading::Loneliness => area_label(ProblemArea::Loneliness).to_owned(),
        Heading::CommunicationAnalysis { who, date } => {
            let date = date.map_or_else(String::new, |d| format!(" ({d})"));
            format!("Communication analysis with {}{date}", who.english())
        }
        Heading::DecisionAnalysis { problem } => format!("Decision analysis: {problem}"),
        Heading::Experiment { who, when, status } => {
            let who = match who {
                Who::Nobody => String::new(),
                w => format!(" with {}", w.english()),
            };
            let when = when.map_or_else(String::new, |d| format!(", {d}"));
            format!("Experiment{who}{when} ({})", status_label(*status))
        }
    }
}

fn experiment_block(j: &Journal, x: &crate::domain::experiment::Experiment) -> Block {
    let mut lines = Vec::new();
    push_if(&mut lines, Field::Goal, &x.goal);
    push_if(&mut lines, Field::WhyNotDone, &x.not_done_why);
    push_if(&mut lines, Field::WhatHappened, &x.what_happened);
    push_if(&mut lines, Field::HowTheyResponded, &x.how_they_responded);
    push_if(&mut lines, Field::WhatILearned, &x.what_i_learned);
    push_if(&mut lines, Field::NextStep, &x.next_step);
    let heading = Heading::Experiment {
        who: x.person.as_ref().map_or(Who::Nobody, |id| who(j, id)),
        when: x.when,
        status: x.status,
    };
    Block {
        title: english_title(&heading),
        heading,
        lines,
    }
}

fn safety_text(s: &ScoredCheckIn) -> String {
    let score = s
        .safety_item_score
        .map_or_else(String::new, |n| format!(" (self-harm item scored {n})"));
    format!(
        "{} {}: self-harm thoughts reported{score}.",
        s.date.format("%Y-%m-%d"),
        s.measure_name
    )
}

fn in_range(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    d >= from && d <= to
}

fn local_day(t: &Timestamp) -> NaiveDate {
    t.date_naive()
}

/// The worksheets a summary of `from..=to` shows: the current focus's worksheet first (whatever
/// the dates: it is what the sessions are about now), then every other worksheet she worked on
/// within the dates (started on or before the last day and last changed on or after the first
/// day), most recently changed first. A worksheet left untouched in those weeks stays out, so
/// a summary of four weeks does not carry years of older work.
pub fn summary_worksheets(j: &Journal, from: NaiveDate, to: NaiveDate) -> Vec<&Rec<Worksheet>> {
    let focus_sheet = current_focus(j).and_then(|f| worksheet_for_area(j, f.area));
    let mut touched: Vec<&Rec<Worksheet>> = j
        .worksheets
        .live()
        .filter(|w| Some(&w.id) != focus_sheet)
        .filter(|w| local_day(&w.created_at) <= to && local_day(&w.updated_at) >= from)
        .collect();
    crate::domain::order::sort_by_key(&mut touched, |w| {
        std::cmp::Reverse((w.updated_at, w.created_at))
    });
    focus_sheet
        .and_then(|id| j.worksheets.get_live(id))
        .into_iter()
        .chain(touched)
        .collect()
}

/// Her check-in weekday (0 = Monday), without copying the rest of the settings.
fn checkin_weekday(j: &Journal) -> u8 {
    j.settings
        .as_ref()
        .map_or_else(|| j.settings().checkin_weekday, |r| r.data.checkin_weekday)
}

/// What the share screen says about a date range before anything is made: how many weeks have
/// check-ins, and whether a self-harm item was answered above 0 in them (the summary then starts
/// with it). Much cheaper than building the summary.
pub fn range_overview(j: &Journal, from: NaiveDate, to: NaiveDate) -> (usize, bool) {
    let start_day = weekday_from_index(checkin_weekday(j));
    let measures = Measures::builtin();
    let mut weeks = std::collections::BTreeSet::new();
    let mut flagged = false;
    for r in j
        .checkins
        .live()
        .filter(|r| in_range(r.data.date, from, to))
    {
        weeks.insert(week_start(r.data.date, start_day));
        flagged = flagged || r.data.safety_flag || checkin_flagged(&measures, &r.data);
    }
    (weeks.len(), flagged)
}

/// Whether a check-in's self-harm item was answered above 0 (as the summary scores it).
fn checkin_flagged(measures: &Measures, c: &CheckIn) -> bool {
    score_checkin_with(measures, c).safety_flag
}

/// The first day of the oldest week shown one row each, when the check-ins (in date order) span
/// more than [`RECENT_WEEKS`] weeks; `None` when every week has its row.
fn recent_cutoff(checkins: &[&ScoredCheckIn], start_day: chrono::Weekday) -> Option<NaiveDate> {
    let mut week_days: Vec<NaiveDate> = checkins
        .iter()
        .map(|s| week_start(s.date, start_day))
        .collect();
    week_days.dedup();
    week_days
        .len()
        .checked_sub(RECENT_WEEKS)
        .filter(|skip| *skip > 0)
        .and_then(|skip| week_days.get(skip).copied())
}

/// The weeks of the table and the older weeks condensed into months, from the check-ins in date
/// order. The last [`RECENT_WEEKS`] weeks with check-ins keep a row each (with the week's latest
/// score per measure and, when `notes`, its latest note); every earlier week goes into the row of
/// the calendar month its first day is in (per measure: how many check-ins, lowest and highest
/// total, the last band, any safety flag).
fn weekly_table(
    checkins: &[&ScoredCheckIn],
    start_day: chrono::Weekday,
    cutoff: Option<NaiveDate>,
    notes: bool,
) -> (Vec<WeekRow>, Vec<MonthRow>) {
    // week → measure → latest score (any flag that week); notes: latest non-empty.
    let mut weeks: BTreeMap<NaiveDate, (BTreeMap<&str, WeekScore>, String)> = BTreeMap::new();
    // month → (weeks, measure → condensed scores).
    let mut months: BTreeMap<NaiveDate, (BTreeSet<NaiveDate>, BTreeMap<&str, MonthScore>)> =
        BTreeMap::new();
    // Months from 1 January of the year before the weekly rows; whole years before that.
    let years_before = cutoff.and_then(|c| NaiveDate::from_ymd_opt(c.year() - 1, 1, 1));
    for s in checkins {
        let week_of = week_start(s.date, start_day);
        if cutoff.is_some_and(|c| week_of < c) {
            let month = if years_before.is_some_and(|y| week_of < y) {
                NaiveDate::from_ymd_opt(week_of.year(), 1, 1).unwrap_or(week_of)
            } else {
                week_of.with_day(1).unwrap_or(week_of)
            };
            let (in_month, scores) = months.entry(month).or_default();
            in_month.insert(week_of);
            let m = scores
                .entry(s.measure.as_str())
                .or_insert_with(|| MonthScore {
                    measure: s.measure.clone(),
                    measure_name: s.measure_name.clone(),
                    checkins: 0,
                    lowest: s.total,
                    highest: s.total,
                    max: s.max,
                    last_band: None,
                    safety_flag: false,
                });
            m.checkins += 1;
            m.lowest = m.lowest.min(s.total);
            m.highest = m.highest.max(s.total);
            m.max = m.max.max(s.max);
            m.last_band.clone_from(&s.band);
            m.safety_flag |= s.safety_flag;
            continue;
        }
        let entry = weeks.entry(week_of).or_default();
        let flag = entry
            .0
            .get(s.measure.as_str())
            .is_some_and(|w| w.safety_flag)
            || s.safety_flag;
        entry.0.insert(
            s.measure.as_str(),
            WeekScore {
                measure: s.measure.clone(),
                measure_name: s.measure_name.clone(),
                total: s.total,
                max: s.max,
                band: s.band.clone(),
                safety_flag: flag,
            },
        );
        if notes && !s.people_this_week.trim().is_empty() {
            entry.1 = s.people_this_week.trim().to_owned();
        }
    }
    let rows = weeks
        .into_iter()
        .map(|(week_of, (scores, note))| WeekRow {
            week_of,
            scores: scores.into_values().collect(),
            note,
        })
        .collect();
    let months = months
        .into_iter()
        .map(|(month, (in_month, scores))| MonthRow {
            month,
            whole_year: years_before.is_some_and(|y| month < y),
            weeks: in_month.len(),
            scores: scores.into_values().collect(),
        })
        .collect();
    (rows, months)
}

/// Every week of the range per measure: the week's latest total, flagged when any check-in of the
/// measure that week was.
fn weekly_series(checkins: &[&ScoredCheckIn], start_day: chrono::Weekday) -> Vec<Series> {
    let mut by_measure: BTreeMap<&str, Series> = BTreeMap::new();
    for s in checkins {
        let week_of = week_start(s.date, start_day);
        let series = by_measure
            .entry(s.measure.as_str())
            .or_insert_with(|| Series {
                measure: s.measure.clone(),
                measure_name: s.measure_name.clone(),
                max: s.max,
                points: Vec::new(),
            });
        series.max = series.max.max(s.max);
        match series.points.last_mut() {
            Some(p) if p.week_of == week_of => {
                p.total = s.total;
                p.safety_flag |= s.safety_flag;
            }
            _ => series.points.push(Point {
                week_of,
                total: s.total,
                safety_flag: s.safety_flag,
            }),
        }
    }
    by_measure.into_values().collect()
}

fn trend(s: &Series) -> Option<Trend> {
    let (first, last) = (s.points.first()?, s.points.last()?);
    let change = i32::from(last.total) - i32::from(first.total);
    let dir = match change {
        0 => "no change".to_owned(),
        c if c < 0 => format!("down {}", -c),
        c => format!("up {c}"),
    };
    let weeks = s.points.len();
    Some(Trend {
        measure_name: s.measure_name.clone(),
        first: first.total,
        last: last.total,
        weeks,
        text: format!(
            "{}: {} → {} over {weeks} weeks ({dir}).",
            s.measure_name, first.total, last.total
        ),
    })
}

/// Build the summary of `from..=to` with the chosen sections.
pub fn therapist_summary(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    sections: Sections,
) -> TherapistSummary {
    let start_day = weekday_from_index(checkin_weekday(j));
    let measures = Measures::builtin();
    let mut checkins: Vec<(NaiveDate, Timestamp, ScoredCheckIn)> = j
        .checkins
        .live()
        .filter(|r| in_range(r.data.date, from, to))
        .map(|r| {
            (
                r.data.date,
                r.created_at,
                score_checkin_with(&measures, &r.data),
            )
        })
        .collect();
    crate::domain::order::sort_by_key(&mut checkins, |a| (a.0, a.1));
    let scored: Vec<&ScoredCheckIn> = checkins.iter().map(|(_, _, s)| s).collect();

    let mut safety: Vec<SafetyLine> = scored
        .iter()
        .filter(|s| s.safety_flag)
        .map(|s| SafetyLine {
            date: s.date,
            measure_name: s.measure_name.clone(),
            item_score: s.safety_item_score,
            text: safety_text(s),
        })
        .collect();
    safety.reverse();

    let cutoff = recent_cutoff(&scored, start_day);
    let (weeks, months, series) = if sections.scores || sections.notes {
        let (weeks, months) = weekly_table(&scored, start_day, cutoff, sections.notes);
        (weeks, months, weekly_series(&scored, start_day))
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let trends = if sections.scores {
        series.iter().filter_map(trend).collect()
    } else {
        Vec::new()
    };

    let mut focus = None;
    let mut focus_area = None;
    let mut highlights = Vec::new();
    let mut older_worksheets = None;
    if sections.focus {
        focus_area = j
            .focus
            .as_ref()
            .filter(|f| f.is_live())
            .map(|f| (f.data.area, f.data.since));
        focus = focus_area.map(|(area, since)| format!("{}, since {since}.", area_label(area)));
        let focus_sheet = current_focus(j).and_then(|f| worksheet_for_area(j, f.area));
        let mut older = Vec::new();
        for w in summary_worksheets(j, from, to) {
            let is_older = cutoff.is_some_and(|c| local_day(&w.updated_at) < c);
            if is_older && Some(&w.id) != focus_sheet {
                older.push(w.data.kind());
            } else {
                highlights.push(highlight(j, &w.data));
            }
        }
        older_worksheets = cutoff.and_then(|c| counted(&WorksheetKind::ALL, &older, c));
    }

    let mut experiments = Vec::new();
    let mut older_experiments = None;
    if sections.experiments {
        let mut xs: Vec<_> = j
            .experiments
            .live()
            .filter(|x| {
                in_range(
                    x.data.when.unwrap_or_else(|| local_day(&x.created_at)),
                    from,
                    to,
                )
            })
            .collect();
        crate::domain::order::sort_by_key(&mut xs, |x| {
            (
                x.data.when.unwrap_or_else(|| local_day(&x.created_at)),
                x.created_at,
            )
        });
        let day = |x: &Rec<crate::domain::experiment::Experiment>| {
            x.data.when.unwrap_or_else(|| local_day(&x.created_at))
        };
        let split = cutoff.map_or(0, |c| xs.partition_point(|x| day(x) < c));
        let (older, recent) = xs.split_at(split);
        experiments = recent
            .iter()
            .map(|x| experiment_block(j, &x.data))
            .collect();
        let outcomes: Vec<Status> = older.iter().map(|x| x.data.status).collect();
        older_experiments = cutoff.and_then(|c| counted(&OUTCOME_ORDER, &outcomes, c));
    }

    let mut plan = Vec::new();
    if sections.plan {
        if let Some(p) = j.sick_role_plan.as_ref().filter(|p| p.is_live()) {
            let p = &p.data;
            let helpers: Vec<String> = p
                .helpers
                .iter()
                .map(|h| {
                    let name = match (&h.person, h.name.trim()) {
                        (_, n) if !n.is_empty() => n.to_owned(),
                        (Some(id), _) => person_name(j, id),
                        _ => String::new(),
                    };
                    if h.phone.trim().is_empty() {
                        name
                    } else {
                        format!("{name} ({})", h.phone.trim())
                    }
                })
                .collect();
            let deferred: Vec<(String, Option<NaiveDate>)> = p
                .deferred
                .iter()
                .map(|d| (d.what.trim().to_owned(), d.review_on))
                .filter(|(what, _)| !what.is_empty())
                .collect();
            let deferred_text: Vec<String> = deferred
                .iter()
                .map(|(what, review)| match review {
                    Some(r) => format!("{what} (look again {r})"),
                    None => what.clone(),
                })
                .collect();
            for (question, answer) in [
                (
                    PlanQuestion::WhoNeedsToKnow,
                    p.who_needs_to_know.trim().to_owned(),
                ),
                (
                    PlanQuestion::HowTheyCanHelp,
                    p.how_they_can_help.trim().to_owned(),
                ),
                (
                    PlanQuestion::HowIWillAsk,
                    p.how_i_will_ask.trim().to_owned(),
                ),
                (PlanQuestion::WhoCanAssist, list(&helpers)),
                (PlanQuestion::WhatToDefer, list(&deferred_text)),
            ] {
                if !answer.is_empty() {
                    plan.push(PlanEntry {
                        question,
                        answer,
                        deferred: if question == PlanQuestion::WhatToDefer {
                            deferred.clone()
                        } else {
                            Vec::new()
                        },
                    });
                }
            }
        }
    }

    let mut circle = Vec::new();
    if sections.people {
        for ring in [Ring::Most, Ring::Moderately, Ring::Somewhat] {
            let mut people: Vec<(String, String)> = j
                .people
                .live()
                .filter(|p| p.data.ring == ring)
                .map(|p| {
                    (
                        p.data.name.trim().to_owned(),
                        p.data.relationship.trim().to_owned(),
                    )
                })
                .collect();
            crate::domain::order::sort(&mut people);
            circle.push(CircleRing {
                ring,
                label: ring_label(ring),
                people: people
                    .into_iter()
                    .map(|(n, r)| {
                        if r.is_empty() {
                            n
                        } else {
                            format!("{n} ({r})")
                        }
                    })
                    .collect(),
            });
        }
    }

    TherapistSummary {
        from,
        to,
        sections,
        safety,
        weeks,
        months,
        series,
        trends,
        focus,
        focus_area,
        highlights,
        older_worksheets,
        experiments,
        older_experiments,
        plan,
        circle,
        screening_note: SCREENING_NOTE,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::{d, sample_journal};
    use crate::domain::record::tests::at;

    fn feb() -> TherapistSummary {
        therapist_summary(
            &sample_journal(),
            d("2026-02-01"),
            d("2026-02-28"),
            Sections::all(),
        )
    }

    #[test]
    fn safety_flags_come_first_and_cannot_be_switched_off() {
        let s = feb();
        assert_eq!(s.safety.len(), 1);
        assert_eq!(
            s.safety[0].text,
            "2026-02-02 PHQ-9: self-harm thoughts reported (self-harm item scored 1)."
        );
        let none = Sections {
            scores: false,
            notes: false,
            focus: false,
            experiments: false,
            plan: false,
            people: false,
        };
        let bare = therapist_summary(&sample_journal(), d("2026-02-01"), d("2026-02-28"), none);
        assert_eq!(bare.safety, s.safety);
        assert!(bare.weeks.is_empty() && bare.plan.is_empty() && bare.circle.is_empty());
        assert!(bare.focus.is_none() && bare.experiments.is_empty() && bare.trends.is_empty());
    }

    #[test]
    fn weekly_table_and_trend() {
        let s = feb();
        assert_eq!(s.weeks.len(), 4);
        assert_eq!(s.weeks[0].week_of, d("2026-02-02"));
        let w0: Vec<(&str, u16, bool)> = s.weeks[0]
            .scores
            .iter()
            .map(|w| (w.measure_name.as_str(), w.total, w.safety_flag))
            .collect();
        assert_eq!(w0, vec![("GAD-7", 11, false), ("PHQ-9", 17, true)]);
        assert_eq!(
            s.weeks[0].scores[1].band.as_deref(),
            Some("Moderately severe")
        );
        assert_eq!(s.weeks[3].scores[1].total, 5);
        let texts: Vec<&str> = s.trends.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "GAD-7: 11 → 4 over 4 weeks (down 7).",
                "PHQ-9: 17 → 5 over 4 weeks (down 12)."
            ]
        );
        assert_eq!(
            s.weeks[1].note,
            "Argued with Amani about night feeds,\nthen talked it through"
        );
        assert_eq!(
            s.screening_note,
            "This is a screening measure, not a diagnosis."
        );
    }

    #[test]
    fn focus_worksheets_experiments_plan_and_circle() {
        let s = feb();
        assert_eq!(
            s.focus.as_deref(),
            Some("Role transition, since 2026-02-16.")
        );
        // The focus's worksheet (role transition) first, then the others touched in February.
        assert_eq!(
            s.highlights[0].title,
            "Role transition: Non-parent → Mother"
        );
        assert_eq!(s.highlights[1].title, "Role dispute with Amani");
        assert_eq!(
            s.highlights[1].english_lines(),
            vec!["About: Night feeds", "Stage: renegotiation"]
        );
        assert_eq!(
            s.highlights[1].lines[1].field,
            Field::Stage(DisputeStage::Renegotiation)
        );
        assert_eq!(s.highlights.len(), 2);
        assert_eq!(
            s.experiments[0].title,
            "Experiment with Amani, 2026-02-21 (done)"
        );
        assert!(s.experiments[0]
            .english_lines()
            .contains(&"What happened: He agreed to Tuesdays".to_owned()));
        assert_eq!(
            s.experiments[0].line(Field::WhatHappened),
            Some("He agreed to Tuesdays")
        );
        assert_eq!(
            s.experiments[0].heading,
            Heading::Experiment {
                who: Who::Named("Amani".into()),
                when: Some(d("2026-02-21")),
                status: Status::Done
            }
        );
        assert_eq!(s.plan[0].question.english(), "Who needs to know?");
        assert_eq!(s.plan[0].answer, "Amani and Mama");
        assert_eq!(
            s.plan[3].question.english(),
            "Who should be able to come to your assistance?"
        );
        assert_eq!(s.plan[3].answer, "Mama (+254 700 000 002)");
        assert_eq!(
            s.focus_area,
            Some((ProblemArea::RoleTransition, d("2026-02-16")))
        );
        assert_eq!(s.circle[0].people, vec!["Amani (partner)", "Mama (mother)"]);
        assert_eq!(s.circle[2].label, "Somewhat involved");
    }

    #[test]
    fn a_deleted_person_shows_as_removed_person() {
        let mut j = sample_journal();
        j.people.delete(
            &Id::from("10000000-0000-4000-8000-000000000001"),
            at("2026-02-25T10:00:00+03:00"),
        );
        let s = therapist_summary(&j, d("2026-02-01"), d("2026-02-28"), Sections::all());
        assert_eq!(s.highlights[1].title, "Role dispute with removed person");
        assert_eq!(
            s.experiments[0].title,
            "Experiment with removed person, 2026-02-21 (done)"
        );
        assert_eq!(s.circle[0].people, vec!["Mama (mother)"]);
    }

    fn titles(s: &TherapistSummary) -> Vec<&str> {
        s.highlights.iter().map(|b| b.title.as_str()).collect()
    }

    #[test]
    fn worksheets_are_the_focus_one_and_those_touched_in_the_range() {
        use crate::domain::worksheets::{Grief, Loneliness};
        let mut j = sample_journal();
        // Written a year before and never opened since: not part of a February summary.
        let old = j.worksheets.add(
            Worksheet::Grief(Grief {
                who: "Grandmother".into(),
                ..Default::default()
            }),
            at("2025-02-10T20:00:00+03:00"),
        );
        // Started in January, last changed in February: it was worked on in these weeks.
        let ongoing = j.worksheets.add(
            Worksheet::Loneliness(Loneliness {
                patterns: "I wait for others to call".into(),
                ..Default::default()
            }),
            at("2026-01-10T20:00:00+03:00"),
        );
        j.worksheets.get_mut(&ongoing).unwrap().updated_at = at("2026-02-20T21:00:00+03:00");
        let feb = therapist_summary(&j, d("2026-02-01"), d("2026-02-28"), Sections::all());
        assert_eq!(
            titles(&feb),
            vec![
                "Role transition: Non-parent → Mother",
                "Interpersonal sensitivity / loneliness",
                "Role dispute with Amani",
            ]
        );
        assert!(!titles(&feb).contains(&"Grief: Grandmother"));

        // Weeks before any of the worksheets were started: only the focus's worksheet.
        let dec = therapist_summary(&j, d("2025-12-01"), d("2025-12-31"), Sections::all());
        assert_eq!(titles(&dec), vec!["Role transition: Non-parent → Mother"]);

        // The weeks when the old one was written show it (after the focus's worksheet).
        let last_feb = therapist_summary(&j, d("2025-02-01"), d("2025-02-28"), Sections::all());
        assert_eq!(
            titles(&last_feb),
            vec!["Role transition: Non-parent → Mother", "Grief: Grandmother"]
        );
        assert!(j.worksheets.contains_key(&old));

        // With no focus, only the worksheets touched in the range.
        j.focus = None;
        let dec = therapist_summary(&j, d("2025-12-01"), d("2025-12-31"), Sections::all());
        assert!(dec.highlights.is_empty());
        let feb = therapist_summary(&j, d("2026-02-01"), d("2026-02-28"), Sections::all());
        assert_eq!(feb.highlights.len(), 3);
        assert_eq!(
            feb.highlights[0].title,
            "Interpersonal sensitivity / loneliness"
        );
    }

    #[test]
    fn range_overview_counts_weeks_and_flags_like_the_summary() {
        let j = sample_journal();
        for (from, to) in [
            ("2026-02-01", "2026-02-28"),
            ("2026-02-09", "2026-02-20"),
            ("2027-01-01", "2027-02-01"),
        ] {
            let s = therapist_summary(&j, d(from), d(to), Sections::all());
            assert_eq!(
                range_overview(&j, d(from), d(to)),
                (s.week_count(), !s.safety.is_empty()),
                "{from}..{to}"
            );
        }
        assert_eq!(
            range_overview(&j, d("2026-02-01"), d("2026-02-28")),
            (4, true)
        );
    }

    #[test]
    fn range_limits_check_ins_and_experiments() {
        let s = therapist_summary(
            &sample_journal(),
            d("2026-02-09"),
            d("2026-02-20"),
            Sections::all(),
        );
        assert_eq!(s.weeks.len(), 2);
        assert!(s.safety.is_empty(), "the flagged week is outside the range");
        assert!(s.experiments.is_empty(), "the experiment is on the 21st");
    }

    /// A PHQ-9 check-in with this total, `self_harm` of it on item 9.
    fn phq(date: &str, total: u8, self_harm: u8, note: &str) -> CheckIn {
        use crate::domain::exchange::sample::answers;
        let def = crate::domain::instruments::by_id("phq9").unwrap();
        let mut rest = total - self_harm;
        let mut scores = Vec::new();
        for _ in 0..8 {
            let s = rest.min(3);
            scores.push(s);
            rest -= s;
        }
        scores.push(self_harm);
        CheckIn {
            measure: "phq9".into(),
            date: d(date),
            answers: answers(&def, &scores),
            safety_flag: self_harm > 0,
            since_last_met: String::new(),
            people_this_week: note.into(),
        }
    }

    /// Weekly PHQ-9 check-ins on Mondays from 2025-09-01, with these totals (and a flag on the
    /// weeks listed in `flagged`).
    fn weekly(totals: &[u8], flagged: &[usize]) -> Journal {
        let mut j = Journal {
            settings: sample_journal().settings,
            ..Default::default()
        };
        let first = d("2025-09-01");
        for (i, t) in totals.iter().enumerate() {
            let day = first + chrono::Days::new(7 * i as u64);
            let flag = u8::from(flagged.contains(&i));
            j.checkins.add(
                phq(&day.to_string(), *t, flag, &format!("week {i}")),
                at(&format!("{day}T20:00:00+03:00")),
            );
        }
        j
    }

    #[test]
    fn years_before_last_year_are_one_row_each() {
        // 160 weekly check-ins from Monday 1 Sep 2025; the last 16 (from 5 Jun 2028) are weekly
        // rows, 2027 and 2028 before that are months, 2025 and 2026 are one row each.
        let mut j = weekly(&[5; 160], &[3]);
        j.checkins.add(
            phq("2026-03-04", 20, 0, ""),
            at("2026-03-04T20:00:00+03:00"),
        );
        let s = therapist_summary(&j, d("2025-01-01"), d("2028-12-31"), Sections::all());
        assert_eq!(s.weeks[0].week_of, d("2028-06-05"));
        assert_eq!(s.months.len(), 19);
        let (y2025, y2026) = (&s.months[0], &s.months[1]);
        assert_eq!(
            (y2025.month, y2025.whole_year, y2025.weeks),
            (d("2025-01-01"), true, 18)
        );
        assert_eq!(
            (y2026.month, y2026.whole_year, y2026.weeks),
            (d("2026-01-01"), true, 52)
        );
        // The 2025 year keeps the flag of 22 Sep; 2026 the range of its 53 check-ins.
        assert!(y2025.scores[0].safety_flag);
        assert_eq!(
            (
                y2026.scores[0].checkins,
                y2026.scores[0].lowest,
                y2026.scores[0].highest
            ),
            (53, 5, 20)
        );
        assert!(!y2026.scores[0].safety_flag);
        assert_eq!(
            (s.months[2].month, s.months[2].whole_year),
            (d("2027-01-01"), false)
        );
        assert_eq!(
            (s.months[18].month, s.months[18].weeks),
            (d("2028-05-01"), 5)
        );
        assert_eq!(s.week_count(), 160);
        assert_eq!(s.safety.len(), 1);
    }

    #[test]
    fn older_weeks_are_condensed_into_months() {
        // 22 weeks: Sep 1 … Oct 6 condensed (the 6 oldest), Oct 13 … Jan 26 one row each.
        let mut totals = vec![10, 12, 15, 9, 11, 14];
        totals.extend([5; 16]);
        let mut j = weekly(&totals, &[5]);
        // A second check-in in the week of Sep 8 (on Wednesday the 10th): 6 check-ins in 5 weeks.
        j.checkins
            .add(phq("2025-09-10", 8, 0, ""), at("2025-09-10T20:00:00+03:00"));
        let s = therapist_summary(&j, d("2025-01-01"), d("2026-12-31"), Sections::all());
        assert_eq!(
            s.months,
            vec![
                MonthRow {
                    month: d("2025-09-01"),
                    whole_year: false,
                    weeks: 5,
                    scores: vec![MonthScore {
                        measure: "phq9".into(),
                        measure_name: "PHQ-9".into(),
                        checkins: 6,
                        lowest: 8,
                        highest: 15,
                        max: 27,
                        last_band: Some("Moderate".into()),
                        safety_flag: false,
                    }],
                },
                MonthRow {
                    month: d("2025-10-01"),
                    whole_year: false,
                    weeks: 1,
                    scores: vec![MonthScore {
                        measure: "phq9".into(),
                        measure_name: "PHQ-9".into(),
                        checkins: 1,
                        lowest: 14,
                        highest: 14,
                        max: 27,
                        last_band: Some("Moderate".into()),
                        safety_flag: true,
                    }],
                },
            ]
        );
        assert_eq!(s.weeks.len(), RECENT_WEEKS);
        assert_eq!(s.weeks[0].week_of, d("2025-10-13"));
        assert_eq!(s.weeks[15].week_of, d("2026-01-26"));
        assert_eq!(s.weeks[0].note, "week 6");
        assert_eq!(s.week_count(), 22);
        assert_eq!(
            range_overview(&j, d("2025-01-01"), d("2026-12-31")),
            (22, true)
        );
        // The flag of the condensed week of Oct 6 is still listed, first.
        assert_eq!(s.safety.len(), 1);
        assert_eq!(
            s.safety[0].text,
            "2025-10-06 PHQ-9: self-harm thoughts reported (self-harm item scored 1)."
        );
        // The chart has every week; the week of Sep 8 shows its latest check-in.
        assert_eq!(s.series.len(), 1);
        let points = &s.series[0].points;
        assert_eq!(points.len(), 22);
        assert_eq!(
            points[1],
            Point {
                week_of: d("2025-09-08"),
                total: 8,
                safety_flag: false
            }
        );
        assert!(points[5].safety_flag);
        assert_eq!(s.trends[0].text, "PHQ-9: 10 → 5 over 22 weeks (down 5).");
    }

    #[test]
    fn older_experiments_and_worksheets_are_counted_like_older_weeks() {
        use crate::domain::experiment::Experiment;
        use crate::domain::worksheets::{CommunicationAnalysis, Grief, Loneliness, RoleTransition};
        // 22 weeks of check-ins: the weekly rows start on 2025-10-13.
        let mut totals = vec![10, 12, 15, 9, 11, 14];
        totals.extend([5; 16]);
        let mut j = weekly(&totals, &[]);
        j.focus = sample_journal().focus;
        let sheet = |j: &mut Journal, w: Worksheet, day: &str| {
            j.worksheets.add(w, at(&format!("{day}T20:00:00+03:00")))
        };
        // The focus's worksheet, written before the rows: still shown in full.
        sheet(
            &mut j,
            Worksheet::RoleTransition(RoleTransition {
                old_role: "Worker".into(),
                new_role: "Mother".into(),
                ..Default::default()
            }),
            "2025-09-02",
        );
        sheet(&mut j, Worksheet::Grief(Grief::default()), "2025-09-03");
        let talk = || Worksheet::CommunicationAnalysis(CommunicationAnalysis::default());
        sheet(&mut j, talk(), "2025-09-05");
        sheet(&mut j, talk(), "2025-10-01");
        // Started before the rows, worked on since: in full.
        let lonely = sheet(
            &mut j,
            Worksheet::Loneliness(Loneliness::default()),
            "2025-09-04",
        );
        j.worksheets.get_mut(&lonely).unwrap().updated_at = at("2025-11-01T20:00:00+03:00");
        for (day, status) in [
            ("2025-09-15", Status::Done),
            ("2025-09-20", Status::NotDone),
            ("2025-10-01", Status::Done),
            ("2025-10-13", Status::Planned),
            ("2025-12-01", Status::Done),
        ] {
            j.experiments.add(
                Experiment {
                    when: Some(d(day)),
                    status,
                    ..Default::default()
                },
                at(&format!("{day}T20:00:00+03:00")),
            );
        }
        let s = therapist_summary(&j, d("2025-01-01"), d("2026-12-31"), Sections::all());
        assert_eq!(s.weeks[0].week_of, d("2025-10-13"));
        assert_eq!(
            titles(&s),
            vec![
                "Role transition: Worker → Mother",
                "Interpersonal sensitivity / loneliness",
            ]
        );
        assert_eq!(
            s.older_worksheets,
            Some(Older {
                before: d("2025-10-13"),
                counts: vec![
                    (WorksheetKind::Grief, 1),
                    (WorksheetKind::CommunicationAnalysis, 2),
                ],
            })
        );
        assert_eq!(
            s.experiments
                .iter()
                .map(|b| b.title.as_str())
                .collect::<Vec<_>>(),
            vec![
                "Experiment, 2025-10-13 (planned)",
                "Experiment, 2025-12-01 (done)"
            ]
        );
        let older = s.older_experiments.unwrap();
        assert_eq!(older.before, d("2025-10-13"));
        assert_eq!(older.counts, vec![(Status::Done, 2), (Status::NotDone, 1)]);
        assert_eq!(older.total(), 3);

        // Sixteen weeks or fewer: nothing is counted, everything is in full.
        let s = therapist_summary(&j, d("2025-10-13"), d("2026-12-31"), Sections::all());
        assert!(s.months.is_empty());
        assert_eq!((s.older_experiments, s.older_worksheets), (None, None));
        assert_eq!(s.experiments.len(), 2);
        let f = feb();
        assert_eq!((f.older_experiments, f.older_worksheets), (None, None));
    }

    #[test]
    fn sixteen_weeks_are_all_shown_week_by_week() {
        let totals: Vec<u8> = (0..16).map(|i| 20 - i).collect();
        let j = weekly(&totals, &[0]);
        let s = therapist_summary(&j, d("2025-01-01"), d("2026-12-31"), Sections::all());
        assert!(s.months.is_empty());
        assert_eq!(s.weeks.len(), 16);
        assert_eq!(s.weeks[0].week_of, d("2025-09-01"));
        assert_eq!(s.weeks[0].scores[0].total, 20);
        assert!(s.weeks[0].scores[0].safety_flag);
        assert_eq!(s.series[0].points.len(), 16);
        assert_eq!(s.trends[0].text, "PHQ-9: 20 → 5 over 16 weeks (down 15).");
        // The sample's four weeks too: nothing condensed.
        assert!(feb().months.is_empty());
        // One week more: the oldest becomes its month's row.
        let mut totals = totals;
        totals.push(4);
        let s = therapist_summary(
            &weekly(&totals, &[0]),
            d("2025-01-01"),
            d("2026-12-31"),
            Sections::all(),
        );
        assert_eq!(s.months.len(), 1);
        assert_eq!((s.months[0].month, s.months[0].weeks), (d("2025-09-01"), 1));
        assert!(s.months[0].scores[0].safety_flag);
        assert_eq!(s.weeks.len(), 16);
        assert_eq!(s.safety.len(), 1);
    }
}
