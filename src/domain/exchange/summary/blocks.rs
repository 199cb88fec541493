//! The summary's blocks in words: worksheet highlights, experiments, the sick-role plan and the
//! inventory circle.

use chrono::NaiveDate;

use crate::domain::experiment::{Experiment, Status};
use crate::domain::journal::Journal;
use crate::domain::people::Ring;
use crate::domain::record::{CollectionExt, Id, Rec};
use crate::domain::worksheets::focus::{current_focus, worksheet_for_area};
use crate::domain::worksheets::{DisputeStage, ProblemArea, Worksheet, WorksheetKind};

use super::model::*;
use super::{in_range, local_day};

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

pub(super) fn stage_label(s: DisputeStage) -> &'static str {
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

pub(super) fn who(j: &Journal, id: &Id) -> Who {
    j.people
        .get_live(id)
        .map_or(Who::Removed, |p| Who::Named(p.data.name.clone()))
}

pub(super) fn push_if(lines: &mut Vec<Line>, field: Field, text: &str) {
    let t = text.trim();
    if !t.is_empty() {
        lines.push(Line {
            field,
            text: t.to_owned(),
        });
    }
}

pub(super) fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn highlight(j: &Journal, w: &Worksheet) -> Block {
    let mut lines = Vec::new();
    let heading = match w {
        Worksheet::RoleTransition(t) => {
            push_if(&mut lines, Field::Transition, &t.transition);
            push_if(&mut lines, Field::OldRolePlus, &list(&t.old_positive));
            push_if(&mut lines, Field::OldRoleMinus, &list(&t.old_negative));
            push_if(&mut lines, Field::NewRolePlus, &list(&t.new_positive));
            push_if(&mut lines, Field::NewRoleMinus, &list(&t.new_negative));
            push_if(&mut lines, Field::Lost, &t.lost);
            push_if(&mut lines, Field::NotLost, &t.not_lost);
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

pub(super) fn named(text: &str) -> Who {
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
        Heading::Ending => "Plan for after the last session".to_owned(),
    }
}

pub(super) fn experiment_block(j: &Journal, x: &crate::domain::experiment::Experiment) -> Block {
    let mut lines = Vec::new();
    push_if(&mut lines, Field::Goal, &x.goal);
    push_if(&mut lines, Field::WhyNotDone, &x.not_done_why);
    push_if(&mut lines, Field::WhatHappened, &x.what_happened);
    push_if(&mut lines, Field::HowIFelt, &x.how_i_felt);
    push_if(&mut lines, Field::HowTheyResponded, &x.how_they_responded);
    push_if(&mut lines, Field::WhatILearned, &x.what_i_learned);
    push_if(&mut lines, Field::NextStep, &x.next_step);
    let heading = Heading::Experiment {
        who: x
            .person
            .as_ref()
            .map_or_else(|| named(&x.person_text), |id| who(j, id)),
        when: x.when,
        status: x.status,
    };
    Block {
        title: english_title(&heading),
        heading,
        lines,
    }
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

/// The focus line and the worksheet highlights of a summary.
#[derive(Default)]
pub(super) struct Focus {
    /// "Role transition, since 2026-02-16."
    pub line: Option<String>,
    pub area: Option<(ProblemArea, NaiveDate)>,
    pub highlights: Vec<Block>,
    pub older: Option<Older<WorksheetKind>>,
}

/// The focus and the worksheets worked on in `from..=to`; those last worked on before `cutoff`
/// (the condensed older weeks) are counted rather than shown, except the focus's own worksheet.
pub(super) fn focus(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    cutoff: Option<NaiveDate>,
) -> Focus {
    let area = j
        .focus
        .as_ref()
        .filter(|f| f.is_live())
        .map(|f| (f.data.area, f.data.since));
    let line = area.map(|(area, since)| format!("{}, since {since}.", area_label(area)));
    let focus_sheet = current_focus(j).and_then(|f| worksheet_for_area(j, f.area));
    let mut highlights = Vec::new();
    let mut older = Vec::new();
    for w in summary_worksheets(j, from, to) {
        let is_older = cutoff.is_some_and(|c| local_day(&w.updated_at) < c);
        if is_older && Some(&w.id) != focus_sheet {
            older.push(w.data.kind());
        } else {
            highlights.push(highlight(j, &w.data));
        }
    }
    Focus {
        line,
        area,
        highlights,
        older: cutoff.and_then(|c| counted(&WorksheetKind::ALL, &older, c)),
    }
}

/// The day an experiment belongs to in `from..=to`: the day it was planned for when that is in
/// the range, otherwise the day it was last changed (done, or its outcome written), otherwise the
/// day it was written down; `None` when none of them is in the range. An experiment done this
/// week but planned for next week is this week's.
pub(super) fn experiment_day(
    x: &Rec<Experiment>,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<NaiveDate> {
    [
        x.data.when,
        Some(local_day(&x.updated_at)),
        Some(local_day(&x.created_at)),
    ]
    .into_iter()
    .flatten()
    .find(|d| in_range(*d, from, to))
}

/// The experiments of `from..=to` (planned, done or changed in it), oldest first: blocks from
/// `cutoff` on, and the ones before it counted by outcome.
pub(super) fn experiments(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    cutoff: Option<NaiveDate>,
) -> (Vec<Block>, Option<Older<Status>>) {
    let mut xs: Vec<(NaiveDate, &Rec<Experiment>)> = j
        .experiments
        .live()
        .filter_map(|x| Some((experiment_day(x, from, to)?, x)))
        .collect();
    crate::domain::order::sort_by_key(&mut xs, |(day, x)| (*day, x.created_at));
    let split = cutoff.map_or(0, |c| xs.partition_point(|(day, _)| *day < c));
    let (older, recent) = xs.split_at(split);
    let blocks = recent
        .iter()
        .map(|(_, x)| experiment_block(j, &x.data))
        .collect();
    let outcomes: Vec<Status> = older.iter().map(|(_, x)| x.data.status).collect();
    (
        blocks,
        cutoff.and_then(|c| counted(&OUTCOME_ORDER, &outcomes, c)),
    )
}

/// The sick-role plan's answered questions, in order.
pub(super) fn plan(j: &Journal) -> Vec<PlanEntry> {
    let Some(p) = j.sick_role_plan.as_ref().filter(|p| p.is_live()) else {
        return Vec::new();
    };
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
    let mut plan = Vec::new();
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
    plan
}

/// The inventory circle, ring by ring from the closest, names sorted.
pub(super) fn circle(j: &Journal) -> Vec<CircleRing> {
    [Ring::Most, Ring::Moderately, Ring::Somewhat]
        .into_iter()
        .map(|ring| {
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
            CircleRing {
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
            }
        })
        .collect()
}
