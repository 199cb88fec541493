//! The summary shows what she chose to share, all of it, and nothing she did not.

use super::*;
use crate::domain::course::{Phase, Position};
use crate::domain::exchange::sample::{d, sample_journal};
use crate::domain::experiment::Status;
use crate::domain::record::tests::at;
use crate::domain::selfcare::Did;
use crate::domain::support::WhoQuestion;
use crate::domain::worksheets::Worksheet;

/// The sample journal with every kind of record: her course, what she expects of Amani, what is
/// lost and not lost in the role transition, and how she felt in the experiment.
fn everything() -> Journal {
    let mut j = sample_journal();
    let mut settings = j.settings();
    settings.course_start = Some(d("2026-01-19"));
    settings.course_weeks = Some(16);
    j.set_settings(settings, at("2026-02-02T09:00:00+03:00"));
    for p in j.people.values_mut() {
        if p.data.name == "Amani" {
            p.data.expectations = "Take one night feed".into();
        }
    }
    for w in j.worksheets.values_mut() {
        if let Worksheet::RoleTransition(t) = &mut w.data {
            t.lost = "Evenings out".into();
            t.not_lost = "My friends".into();
        }
    }
    for x in j.experiments.values_mut() {
        x.data.how_i_felt = "Nervous, then relieved".into();
    }
    j
}

fn feb(j: &Journal, sections: Sections) -> TherapistSummary {
    therapist_summary(j, d("2026-02-01"), d("2026-02-28"), sections)
}

/// Which shared parts a summary has, by their section names.
fn parts(s: &TherapistSummary) -> Vec<&'static str> {
    let weeks = &s.week_details;
    let mut out = Vec::new();
    if !s.weeks.is_empty() && s.weeks.iter().any(|w| !w.scores.is_empty()) {
        out.push("scores");
    }
    if weeks.iter().any(|w| {
        !w.since_last_met.is_empty() || !w.people_this_week.is_empty() || w.difficulty.is_some()
    }) {
        out.push("notes");
    }
    if weeks.iter().any(|w| !w.who.is_empty()) {
        out.push("support");
    }
    if weeks.iter().any(|w| !w.events.is_empty()) {
        out.push("timeline");
    }
    if !s.highlights.is_empty() {
        out.push("focus");
    }
    if !s.experiments.is_empty() {
        out.push("experiments");
    }
    if weeks.iter().any(|w| !w.selfcare.is_empty()) {
        out.push("selfcare");
    }
    if !s.plan.is_empty() {
        out.push("plan");
    }
    if !s.circle.is_empty() && !s.expectations.is_empty() {
        out.push("people");
    }
    if s.ending.is_some() {
        out.push("ending");
    }
    out
}

#[test]
fn a_week_with_every_kind_of_record_shows_each_shared_section_and_no_other() {
    let j = everything();
    let all = feb(&j, Sections::all());
    assert_eq!(
        parts(&all).as_slice(),
        crate::domain::share::SECTIONS.as_slice()
    );

    // Her words, week by week.
    let first = &all.week_details[0];
    assert_eq!(first.week_of, d("2026-02-02"));
    assert_eq!(
        first.since_last_met,
        vec![(
            d("2026-02-02"),
            "Very low, crying a lot, = not sleeping".to_owned()
        )]
    );
    assert_eq!(first.difficulty.as_deref(), Some("Somewhat difficult"));
    assert_eq!(
        first.people_this_week,
        "Argued with Amani about night feeds,\nthen talked it through"
    );
    // The birth (1 Oct 2025) was written down on 3 February: it is that week's, with its own date.
    assert_eq!(first.events[0].date, d("2025-10-01"));
    assert_eq!(first.events[0].text, "Baby born, early");
    assert!(
        first.selfcare.contains(&Did::Sessions(2)),
        "{:?}",
        first.selfcare
    );
    let second = &all.week_details[1];
    assert_eq!(second.week_of, d("2026-02-09"));
    assert_eq!(second.who[0].question, WhoQuestion::CanHelp);
    assert_eq!(second.who[0].text, "Mama, with cooking");
    assert_eq!(second.who[0].people, vec!["Mama".to_owned()]);
    // Expectations, what is lost and not lost, how she felt, the ending plan.
    assert_eq!(all.expectations[0].name, "Amani");
    assert_eq!(all.expectations[0].text, "Take one night feed");
    let transition = &all.highlights[0];
    assert_eq!(transition.line(Field::Lost), Some("Evenings out"));
    assert_eq!(transition.line(Field::NotLost), Some("My friends"));
    assert_eq!(
        all.experiments[0].line(Field::HowIFelt),
        Some("Nervous, then relieved")
    );
    let ending = all.ending.as_ref().map(Block::english_lines);
    assert_eq!(
        ending,
        Some(vec![
            "Warning signs: Not sleeping even when the baby sleeps".to_owned(),
            "What I will do: Call the clinic".to_owned(),
        ])
    );

    // Each section left out on its own is gone, and only it.
    for name in crate::domain::share::SECTIONS {
        let mut sections = Sections::all();
        crate::domain::share::set_section(&mut sections, name, false);
        let s = feb(&j, sections);
        let expected: Vec<&str> = crate::domain::share::SECTIONS
            .into_iter()
            .filter(|n| *n != name)
            .collect();
        assert_eq!(parts(&s), expected, "without {name}");
        // Safety is never optional.
        assert_eq!(s.safety, all.safety, "without {name}");
    }
}

#[test]
fn an_experiment_done_in_the_range_but_planned_after_it_is_included() {
    let mut j = everything();
    let planned_after = d("2026-03-05");
    for x in j.experiments.values_mut() {
        x.data.when = Some(planned_after);
        x.data.status = Status::Done;
        // Done (and its outcome written) on 26 February.
        x.updated_at = at("2026-02-26T20:00:00+03:00");
        x.created_at = at("2026-02-20T20:00:00+03:00");
    }
    let s = feb(&j, Sections::all());
    assert_eq!(
        s.experiments.len(),
        1,
        "done this week, planned for next week"
    );
    assert_eq!(
        s.experiments[0].line(Field::WhatHappened),
        Some("He agreed to Tuesdays")
    );
    // Planned in the range but written and changed before it: still the range's.
    for x in j.experiments.values_mut() {
        x.data.when = Some(d("2026-02-21"));
        x.created_at = at("2026-01-02T20:00:00+03:00");
        x.updated_at = at("2026-01-02T20:00:00+03:00");
    }
    assert_eq!(feb(&j, Sections::all()).experiments.len(), 1);
    // With someone she wrote a name for (not in her people): the name is in the title.
    for x in j.experiments.values_mut() {
        x.data.person = None;
        x.data.person_text = "My mother".into();
    }
    assert_eq!(
        feb(&j, Sections::all()).experiments[0].title,
        "Experiment with My mother, 2026-02-21 (done)"
    );
    // Nothing of it in the range: left out.
    for x in j.experiments.values_mut() {
        x.data.when = Some(planned_after);
    }
    assert!(feb(&j, Sections::all()).experiments.is_empty());
}

#[test]
fn the_summary_says_where_the_course_is_and_how_many_sessions_she_went_to() {
    let j = everything();
    let s = feb(&j, Sections::all());
    // 28 February is day 41 of a course that began on 19 January: week 6 of 16.
    let course = s.course.as_ref().map(|c| (c.position, c.sessions));
    assert_eq!(
        course,
        Some((
            Position::Week {
                week: 6,
                of: 16,
                phase: Phase::Middle
            },
            2
        ))
    );
    // The first day of the course is week 1 (initial); after the last week it is finished.
    let first = therapist_summary(&j, d("2026-01-12"), d("2026-01-19"), Sections::all());
    assert_eq!(
        first.course.map(|c| c.position),
        Some(Position::Week {
            week: 1,
            of: 16,
            phase: Phase::Initial
        })
    );
    let after = therapist_summary(&j, d("2026-05-01"), d("2026-05-20"), Sections::all());
    assert!(matches!(
        after.course.map(|c| c.position),
        Some(Position::Finished { of: 16, .. })
    ));
    // No course set: nothing said.
    assert!(feb(&sample_journal(), Sections::all()).course.is_none());
}

#[test]
fn the_suggested_range_reaches_back_to_what_she_did_before_her_first_check_in() {
    let mut j = everything();
    // A worksheet written on 10 January, three weeks before the first check-in.
    if let Some(w) = j.worksheets.values_mut().next() {
        w.created_at = at("2026-01-10T20:00:00+03:00");
    }
    let c = crate::domain::share::Choice::suggested(&j, d("2026-03-01"));
    assert_eq!(c.range(), (d("2026-01-10"), d("2026-03-01")));
}
