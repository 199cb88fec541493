//! Host integration tests of the share features through the public API: the pinned schema-1
//! journal exported as FHIR R4 and checked by a real validator (PyPI `fhir.resources`, R4 4.0.1,
//! see `scripts/validate_fhir.py` and `requirements-test.txt`), plus CSV and backup round trips.
//!
//! The validator runs with `$FHIR_PYTHON`, else `.cache/venv/bin/python` in the repo. When neither
//! has `fhir.resources`, the test says so and passes, unless `REQUIRE_FHIR_VALIDATOR=1` (CI sets it)
//! makes that a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use between_sessions::domain::exchange::backup::{make_backup, restore};
use between_sessions::domain::exchange::csv::checkins_csv;
use between_sessions::domain::exchange::fhir::fhir_bundle_json;
use between_sessions::domain::exchange::migrate::read_document;
use between_sessions::domain::journal::{Document, Journal};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> Document {
    let path = repo().join("tests/fixtures/journals/v1-sample.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    read_document(&text, None).unwrap_or_else(|e| panic!("fixture: {e}"))
}

fn day(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-03-01T10:00:00+03:00")
        .unwrap_or_else(|e| panic!("{e}"))
}

fn python() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("FHIR_PYTHON").map(PathBuf::from),
        Some(repo().join(".cache/venv/bin/python")),
    ];
    candidates.into_iter().flatten().find(|p| {
        Command::new(p)
            .args(["-c", "import fhir.resources"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn fhir_bundle_passes_a_real_r4_validator() {
    let doc = fixture();
    let text = fhir_bundle_json(
        &doc.journal,
        day("2026-02-01"),
        day("2026-02-28"),
        "A.",
        now(),
    );
    let path =
        std::env::temp_dir().join(format!("between-sessions-fhir-{}.json", std::process::id()));
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));

    let Some(py) = python() else {
        let required = std::env::var("REQUIRE_FHIR_VALIDATOR").is_ok_and(|v| v == "1");
        assert!(!required, "REQUIRE_FHIR_VALIDATOR=1 but no python with fhir.resources (pip install -r requirements-test.txt)");
        eprintln!("NOTE: FHIR validation not run: no python with fhir.resources (pip install -r requirements-test.txt)");
        return;
    };
    let out = Command::new(py)
        .arg(repo().join("scripts/validate_fhir.py"))
        .arg("--self-test")
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("running the validator: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.starts_with("OK: FHIR R4 4.0.1 Bundle with 10 resources"),
        "{stdout}"
    );
}

#[test]
fn csv_of_the_pinned_journal_has_one_row_per_live_check_in() {
    let csv = checkins_csv(&fixture().journal, day("2026-02-01"), day("2026-02-28"));
    let rows: Vec<&str> = csv
        .split("\r\n")
        .filter(|l| l.starts_with("2026-"))
        .collect();
    assert_eq!(rows.len(), 8);
    assert!(rows
        .iter()
        .all(|r| r.contains(",PHQ-9,") || r.contains(",GAD-7,")));
}

#[test]
fn backup_of_the_pinned_journal_restores_into_an_empty_one() {
    let doc = fixture();
    let (kept, text) = make_backup(&doc, now());
    let (restored, report) =
        restore(&Journal::default(), &text, now()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(restored, kept.journal);
    assert_eq!(report.conflicts, 0);
    let cut = &text[..text.len() - 10];
    let err = restore(&kept.journal, cut, now())
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(err.contains("incomplete"), "{err}");
}
