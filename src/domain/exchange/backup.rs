//! Backup and restore: a full backup file is the journal [`Document`] as JSON (format, schema and
//! app version envelope). Restoring reads and validates the whole file first, then merges record by
//! record (newest `updated_at` wins, a conflicting copy is kept, never dropped). A file that cannot
//! be read changes nothing and gets a message saying why.
//!
//! A passphrase-protected backup wraps the same JSON in the app's one sealed envelope
//! ([`EncryptedBackup`], see [`super::sealed`]); the encryption itself (PBKDF2-SHA-256 →
//! AES-256-GCM) is done by WebCrypto in the browser store.

use chrono::Duration;
use serde_json::Value;

use super::migrate::{read_document, DocumentError};
use super::validate::Invalid;
use crate::domain::journal::{Document, Journal, MergeReport};
use crate::domain::record::{Collection, Rec, Timestamp};

use super::sealed::{Kind, Sealed, SealedError};
pub use super::sealed::{
    ITERATIONS, IV_LEN, KDF, MAX_ITERATIONS, MIN_ITERATIONS, MIN_SALT_LEN,
    VERSION as ENCRYPTED_VERSION,
};

/// The `format` of an encrypted backup envelope.
pub const ENCRYPTED_FORMAT: &str = "between-sessions/encrypted-backup";
/// The home screen suggests a backup when the last one is older than this many days.
pub const BACKUP_DUE_DAYS: i64 = 14;

/// Why a backup file could not be restored. Every message is a sentence for the user and says
/// that nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file has nothing in it.
    Empty,
    /// Not JSON: another kind of file (a photo, a CSV, a PDF).
    NotJson,
    /// JSON cut short: an incomplete download or copy.
    Truncated,
    /// JSON, but from another app.
    Foreign,
    /// Made by a newer version of the app.
    TooNew { schema: u32 },
    /// Ours, but a field is damaged (the detail names it).
    Damaged(String),
    /// Ours and well formed, but a value is impossible (a score no option gives, a missing
    /// answer, a person without a name…): the first one found.
    Invalid(Invalid),
    /// A passphrase-protected backup: ask for the passphrase, then decrypt in the store.
    NeedsPassphrase,
    /// The passphrase did not open the backup (reported by the store after decryption fails).
    WrongPassphrase,
    /// This browser cannot open a passphrase-locked backup (no WebCrypto; reported by the store).
    CannotOpenHere,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => write!(
                f,
                "This file is empty. Choose the backup file you saved from Between Sessions. Nothing was changed."
            ),
            ImportError::NotJson => write!(
                f,
                "This is not a Between Sessions backup file. Choose the .json file you saved from Between Sessions. Nothing was changed."
            ),
            ImportError::Truncated => write!(
                f,
                "This backup file is incomplete: it ends too early, perhaps because it was not fully downloaded or copied. Try another copy. Nothing was changed."
            ),
            ImportError::Foreign => write!(
                f,
                "This file comes from another app, not from Between Sessions. Nothing was changed."
            ),
            ImportError::TooNew { schema } => write!(
                f,
                "This backup was made by a newer version of Between Sessions (format {schema}). Update the app, then try again. Nothing was changed."
            ),
            ImportError::Damaged(detail) => write!(
                f,
                "This backup file is damaged ({detail}). Try another copy. Nothing was changed."
            ),
            ImportError::Invalid(reason) => write!(
                f,
                "This backup file is damaged: {reason}. Try another copy. Nothing was changed."
            ),
            ImportError::NeedsPassphrase => write!(
                f,
                "This backup is locked with a passphrase. Enter the passphrase to open it."
            ),
            ImportError::WrongPassphrase => write!(
                f,
                "That passphrase does not open this backup. Check it and try again. Nothing was changed."
            ),
            ImportError::CannotOpenHere => write!(
                f,
                "This browser cannot open a backup locked with a passphrase. Open it in an up-to-date browser. Nothing was changed."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<DocumentError> for ImportError {
    fn from(e: DocumentError) -> Self {
        match e {
            DocumentError::NotJson(_) => ImportError::NotJson,
            DocumentError::Foreign => ImportError::Foreign,
            DocumentError::TooNew { schema } => ImportError::TooNew { schema },
            DocumentError::Malformed(d) => ImportError::Damaged(d),
            DocumentError::Invalid(i) => ImportError::Invalid(i),
        }
    }
}

/// Parse JSON text, telling a cut-short file from one that is not JSON at all.
fn parse_json(text: &str) -> Result<Value, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    serde_json::from_str(text).map_err(|e| {
        if e.is_eof() {
            ImportError::Truncated
        } else {
            ImportError::NotJson
        }
    })
}

/// Read and fully validate a backup file: envelope, schema (migrating older ones) and every
/// record and value (see [`validate`](super::validate); nothing in it may be dated after `now`).
/// Never panics; on error nothing has been touched.
pub fn read_backup(text: &str, now: Timestamp) -> Result<Document, ImportError> {
    let value = parse_json(text)?;
    if value.get("format").and_then(Value::as_str) == Some(ENCRYPTED_FORMAT) {
        // Check the envelope so a damaged or newer one is reported before asking for a passphrase.
        read_encrypted(text)?;
        return Err(ImportError::NeedsPassphrase);
    }
    super::migrate::migrate(value)?;
    // Deserialize from the text, not from the `Value`: a second set of Deserialize impls for
    // every record type (from `Value`) would double that code in the WASM bundle.
    read_document(text, Some(now)).map_err(|e| match e {
        DocumentError::NotJson(m) | DocumentError::Malformed(m) => ImportError::Damaged(m),
        other => other.into(),
    })
}

/// Whether a single record changed in both copies at the same instant with different content:
/// `Journal::merge` keeps ours, so the restore report counts it as a conflict instead of hiding it.
fn single_conflict<T: PartialEq>(ours: &Option<Rec<T>>, theirs: &Option<Rec<T>>) -> bool {
    match (ours, theirs) {
        (Some(o), Some(t)) => {
            o.updated_at == t.updated_at && (o.data != t.data || o.deleted_at != t.deleted_at)
        }
        _ => false,
    }
}

/// Merge a validated backup into a copy of `ours` and report what happened.
pub fn merge_backup(ours: &Journal, backup: &Document) -> (Journal, MergeReport) {
    let theirs = &backup.journal;
    let singles = [
        single_conflict(&ours.settings, &theirs.settings),
        single_conflict(&ours.sick_role_plan, &theirs.sick_role_plan),
        single_conflict(&ours.focus, &theirs.focus),
        single_conflict(&ours.ending, &theirs.ending),
    ];
    let mut merged = ours.clone();
    let mut report = merged.merge(theirs);
    report.conflicts += singles.iter().filter(|c| **c).count();
    (merged, report)
}

/// What restoring this file would do, without doing it: the counts to show before the user
/// confirms, or why the file cannot be restored.
pub fn restore_preview(
    ours: &Journal,
    file_text: &str,
    now: Timestamp,
) -> Result<MergeReport, ImportError> {
    let doc = read_backup(file_text, now)?;
    Ok(merge_backup(ours, &doc).1)
}

/// Restore a backup file: validate it completely, then merge it into `ours` record by record.
/// Returns the new journal and the report; on error `ours` is untouched and the error says why.
pub fn restore(
    ours: &Journal,
    file_text: &str,
    now: Timestamp,
) -> Result<(Journal, MergeReport), ImportError> {
    let doc = read_backup(file_text, now)?;
    Ok(merge_backup(ours, &doc))
}

/// One sentence telling the user what a restore did or would do.
pub fn describe_report(r: &MergeReport) -> String {
    let mut s = format!(
        "{} added, {} updated from the backup, {} already up to date.",
        r.added, r.updated, r.kept
    );
    if r.conflicts > 0 {
        s.push_str(&format!(
            " {} changed in both copies at the same moment: both versions were kept.",
            r.conflicts
        ));
    }
    s
}

/// Make a backup: the document to keep (its `last_backup_at` set to `now`) and the file text.
pub fn make_backup(doc: &Document, now: Timestamp) -> (Document, String) {
    let mut next = doc.clone();
    mark_backed_up(&mut next, now);
    let text = next.to_json();
    (next, text)
}

/// The backup file text for `now`: the document as it will be once the backup is out (its
/// `last_backup_at` set to `now`, see [`mark_backed_up`]). `doc` is left exactly as it was: it
/// is changed only for the time it takes to write the text, so a five-year journal is not copied
/// just to change two fields. Call [`mark_backed_up`] once the file is really out.
pub fn backup_text(doc: &mut Document, now: Timestamp) -> String {
    let before = (
        doc.journal.last_backup_at,
        doc.updated_at,
        std::mem::take(&mut doc.app_version),
    );
    mark_backed_up(doc, now);
    let text = doc.to_json();
    doc.journal.last_backup_at = before.0;
    doc.updated_at = before.1;
    doc.app_version = before.2;
    text
}

/// Remember that a backup was made at `now` (drives the home screen's backup nudge).
pub fn mark_backed_up(doc: &mut Document, now: Timestamp) {
    doc.journal.last_backup_at = Some(now);
    doc.touch(now);
}

/// A file name for a backup made at `now` ("between-sessions-backup-2026-11-25.json").
pub fn backup_file_name(now: Timestamp) -> String {
    format!("between-sessions-backup-{}.json", now.format("%Y-%m-%d"))
}

/// A file name for a copy kept for recovery, handed over at `now`
/// ("between-sessions-kept-2026-11-25.json"): the text exactly as it was kept.
pub fn kept_file_name(now: &Timestamp) -> String {
    format!("between-sessions-kept-{}.json", now.format("%Y-%m-%d"))
}

/// The newest change to anything worth backing up (every record except the settings, deleted
/// ones included: a deletion is a change too).
pub fn latest_change(j: &Journal) -> Option<Timestamp> {
    fn coll<T>(c: &Collection<T>) -> Option<Timestamp> {
        c.values().map(|r| r.updated_at).max()
    }
    fn single<T>(r: &Option<Rec<T>>) -> Option<Timestamp> {
        r.as_ref().map(|r| r.updated_at)
    }
    [
        coll(&j.checkins),
        single(&j.sick_role_plan),
        coll(&j.selfcare),
        coll(&j.people),
        coll(&j.support),
        coll(&j.events),
        single(&j.focus),
        coll(&j.worksheets),
        coll(&j.experiments),
        single(&j.ending),
    ]
    .into_iter()
    .flatten()
    .max()
}

/// Whether the home screen should suggest a backup: there is something not yet backed up, and
/// there has never been a backup or the last one is more than [`BACKUP_DUE_DAYS`] days old.
pub fn backup_due(j: &Journal, now: Timestamp) -> bool {
    let Some(changed) = latest_change(j) else {
        return false;
    };
    match j.last_backup_at {
        None => true,
        Some(last) => changed > last && now - last > Duration::days(BACKUP_DUE_DAYS),
    }
}

/// Whole days since the last backup, `None` if there never was one.
pub fn days_since_backup(j: &Journal, now: Timestamp) -> Option<i64> {
    j.last_backup_at.map(|last| (now - last).num_days().max(0))
}

/// A passphrase-protected backup: the backup JSON in the app's one sealed envelope
/// ([`Sealed`], kind [`Kind::Backup`]), encrypted with AES-256-GCM under a key derived from the
/// passphrase by PBKDF2-SHA-256 with its salt and rounds.
pub type EncryptedBackup = Sealed;

impl From<SealedError> for ImportError {
    fn from(e: SealedError) -> Self {
        match e {
            SealedError::Foreign => ImportError::Foreign,
            SealedError::TooNew(v) => ImportError::TooNew { schema: v },
            SealedError::Damaged(d) => ImportError::Damaged(d),
        }
    }
}

/// Read a passphrase-protected backup file's envelope (check [`is_encrypted`] first). Errors
/// are sentences for the user.
pub fn read_encrypted(text: &str) -> Result<EncryptedBackup, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(Sealed::parse(text, Kind::Backup)?)
}

/// Whether the file text is a passphrase-protected backup envelope (so the UI asks for the
/// passphrase before anything else).
pub fn is_encrypted(text: &str) -> bool {
    parse_json(text)
        .ok()
        .and_then(|v| {
            v.get("format")
                .and_then(Value::as_str)
                .map(|f| f == ENCRYPTED_FORMAT)
        })
        .unwrap_or(false)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::exchange::sample::sample_journal;
    use crate::domain::record::tests::at;
    use crate::domain::record::CollectionExt;

    fn now() -> Timestamp {
        at("2026-12-01T09:00:00+03:00")
    }

    fn doc_with(j: Journal) -> Document {
        let mut d = Document::new(at("2026-03-01T08:00:00+03:00"));
        d.journal = j;
        d
    }

    #[test]
    fn restore_into_an_empty_journal_brings_back_everything() {
        let doc = doc_with(sample_journal());
        let (_, text) = make_backup(&doc, at("2026-04-01T20:00:00+03:00"));
        let (restored, report) = restore(&Journal::default(), &text, now()).unwrap();
        let mut expected = doc.journal.clone();
        expected.last_backup_at = Some(at("2026-04-01T20:00:00+03:00"));
        assert_eq!(restored, expected);
        assert_eq!(report.conflicts, 0);
        assert_eq!(report.updated, 4, "the four single plans/settings");
        assert!(report.added >= 10, "{report:?}");
    }

    #[test]
    fn backup_text_is_the_backup_and_leaves_the_document_as_it_was() {
        let mut doc = doc_with(sample_journal());
        doc.app_version = "0.0.9".into();
        let before = doc.clone();
        let now = at("2026-04-01T20:00:00+03:00");
        let text = backup_text(&mut doc, now);
        assert_eq!(doc, before, "nothing changes until the file is out");
        let (kept, expected) = make_backup(&before, now);
        assert_eq!(text, expected);
        mark_backed_up(&mut doc, now);
        assert_eq!(doc, kept);
        assert_eq!(doc.journal.last_backup_at, Some(now));
    }

    #[test]
    fn restoring_the_same_backup_twice_changes_nothing() {
        let doc = doc_with(sample_journal());
        let (kept, text) = make_backup(&doc, at("2026-04-01T20:00:00+03:00"));
        let (again, report) = restore(&kept.journal, &text, now()).unwrap();
        assert_eq!(again, kept.journal);
        assert_eq!(report.added + report.updated + report.conflicts, 0);
    }

    #[test]
    fn a_plan_edited_in_both_copies_at_the_same_moment_is_reported() {
        let ours = sample_journal();
        let mut theirs = ours.clone();
        if let Some(plan) = theirs.sick_role_plan.as_mut() {
            plan.data.who_needs_to_know = "My sister".into();
        }
        let text = doc_with(theirs).to_json();
        let report = restore_preview(&ours, &text, now()).unwrap();
        assert_eq!(report.conflicts, 1);
        assert!(describe_report(&report).contains("both versions were kept"));
    }

    #[test]
    fn a_conflicting_check_in_is_kept_as_a_second_copy() {
        let mut ours = sample_journal();
        let id = ours.checkins.keys().next().cloned().unwrap();
        let mut theirs = ours.clone();
        let t = at("2026-03-20T10:00:00+03:00");
        let mut mine = ours.checkins[&id].data.clone();
        mine.since_last_met = "ours".into();
        ours.checkins.update(&id, mine, t);
        let mut other = theirs.checkins[&id].data.clone();
        other.since_last_met = "theirs".into();
        theirs.checkins.update(&id, other, t);
        let before = ours.checkins.len();
        let (merged, report) = restore(&ours, &doc_with(theirs).to_json(), now()).unwrap();
        assert_eq!(report.conflicts, 1);
        assert_eq!(merged.checkins.len(), before + 1);
        let notes: Vec<&str> = merged
            .checkins
            .values()
            .map(|r| r.data.since_last_met.as_str())
            .collect();
        assert!(notes.contains(&"ours") && notes.contains(&"theirs"));
    }

    #[test]
    fn every_bad_file_gets_its_own_message_and_changes_nothing() {
        let ours = sample_journal();
        let good = doc_with(sample_journal()).to_json();
        let cut = &good[..good.len() / 2];
        let newer = good.replacen("\"schema\":1", "\"schema\":2", 1);
        let damaged = good.replacen("\"created_at\":\"2026", "\"created_at\":\"yesterday", 1);
        let locked = EncryptedBackup {
            kind: crate::domain::exchange::sealed::Kind::Backup,
            iterations: ITERATIONS,
            salt: vec![7; 16],
            iv: vec![1; 12],
            ciphertext: vec![9; 64],
        }
        .to_json();
        let cases = [
            ("", ImportError::Empty),
            ("date,measure\n2026-01-01,phq9\n", ImportError::NotJson),
            (cut, ImportError::Truncated),
            (
                r#"{"resourceType":"Bundle","type":"collection"}"#,
                ImportError::Foreign,
            ),
            (&newer, ImportError::TooNew { schema: 2 }),
            (&locked, ImportError::NeedsPassphrase),
        ];
        let mut messages = Vec::new();
        for (text, expected) in cases {
            assert_eq!(
                read_backup(text, now()),
                Err(expected.clone()),
                "{text:.60}"
            );
            let copy = ours.clone();
            let msg = restore(&copy, text, now()).unwrap_err().to_string();
            assert_eq!(copy, ours);
            assert!(msg.ends_with('.'), "{msg}");
            messages.push(msg);
        }
        assert!(matches!(
            read_backup(&damaged, now()),
            Err(ImportError::Damaged(_))
        ));
        messages.push(restore(&ours, &damaged, now()).unwrap_err().to_string());
        let unique: std::collections::BTreeSet<&String> = messages.iter().collect();
        assert_eq!(unique.len(), messages.len(), "{messages:#?}");
    }

    #[test]
    fn a_record_without_an_id_is_damage() {
        let mut j = Journal::default();
        let id = j.people.add(Default::default(), at("2026-03-01T08:00:00Z"));
        if let Some(mut rec) = j.people.remove(&id) {
            rec.id = " ".into();
            j.people.insert(rec.id.clone(), rec);
        }
        let err = read_backup(&doc_with(j).to_json(), now()).unwrap_err();
        assert_eq!(
            err,
            ImportError::Invalid(crate::domain::exchange::validate::Invalid::BadId(
                crate::domain::exchange::validate::Part::Person
            ))
        );
        assert!(
            err.to_string().contains("a person has no proper id"),
            "{err}"
        );
    }

    #[test]
    fn encrypted_envelope_round_trips_and_rejects_damage() {
        let e = EncryptedBackup {
            kind: crate::domain::exchange::sealed::Kind::Backup,
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            iv: (0..12).collect(),
            ciphertext: (0..100).collect(),
        };
        let text = e.to_json();
        assert!(text.contains(r#""kdf":"PBKDF2-SHA-256""#));
        assert!(text.contains(r#""iterations":600000"#));
        assert!(is_encrypted(&text));
        assert!(!is_encrypted(&doc_with(Journal::default()).to_json()));
        assert_eq!(read_encrypted(&text), Ok(e));
        let weak = text.replace("600000", "1000");
        assert!(matches!(
            read_encrypted(&weak),
            Err(ImportError::Damaged(_))
        ));
        let newer = text.replace(r#""version":1"#, r#""version":3"#);
        assert_eq!(
            read_encrypted(&newer),
            Err(ImportError::TooNew { schema: 3 })
        );
        let bad_iv = text.replace("AAECAwQFBgcICQoL", "AAECAwQF");
        assert!(matches!(
            read_encrypted(&bad_iv),
            Err(ImportError::Damaged(_))
        ));
        let no_salt = text.replace(r#""salt""#, r#""pepper""#);
        assert!(matches!(
            read_encrypted(&no_salt),
            Err(ImportError::Damaged(_))
        ));
        assert!(ImportError::WrongPassphrase.to_string().ends_with('.'));
    }

    #[test]
    fn backup_nudge_after_fourteen_days_only_when_there_is_something_new() {
        let mut j = Journal::default();
        let now = at("2026-05-20T09:00:00+03:00");
        assert!(!backup_due(&j, now), "nothing to back up yet");
        j.people
            .add(Default::default(), at("2026-05-01T09:00:00+03:00"));
        assert!(backup_due(&j, now), "never backed up");
        j.last_backup_at = Some(at("2026-04-20T09:00:00+03:00"));
        assert!(backup_due(&j, now), "30 days old, with a newer change");
        assert_eq!(days_since_backup(&j, now), Some(30));
        assert!(
            !backup_due(&j, at("2026-05-04T09:00:00+03:00")),
            "exactly 14 days"
        );
        assert!(backup_due(&j, at("2026-05-04T09:00:01+03:00")));
        j.last_backup_at = Some(at("2026-05-02T09:00:00+03:00"));
        assert!(
            !backup_due(&j, now),
            "nothing changed since the last backup"
        );
        j.people
            .add(Default::default(), at("2026-05-12T09:00:00+03:00"));
        assert!(backup_due(&j, now), "18 days old, with a newer change");
        j.last_backup_at = Some(at("2026-05-10T09:00:00+03:00"));
        assert!(!backup_due(&j, now), "10 days is recent enough");
    }

    #[test]
    fn backup_file_name_uses_the_local_day() {
        assert_eq!(
            backup_file_name(at("2026-11-25T23:30:00-05:00")),
            "between-sessions-backup-2026-11-25.json"
        );
    }
}
