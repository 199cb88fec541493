//! The summary's shape: what the print page lays out.

use chrono::NaiveDate;

use crate::domain::course::Position;
use crate::domain::experiment::Status;
use crate::domain::people::Ring;
use crate::domain::selfcare::Did;
use crate::domain::support::WhoQuestion;
use crate::domain::timeline::MoodDirection;
use crate::domain::worksheets::{DisputeStage, ProblemArea, WorksheetKind};

/// Shown for a reference to a person who was deleted.
pub const REMOVED_PERSON: &str = "removed person";

/// Which optional sections to include. Safety flags are not optional.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections {
    /// Weekly scores table and trend.
    pub scores: bool,
    /// Check-in notes: "What happened with people in your life this week?" in the table, "How
    /// have you been since we last met?" and the PHQ-9 difficulty answer by week.
    pub notes: bool,
    /// Current focus and worksheet highlights.
    pub focus: bool,
    /// Interpersonal experiments with outcomes.
    pub experiments: bool,
    /// The sick-role resources plan.
    pub plan: bool,
    /// The inventory circle, with what she expects of each person.
    pub people: bool,
    /// The who-questions by week, with the people named.
    pub support: bool,
    /// Timeline events by week.
    pub timeline: bool,
    /// What she did to look after herself, by week.
    pub selfcare: bool,
    /// The plan for after the last session, when she has one.
    pub ending: bool,
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
            support: true,
            timeline: true,
            selfcare: true,
            ending: true,
        }
    }

    /// No optional section (the safety notes are always shown whatever is chosen).
    pub fn none() -> Self {
        Sections {
            scores: false,
            notes: false,
            focus: false,
            experiments: false,
            plan: false,
            people: false,
            support: false,
            timeline: false,
            selfcare: false,
            ending: false,
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
    Lost,
    NotLost,
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
    HowIFelt,
    WhatILearned,
    NextStep,
    WhatChanged,
    WarningSigns,
    WillDo,
    WillContact,
    Booster,
    FeelingsAboutEnding,
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
            Field::Lost => "What is lost",
            Field::NotLost => "What is not lost",
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
            Field::HowIFelt => "How I felt",
            Field::WhatILearned => "What I learned",
            Field::NextStep => "Next step",
            Field::WhatChanged => "What has changed",
            Field::WarningSigns => "Warning signs",
            Field::WillDo => "What I will do",
            Field::WillContact => "Whom I will contact",
            Field::Booster => "Continuation or booster sessions",
            Field::FeelingsAboutEnding => "How I feel about ending",
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
    /// The plan for after the last session.
    Ending,
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

pub(super) fn counted<K: Copy + PartialEq>(
    order: &[K],
    items: &[K],
    before: NaiveDate,
) -> Option<Older<K>> {
    let counts: Vec<(K, usize)> = order
        .iter()
        .map(|k| (*k, items.iter().filter(|i| *i == k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    (!counts.is_empty()).then_some(Older { before, counts })
}

/// One answered who-question: her words and the people she named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhoLine {
    pub question: WhoQuestion,
    pub text: String,
    pub people: Vec<String>,
}

/// One timeline event: its own date (it may be long before the week she wrote it down).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLine {
    pub date: NaiveDate,
    pub text: String,
    pub people: Vec<String>,
    pub mood: Option<MoodDirection>,
}

/// One week of the range in her words: what she wrote and did that week, each part only when its
/// section is shared (and only weeks with something in them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekDetail {
    /// First day of the week (weeks start on her check-in weekday).
    pub week_of: NaiveDate,
    /// "How have you been since we last met?", each different answer of the week with its day.
    pub since_last_met: Vec<(NaiveDate, String)>,
    /// "What happened with people in your life this week?" (the week's latest answer).
    pub people_this_week: String,
    /// The PHQ-9's "how difficult" answer (the week's latest), in the measure's words.
    pub difficulty: Option<String>,
    /// The week's who-questions, in the order asked.
    pub who: Vec<WhoLine>,
    /// The brainstorm under the who-questions.
    pub brainstorm: String,
    /// Timeline events dated in this week, or written down in it.
    pub events: Vec<EventLine>,
    /// What she did to look after herself (never what she did not do).
    pub selfcare: Vec<Did>,
}

impl WeekDetail {
    pub fn is_empty(&self) -> bool {
        self.since_last_met.is_empty()
            && self.people_this_week.is_empty()
            && self.difficulty.is_none()
            && self.who.is_empty()
            && self.brainstorm.is_empty()
            && self.events.is_empty()
            && self.selfcare.is_empty()
    }
}

/// Where the last day of the summary falls in her course of therapy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CourseLine {
    pub position: Position,
    /// Sessions she went to in the range (from her self-care days).
    pub sessions: usize,
}

/// What she expects of one person of her circle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub name: String,
    pub text: String,
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
    /// What she expects of each person who has expectations written (with the circle).
    pub expectations: Vec<Expectation>,
    /// Each week of the range with something she wrote or did, oldest first; when older weeks
    /// are condensed, only the weeks shown one row each.
    pub week_details: Vec<WeekDetail>,
    /// The course of therapy at the summary's last day, when she set one (always shown).
    pub course: Option<CourseLine>,
    /// The plan for after the last session, when present and shared.
    pub ending: Option<Block>,
    /// "This is a screening measure, not a diagnosis."
    pub screening_note: &'static str,
}

impl TherapistSummary {
    /// Weeks with check-ins in the range (rows of the table plus the weeks condensed in months).
    pub fn week_count(&self) -> usize {
        self.weeks.len() + self.months.iter().map(|m| m.weeks).sum::<usize>()
    }
}
