//! The one-page therapist summary, as pure data for the print page: safety flags first, then the
//! weekly scores table and trend, the current focus and worksheet highlights, experiments with
//! their outcomes, the sick-role plan and the inventory circle. She picks the date range and the
//! sections; the safety flags are always included.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::csv::{score_checkin_with, Measures, ScoredCheckIn};
use crate::domain::checkin::CheckIn;
use crate::domain::dates::{week_start, weekday_from_index};
use crate::domain::experiment::Status;
use crate::domain::instruments::SCREENING_NOTE;
use crate::domain::journal::Journal;
use crate::domain::people::Ring;
use crate::domain::record::{CollectionExt, Id, Rec, Timestamp};
use crate::domain::worksheets::focus::{current_focus, worksheet_for_area};
use crate::domain::worksheets::{DisputeStage, ProblemArea, Worksheet};

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

/// A titled block of short lines (a worksheet highlight, an experiment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub title: String,
    pub lines: Vec<String>,
}

/// One ring of the closeness circle with the people in it ("Amani (partner)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CircleRing {
    pub ring: Ring,
    pub label: &'static str,
    pub people: Vec<String>,
}

/// The whole summary, ready to lay out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TherapistSummary {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub sections: Sections,
    /// Always present, newest first; empty means none in the range.
    pub safety: Vec<SafetyLine>,
    pub weeks: Vec<WeekRow>,
    pub trends: Vec<Trend>,
    /// "Role transition, since 2026-02-16."
    pub focus: Option<String>,
    pub highlights: Vec<Block>,
    pub experiments: Vec<Block>,
    /// The sick-role plan as (question, answer) pairs in the clinicians' words.
    pub plan: Vec<(&'static str, String)>,
    pub circle: Vec<CircleRing>,
    /// "This is a screening measure, not a diagnosis."
    pub screening_note: &'static str,
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
    j.people
        .get_live(id)
        .map_or_else(|| REMOVED_PERSON.to_owned(), |p| p.data.name.clone())
}

fn push_if(lines: &mut Vec<String>, label: &str, text: &str) {
    let t = text.trim();
    if !t.is_empty() {
        lines.push(format!("{label}: {t}"));
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
    let title = match w {
        Worksheet::RoleTransition(t) => {
            push_if(&mut lines, "Transition", &t.transition);
            push_if(&mut lines, "Old role +", &list(&t.old_positive));
            push_if(&mut lines, "Old role −", &list(&t.old_negative));
            push_if(&mut lines, "New role +", &list(&t.new_positive));
            push_if(&mut lines, "New role −", &list(&t.new_negative));
            push_if(&mut lines, "Supports to develop", &t.supports);
            format!(
                "Role transition: {} → {}",
                t.old_role.trim(),
                t.new_role.trim()
            )
        }
        Worksheet::RoleDispute(r) => {
            push_if(&mut lines, "About", &r.about);
            push_if(&mut lines, "Stage", stage_label(r.stage));
            push_if(&mut lines, "Options", &list(&r.options));
            push_if(&mut lines, "What has worked", &r.worked);
            let who = match &r.with_whom {
                Some(id) => person_name(j, id),
                None => r.with_whom_text.trim().to_owned(),
            };
            format!("Role dispute with {who}")
        }
        Worksheet::Grief(g) => {
            push_if(&mut lines, "When", &g.when);
            push_if(
                &mut lines,
                "Ways to be involved with others again",
                &g.reconnect,
            );
            format!("Grief: {}", g.who.trim())
        }
        Worksheet::Loneliness(l) => {
            push_if(&mut lines, "Patterns", &l.patterns);
            push_if(&mut lines, "Next steps", &list(&l.next_steps));
            "Interpersonal sensitivity / loneliness".to_owned()
        }
        Worksheet::CommunicationAnalysis(c) => {
            push_if(&mut lines, "What was said", &c.what_said);
            push_if(&mut lines, "What went well", &c.went_well);
            push_if(&mut lines, "What I would change", &c.change);
            let who = c
                .person
                .as_ref()
                .map_or_else(String::new, |id| person_name(j, id));
            let date = c.date.map_or_else(String::new, |d| format!(" ({d})"));
            format!("Communication analysis with {who}{date}")
        }
        Worksheet::DecisionAnalysis(d) => {
            push_if(&mut lines, "What I would like to happen", &d.want);
            if let Some(chosen) = d
                .chosen
                .as_ref()
                .and_then(|c| d.options.iter().find(|o| &o.id == c))
            {
                push_if(&mut lines, "Chosen option", &chosen.text);
            }
            format!("Decision analysis: {}", d.problem.trim())
        }
    };
    Block { title, lines }
}

fn experiment_block(j: &Journal, x: &crate::domain::experiment::Experiment) -> Block {
    let who = x
        .person
        .as_ref()
        .map_or_else(String::new, |id| format!(" with {}", person_name(j, id)));
    let when = x.when.map_or_else(String::new, |d| format!(", {d}"));
    let mut lines = Vec::new();
    push_if(&mut lines, "Goal", &x.goal);
    push_if(&mut lines, "Why not done", &x.not_done_why);
    push_if(&mut lines, "What happened", &x.what_happened);
    push_if(&mut lines, "How they responded", &x.how_they_responded);
    push_if(&mut lines, "What I learned", &x.what_i_learned);
    push_if(&mut lines, "Next step", &x.next_step);
    Block {
        title: format!("Experiment{who}{when} ({})", status_label(x.status)),
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
    touched.sort_by_key(|w| std::cmp::Reverse((w.updated_at, w.created_at)));
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
    checkins.sort_by_key(|a| (a.0, a.1));

    let mut safety: Vec<SafetyLine> = checkins
        .iter()
        .filter(|(_, _, s)| s.safety_flag)
        .map(|(_, _, s)| SafetyLine {
            date: s.date,
            measure_name: s.measure_name.clone(),
            item_score: s.safety_item_score,
            text: safety_text(s),
        })
        .collect();
    safety.reverse();

    // week → measure → (latest score, any flag); notes: latest non-empty.
    let mut weeks: BTreeMap<NaiveDate, (BTreeMap<String, WeekScore>, String)> = BTreeMap::new();
    for (_, _, s) in &checkins {
        let entry = weeks.entry(week_start(s.date, start_day)).or_default();
        let flag = entry.0.get(&s.measure).is_some_and(|w| w.safety_flag) || s.safety_flag;
        entry.0.insert(
            s.measure.clone(),
            WeekScore {
                measure: s.measure.clone(),
                measure_name: s.measure_name.clone(),
                total: s.total,
                max: s.max,
                band: s.band.clone(),
                safety_flag: flag,
            },
        );
        if sections.notes && !s.people_this_week.trim().is_empty() {
            entry.1 = s.people_this_week.trim().to_owned();
        }
    }
    let rows: Vec<WeekRow> = weeks
        .into_iter()
        .map(|(week_of, (scores, note))| WeekRow {
            week_of,
            scores: scores.into_values().collect(),
            note,
        })
        .collect();
    let mut trends = Vec::new();
    if sections.scores {
        let mut by_measure: BTreeMap<&str, Vec<&WeekScore>> = BTreeMap::new();
        for r in &rows {
            for s in &r.scores {
                by_measure.entry(&s.measure).or_default().push(s);
            }
        }
        for scores in by_measure.values() {
            if let (Some(first), Some(last)) = (scores.first(), scores.last()) {
                let change = i32::from(last.total) - i32::from(first.total);
                let dir = match change {
                    0 => "no change".to_owned(),
                    c if c < 0 => format!("down {}", -c),
                    c => format!("up {c}"),
                };
                trends.push(Trend {
                    measure_name: first.measure_name.clone(),
                    first: first.total,
                    last: last.total,
                    weeks: scores.len(),
                    text: format!(
                        "{}: {} → {} over {} weeks ({dir}).",
                        first.measure_name,
                        first.total,
                        last.total,
                        scores.len()
                    ),
                });
            }
        }
    }

    let mut focus = None;
    let mut highlights = Vec::new();
    if sections.focus {
        focus = j
            .focus
            .as_ref()
            .filter(|f| f.is_live())
            .map(|f| format!("{}, since {}.", area_label(f.data.area), f.data.since));
        highlights = summary_worksheets(j, from, to)
            .into_iter()
            .map(|w| highlight(j, &w.data))
            .collect();
    }

    let mut experiments = Vec::new();
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
        xs.sort_by_key(|x| {
            (
                x.data.when.unwrap_or_else(|| local_day(&x.created_at)),
                x.created_at,
            )
        });
        experiments = xs.iter().map(|x| experiment_block(j, &x.data)).collect();
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
            let deferred: Vec<String> = p
                .deferred
                .iter()
                .map(|d| match d.review_on {
                    Some(r) => format!("{} (look again {r})", d.what.trim()),
                    None => d.what.trim().to_owned(),
                })
                .collect();
            for (q, a) in [
                ("Who needs to know?", p.who_needs_to_know.trim().to_owned()),
                (
                    "How can they help you?",
                    p.how_they_can_help.trim().to_owned(),
                ),
                (
                    "How will you ask / tell them?",
                    p.how_i_will_ask.trim().to_owned(),
                ),
                (
                    "Who should be able to come to your assistance?",
                    list(&helpers),
                ),
                (
                    "What will you need to TEMPORARILY suspend or defer?",
                    list(&deferred),
                ),
            ] {
                if !a.is_empty() {
                    plan.push((q, a));
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
            people.sort();
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
        weeks: if sections.scores || sections.notes {
            rows
        } else {
            Vec::new()
        },
        trends,
        focus,
        highlights,
        experiments,
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
            s.highlights[1].lines,
            vec!["About: Night feeds", "Stage: renegotiation"]
        );
        assert_eq!(s.highlights.len(), 2);
        assert_eq!(
            s.experiments[0].title,
            "Experiment with Amani, 2026-02-21 (done)"
        );
        assert!(s.experiments[0]
            .lines
            .contains(&"What happened: He agreed to Tuesdays".to_owned()));
        assert_eq!(
            s.plan[0],
            ("Who needs to know?", "Amani and Mama".to_owned())
        );
        assert_eq!(
            s.plan[3],
            (
                "Who should be able to come to your assistance?",
                "Mama (+254 700 000 002)".to_owned()
            )
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
                (s.weeks.len(), !s.safety.is_empty()),
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
}
