//! A fuzz run in the normal `cargo test`: at least 100,000 inputs per decoder (backup file, handoff
//! code, clinic questionnaire file, stored journal, clinic manifest), from a fixed seed so a failure
//! is reproducible, with zero panics. Inputs are valid files with one to three random edits
//! (a byte changed, a slice cut or repeated, a JSON token or an impossible value put in, the end
//! cut off), random bytes, and random token soup. Each decoder's count, seed and time are printed
//! (`cargo test fuzz -- --nocapture`).

use std::time::Instant;

use chrono::{FixedOffset, NaiveDate, TimeZone};

use super::backup::read_backup;
use super::handoff::decode_handoff;
use super::migrate::read_document;
use crate::domain::checkin::{Answer, CheckIn};
use crate::domain::instruments;
use crate::domain::journal::{Document, Journal};
use crate::domain::people::Person;
use crate::domain::record::{CollectionExt, Timestamp};

/// Inputs per decoder.
pub const RUNS: usize = 100_000;
/// The seed of every run (change it to explore; a failure prints it).
pub const SEED: u64 = 0x5EED_B5E5_2026_1206;

/// xorshift64*: small, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "99",
    "255",
    "65535",
    "4294967296",
    "1e999",
    "-0",
    "\"\"",
    "\"phq9\"",
    "\"gad7\"",
    "\"epds\"",
    "\"phq9.77\"",
    "\"LA6569-3\"",
    "\"2199-01-01T00:00:00Z\"",
    "\"1800-01-01T00:00:00Z\"",
    "\"2026-13-45\"",
    "\"score\"",
    "\"answers\"",
    "\"schema\"",
    "\"format\"",
    "\"id\"",
    "\"between-sessions/journal\"",
    "\"between-sessions/encrypted-backup\"",
    "\u{feff}",
    "é",
    "\u{0}",
    "\u{7f}",
    "\u{202e}",
];

fn edit(rng: &mut Rng, valid: &[u8]) -> String {
    let mut b = valid.to_vec();
    for _ in 0..=rng.below(3) {
        let pos = rng.below(b.len() + 1);
        match rng.below(6) {
            0 => {
                if let Some(x) = b.get_mut(pos) {
                    *x = (rng.next() & 0x7f) as u8;
                }
            }
            1 => {
                let end = (pos + rng.below(64)).min(b.len());
                b.drain(pos..end);
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(pos..pos, t.iter().copied());
            }
            3 => {
                let end = (pos + rng.below(16)).min(b.len());
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                b.splice(pos..end, t.iter().copied());
            }
            4 => b.truncate(pos),
            _ => {
                let end = (pos + rng.below(128)).min(b.len());
                let copy = b[pos..end].to_vec();
                b.splice(pos..pos, copy);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

fn noise(rng: &mut Rng) -> String {
    if rng.below(2) == 0 {
        let bytes: Vec<u8> = (0..rng.below(256)).map(|_| rng.next() as u8).collect();
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        (0..rng.below(64))
            .map(|_| TOKENS[rng.below(TOKENS.len())])
            .collect()
    }
}

/// One input: usually a valid text with a few edits, sometimes plain noise.
fn input(rng: &mut Rng, valid: &[&str]) -> String {
    match rng.below(8) {
        0 => noise(rng),
        _ => {
            let base = valid[rng.below(valid.len())];
            edit(rng, base.as_bytes())
        }
    }
}

fn now() -> Timestamp {
    FixedOffset::east_opt(3 * 3600)
        .and_then(|o| o.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).single())
        .unwrap_or_default()
}

/// A small journal with a record of the kinds that matter most (a cheap input per run).
fn small_journal() -> String {
    let t = now() - chrono::Duration::days(30);
    let mut j = Journal::default();
    let def = instruments::phq9();
    j.checkins.add(
        CheckIn {
            measure: "phq9".into(),
            date: t.date_naive(),
            answers: def
                .items
                .iter()
                .map(|i| Answer {
                    item: i.id.clone(),
                    option: i.options[0].code.clone(),
                    score: i.options[0].score,
                })
                .collect(),
            safety_flag: false,
            since_last_met: "Tired".into(),
            people_this_week: String::new(),
        },
        t,
    );
    j.people.add(
        Person {
            name: "Amani".into(),
            ..Default::default()
        },
        t,
    );
    let mut d = Document::new(t);
    d.journal = j;
    d.to_json()
}

fn run(name: &str, valid: &[&str], decode: impl Fn(&str)) {
    let mut rng = Rng(SEED);
    let start = Instant::now();
    for _ in 0..RUNS {
        decode(&input(&mut rng, valid));
    }
    println!(
        "fuzz {name}: {RUNS} inputs, seed {SEED:#x}, {} ms, no panic",
        start.elapsed().as_millis()
    );
}

#[test]
fn fuzz_backup_files() {
    let journal = small_journal();
    let locked = super::backup::EncryptedBackup {
        kind: crate::domain::exchange::sealed::Kind::Backup,
        iterations: 600_000,
        salt: vec![1; 16],
        iv: vec![2; 12],
        ciphertext: vec![3; 40],
    }
    .to_json();
    run("backup", &[journal.as_str(), locked.as_str()], |t| {
        let _ = read_backup(t, now());
    });
}

#[test]
fn fuzz_stored_journals() {
    let journal = small_journal();
    run("stored journal", &[journal.as_str()], |t| {
        let _ = read_document(t, None);
    });
}

#[test]
fn fuzz_handoff_codes() {
    let j = super::sample::sample_journal();
    let s = super::summary::therapist_summary(
        &j,
        super::sample::d("2026-02-01"),
        super::sample::d("2026-02-28"),
        super::summary::Sections::all(),
    );
    let h = super::handoff::handoff_from_summary(&s, None, None);
    let code = super::handoff::encode_handoff(&h);
    let today = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
    // Edits of the code's text, and of its bytes (re-encoded, so the decoder sees the damage).
    let bytes = super::base64::decode_url(code.trim_start_matches(super::handoff::PREFIX))
        .unwrap_or_default();
    let mut rng = Rng(SEED ^ 1);
    let start = Instant::now();
    for i in 0..RUNS {
        let text = if i % 2 == 0 {
            input(&mut rng, &[code.as_str()])
        } else {
            let mut b = bytes.clone();
            for _ in 0..=rng.below(3) {
                if b.is_empty() {
                    break;
                }
                let pos = rng.below(b.len());
                match rng.below(3) {
                    0 => b[pos] = rng.next() as u8,
                    1 => b.insert(pos, rng.next() as u8),
                    _ => {
                        b.remove(pos);
                    }
                }
            }
            format!(
                "{}{}",
                super::handoff::PREFIX,
                super::base64::encode_url(&b)
            )
        };
        if let Ok(h) = decode_handoff(&text, today) {
            // Whatever is read is something the app could have written.
            assert!(h.lines.len() <= super::handoff::MAX_LINES, "{text}");
            for w in &h.weeks {
                assert!(w.week_of <= today.succ_opt().unwrap_or(today), "{text}");
                for s in &w.scores {
                    let def = instruments::by_id(&s.measure).unwrap_or_else(|| panic!("{text}"));
                    assert!(s.total <= def.total_range().1, "{text}");
                    assert!(!s.safety_flag || !def.safety_items.is_empty(), "{text}");
                }
            }
        }
    }
    println!(
        "fuzz handoff: {RUNS} inputs, seed {SEED:#x}, {} ms, no panic",
        start.elapsed().as_millis()
    );
}

#[test]
fn fuzz_clinic_files() {
    let placeholder = include_str!("../../../tests/fixtures/clinic/epds-placeholder.json");
    let epds = instruments::epds();
    let manifest =
        r#"{"format":"between-sessions/clinic-files","version":1,"files":["epds.json"]}"#;
    run("clinic file", &[placeholder], |t| {
        let _ = instruments::apply_texts(&epds, t);
    });
    run("clinic manifest", &[manifest], |t| {
        let _ = super::clinic_files::listed(t, &["epds", "phq9", "gad7"]);
    });
}
