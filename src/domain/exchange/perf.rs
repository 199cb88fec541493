//! Native timings of every export on a stored journal (not a test: run on demand with
//! `BENCH_JOURNAL=<file> cargo test --release --lib exchange::perf -- --ignored --nocapture`,
//! e.g. with the five-year journal the browser benchmark writes under BENCH_SAVE).

use std::time::Instant;

use chrono::NaiveDate;

use super::migrate::read_document;
use super::{backup, csv, fhir, handoff, summary};

fn time<R>(name: &str, runs: u32, mut f: impl FnMut() -> R) {
    let t = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    println!(
        "{name:40} {:8.2} ms",
        t.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
    );
}

#[test]
#[ignore = "timings on demand"]
fn export_timings() {
    let Ok(path) = std::env::var("BENCH_JOURNAL") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let Ok(doc) = read_document(&text, None) else {
        panic!("not a journal");
    };
    let j = &doc.journal;
    let now = doc.updated_at;
    let d = |s: &str| s.parse::<NaiveDate>().unwrap_or_default();
    time("parse and check", 20, || read_document(&text, None).is_ok());
    time("to_json", 20, || doc.to_json().len());
    for (label, from, to) in [
        ("16 weeks", d("2025-09-01"), d("2025-12-31")),
        ("5 years", d("2021-01-01"), d("2026-12-31")),
    ] {
        time(&format!("csv {label}"), 20, || {
            csv::checkins_csv(j, from, to).len()
        });
        time(&format!("fhir {label}"), 20, || {
            fhir::fhir_bundle_json(j, from, to, "A.", now).len()
        });
        println!(
            "fhir {label}: {} bytes",
            fhir::fhir_bundle_json(j, from, to, "A.", now).len()
        );
        time(&format!("summary {label}"), 20, || {
            summary::therapist_summary(j, from, to, summary::Sections::all())
        });
        time(&format!("handoff {label}"), 20, || {
            let s = summary::therapist_summary(j, from, to, summary::Sections::all());
            handoff::handoff_link(
                "http://127.0.0.1/handoff",
                &handoff::handoff_from_summary(&s, None, Some(40)),
            )
        });
    }
    time("backup", 20, || backup::make_backup(&doc, now).1.len());
    let mut doc = doc.clone();
    time("backup_text", 20, || {
        backup::backup_text(&mut doc, now).len()
    });
}
