//! Property tests of the one validator: a generated journal (always valid as the app writes it) is
//! read back through a backup, then one field of one record is set to an impossible or missing
//! value; the backup is refused with exactly that reason, and nothing of ours changes. One
//! mutation per rule, covering every record type.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

use super::backup::{make_backup, merge_backup, read_backup, ImportError};
use super::migrate::{read_document, DocumentError};
use super::props::{doc, journal, NOW};
use super::validate::{Invalid, Part, LIST_MAX, TEXT_MAX};
use crate::domain::checkin::{Answer, CheckIn};
use crate::domain::contacts::{OwnContact, Role};
use crate::domain::ending::EndingPlan;
use crate::domain::experiment::Experiment;
use crate::domain::instruments;
use crate::domain::journal::Journal;
use crate::domain::people::story::MyStory;
use crate::domain::people::{self, Person};
use crate::domain::record::{Collection, Id, Rec, Timestamp};
use crate::domain::selfcare::{self, Helper, SelfCareDay, SickRolePlan};
use crate::domain::settings::Settings;
use crate::domain::support::{self, SupportWeek};
use crate::domain::timeline::{self, LifeEvent};
use crate::domain::worksheets::{
    DecisionAnalysis, DecisionOption, Focus, Grief, ProblemArea, Worksheet,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn long(n: usize) -> String {
    "x".repeat(n)
}

/// A record of `data` at a sane instant, with a fresh id.
fn fresh<T>(data: T) -> Rec<T> {
    Rec::new(data, NOW() - Duration::days(3))
}

/// The first record of a collection (one is added when it is empty).
fn first<T: Clone>(c: &mut Collection<T>, make: impl FnOnce() -> T) -> &mut Rec<T> {
    if c.is_empty() {
        let r = fresh(make());
        c.insert(r.id.clone(), r);
    }
    c.values_mut().next().unwrap()
}

fn single<T>(r: &mut Option<Rec<T>>, make: impl FnOnce() -> T) -> &mut Rec<T> {
    r.get_or_insert_with(|| fresh(make()))
}

/// A complete PHQ-9 check-in as the app makes it.
fn phq9() -> CheckIn {
    let def = instruments::phq9();
    CheckIn {
        measure: "phq9".into(),
        date: day(2026, 3, 2),
        answers: def
            .items
            .iter()
            .filter(|i| i.scored)
            .map(|i| Answer {
                item: i.id.clone(),
                option: i.options[1].code.clone(),
                score: i.options[1].score,
            })
            .collect(),
        safety_flag: true,
        since_last_met: String::new(),
        people_this_week: String::new(),
    }
}

/// A check-in the journal has, as a PHQ-9 (replacing whatever measure it was).
fn a_phq9(j: &mut Journal) -> &mut CheckIn {
    let r = first(&mut j.checkins, phq9);
    r.data = phq9();
    &mut r.data
}

fn named() -> Person {
    Person {
        name: "Amani".into(),
        ..Default::default()
    }
}

/// Every mutation: what it does and the reason the validator must give.
const MUTATIONS: usize = 33;

fn mutate(j: &mut Journal, which: usize) -> Invalid {
    let future = NOW() + Duration::days(3);
    match which {
        0 => {
            let c = a_phq9(j);
            c.answers[0].score = Some(99);
            Invalid::WrongScore {
                item: "phq9.1".into(),
                score: Some(99),
                expected: Some(1),
            }
        }
        1 => {
            let c = a_phq9(j);
            c.answers.truncate(3);
            Invalid::MissingItem {
                item: "phq9.4".into(),
            }
        }
        2 => {
            let c = a_phq9(j);
            c.answers.push(Answer {
                item: "phq9.77".into(),
                option: "LA6568-5".into(),
                score: Some(0),
            });
            Invalid::UnknownItem {
                measure: "PHQ-9".into(),
                item: "phq9.77".into(),
            }
        }
        3 => {
            let c = a_phq9(j);
            let again = c.answers[2].clone();
            c.answers.push(again);
            Invalid::RepeatedItem {
                item: "phq9.3".into(),
            }
        }
        4 => {
            let c = a_phq9(j);
            c.answers[4].option = "LA0000-0".into();
            Invalid::UnknownOption {
                item: "phq9.5".into(),
            }
        }
        5 => {
            let def = instruments::gad7();
            let c = a_phq9(j);
            c.measure = "gad7".into();
            c.answers = def
                .items
                .iter()
                .map(|i| Answer {
                    item: i.id.clone(),
                    option: i.options[0].code.clone(),
                    score: i.options[0].score,
                })
                .collect();
            c.safety_flag = true;
            Invalid::FlagWithoutSafetyItem {
                measure: "GAD-7".into(),
            }
        }
        6 => {
            a_phq9(j).measure = "k10".into();
            Invalid::UnknownMeasure {
                measure: "k10".into(),
            }
        }
        7 => {
            a_phq9(j).date = future.date_naive();
            Invalid::DateOutOfRange(Part::CheckIn)
        }
        8 => {
            first(&mut j.checkins, phq9).data = phq9();
            first(&mut j.checkins, phq9).created_at = future;
            Invalid::InstantOutOfRange(Part::CheckIn)
        }
        9 => {
            a_phq9(j).since_last_met = long(TEXT_MAX + 1);
            Invalid::TooLong {
                part: Part::CheckIn,
                max: TEXT_MAX,
            }
        }
        10 => {
            first(&mut j.people, named).data.name = "  ".into();
            Invalid::NameRequired(Part::Person)
        }
        11 => {
            first(&mut j.people, named).data.name = long(people::NAME_MAX + 1);
            Invalid::TooLong {
                part: Part::Person,
                max: people::NAME_MAX,
            }
        }
        12 => {
            // An empty id, under an empty key.
            let mut r = first(&mut j.people, named).clone();
            j.people.remove(&r.id);
            r.id = Id(String::new());
            j.people.insert(r.id.clone(), r);
            Invalid::BadId(Part::Person)
        }
        13 => {
            single(&mut j.settings, Settings::default)
                .data
                .checkin_weekday = 7;
            Invalid::OutOfRange(Part::Settings)
        }
        14 => {
            single(&mut j.sick_role_plan, SickRolePlan::default)
                .data
                .how_i_will_ask = long(selfcare::PLAN_TEXT_MAX + 1);
            Invalid::TooLong {
                part: Part::SickRolePlan,
                max: selfcare::PLAN_TEXT_MAX,
            }
        }
        15 => {
            single(&mut j.sick_role_plan, SickRolePlan::default)
                .data
                .helpers
                .push(Helper {
                    name: long(selfcare::ITEM_MAX + 1),
                    phone: String::new(),
                    person: None,
                });
            Invalid::TooLong {
                part: Part::SickRolePlan,
                max: selfcare::ITEM_MAX,
            }
        }
        16 => {
            first(&mut j.selfcare, || SelfCareDay {
                date: day(2026, 3, 1),
                ..Default::default()
            })
            .data
            .sleep_half_hours = Some(selfcare::SLEEP_MAX_HALF_HOURS + 1);
            Invalid::OutOfRange(Part::SelfCareDay)
        }
        17 => {
            first(&mut j.selfcare, || SelfCareDay {
                date: day(2026, 3, 1),
                ..Default::default()
            })
            .data
            .date = future.date_naive();
            Invalid::DateOutOfRange(Part::SelfCareDay)
        }
        18 => {
            first(&mut j.support, || SupportWeek {
                week_of: day(2026, 3, 2),
                ..Default::default()
            })
            .data
            .brainstorm = long(support::ANSWER_MAX + 1);
            Invalid::TooLong {
                part: Part::SupportWeek,
                max: support::ANSWER_MAX,
            }
        }
        19 => {
            first(&mut j.support, || SupportWeek {
                week_of: day(2026, 3, 2),
                ..Default::default()
            })
            .data
            .week_of = day(1899, 12, 31);
            Invalid::DateOutOfRange(Part::SupportWeek)
        }
        20 => {
            first(&mut j.events, || LifeEvent {
                date: day(2026, 3, 2),
                text: "Baby born".into(),
                people: Vec::new(),
                mood: None,
            })
            .data
            .text = long(timeline::EVENT_TEXT_MAX + 1);
            Invalid::TooLong {
                part: Part::LifeEvent,
                max: timeline::EVENT_TEXT_MAX,
            }
        }
        21 => {
            single(&mut j.focus, || Focus {
                area: ProblemArea::Grief,
                since: day(2026, 1, 1),
            })
            .data
            .since = day(2101, 1, 1);
            Invalid::DateOutOfRange(Part::Focus)
        }
        22 => {
            let option = DecisionOption {
                id: Id("option-1".into()),
                text: "Go back to work".into(),
                ..Default::default()
            };
            let w = Worksheet::DecisionAnalysis(DecisionAnalysis {
                options: vec![option.clone(), option],
                ..Default::default()
            });
            first(&mut j.worksheets, || w.clone()).data = w.clone();
            Invalid::DuplicateId(Part::Worksheet)
        }
        23 => {
            let w = Worksheet::Grief(Grief {
                who: long(TEXT_MAX + 1),
                ..Default::default()
            });
            first(&mut j.worksheets, || w.clone()).data = w.clone();
            Invalid::TooLong {
                part: Part::Worksheet,
                max: TEXT_MAX,
            }
        }
        24 => {
            first(&mut j.experiments, Experiment::default).data.when = Some(day(1899, 1, 1));
            Invalid::DateOutOfRange(Part::Experiment)
        }
        25 => {
            single(&mut j.ending, EndingPlan::default)
                .data
                .warning_signs = vec!["Not sleeping".into(); LIST_MAX + 1];
            Invalid::TooMany {
                part: Part::EndingPlan,
                max: LIST_MAX,
            }
        }
        26 => {
            single(&mut j.settings, Settings::default).data.contacts = vec![OwnContact {
                role: Role::Therapist,
                label: "Dr Amani".into(),
                number: "call me".into(),
                from_clinic: false,
            }];
            Invalid::BadPhone(Part::Settings)
        }
        27 => {
            single(&mut j.settings, Settings::default).data.course_start = Some(day(1850, 1, 1));
            Invalid::DateOutOfRange(Part::Settings)
        }
        28 => {
            single(&mut j.sick_role_plan, SickRolePlan::default)
                .data
                .sleep_goal_half_hours = Some(1);
            Invalid::OutOfRange(Part::SickRolePlan)
        }
        29 => {
            single(&mut j.my_story, MyStory::default).data.baby = long(people::ANSWER_MAX + 1);
            Invalid::TooLong {
                part: Part::MyStory,
                max: people::ANSWER_MAX,
            }
        }
        30 => {
            first(&mut j.people, named).data.phone = "12ab".into();
            Invalid::BadPhone(Part::Person)
        }
        31 => {
            single(&mut j.ending, EndingPlan::default)
                .data
                .feelings_about_ending = long(TEXT_MAX + 1);
            Invalid::TooLong {
                part: Part::EndingPlan,
                max: TEXT_MAX,
            }
        }
        _ => {
            j.last_backup_at = Some(future);
            Invalid::InstantOutOfRange(Part::Document)
        }
    }
}

/// The backup file of a journal (as `make_backup` writes it, keeping its `last_backup_at`).
fn backup_text(j: Journal) -> String {
    let keep = j.last_backup_at;
    let (mut d, _) = make_backup(&doc(j), NOW() - Duration::days(1));
    d.journal.last_backup_at = keep;
    d.to_json()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_generated_journal_is_valid_as_a_backup_and_as_stored(j in journal()) {
        let text = backup_text(j);
        prop_assert!(read_backup(&text, NOW()).is_ok());
        prop_assert!(read_document(&text, None).is_ok());
    }

    #[test]
    fn one_impossible_field_refuses_the_backup_with_its_reason(
        j in journal(),
        ours in journal(),
        which in 0..MUTATIONS,
    ) {
        let mut bad = j;
        let expected = mutate(&mut bad, which);
        let text = backup_text(bad);
        prop_assert_eq!(
            read_backup(&text, NOW()),
            Err(ImportError::Invalid(expected.clone()))
        );
        // A stored journal or a second tab's save: the same reason (future dates aside: this
        // device's own clock wrote them).
        if !matches!(which, 7 | 8 | 17 | 32) {
            prop_assert_eq!(
                read_document(&text, None),
                Err(DocumentError::Invalid(expected.clone()))
            );
        }
        // Nothing of ours changes when the file is refused.
        let before = ours.clone();
        prop_assert!(super::backup::restore(&ours, &text, NOW()).is_err());
        prop_assert_eq!(ours, before);
        // The reason reads as words, not as a field name.
        prop_assert!(!expected.to_string().contains('_'), "{}", expected);
    }
}

#[test]
fn every_mutation_is_covered_and_distinct() {
    let reasons: Vec<String> = (0..MUTATIONS)
        .map(|w| format!("{:?}", mutate(&mut Journal::default(), w)))
        .collect();
    let unique: std::collections::BTreeSet<&String> = reasons.iter().collect();
    assert_eq!(unique.len(), MUTATIONS, "{reasons:#?}");
}

#[test]
fn a_repeated_record_id_is_refused_not_dropped() {
    let text = backup_text(Journal::default());
    let person = r#"{"created_at":"2026-03-01T08:00:00Z","updated_at":"2026-03-01T08:00:00Z","data":{"name":"A","ring":"most"}}"#;
    let twice = text.replacen(
        r#""people":{}"#,
        &format!(r#""people":{{"p1":{person},"p1":{person}}}"#),
        1,
    );
    assert_ne!(twice, text, "the backup has an empty people object");
    match read_backup(&twice, NOW()) {
        Err(ImportError::Damaged(m)) => assert!(m.contains("appears twice"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_pinned_journal_and_the_sample_pass() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/journals/v1-sample.json"
    ))
    .unwrap();
    assert!(read_document(&text, None).is_ok());
    assert!(read_backup(&text, NOW()).is_ok());
    let sample = doc(super::sample::sample_journal());
    let (merged, _) = merge_backup(&Journal::default(), &sample);
    assert!(super::validate::check_journal(&merged, &super::validate::Clock { now: None }).is_ok());
}

#[test]
fn dates_before_1900_or_from_far_ahead_are_refused_even_in_her_own_journal() {
    let mut j = Journal::default();
    let r = first(&mut j.checkins, phq9);
    r.created_at = Timestamp::parse_from_rfc3339("1899-12-31T23:00:00Z").unwrap();
    let text = doc(j.clone()).to_json();
    assert_eq!(
        read_document(&text, None),
        Err(DocumentError::Invalid(Invalid::InstantOutOfRange(
            Part::CheckIn
        )))
    );
    let r = first(&mut j.checkins, phq9);
    r.created_at = Timestamp::parse_from_rfc3339("2150-01-01T00:00:00Z").unwrap();
    assert_eq!(
        read_document(&doc(j).to_json(), None),
        Err(DocumentError::Invalid(Invalid::InstantOutOfRange(
            Part::CheckIn
        )))
    );
}
