//! The printed page: one A4 sheet for a course of 16 weeks. The screen shows all she chose to
//! share (the therapist can scroll); paper cannot, so the print condenses what is older and keeps
//! what the next session is about in full: the scores of every week stay in the table, each older
//! week is one line beside its scores (the first words of her note and how much she wrote), the
//! latest weeks keep every word; older experiments and worksheets are one line each (their title
//! and the first words of their most telling line). Everything condensed is still in the summary
//! on screen and in the export.
//!
//! The rule lives here, not in the page, so that it is exact and tested: [`print_plan`].

use super::model::{Block, Field, Line, TherapistSummary, WeekDetail};
use crate::domain::selfcare::Did;
use chrono::NaiveDate;

/// Up to this many weeks in her words print in full; a longer range prints its latest
/// [`PRINT_FULL_WEEKS`] in full and each older week as one line.
pub const PRINT_ALL_WEEKS: usize = 4;
/// Weeks kept in full when a range is condensed: the week since the last session.
pub const PRINT_FULL_WEEKS: usize = 1;
/// Up to this many experiments (or worksheets) print in full; with more, the newest
/// [`PRINT_FULL_BLOCKS`] keeps its lines and the older are one line each.
pub const PRINT_ALL_BLOCKS: usize = 2;
/// Experiments (or worksheets) kept in full when they are condensed: the newest experiment, the
/// focus worksheet.
pub const PRINT_FULL_BLOCKS: usize = 1;
/// Words of her text kept in a condensed line.
pub const BRIEF_WORDS: usize = 8;
/// Words of her note kept in an older week's line (it shares the line with the week's scores).
pub const WEEK_BRIEF_WORDS: usize = 4;

/// The first `n` words of `text` (spaces and line breaks run together), with "…" when any word
/// was left out.
pub fn first_words(text: &str, n: usize) -> String {
    let mut words = text.split_whitespace();
    let kept: Vec<&str> = words.by_ref().take(n).collect();
    let mut out = kept.join(" ");
    if words.next().is_some() {
        // "the walk with the…", not "the walk with the,…".
        while out.ends_with([',', ';', ':', '.', '-', '–', '—']) {
            out.pop();
        }
        out.push('…');
    }
    out
}

/// One older week printed as one line: the first words of what she wrote, and how much else
/// there is (all of it is in the summary on screen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekBrief {
    pub week_of: NaiveDate,
    /// The first [`WEEK_BRIEF_WORDS`] words of her first note of the week ("since we last met", else
    /// "people this week", else a who-question, an event, the brainstorm); "" when she wrote none.
    pub words: String,
    /// Who-questions answered.
    pub who: usize,
    /// Timeline events.
    pub events: usize,
    /// Days she wrote down how she looked after herself.
    pub selfcare_days: u8,
}

/// An older week as one line.
pub fn week_brief(w: &WeekDetail) -> WeekBrief {
    let first = w
        .since_last_met
        .first()
        .map(|(_, t)| t.as_str())
        .into_iter()
        .chain([w.people_this_week.as_str()])
        .chain(w.who.iter().map(|q| q.text.as_str()))
        .chain(w.events.iter().map(|e| e.text.as_str()))
        .chain([w.brainstorm.as_str()])
        .find(|t| !t.trim().is_empty())
        .unwrap_or("");
    WeekBrief {
        week_of: w.week_of,
        words: first_words(first, WEEK_BRIEF_WORDS),
        who: w.who.len(),
        events: w.events.len(),
        selfcare_days: w
            .selfcare
            .iter()
            .find_map(|d| match d {
                Did::DaysWritten(n) => Some(*n),
                _ => None,
            })
            .unwrap_or(0),
    }
}

/// How one experiment or worksheet prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Printed {
    /// Every line.
    Full,
    /// The title and this one line, cut to [`BRIEF_WORDS`] words (`None`: the title only).
    Brief(Option<Line>),
}

/// The line that says most about a block, cut short: for an experiment what she learned, else
/// what happened, else why it was not done, else its goal; for a worksheet its first line.
pub fn block_brief(b: &Block) -> Option<Line> {
    const TELLING: [Field; 4] = [
        Field::WhatILearned,
        Field::WhatHappened,
        Field::WhyNotDone,
        Field::Goal,
    ];
    let line = TELLING
        .iter()
        .find_map(|f| b.lines.iter().find(|l| l.field == *f))
        .or_else(|| b.lines.first())?;
    Some(Line {
        field: line.field,
        text: first_words(&line.text, BRIEF_WORDS),
    })
}

/// What prints condensed: nothing for a short range, the older part of a long one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintPlan {
    /// The weeks of [`TherapistSummary::week_details`] printed one line each, oldest first (the
    /// others print in full).
    pub weeks: Vec<WeekBrief>,
    /// How each of [`TherapistSummary::experiments`] prints (same order, oldest first).
    pub experiments: Vec<Printed>,
    /// How each of [`TherapistSummary::highlights`] prints (same order: the focus worksheet, then
    /// newest first).
    pub highlights: Vec<Printed>,
    /// What she expects of each person (same order), cut to [`BRIEF_WORDS`] words when the weeks
    /// are condensed; `None`: in full.
    pub expectations: Vec<Option<String>>,
}

impl PrintPlan {
    /// Whether anything prints condensed (the page then says where the rest is).
    pub fn condenses(&self) -> bool {
        !self.weeks.is_empty()
            || self
                .experiments
                .iter()
                .chain(&self.highlights)
                .any(|p| *p != Printed::Full)
            || self.expectations.iter().any(Option::is_some)
    }
}

/// Which of `n` items (index 0 first) print in full: all when there are up to `all`, else the
/// `keep` at the end where `newest_last`, at the start otherwise.
fn in_full(i: usize, n: usize, all: usize, keep: usize, newest_last: bool) -> bool {
    n <= all || if newest_last { i + keep >= n } else { i < keep }
}

/// How the summary prints on one sheet (see the module).
pub fn print_plan(s: &TherapistSummary) -> PrintPlan {
    let n = s.week_details.len();
    let weeks: Vec<WeekBrief> = s
        .week_details
        .iter()
        .enumerate()
        .filter(|(i, _)| !in_full(*i, n, PRINT_ALL_WEEKS, PRINT_FULL_WEEKS, true))
        .map(|(_, w)| week_brief(w))
        .collect();
    let blocks = |blocks: &[Block], newest_last: bool| -> Vec<Printed> {
        let n = blocks.len();
        blocks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                if in_full(i, n, PRINT_ALL_BLOCKS, PRINT_FULL_BLOCKS, newest_last) {
                    Printed::Full
                } else {
                    Printed::Brief(block_brief(b))
                }
            })
            .collect()
    };
    let long = !weeks.is_empty();
    PrintPlan {
        expectations: s
            .expectations
            .iter()
            .map(|e| {
                let cut = first_words(&e.text, BRIEF_WORDS);
                (long && cut != e.text).then_some(cut)
            })
            .collect(),
        weeks,
        experiments: blocks(&s.experiments, true),
        highlights: blocks(&s.highlights, false),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::summary::{Heading, Who, WhoLine};
    use crate::domain::experiment::Status;
    use crate::domain::support::WhoQuestion;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn week(n: u32) -> WeekDetail {
        WeekDetail {
            week_of: d("2026-08-24") + chrono::Days::new(u64::from(n) * 7),
            since_last_met: vec![(
                d("2026-08-24"),
                format!("Week {n}: tired, but the walk with the baby helped a lot"),
            )],
            people_this_week: "Argued with Amani".to_owned(),
            difficulty: Some("Somewhat difficult".to_owned()),
            who: vec![WhoLine {
                question: WhoQuestion::CanHelp,
                text: "Mama".to_owned(),
                people: vec!["Mama".to_owned()],
            }],
            brainstorm: String::new(),
            events: Vec::new(),
            selfcare: vec![Did::DaysWritten(6), Did::Meals(4)],
        }
    }

    fn experiment(n: usize, learned: &str) -> Block {
        Block {
            heading: Heading::Experiment {
                who: Who::Nobody,
                when: None,
                status: Status::Done,
            },
            title: format!("Experiment {n}"),
            lines: vec![
                Line {
                    field: Field::Goal,
                    text: format!("Goal {n}"),
                },
                Line {
                    field: Field::WhatILearned,
                    text: learned.to_owned(),
                },
            ],
        }
    }

    fn summary(weeks: usize, experiments: usize) -> TherapistSummary {
        let mut s = crate::domain::exchange::summary::therapist_summary(
            &crate::domain::journal::Journal::default(),
            d("2026-08-24"),
            d("2026-12-06"),
            crate::domain::exchange::summary::Sections::all(),
        );
        s.week_details = (0..weeks as u32).map(week).collect();
        s.experiments = (0..experiments)
            .map(|n| experiment(n, "Asking calmly works better than hinting, every time"))
            .collect();
        s
    }

    #[test]
    fn first_words_cut_at_a_word_with_an_ellipsis_and_only_when_cut() {
        assert_eq!(
            first_words("Tired, but the walk with the baby helped a lot", 5),
            "Tired, but the walk with…"
        );
        assert_eq!(
            first_words("Tired,  but\nthe walk", 8),
            "Tired, but the walk"
        );
        assert_eq!(first_words("One two three, four", 3), "One two three…");
        assert_eq!(first_words("", 8), "");
        assert_eq!(first_words("   ", 8), "");
    }

    #[test]
    fn a_month_prints_in_full() {
        let p = print_plan(&summary(4, 2));
        assert!(p.weeks.is_empty());
        assert_eq!(p.experiments, vec![Printed::Full; 2]);
        assert!(!p.condenses());
    }

    #[test]
    fn sixteen_weeks_keep_the_latest_in_full_and_each_older_week_is_one_line() {
        let p = print_plan(&summary(16, 0));
        assert!(p.condenses());
        assert_eq!(p.weeks.len(), 15);
        assert_eq!(p.weeks[0].week_of, d("2026-08-24"));
        assert_eq!(
            p.weeks[14].week_of,
            d("2026-11-30"),
            "all but the week of 7 December"
        );
        assert_eq!(
            p.weeks[0],
            WeekBrief {
                week_of: d("2026-08-24"),
                words: "Week 0: tired, but…".to_owned(),
                who: 1,
                events: 0,
                selfcare_days: 6,
            }
        );
        // Five weeks: four condensed, the last in full.
        let five = print_plan(&summary(5, 0));
        let condensed: Vec<NaiveDate> = five.weeks.iter().map(|w| w.week_of).collect();
        assert_eq!(
            condensed,
            vec![
                d("2026-08-24"),
                d("2026-08-31"),
                d("2026-09-07"),
                d("2026-09-14")
            ]
        );
    }

    #[test]
    fn a_week_without_notes_is_named_by_its_who_question_then_its_event() {
        let mut w = week(0);
        w.since_last_met.clear();
        w.people_this_week.clear();
        let b = week_brief(&w);
        assert_eq!((b.words.as_str(), b.who), ("Mama", 1));
        w.who.clear();
        w.selfcare.clear();
        let b = week_brief(&w);
        assert_eq!((b.words.as_str(), b.who, b.selfcare_days), ("", 0, 0));
    }

    #[test]
    fn older_experiments_print_one_line_with_what_she_learned_the_newest_in_full() {
        let p = print_plan(&summary(0, 6));
        let brief = Printed::Brief(Some(Line {
            field: Field::WhatILearned,
            text: "Asking calmly works better than hinting, every time".to_owned(),
        }));
        // Eight words exactly: nothing cut.
        assert_eq!(p.experiments[0], brief);
        assert_eq!(p.experiments[5], Printed::Full, "the newest (last) in full");
        assert_eq!(p.experiments.iter().filter(|x| **x == brief).count(), 5);
        // Without what she learned: what happened, else the goal.
        let mut x = experiment(0, "");
        x.lines.retain(|l| l.field != Field::WhatILearned);
        assert_eq!(
            block_brief(&x),
            Some(Line {
                field: Field::Goal,
                text: "Goal 0".to_owned()
            })
        );
        x.lines.clear();
        assert_eq!(block_brief(&x), None);
    }

    #[test]
    fn expectations_are_cut_short_only_on_a_condensed_page() {
        use crate::domain::exchange::summary::Expectation;
        let people = vec![
            Expectation {
                name: "Amani".to_owned(),
                text: "To take one night feed and to ask me how I am".to_owned(),
            },
            Expectation {
                name: "Mama".to_owned(),
                text: "To cook on Sundays".to_owned(),
            },
        ];
        let mut long = summary(16, 0);
        long.expectations = people.clone();
        assert_eq!(
            print_plan(&long).expectations,
            vec![Some("To take one night feed and to ask…".to_owned()), None]
        );
        let mut month = summary(4, 0);
        month.expectations = people;
        assert_eq!(print_plan(&month).expectations, vec![None, None]);
    }

    #[test]
    fn worksheets_keep_the_focus_worksheet_in_full() {
        let mut s = summary(0, 0);
        s.highlights = (0..3).map(|n| experiment(n, "")).collect();
        let p = print_plan(&s);
        assert_eq!(
            p.highlights[0],
            Printed::Full,
            "the focus worksheet comes first"
        );
        assert!(matches!(p.highlights[1], Printed::Brief(_)));
        assert!(matches!(p.highlights[2], Printed::Brief(_)));
        s.highlights.truncate(2);
        assert!(!print_plan(&s).condenses(), "two worksheets print in full");
    }
}
