use super::weeks::*;
use super::*;
use crate::domain::checkin::CheckIn;
use crate::domain::exchange::sample::{d, sample_journal};
use crate::domain::experiment::Status;
use crate::domain::record::tests::at;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::{DisputeStage, ProblemArea, Worksheet, WorksheetKind};

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
    let none = Sections::none();
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
    // Planned for the 21st but written down on the 19th: the week she wrote it shows it.
    assert_eq!(
        s.experiments.len(),
        1,
        "the experiment was written on the 19th"
    );
    let before = therapist_summary(
        &sample_journal(),
        d("2026-02-09"),
        d("2026-02-18"),
        Sections::all(),
    );
    assert!(
        before.experiments.is_empty(),
        "written on the 19th, planned for the 21st"
    );
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
