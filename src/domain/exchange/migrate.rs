//! Reading a journal document: parse the envelope, migrate older schemas step by step to
//! [`SCHEMA_VERSION`], deserialize, and check every value ([`validate`](super::validate)). Every
//! way a journal comes in (the stored journal, a second tab, a backup, a copy kept for recovery)
//! reads it here. Each schema change adds one step in [`migrate`] and a pinned fixture of the old
//! document under `tests/fixtures/` whose load is tested.

use serde::Deserialize;
use serde_json::Value;

use super::validate::{check_document, Invalid};
use crate::domain::journal::{Document, FORMAT, SCHEMA_VERSION};
use crate::domain::record::Timestamp;

/// Why a stored or imported document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentError {
    /// Not JSON at all, or cut short.
    NotJson(String),
    /// JSON, but not a Between Sessions journal.
    Foreign,
    /// Written by a newer version of the app than this one.
    TooNew { schema: u32 },
    /// Ours, but a field has the wrong shape.
    Malformed(String),
    /// Ours and well formed, but a value is impossible (the first one found).
    Invalid(Invalid),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentError::NotJson(e) => write!(f, "This is not a readable journal file ({e})."),
            DocumentError::Foreign => write!(f, "This file is not a Between Sessions journal."),
            DocumentError::TooNew { schema } => write!(
                f,
                "This file was made by a newer version of Between Sessions (format {schema}). Update the app, then try again."
            ),
            DocumentError::Malformed(e) => write!(f, "This journal file is damaged ({e})."),
            DocumentError::Invalid(e) => write!(f, "This journal file is damaged: {e}."),
        }
    }
}

/// Read a stored or imported document: envelope, migrations, every record, every value. `now` is
/// given for a document from elsewhere (see [`check_document`]). Never panics.
///
/// A current-schema document is deserialized straight from the text; only older schemas go
/// through `serde_json::Value` and the migrations. (Deserializing every record type twice,
/// once from text and once from a `Value`, doubled the serde code in the WASM bundle.)
pub fn read_document(text: &str, now: Option<Timestamp>) -> Result<Document, DocumentError> {
    let doc = parse(text)?;
    check_document(&doc, now).map_err(DocumentError::Invalid)?;
    Ok(doc)
}

/// The schema version a document's envelope names, if it is a journal of ours that this build
/// cannot read because it is newer (so the app keeps its hands off it).
pub fn newer_schema(text: &str) -> Option<u32> {
    match envelope(text) {
        Err(DocumentError::TooNew { schema }) => Some(schema),
        _ => None,
    }
}

#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema: Option<u64>,
}

fn envelope(text: &str) -> Result<Option<u64>, DocumentError> {
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|e| DocumentError::NotJson(e.to_string()))?;
    let envelope: Envelope = serde_json::from_str(text).map_err(|_| DocumentError::Foreign)?;
    if envelope.format.as_deref() != Some(FORMAT) {
        return Err(DocumentError::Foreign);
    }
    if let Some(schema) = envelope.schema {
        if schema > u64::from(SCHEMA_VERSION) {
            return Err(DocumentError::TooNew {
                schema: u32::try_from(schema).unwrap_or(u32::MAX),
            });
        }
    }
    Ok(envelope.schema)
}

/// Parse and migrate, without the value checks.
fn parse(text: &str) -> Result<Document, DocumentError> {
    let schema = envelope(text)?;
    let malformed = |e: serde_json::Error| DocumentError::Malformed(e.to_string());
    if schema == Some(u64::from(SCHEMA_VERSION)) {
        return serde_json::from_str(text).map_err(malformed);
    }
    let value: Value = serde_json::from_str(text).map_err(malformed)?;
    let migrated = migrate(value)?;
    let text = serde_json::to_string(&migrated).map_err(malformed)?;
    serde_json::from_str(&text).map_err(malformed)
}

/// Check the envelope and migrate step by step to the current schema.
pub fn migrate(value: Value) -> Result<Value, DocumentError> {
    let Value::Object(map) = &value else {
        return Err(DocumentError::Foreign);
    };
    if map.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DocumentError::Foreign);
    }
    let schema = map
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| DocumentError::Malformed("schema version missing".into()))?;
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > SCHEMA_VERSION {
        return Err(DocumentError::TooNew { schema });
    }
    if schema == 0 {
        return Err(DocumentError::Malformed("schema version 0".into()));
    }
    // Schema 1 is the first released schema: nothing to migrate yet. A future step looks like
    // `if schema < 2 { value = v1_to_v2(value)?; }`.
    Ok(value)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::sample_journal;
    use crate::domain::record::tests::at;

    const V1_FIXTURE: &str = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/journals/v1-sample.json"
    );

    fn v1_document() -> Document {
        let mut doc = Document::new(at("2026-02-02T09:00:00+03:00"));
        doc.app_version = "0.1.0".into();
        doc.updated_at = at("2026-02-24T20:00:00+03:00");
        doc.journal = sample_journal();
        doc.journal.last_backup_at = Some(at("2026-02-20T08:00:00+03:00"));
        doc
    }

    /// Writes the pinned fixture. Run once per schema, by hand:
    /// `WRITE_FIXTURES=1 cargo test --lib write_v1_fixture -- --ignored`. Never regenerate an
    /// existing fixture: it stands for documents already on people's phones.
    #[test]
    #[ignore]
    fn write_v1_fixture() {
        if std::env::var("WRITE_FIXTURES").is_ok() {
            let value = serde_json::to_value(v1_document()).unwrap();
            let text = serde_json::to_string_pretty(&value).unwrap() + "\n";
            std::fs::write(V1_FIXTURE, text).unwrap();
        }
    }

    #[test]
    fn the_pinned_schema_1_journal_still_loads_unchanged() {
        let text = std::fs::read_to_string(V1_FIXTURE).unwrap();
        assert!(
            text.contains("\"schema\": 1"),
            "the fixture is a schema-1 file"
        );
        let doc = read_document(&text, None).unwrap();
        assert_eq!(doc.schema, 1);
        assert_eq!(doc.journal.checkins.len(), 9);
        assert_eq!(doc.journal.people.len(), 3);
        assert_eq!(doc.journal.worksheets.len(), 2);
        assert_eq!(doc, v1_document());
    }

    #[test]
    fn envelope_checks_come_before_any_field() {
        assert_eq!(
            migrate(serde_json::json!("text")),
            Err(DocumentError::Foreign)
        );
        assert_eq!(
            migrate(serde_json::json!({"format": FORMAT, "schema": 4_000_000_000u64})),
            Err(DocumentError::TooNew {
                schema: 4_000_000_000
            })
        );
        assert!(matches!(
            migrate(serde_json::json!({"format": FORMAT, "schema": "1"})),
            Err(DocumentError::Malformed(_))
        ));
        assert!(matches!(
            migrate(serde_json::json!({"format": FORMAT, "schema": 0})),
            Err(DocumentError::Malformed(_))
        ));
    }

    #[test]
    fn round_trips_through_json() {
        let mut doc = Document::new(at("2026-03-01T08:00:00-05:00"));
        let mut s = doc.journal.settings();
        s.country = "KE".into();
        doc.journal.set_settings(s, at("2026-03-01T08:05:00-05:00"));
        assert_eq!(read_document(&doc.to_json(), None), Ok(doc));
    }

    #[test]
    fn rejects_what_is_not_a_journal_with_distinct_errors() {
        assert!(matches!(
            read_document("{\"format\":", None),
            Err(DocumentError::NotJson(_))
        ));
        assert_eq!(
            read_document(r#"{"hello":"world"}"#, None),
            Err(DocumentError::Foreign)
        );
        assert_eq!(read_document("[1,2]", None), Err(DocumentError::Foreign));
        let newer = format!(r#"{{"format":"{FORMAT}","schema":99,"journal":{{}}}}"#);
        assert_eq!(
            read_document(&newer, None),
            Err(DocumentError::TooNew { schema: 99 })
        );
        assert_eq!(newer_schema(&newer), Some(99));
        assert_eq!(
            newer_schema(&Document::new(at("2026-03-01T08:00:00Z")).to_json()),
            None
        );
        let bad = format!(
            r#"{{"format":"{FORMAT}","schema":1,"app_version":"0.1.0","created_at":"yesterday","updated_at":"2026-01-01T00:00:00Z","journal":{{}}}}"#
        );
        assert!(matches!(
            read_document(&bad, None),
            Err(DocumentError::Malformed(_))
        ));
    }

    #[test]
    fn every_error_reads_as_a_sentence_for_the_user() {
        for e in [
            DocumentError::NotJson("EOF".into()),
            DocumentError::Foreign,
            DocumentError::TooNew { schema: 7 },
            DocumentError::Malformed("x".into()),
            DocumentError::Invalid(Invalid::MissingItem {
                item: "phq9.3".into(),
            }),
        ] {
            let text = e.to_string();
            assert!(text.ends_with('.'), "{text}");
            assert!(text.len() > 20, "{text}");
        }
    }
}
