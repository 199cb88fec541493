//! The share room's domain ids in her language: problem areas, rings, experiment statuses,
//! worksheet fields, block titles, sick-role plan questions, handoff and backup errors. The domain
//! keeps its English (exports and its tests use it); these pick the words shown on screen.

use chrono::NaiveDate;

use crate::domain::exchange::backup::ImportError;
use crate::domain::exchange::handoff::HandoffError;
use crate::domain::exchange::summary::{
    Block, Field, Heading, Older, PlanEntry, PlanQuestion, SafetyLine, Trend, WeekBrief, Who,
};
use crate::domain::exchange::validate::{Invalid, Part};
use crate::domain::experiment::Status;
use crate::domain::journal::MergeReport;
use crate::domain::people::Ring;
use crate::domain::selfcare::Did;
use crate::domain::support::WhoQuestion;
use crate::domain::timeline::MoodDirection;
use crate::domain::worksheets::{DisputeStage, ProblemArea, WorksheetKind};
use crate::i18n::t_string;
use crate::plural::{form, Form};
use crate::ui::fmt::{self, DateStyle};

use crate::i18n::I18n;

/// The plural form her language uses for `n`.
pub fn plural(i18n: I18n, n: usize) -> Form {
    form(i18n.get_locale().as_str(), n as u64)
}

/// A counted phrase of the share room: `$key_one` … `$key_many` of `share.$ns`, with `n` (and
/// any other arguments) given to the forms that show the number.
macro_rules! counted {
    ($i18n:expr, $n:expr, $ns:ident . $one:ident, $two:ident, $few:ident, $many:ident $(, $arg:ident = $val:expr)*) => {{
        let count: usize = $n;
        let n = $crate::ui::share::words::num(count);
        match $crate::ui::share::words::plural($i18n, count) {
            $crate::plural::Form::One => t_string!($i18n, share.$ns.$one $(, $arg = $val)*).to_string(),
            $crate::plural::Form::Two => t_string!($i18n, share.$ns.$two $(, $arg = $val)*).to_string(),
            $crate::plural::Form::Few => t_string!($i18n, share.$ns.$few, n $(, $arg = $val)*).to_string(),
            $crate::plural::Form::Many => t_string!($i18n, share.$ns.$many, n $(, $arg = $val)*).to_string(),
        }
    }};
}
pub(crate) use counted;

/// A day in a table or a range ("2 Feb 2026").
pub fn day(d: NaiveDate) -> String {
    fmt::date(d, DateStyle::DayMonYear)
}

/// A month and year ("Sep 2025") for the condensed rows of the summary.
pub fn month(d: NaiveDate) -> String {
    fmt::date(d, DateStyle::MonYear)
}

/// A count she reads.
pub fn num(n: impl TryInto<i64>) -> String {
    fmt::number(n.try_into().unwrap_or(i64::MAX))
}

pub fn area(i18n: I18n, a: ProblemArea) -> &'static str {
    match a {
        ProblemArea::Grief => t_string!(i18n, share.areas.grief),
        ProblemArea::RoleDispute => t_string!(i18n, share.areas.role_dispute),
        ProblemArea::RoleTransition => t_string!(i18n, share.areas.role_transition),
        ProblemArea::Loneliness => t_string!(i18n, share.areas.loneliness),
    }
}

pub fn ring(i18n: I18n, r: Ring) -> &'static str {
    match r {
        Ring::Most => t_string!(i18n, share.rings.most),
        Ring::Moderately => t_string!(i18n, share.rings.moderately),
        Ring::Somewhat => t_string!(i18n, share.rings.somewhat),
    }
}

fn status(i18n: I18n, s: Status) -> &'static str {
    match s {
        Status::Planned => t_string!(i18n, share.status.planned),
        Status::Practised => t_string!(i18n, share.status.practised),
        Status::Done => t_string!(i18n, share.status.done),
        Status::NotDone => t_string!(i18n, share.status.not_done),
        Status::Discussed => t_string!(i18n, share.status.discussed),
    }
}

fn stage(i18n: I18n, s: DisputeStage) -> &'static str {
    match s {
        DisputeStage::Renegotiation => t_string!(i18n, share.stage.renegotiation),
        DisputeStage::Impasse => t_string!(i18n, share.stage.impasse),
        DisputeStage::Dissolution => t_string!(i18n, share.stage.dissolution),
    }
}

fn field(i18n: I18n, f: Field) -> &'static str {
    match f {
        Field::Transition => t_string!(i18n, share.fields.transition),
        Field::OldRolePlus => t_string!(i18n, share.fields.old_plus),
        Field::OldRoleMinus => t_string!(i18n, share.fields.old_minus),
        Field::NewRolePlus => t_string!(i18n, share.fields.new_plus),
        Field::NewRoleMinus => t_string!(i18n, share.fields.new_minus),
        Field::Supports => t_string!(i18n, share.fields.supports),
        Field::About => t_string!(i18n, share.fields.about),
        Field::Stage(_) => t_string!(i18n, share.fields.stage),
        Field::Lost => t_string!(i18n, work.ws.role_transition.fields.lost.label),
        Field::NotLost => t_string!(i18n, work.ws.role_transition.fields.not_lost.label),
        Field::Options => t_string!(i18n, share.fields.options),
        Field::Worked => t_string!(i18n, share.fields.worked),
        Field::When => t_string!(i18n, share.fields.when),
        Field::Reconnect => t_string!(i18n, share.fields.reconnect),
        Field::Patterns => t_string!(i18n, share.fields.patterns),
        Field::NextSteps => t_string!(i18n, share.fields.next_steps),
        Field::WhatSaid => t_string!(i18n, share.fields.what_said),
        Field::WentWell => t_string!(i18n, share.fields.went_well),
        Field::WouldChange => t_string!(i18n, share.fields.would_change),
        Field::Want => t_string!(i18n, share.fields.want),
        Field::ChosenOption => t_string!(i18n, share.fields.chosen),
        Field::Goal => t_string!(i18n, share.fields.goal),
        Field::WhyNotDone => t_string!(i18n, share.fields.why_not_done),
        Field::WhatHappened => t_string!(i18n, share.fields.what_happened),
        Field::HowTheyResponded => t_string!(i18n, share.fields.how_responded),
        Field::HowIFelt => t_string!(i18n, work.labels.how_i_felt),
        Field::WhatILearned => t_string!(i18n, share.fields.learned),
        Field::NextStep => t_string!(i18n, share.fields.next_step),
        Field::WhatChanged => t_string!(i18n, work.ending.what_changed),
        Field::WarningSigns => t_string!(i18n, work.ending.signs_title),
        Field::WillDo => t_string!(i18n, work.ending.will_do),
        Field::WillContact => t_string!(i18n, work.ending.contact_legend),
        Field::Booster => t_string!(i18n, work.ending.booster),
        Field::FeelingsAboutEnding => t_string!(i18n, work.ending.feelings_label),
    }
}

/// A block's lines ("What happened: He agreed to Tuesdays").
pub fn lines(i18n: I18n, b: &Block) -> Vec<String> {
    b.lines
        .iter()
        .map(|l| {
            let text = match l.field {
                Field::Stage(s) => stage(i18n, s),
                _ => l.text.as_str(),
            };
            format!("{}: {text}", field(i18n, l.field))
        })
        .collect()
}

fn who(i18n: I18n, w: &Who) -> String {
    match w {
        Who::Nobody => String::new(),
        Who::Named(n) => n.clone(),
        Who::Removed => t_string!(i18n, share.titles.removed_person).to_owned(),
    }
}

/// A block's title.
pub fn title(i18n: I18n, b: &Block) -> String {
    match &b.heading {
        Heading::RoleTransition { old, new } => {
            t_string!(i18n, share.titles.role_transition, old, new)
        }
        Heading::RoleDispute { who: w } => {
            t_string!(i18n, share.titles.role_dispute, who = who(i18n, w))
        }
        Heading::Grief { who } => t_string!(i18n, share.titles.grief, who),
        Heading::Loneliness => area(i18n, ProblemArea::Loneliness).to_owned(),
        Heading::CommunicationAnalysis { who: w, date } => match date {
            Some(d) => t_string!(
                i18n,
                share.titles.communication_date,
                who = who(i18n, w),
                date = day(*d)
            ),
            None => t_string!(i18n, share.titles.communication, who = who(i18n, w)),
        },
        Heading::DecisionAnalysis { problem } => {
            t_string!(i18n, share.titles.decision, problem)
        }
        Heading::Experiment {
            who: w,
            when,
            status: s,
        } => {
            let st = status(i18n, *s);
            match (w, when) {
                (Who::Nobody, None) => t_string!(i18n, share.titles.experiment, status = st),
                (Who::Nobody, Some(d)) => {
                    t_string!(
                        i18n,
                        share.titles.experiment_when,
                        date = day(*d),
                        status = st
                    )
                }
                (w, None) => {
                    t_string!(
                        i18n,
                        share.titles.experiment_with,
                        who = who(i18n, w),
                        status = st
                    )
                }
                (w, Some(d)) => t_string!(
                    i18n,
                    share.titles.experiment_with_when,
                    who = who(i18n, w),
                    date = day(*d),
                    status = st
                ),
            }
        }
        Heading::Ending => t_string!(i18n, share.summary.ending_heading).to_owned(),
    }
}

/// A who-question in her language.
pub fn who_question(i18n: I18n, q: WhoQuestion) -> &'static str {
    match q {
        WhoQuestion::CanHelp => t_string!(i18n, people.support.can_help),
        WhoQuestion::Knows => t_string!(i18n, people.support.knows),
        WhoQuestion::Understanding => t_string!(i18n, people.support.understanding),
        WhoQuestion::HelpedOthers => t_string!(i18n, people.support.helped_others),
        WhoQuestion::SpendTimeWith => t_string!(i18n, people.support.spend_time),
    }
}

/// Which way her mood went around an event.
pub fn mood(i18n: I18n, m: MoodDirection) -> &'static str {
    match m {
        MoodDirection::Drops => t_string!(i18n, people.timeline.mood_drops),
        MoodDirection::Improves => t_string!(i18n, people.timeline.mood_improves),
        MoodDirection::Steady => t_string!(i18n, people.timeline.mood_steady),
    }
}

pub fn question(i18n: I18n, q: PlanQuestion) -> &'static str {
    match q {
        PlanQuestion::WhoNeedsToKnow => t_string!(i18n, share.plan.who_needs_to_know),
        PlanQuestion::HowTheyCanHelp => t_string!(i18n, share.plan.how_help),
        PlanQuestion::HowIWillAsk => t_string!(i18n, share.plan.how_ask),
        PlanQuestion::WhoCanAssist => t_string!(i18n, share.plan.who_assist),
        PlanQuestion::WhatToDefer => t_string!(i18n, share.plan.defer),
    }
}

/// The answer to a plan question (the things to defer with "look again" dates in her words).
pub fn answer(i18n: I18n, e: &PlanEntry) -> String {
    if e.deferred.is_empty() {
        return e.answer.clone();
    }
    e.deferred
        .iter()
        .map(|(what, review)| match review {
            Some(r) => t_string!(i18n, share.summary.look_again, what, date = day(*r)),
            None => what.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn safety_line(i18n: I18n, l: &SafetyLine) -> String {
    let date = day(l.date);
    let measure = &l.measure_name;
    match l.item_score {
        Some(score) => t_string!(
            i18n,
            share.summary.safety_line,
            date,
            measure,
            score = num(score)
        ),
        None => t_string!(i18n, share.summary.safety_line_plain, date, measure),
    }
}

pub fn trend(i18n: I18n, t: &Trend) -> String {
    let change = i32::from(t.last) - i32::from(t.first);
    let change = match change {
        0 => t_string!(i18n, share.summary.no_change).to_owned(),
        c if c < 0 => t_string!(i18n, share.summary.down, n = num(-c)),
        c => t_string!(i18n, share.summary.up, n = num(c)),
    };
    let (measure, first, last) = (&t.measure_name, num(t.first), num(t.last));
    match plural(i18n, t.weeks) {
        Form::One => t_string!(i18n, share.summary.trend_one, measure, last),
        Form::Two => t_string!(i18n, share.summary.trend_two, measure, first, last, change),
        Form::Few => t_string!(
            i18n,
            share.summary.trend_few,
            measure,
            first,
            last,
            change,
            n = num(t.weeks)
        ),
        Form::Many => t_string!(
            i18n,
            share.summary.trend_many,
            measure,
            first,
            last,
            change,
            n = num(t.weeks)
        ),
    }
}

pub fn focus(i18n: I18n, (a, since): (ProblemArea, NaiveDate)) -> String {
    t_string!(
        i18n,
        share.summary.focus,
        area = area(i18n, a),
        date = day(since)
    )
}

pub fn weeks(i18n: I18n, n: usize) -> String {
    counted!(i18n, n, summary.weeks_one, weeks_two, weeks_few, weeks_many)
}

pub fn checkins(i18n: I18n, n: usize) -> String {
    counted!(
        i18n,
        n,
        summary.checkins_one,
        checkins_two,
        checkins_few,
        checkins_many
    )
}

/// "4 sessions attended".
pub fn sessions(i18n: I18n, n: usize) -> String {
    counted!(
        i18n,
        n,
        summary.sessions_one,
        sessions_two,
        sessions_few,
        sessions_many
    )
}

/// One thing she did for herself in a week, for the therapist (neutral, never "you").
pub fn did(i18n: I18n, did: Did) -> String {
    match did {
        Did::DaysWritten(c) => counted!(
            i18n,
            usize::from(c),
            summary.did_days_one,
            did_days_two,
            did_days_few,
            did_days_many
        ),
        Did::NightsAtGoal { n, goal } => {
            let hours = crate::ui::people::week::goal_words(i18n, goal);
            counted!(
                i18n,
                usize::from(n),
                summary.did_nights_one,
                did_nights_two,
                did_nights_few,
                did_nights_many,
                hours = hours.clone()
            )
        }
        Did::Meals(c) => counted!(
            i18n,
            usize::from(c),
            summary.did_meals_one,
            did_meals_two,
            did_meals_few,
            did_meals_many
        ),
        Did::Movement(c) => counted!(
            i18n,
            usize::from(c),
            summary.did_movement_one,
            did_movement_two,
            did_movement_few,
            did_movement_many
        ),
        Did::Pleasant(c) => counted!(
            i18n,
            usize::from(c),
            summary.did_pleasant_one,
            did_pleasant_two,
            did_pleasant_few,
            did_pleasant_many
        ),
        Did::Sessions(c) => counted!(
            i18n,
            usize::from(c),
            summary.did_sessions_one,
            did_sessions_two,
            did_sessions_few,
            did_sessions_many
        ),
    }
}

/// An older week in one line for the printed page: the first words of her note and how much
/// else there is ("Tired, but the walk with… · 2 who-answers · 1 event · self-care on 7 days").
pub fn week_brief(i18n: I18n, b: &WeekBrief) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !b.words.is_empty() {
        parts.push(b.words.clone());
    }
    if b.who > 0 {
        parts.push(counted!(
            i18n,
            b.who,
            summary.brief_who_one,
            brief_who_two,
            brief_who_few,
            brief_who_many
        ));
    }
    if b.events > 0 {
        parts.push(counted!(
            i18n,
            b.events,
            summary.brief_events_one,
            brief_events_two,
            brief_events_few,
            brief_events_many
        ));
    }
    if b.selfcare_days > 0 {
        parts.push(counted!(
            i18n,
            usize::from(b.selfcare_days),
            summary.brief_selfcare_one,
            brief_selfcare_two,
            brief_selfcare_few,
            brief_selfcare_many
        ));
    }
    parts.join(" · ")
}

fn older_counts<K: Copy>(i18n: I18n, o: &Older<K>, what: impl Fn(K) -> &'static str) -> String {
    o.counts
        .iter()
        .map(|(k, n)| {
            t_string!(
                i18n,
                share.summary.older_count,
                what = what(*k),
                n = num(*n)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Earlier experiments (before 13 Oct 2025): done: 40; not done: 12."
pub fn older_experiments(i18n: I18n, o: &Older<Status>) -> String {
    t_string!(
        i18n,
        share.summary.older_experiments,
        date = day(o.before),
        counts = older_counts(i18n, o, |s| status(i18n, s))
    )
}

/// "Earlier worksheets (before 13 Oct 2025): Grief: 1; Communication analysis: 2."
pub fn older_worksheets(i18n: I18n, o: &Older<WorksheetKind>) -> String {
    t_string!(
        i18n,
        share.summary.older_worksheets,
        date = day(o.before),
        counts = older_counts(i18n, o, |k| crate::ui::my_work::text::kind_label(i18n, k))
    )
}

pub fn handoff_error(i18n: I18n, e: HandoffError) -> &'static str {
    match e {
        HandoffError::NoCode => t_string!(i18n, share.handoff.no_code),
        HandoffError::NotACode => t_string!(i18n, share.handoff.not_a_code),
        HandoffError::Newer => t_string!(i18n, share.handoff.newer),
        HandoffError::Damaged => t_string!(i18n, share.handoff.damaged),
        HandoffError::CutShort => t_string!(i18n, share.handoff.cut_short),
    }
}

/// Why a backup file cannot be restored. The damage detail stays as the domain words it.
pub fn import_error(i18n: I18n, e: &ImportError) -> String {
    match e {
        ImportError::Empty => t_string!(i18n, share.backup.empty).to_owned(),
        ImportError::NotJson => t_string!(i18n, share.backup.not_json).to_owned(),
        ImportError::Truncated => t_string!(i18n, share.backup.truncated).to_owned(),
        ImportError::Foreign => t_string!(i18n, share.backup.foreign).to_owned(),
        ImportError::TooNew { schema } => t_string!(i18n, share.backup.too_new, n = schema),
        ImportError::Damaged(detail) => t_string!(i18n, share.backup.damaged, detail),
        ImportError::Invalid(reason) => {
            t_string!(i18n, data.backup_invalid, reason = invalid(i18n, reason))
        }
        ImportError::NeedsPassphrase => t_string!(i18n, share.backup.locked).to_owned(),
        ImportError::WrongPassphrase => t_string!(i18n, share.backup.wrong_passphrase).to_owned(),
        ImportError::CannotOpenHere => t_string!(i18n, share.backup.cannot_open_here).to_owned(),
    }
}

/// What restoring does ("3 added, 4 updated from the backup, 0 already up to date.").
pub fn report(i18n: I18n, r: &MergeReport) -> String {
    let mut s = t_string!(
        i18n,
        share.backup.report,
        added = num(r.added),
        updated = num(r.updated),
        kept = num(r.kept)
    );
    if r.conflicts > 0 {
        s.push(' ');
        s.push_str(&counted!(
            i18n,
            r.conflicts,
            backup.conflicts_one,
            conflicts_two,
            conflicts_few,
            conflicts_many
        ));
    }
    s
}

/// Why a journal's values cannot be taken in (the validator's first reason), in her language.
pub fn invalid(i18n: I18n, e: &Invalid) -> String {
    match e {
        Invalid::BadId(p) => t_string!(i18n, data.invalid.bad_id, what = part(i18n, *p)),
        Invalid::DuplicateId(p) => {
            t_string!(i18n, data.invalid.duplicate_id, what = part(i18n, *p))
        }
        Invalid::InstantOutOfRange(p) => {
            t_string!(i18n, data.invalid.instant, what = part(i18n, *p))
        }
        Invalid::DateOutOfRange(p) => t_string!(i18n, data.invalid.date, what = part(i18n, *p)),
        Invalid::UnknownMeasure { measure } => {
            t_string!(i18n, data.invalid.unknown_measure, measure)
        }
        Invalid::UnknownItem { measure, item } => {
            t_string!(i18n, data.invalid.unknown_item, measure, item)
        }
        Invalid::RepeatedItem { item } => t_string!(i18n, data.invalid.repeated_item, item),
        Invalid::MissingItem { item } => t_string!(i18n, data.invalid.missing_item, item),
        Invalid::UnknownOption { item } => t_string!(i18n, data.invalid.unknown_option, item),
        Invalid::WrongScore {
            item,
            score,
            expected,
        } => {
            let n = |s: &Option<u8>| s.map_or_else(|| "–".to_owned(), |s| num(usize::from(s)));
            t_string!(
                i18n,
                data.invalid.wrong_score,
                item,
                score = n(score),
                expected = n(expected)
            )
        }
        Invalid::FlagWithoutSafetyItem { measure } => {
            t_string!(i18n, data.invalid.flag_without_item, measure)
        }
        Invalid::NameRequired(p) => t_string!(i18n, data.invalid.no_name, what = part(i18n, *p)),
        Invalid::TooLong { part: p, max } => t_string!(
            i18n,
            data.invalid.too_long,
            what = part(i18n, *p),
            max = num(*max)
        ),
        Invalid::TooMany { part: p, max } => t_string!(
            i18n,
            data.invalid.too_many,
            what = part(i18n, *p),
            max = num(*max)
        ),
        Invalid::OutOfRange(p) => t_string!(i18n, data.invalid.out_of_range, what = part(i18n, *p)),
        Invalid::BadPhone(p) => t_string!(i18n, data.invalid.bad_phone, what = part(i18n, *p)),
    }
}

/// Which record a reason is about ("a check-in"), in her language.
fn part(i18n: I18n, p: Part) -> &'static str {
    match p {
        Part::Document => t_string!(i18n, data.part.document),
        Part::Settings => t_string!(i18n, data.part.settings),
        Part::CheckIn => t_string!(i18n, data.part.checkin),
        Part::SickRolePlan => t_string!(i18n, data.part.sick_role_plan),
        Part::SelfCareDay => t_string!(i18n, data.part.selfcare_day),
        Part::Person => t_string!(i18n, data.part.person),
        Part::SupportWeek => t_string!(i18n, data.part.support_week),
        Part::LifeEvent => t_string!(i18n, data.part.life_event),
        Part::Focus => t_string!(i18n, data.part.focus),
        Part::Worksheet => t_string!(i18n, data.part.worksheet),
        Part::Experiment => t_string!(i18n, data.part.experiment),
        Part::EndingPlan => t_string!(i18n, data.part.ending_plan),
        Part::MyStory => t_string!(i18n, data.part.my_story),
    }
}
