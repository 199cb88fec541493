//! A realistic journal for tests (and the pinned schema fixture): a few records of each kind,
//! with fixed ids and instants so its JSON never changes.

use chrono::NaiveDate;

use crate::domain::checkin::{Answer, CheckIn};
use crate::domain::ending::EndingPlan;
use crate::domain::experiment::{Barrier, Experiment, Status};
use crate::domain::instruments::{self, Definition};
use crate::domain::journal::Journal;
use crate::domain::people::{Person, Ring};
use crate::domain::record::tests::at;
use crate::domain::record::{Id, Rec};
use crate::domain::selfcare::{Deferred, Helper, SelfCareDay, Session, SickRolePlan};
use crate::domain::settings::Settings;
use crate::domain::support::{SupportWeek, WhoAnswer};
use crate::domain::timeline::{LifeEvent, MoodDirection};
use crate::domain::worksheets::{
    DisputeStage, Focus, ProblemArea, RoleDispute, RoleTransition, Worksheet,
};

/// A calendar day from "YYYY-MM-DD" (test helper).
pub fn d(s: &str) -> NaiveDate {
    match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        Ok(d) => d,
        Err(e) => panic!("{s}: {e}"),
    }
}

/// A record with a fixed id and instant.
pub fn rec<T>(id: &str, when: &str, data: T) -> Rec<T> {
    Rec {
        id: Id::from(id),
        created_at: at(when),
        updated_at: at(when),
        deleted_at: None,
        data,
    }
}

/// Answers to a measure from the scores of its scored items in order (option chosen by score),
/// plus, for the PHQ-9, the difficulty question.
pub fn answers(def: &Definition, scores: &[u8]) -> Vec<Answer> {
    let mut out: Vec<Answer> = def
        .items
        .iter()
        .filter(|i| i.scored)
        .zip(scores)
        .map(|(item, s)| {
            let choice = item
                .options
                .iter()
                .find(|o| o.score == Some(*s))
                .unwrap_or_else(|| panic!("{} has no option scored {s}", item.id));
            Answer {
                item: item.id.clone(),
                option: choice.code.clone(),
                score: choice.score,
            }
        })
        .collect();
    if let Some(item) = def.items.iter().find(|i| !i.scored) {
        if let Some(o) = item.options.get(1) {
            out.push(Answer {
                item: item.id.clone(),
                option: o.code.clone(),
                score: None,
            });
        }
    }
    out
}

fn checkin(measure: &str, date: &str, scores: &[u8], since: &str, people: &str) -> CheckIn {
    let def = instruments::by_id(measure).unwrap_or_else(|| panic!("no {measure}"));
    let answers = answers(&def, scores);
    let safety_flag = def.safety_items.iter().any(|s| {
        answers
            .iter()
            .any(|a| &a.item == s && a.score.unwrap_or(0) > 0)
    });
    CheckIn {
        measure: measure.into(),
        date: d(date),
        answers,
        safety_flag,
        since_last_met: since.into(),
        people_this_week: people.into(),
    }
}

/// The sample journal: eight weeks of a perinatal patient working on a role transition.
pub fn sample_journal() -> Journal {
    let mut j = Journal {
        settings: Some(rec(
            "00000000-0000-4000-8000-000000000001",
            "2026-02-02T09:00:00+03:00",
            Settings {
                country: "KE".into(),
                checkin_weekday: 0,
                language: "en".into(),
                welcome_dismissed: true,
                ..Default::default()
            },
        )),
        ..Default::default()
    };
    let people = [
        (
            "10000000-0000-4000-8000-000000000001",
            "Amani",
            "partner",
            Ring::Most,
        ),
        (
            "10000000-0000-4000-8000-000000000002",
            "Mama",
            "mother",
            Ring::Most,
        ),
        (
            "10000000-0000-4000-8000-000000000003",
            "Wanjiru, \"Jiru\"",
            "neighbour",
            Ring::Somewhat,
        ),
    ];
    for (id, name, rel, ring) in people {
        let r = rec(
            id,
            "2026-02-03T20:00:00+03:00",
            Person {
                name: name.into(),
                relationship: rel.into(),
                ring,
                interactions: "Daily, mostly about the baby".into(),
                phone: "+254 700 000 000".into(),
                ..Default::default()
            },
        );
        j.people.insert(r.id.clone(), r);
    }
    let weeks: [(&str, &str, [u8; 9], [u8; 7]); 4] = [
        (
            "20000000-0000-4000-8000-00000000000",
            "2026-02-02",
            [2, 3, 2, 3, 1, 2, 2, 1, 1],
            [2, 2, 2, 1, 1, 2, 1],
        ),
        (
            "20000000-0000-4000-8000-00000000001",
            "2026-02-09",
            [2, 2, 2, 2, 1, 2, 1, 1, 0],
            [2, 2, 1, 1, 1, 1, 1],
        ),
        (
            "20000000-0000-4000-8000-00000000002",
            "2026-02-16",
            [1, 2, 1, 2, 1, 1, 1, 0, 0],
            [1, 1, 1, 1, 0, 1, 1],
        ),
        (
            "20000000-0000-4000-8000-00000000003",
            "2026-02-23",
            [1, 1, 1, 1, 0, 1, 0, 0, 0],
            [1, 1, 0, 1, 0, 1, 0],
        ),
    ];
    for (n, (id, date, phq, gad)) in weeks.iter().enumerate() {
        let when = format!("{date}T21:00:00+03:00");
        let p = rec(
            &format!("{id}a"),
            &when,
            checkin(
                "phq9",
                date,
                phq,
                if n == 0 {
                    "Very low, crying a lot, = not sleeping"
                } else {
                    "A bit better"
                },
                "Argued with Amani about night feeds,\nthen talked it through",
            ),
        );
        j.checkins.insert(p.id.clone(), p);
        let g = rec(&format!("{id}b"), &when, checkin("gad7", date, gad, "", ""));
        j.checkins.insert(g.id.clone(), g);
    }
    // A deleted check-in (tombstone) travels with the backup too.
    let mut gone = rec(
        "20000000-0000-4000-8000-0000000000ff",
        "2026-02-10T08:00:00+03:00",
        checkin("phq9", "2026-02-10", &[0; 9], "entered twice", ""),
    );
    gone.deleted_at = Some(at("2026-02-10T08:05:00+03:00"));
    gone.updated_at = at("2026-02-10T08:05:00+03:00");
    j.checkins.insert(gone.id.clone(), gone);

    j.sick_role_plan = Some(rec(
        "30000000-0000-4000-8000-000000000001",
        "2026-02-04T19:00:00+03:00",
        SickRolePlan {
            who_needs_to_know: "Amani and Mama".into(),
            how_they_can_help: "Take one night feed; cook on Sundays".into(),
            how_i_will_ask: "Tell them the doctor says this is an illness".into(),
            helpers: vec![Helper {
                name: "Mama".into(),
                phone: "+254 700 000 002".into(),
                person: Some(Id::from("10000000-0000-4000-8000-000000000002")),
            }],
            deferred: vec![Deferred {
                what: "Hosting the family lunch".into(),
                review_on: Some(d("2026-03-15")),
            }],
            ..SickRolePlan::default()
        },
    ));
    for (id, date, sleep) in [
        (
            "40000000-0000-4000-8000-000000000001",
            "2026-02-05",
            Some(9),
        ),
        ("40000000-0000-4000-8000-000000000002", "2026-02-06", None),
    ] {
        let r = rec(
            id,
            &format!("{date}T22:00:00+03:00"),
            SelfCareDay {
                date: d(date),
                sleep_half_hours: sleep,
                regular_meals: Some(true),
                movement: Some(false),
                pleasant_activity: "Walk with the baby".into(),
                session: Session::Yes,
                note: String::new(),
            },
        );
        j.selfcare.insert(r.id.clone(), r);
    }
    let s = rec(
        "50000000-0000-4000-8000-000000000001",
        "2026-02-09T21:10:00+03:00",
        SupportWeek {
            week_of: d("2026-02-09"),
            who_can_help: WhoAnswer {
                text: "Mama, with cooking".into(),
                people: vec![Id::from("10000000-0000-4000-8000-000000000002")],
            },
            ..Default::default()
        },
    );
    j.support.insert(s.id.clone(), s);
    let e = rec(
        "60000000-0000-4000-8000-000000000001",
        "2026-02-03T20:30:00+03:00",
        LifeEvent {
            date: d("2025-10-01"),
            text: "Baby born, early".into(),
            people: vec![Id::from("10000000-0000-4000-8000-000000000001")],
            mood: Some(MoodDirection::Drops),
        },
    );
    j.events.insert(e.id.clone(), e);
    j.focus = Some(rec(
        "70000000-0000-4000-8000-000000000001",
        "2026-02-16T10:00:00+03:00",
        Focus {
            area: ProblemArea::RoleTransition,
            since: d("2026-02-16"),
        },
    ));
    let w1 = rec(
        "80000000-0000-4000-8000-000000000001",
        "2026-02-17T20:00:00+03:00",
        Worksheet::RoleTransition(RoleTransition {
            transition: "Becoming a mother".into(),
            old_role: "Non-parent".into(),
            new_role: "Mother".into(),
            old_positive: vec!["Freedom".into()],
            new_negative: vec!["Sleep deprivation".into()],
            supports: "Mama; the mothers' group".into(),
            ..Default::default()
        }),
    );
    j.worksheets.insert(w1.id.clone(), w1);
    let w2 = rec(
        "80000000-0000-4000-8000-000000000002",
        "2026-02-18T20:00:00+03:00",
        Worksheet::RoleDispute(RoleDispute {
            with_whom: Some(Id::from("10000000-0000-4000-8000-000000000001")),
            about: "Night feeds".into(),
            stage: DisputeStage::Renegotiation,
            ..Default::default()
        }),
    );
    j.worksheets.insert(w2.id.clone(), w2);
    let x = rec(
        "90000000-0000-4000-8000-000000000001",
        "2026-02-19T20:00:00+03:00",
        Experiment {
            person: Some(Id::from("10000000-0000-4000-8000-000000000001")),
            goal: "Ask Amani to take the 2 a.m. feed twice a week".into(),
            script: "I need sleep to get better; can you take Tuesdays and Fridays?".into(),
            when: Some(d("2026-02-21")),
            barriers: vec![Barrier {
                barrier: "He is tired after work".into(),
                plan: "Offer to take the Saturday morning".into(),
            }],
            status: Status::Done,
            what_happened: "He agreed to Tuesdays".into(),
            what_i_learned: "Asking calmly works better than hinting".into(),
            ..Default::default()
        },
    );
    j.experiments.insert(x.id.clone(), x);
    j.ending = Some(rec(
        "a0000000-0000-4000-8000-000000000001",
        "2026-02-24T20:00:00+03:00",
        EndingPlan {
            warning_signs: vec!["Not sleeping even when the baby sleeps".into()],
            will_do: "Call the clinic".into(),
            ..Default::default()
        },
    ));
    j
}
