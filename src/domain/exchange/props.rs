//! Property tests over generated journals and damaged files: backup → restore is lossless, a
//! merge with itself changes nothing, and the importers never panic on any input and never
//! change the journal when they refuse a file.

use chrono::{FixedOffset, NaiveDate, TimeZone};
use proptest::collection::vec;
use proptest::prelude::*;

use super::backup::{make_backup, read_backup, read_encrypted, restore, EncryptedBackup};
use super::handoff::decode_handoff;
use crate::domain::checkin::{Answer, CheckIn};
use crate::domain::ending::EndingPlan;
use crate::domain::experiment::{Barrier, Experiment, Status};
use crate::domain::journal::{Document, Journal};
use crate::domain::people::{Person, Ring};
use crate::domain::record::{Collection, Id, Rec, Timestamp};
use crate::domain::selfcare::{Deferred, Helper, SelfCareDay, Session, SickRolePlan};
use crate::domain::settings::Settings;
use crate::domain::support::{SupportWeek, WhoAnswer};
use crate::domain::timeline::{LifeEvent, MoodDirection};
use crate::domain::worksheets::{
    CommunicationAnalysis, Focus, Grief, ProblemArea, RoleDispute, Worksheet,
};

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z ,.\"'=+\\-@\n]{0,24}",
        any::<String>().prop_map(|s| s.chars().take(16).collect()),
    ]
}

fn instant() -> impl Strategy<Value = Timestamp> {
    // 2020..2035, any offset in quarter hours from -12:00 to +14:00, sub-second precision too.
    (
        1_577_836_800i64..2_051_222_400,
        -48i32..=56,
        0u32..1_000_000_000,
    )
        .prop_map(|(s, q, ns)| {
            let offset =
                FixedOffset::east_opt(q * 900).unwrap_or(FixedOffset::east_opt(0).unwrap());
            offset.timestamp_opt(s, ns).single().unwrap()
        })
}

fn day() -> impl Strategy<Value = NaiveDate> {
    (0u64..5000).prop_map(|n| {
        NaiveDate::from_ymd_opt(2020, 1, 1)
            .unwrap()
            .checked_add_days(chrono::Days::new(n))
            .unwrap()
    })
}

fn id() -> impl Strategy<Value = Id> {
    prop_oneof![
        any::<u128>().prop_map(|n| Id(uuid::Uuid::from_u128(n).to_string())),
        "[a-z0-9-]{1,12}".prop_map(Id),
    ]
}

fn rec<T: std::fmt::Debug + Clone>(
    data: impl Strategy<Value = T>,
) -> impl Strategy<Value = Rec<T>> {
    (
        id(),
        instant(),
        instant(),
        proptest::option::of(instant()),
        data,
    )
        .prop_map(|(id, a, b, deleted, data)| Rec {
            id,
            created_at: a.min(b),
            updated_at: a.max(b),
            deleted_at: deleted,
            data,
        })
}

fn collection<T: std::fmt::Debug + Clone>(
    data: impl Strategy<Value = T>,
) -> impl Strategy<Value = Collection<T>> {
    vec(rec(data), 0..4).prop_map(|recs| recs.into_iter().map(|r| (r.id.clone(), r)).collect())
}

/// A check-in as the app makes it: each scored item answered with one of its options (the
/// PHQ-9 difficulty question sometimes), the option's own score, a flag only where the measure
/// has a self-harm item.
fn checkin() -> impl Strategy<Value = CheckIn> {
    (
        prop_oneof![Just("phq9"), Just("gad7"), Just("epds")],
        day(),
        vec(any::<u8>(), 11),
        any::<bool>(),
        text(),
        text(),
    )
        .prop_map(|(m, date, picks, flag, a, b)| {
            let def = crate::domain::instruments::by_id(m).unwrap();
            let answers = def
                .items
                .iter()
                .zip(&picks)
                .filter(|(item, pick)| item.scored || **pick % 2 == 0)
                .map(|(item, pick)| {
                    let o = &item.options[usize::from(*pick) % item.options.len()];
                    Answer {
                        item: item.id.clone(),
                        option: o.code.clone(),
                        score: o.score,
                    }
                })
                .collect();
            CheckIn {
                measure: m.into(),
                date,
                answers,
                safety_flag: flag && !def.safety_items.is_empty(),
                since_last_met: a,
                people_this_week: b,
            }
        })
}

fn person() -> impl Strategy<Value = Person> {
    (
        text(),
        text(),
        prop_oneof![
            Just(Ring::Most),
            Just(Ring::Moderately),
            Just(Ring::Somewhat)
        ],
        // As the editor takes it: nothing, or digits a phone can dial.
        proptest::collection::vec(0u8..10, 0..13).prop_map(|d| {
            d.into_iter()
                .map(|x| char::from(b'0' + x))
                .collect::<String>()
        }),
    )
        .prop_map(|(name, relationship, ring, phone)| Person {
            name: if name.trim().is_empty() {
                format!("P{name}")
            } else {
                name
            },
            relationship,
            ring,
            phone,
            ..Default::default()
        })
}

fn worksheet() -> impl Strategy<Value = Worksheet> {
    prop_oneof![
        (proptest::option::of(id()), text()).prop_map(|(w, about)| Worksheet::RoleDispute(
            RoleDispute {
                with_whom: w,
                about,
                ..Default::default()
            }
        )),
        text().prop_map(|who| Worksheet::Grief(Grief {
            who,
            ..Default::default()
        })),
        (proptest::option::of(day()), text()).prop_map(|(date, change)| {
            Worksheet::CommunicationAnalysis(CommunicationAnalysis {
                date,
                change,
                ..Default::default()
            })
        }),
    ]
}

fn experiment() -> impl Strategy<Value = Experiment> {
    (
        proptest::option::of(id()),
        text(),
        proptest::option::of(day()),
        prop_oneof![
            Just(Status::Planned),
            Just(Status::Done),
            Just(Status::NotDone)
        ],
        vec((text(), text()), 0..2),
        proptest::option::of((id(), id())),
    )
        .prop_map(|(person, goal, when, status, barriers, from)| Experiment {
            person,
            goal,
            when,
            status,
            barriers: barriers
                .into_iter()
                .map(|(barrier, plan)| Barrier { barrier, plan })
                .collect(),
            from_decision: from,
            ..Default::default()
        })
}

pub(super) fn journal() -> impl Strategy<Value = Journal> {
    let singles = (
        proptest::option::of(rec((text(), 0u8..7, any::<bool>()).prop_map(
            |(c, w, d)| Settings {
                country: c,
                checkin_weekday: w,
                language: String::new(),
                welcome_dismissed: d,
                ..Default::default()
            },
        ))),
        proptest::option::of(rec((
            text(),
            vec((text(), proptest::option::of(id())), 0..2),
            proptest::option::of(day()),
        )
            .prop_map(|(who, helpers, review)| SickRolePlan {
                who_needs_to_know: who,
                helpers: helpers
                    .into_iter()
                    .map(|(name, person)| Helper {
                        name,
                        phone: String::new(),
                        person,
                    })
                    .collect(),
                deferred: vec![Deferred {
                    what: "x".into(),
                    review_on: review,
                }],
                ..Default::default()
            }))),
        proptest::option::of(rec((
            prop_oneof![Just(ProblemArea::Grief), Just(ProblemArea::Loneliness)],
            day(),
        )
            .prop_map(|(area, since)| Focus { area, since }))),
        proptest::option::of(rec(vec(text(), 0..3).prop_map(|warning_signs| {
            EndingPlan {
                warning_signs,
                ..Default::default()
            }
        }))),
        proptest::option::of(instant()),
    );
    let colls = (
        collection(checkin()),
        collection(
            (
                day(),
                proptest::option::of(0u8..48),
                proptest::option::of(any::<bool>()),
                text(),
            )
                .prop_map(|(date, sleep, meals, note)| SelfCareDay {
                    date,
                    sleep_half_hours: sleep,
                    regular_meals: meals,
                    session: Session::No,
                    note,
                    ..Default::default()
                }),
        ),
        collection(person()),
        collection(
            (day(), text(), vec(id(), 0..2)).prop_map(|(week_of, t, people)| SupportWeek {
                week_of,
                who_can_help: WhoAnswer { text: t, people },
                ..Default::default()
            }),
        ),
        collection(
            (
                day(),
                text(),
                proptest::option::of(Just(MoodDirection::Drops)),
            )
                .prop_map(|(date, text, mood)| LifeEvent {
                    date,
                    text,
                    people: Vec::new(),
                    mood,
                }),
        ),
        collection(worksheet()),
        collection(experiment()),
    );
    (singles, colls).prop_map(
        |(
            (settings, plan, focus, ending, last),
            (checkins, selfcare, people, support, events, worksheets, experiments),
        )| {
            Journal {
                settings,
                checkins,
                sick_role_plan: plan,
                selfcare,
                people,
                support,
                events,
                focus,
                worksheets,
                experiments,
                ending,
                last_backup_at: last,
                my_story: None,
            }
        },
    )
}

/// Later than every generated instant: what a restore compares dates with.
#[allow(non_snake_case)]
pub(super) fn NOW() -> Timestamp {
    FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2036, 6, 1, 0, 0, 0)
        .unwrap()
}

pub(super) fn doc(j: Journal) -> Document {
    let mut d = Document::new(
        FixedOffset::east_opt(3 * 3600)
            .unwrap()
            .with_ymd_and_hms(2026, 1, 1, 9, 0, 0)
            .unwrap(),
    );
    d.journal = j;
    d
}

/// A damaged copy of a valid file: cut short, a slice removed, bytes inserted or replaced.
pub(super) fn mutate(text: &str, kind: u8, pos: usize, len: usize, junk: &str) -> String {
    let bytes = text.as_bytes();
    let pos = pos % (bytes.len() + 1);
    let end = (pos + len).min(bytes.len());
    let mut out: Vec<u8> = match kind % 4 {
        0 => bytes[..pos].to_vec(),
        1 => [&bytes[..pos], &bytes[end..]].concat(),
        2 => [&bytes[..pos], junk.as_bytes(), &bytes[pos..]].concat(),
        _ => [&bytes[..pos], junk.as_bytes(), &bytes[end..]].concat(),
    };
    out.truncate(1 << 20);
    String::from_utf8_lossy(&out).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn backup_then_restore_into_empty_is_lossless(j in journal()) {
        let now = FixedOffset::east_opt(-5 * 3600).unwrap().with_ymd_and_hms(2036, 1, 1, 9, 0, 0).unwrap();
        let (kept, text) = make_backup(&doc(j.clone()), now);
        let (restored, report) = restore(&Journal::default(), &text, NOW()).unwrap();
        prop_assert_eq!(&restored, &kept.journal);
        prop_assert_eq!(report.conflicts, 0);
        let mut expected = j;
        expected.last_backup_at = Some(now);
        prop_assert_eq!(restored, expected);
    }

    #[test]
    fn merging_a_journal_with_itself_changes_nothing(j in journal()) {
        let (merged, report) = restore(&j, &doc(j.clone()).to_json(), NOW()).unwrap();
        prop_assert_eq!(merged, j);
        prop_assert_eq!(report.added + report.updated + report.conflicts, 0);
    }

    #[test]
    fn restore_twice_is_the_same_as_once(ours in journal(), theirs in journal()) {
        let text = doc(theirs).to_json();
        let (once, _) = restore(&ours, &text, NOW()).unwrap();
        let (twice, report) = restore(&once, &text, NOW()).unwrap();
        prop_assert_eq!(report.added, 0);
        prop_assert_eq!(report.updated, 0);
        // Same-instant conflicts keep a fresh copy each time, so only compare without them.
        if report.conflicts == 0 {
            prop_assert_eq!(twice, once);
        }
    }

    #[test]
    fn importers_survive_random_bytes(bytes in vec(any::<u8>(), 0..512)) {
        let text = String::from_utf8_lossy(&bytes);
        let ours = Journal::default();
        if let Err(msg) = restore(&ours, &text, NOW()).map_err(|e| e.to_string()) {
            prop_assert!(msg.ends_with('.'), "{}", msg);
        }
        let _ = read_backup(&text, NOW());
        let _ = read_encrypted(&text);
        let _ = decode_handoff(&text, NOW().date_naive());
    }

    #[test]
    fn importers_survive_damaged_backups(
        j in journal(),
        kind in any::<u8>(),
        pos in any::<usize>(),
        len in 0usize..64,
        junk in "[\\[\\]{}\",:0-9a-z\\\\ ]{0,8}",
    ) {
        let ours = {
            let mut o = Journal::default();
            o.people.insert(Id("keep".into()), Rec {
                id: Id("keep".into()),
                created_at: doc(Journal::default()).created_at,
                updated_at: doc(Journal::default()).created_at,
                deleted_at: None,
                data: Person::default(),
            });
            o
        };
        let before = ours.clone();
        let bad = mutate(&doc(j).to_json(), kind, pos, len, &junk);
        match restore(&ours, &bad, NOW()).map_err(|e| e.to_string()) {
            Ok((merged, _)) => prop_assert!(merged.people.contains_key(&Id("keep".into()))),
            Err(msg) => prop_assert!(msg.ends_with('.'), "{}", msg),
        }
        prop_assert_eq!(ours, before);
        let locked = EncryptedBackup { kind: crate::domain::exchange::sealed::Kind::Backup, iterations: 600_000, salt: vec![1; 16], iv: vec![2; 12], ciphertext: vec![3; 40] }.to_json();
        let _ = read_encrypted(&mutate(&locked, kind, pos, len, &junk));
    }
}

/// Split RFC 4180 text into records of fields (test helper, strict enough for our own output).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// A handoff as the app writes it: one score per measure a week, totals within the measure's
/// range, flags only where the measure has a self-harm question, weeks in order.
pub(super) fn handoff() -> impl Strategy<Value = super::handoff::Handoff> {
    use super::handoff::{Handoff, HandoffScore, HandoffWeek};
    let score = (0usize..3, any::<u16>(), any::<bool>()).prop_map(|(m, n, flag)| {
        let def = &crate::domain::instruments::all()[m];
        let (lo, hi) = def.total_range();
        HandoffScore {
            measure: def.id.clone(),
            total: lo + n % (hi - lo + 1),
            safety_flag: flag && !def.safety_items.is_empty(),
        }
    });
    (
        day(),
        vec((1u64..30, vec(score, 0..4)), 0..60),
        proptest::option::of((
            prop_oneof![Just(ProblemArea::Grief), Just(ProblemArea::RoleTransition)],
            day(),
        )),
        vec("[a-zA-Zé0-9]{1,10}( [a-zà-ü,.]{1,10}){0,4}", 0..5),
    )
        .prop_map(|(start, gaps, focus, lines)| {
            let mut d = start;
            let weeks = gaps
                .into_iter()
                .map(|(gap, mut scores)| {
                    d = d.checked_add_days(chrono::Days::new(gap)).unwrap();
                    let mut seen = std::collections::BTreeSet::new();
                    scores.retain(|s| seen.insert(s.measure.clone()));
                    HandoffWeek { week_of: d, scores }
                })
                .collect();
            Handoff {
                weeks,
                focus,
                lines: lines.into_iter().take(super::handoff::MAX_LINES).collect(),
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn handoff_codes_round_trip(h in handoff()) {
        let link = super::handoff::handoff_link("https://example.org/app/", &h);
        let today = NaiveDate::from_ymd_opt(2040, 1, 1).unwrap();
        prop_assert_eq!(decode_handoff(&link, today), Ok(h));
    }

    #[test]
    fn csv_rows_always_have_the_header_width(j in journal()) {
        let from = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(2040, 1, 1).unwrap();
        let text = super::csv::checkins_csv(&j, from, to);
        let rows = parse_csv(&text);
        prop_assert_eq!(rows.len(), 1 + j.checkins.values().filter(|r| r.is_live()).count());
        let width = rows[0].len();
        for r in &rows {
            prop_assert_eq!(r.len(), width);
            for cell in r {
                prop_assert!(!cell.starts_with(['=', '+', '-', '@']), "{}", cell);
            }
        }
    }
}
