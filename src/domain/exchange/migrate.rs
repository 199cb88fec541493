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
