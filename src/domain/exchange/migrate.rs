//! Schema migrations: bring any older journal document up to [`SCHEMA_VERSION`] before it is
//! deserialized. Each schema change adds one step here and a pinned fixture of the old document
//! under `tests/fixtures/` whose load is tested.

use serde_json::Value;

use crate::domain::journal::{DocumentError, FORMAT, SCHEMA_VERSION};

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
    use crate::domain::journal::Document;
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
        let doc = Document::parse(&text).unwrap();
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
}
