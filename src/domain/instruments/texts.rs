//! Clinic-supplied texts for a measure: the licensed EPDS wording, or a translation of any
//! measure. The file only carries words; scores, codes, bands and safety items always come from
//! the built-in definition and are never changed by a text file.
//!
//! # Format
//!
//! A JSON file the clinic puts beside the app:
//!
//! ```json
//! {
//!   "format": "between-sessions/measure-texts",
//!   "version": 1,
//!   "measure": "epds",
//!   "language": "en",
//!   "licence": "Reproduced with the permission of ... for use at ... (licence ref ...).",
//!   "name": "EPDS",
//!   "recall_period": "The past 7 days",
//!   "instruction": "Instruction text",
//!   "items": [
//!     { "id": "epds.1", "text": "Item 1 text",
//!       "options": ["Option A", "Option B", "Option C", "Option D"] }
//!   ],
//!   "bands": ["Label for the lowest band", "…", "…"]
//! }
//! ```
//!
//! - `format`, `version`, `measure`, `language`, `licence`, `instruction` and `items` are
//!   required; `name`, `recall_period` and `bands` are optional (kept from the definition when
//!   absent).
//! - `items` has exactly one entry per item of the measure (the PHQ-9 includes
//!   "phq9.difficulty"), in any order; each `options` list has the item's options in printed
//!   order, as many as the item has.
//! - `bands`, when present, has one label per band, lowest first.
//! - No text may be empty. Unknown fields are refused, so a misspelt field is not silently lost.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::{validate, Definition};

/// The `format` of a measure text file.
pub const TEXTS_FORMAT: &str = "between-sessions/measure-texts";
/// The newest text file version this build reads.
pub const TEXTS_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextFile {
    format: String,
    version: u32,
    measure: String,
    language: String,
    licence: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    recall_period: Option<String>,
    instruction: String,
    items: Vec<ItemTexts>,
    #[serde(default)]
    bands: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemTexts {
    id: String,
    text: String,
    options: Vec<String>,
}

fn required(value: &str, what: &str) -> Result<String, String> {
    let v = value.trim();
    if v.is_empty() {
        Err(format!("The measure text file has an empty {what}."))
    } else {
        Ok(v.to_owned())
    }
}

/// Apply a clinic's text file to a definition, returning the definition with those texts,
/// `texts_available` set, and the file's language and licence recorded.
///
/// Refused, with a sentence saying why: not JSON, not a measure text file, a newer version, a
/// file for another measure, missing/unknown/repeated item ids, the wrong number of options or
/// bands, and any empty text. Scores, codes, bands' ranges and safety items are never changed.
pub fn apply_texts(def: &Definition, text: &str) -> Result<Definition, String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| format!("The measure text file is not readable JSON ({e})."))?;
    let format = value.get("format").and_then(|f| f.as_str());
    if format != Some(TEXTS_FORMAT) {
        return Err(format!(
            "This is not a measure text file (its format should be \"{TEXTS_FORMAT}\")."
        ));
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64()) {
        if v > u64::from(TEXTS_VERSION) {
            return Err(format!(
                "This measure text file is version {v}, newer than this app reads \
                 ({TEXTS_VERSION}). Update the app, then try again."
            ));
        }
    }
    let file: TextFile = serde_json::from_value(value)
        .map_err(|e| format!("The measure text file is not in the expected shape ({e})."))?;
    if file.version == 0 {
        return Err("The measure text file has version 0, which does not exist.".into());
    }
    if file.format != TEXTS_FORMAT {
        return Err("This is not a measure text file.".into());
    }
    if file.measure != def.id {
        return Err(format!(
            "This text file is for the measure \"{}\", not {}.",
            file.measure, def.name
        ));
    }

    let mut out = def.clone();
    out.language = required(&file.language, "language")?;
    out.texts_licence = Some(required(&file.licence, "licence")?);
    out.instruction = required(&file.instruction, "instruction")?;
    if let Some(name) = &file.name {
        out.name = required(name, "name")?;
    }
    if let Some(recall) = &file.recall_period {
        out.recall_period = required(recall, "recall period")?;
    }
    if let Some(bands) = &file.bands {
        if bands.len() != out.bands.len() {
            return Err(format!(
                "The measure text file has {} band labels; {} has {}.",
                bands.len(),
                def.name,
                def.bands.len()
            ));
        }
        for (band, label) in out.bands.iter_mut().zip(bands) {
            band.label = required(label, "band label")?;
        }
    }

    let mut seen = BTreeSet::new();
    for it in &file.items {
        if !seen.insert(it.id.as_str()) {
            return Err(format!("The measure text file gives item {} twice.", it.id));
        }
        let Some(item) = out.items.iter_mut().find(|i| i.id == it.id) else {
            return Err(format!(
                "The measure text file has an item {}, which {} does not have.",
                it.id, def.name
            ));
        };
        item.text = required(&it.text, &format!("text for item {}", it.id))?;
        if it.options.len() != item.options.len() {
            return Err(format!(
                "Item {} in the measure text file has {} options; it should have {}.",
                it.id,
                it.options.len(),
                item.options.len()
            ));
        }
        for (n, (choice, words)) in item.options.iter_mut().zip(&it.options).enumerate() {
            choice.text = required(words, &format!("option {} of item {}", n + 1, it.id))?;
        }
    }
    if let Some(missing) = def.items.iter().find(|i| !seen.contains(i.id.as_str())) {
        return Err(format!(
            "The measure text file has no text for item {}.",
            missing.id
        ));
    }
    out.texts_available = true;
    validate(&out)?;
    Ok(out)
}
