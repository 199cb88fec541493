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

use super::{validate, Definition, DefinitionError};

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

/// A text a clinic file must not leave empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextField {
    Language,
    Licence,
    Instruction,
    Name,
    RecallPeriod,
    BandLabel,
    /// The text of this item.
    ItemText(String),
    /// Option number (1-based) of this item.
    OptionText(usize, String),
}

impl std::fmt::Display for TextField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextField::Language => f.write_str("language"),
            TextField::Licence => f.write_str("licence"),
            TextField::Instruction => f.write_str("instruction"),
            TextField::Name => f.write_str("name"),
            TextField::RecallPeriod => f.write_str("recall period"),
            TextField::BandLabel => f.write_str("band label"),
            TextField::ItemText(id) => write!(f, "text for item {id}"),
            TextField::OptionText(n, id) => write!(f, "option {n} of item {id}"),
        }
    }
}

/// Why a clinic's text file was refused. `Display` gives the English sentence; the screens
/// translate by variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// Not JSON (the parser's own detail).
    NotJson(String),
    /// The `format` field is missing or another.
    NotTextFile,
    /// A version newer than [`TEXTS_VERSION`].
    TooNew(u64),
    /// JSON, but not the expected fields (the parser's own detail).
    Shape(String),
    VersionZero,
    /// For another measure: (the file's measure, this measure's name).
    OtherMeasure(String, String),
    /// (bands in the file, measure name, bands of the measure).
    BandCount(usize, String, usize),
    /// An item id given twice.
    DuplicateItem(String),
    /// (item id, measure name): an item the measure does not have.
    UnknownItem(String, String),
    /// (item id, options in the file, options the item has).
    OptionCount(String, usize, usize),
    /// An item of the measure with no text in the file.
    MissingItem(String),
    Empty(TextField),
    /// The texts make the definition invalid.
    Invalid(DefinitionError),
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::NotJson(e) => {
                write!(f, "The measure text file is not readable JSON ({e}).")
            }
            TextsError::NotTextFile => write!(
                f,
                "This is not a measure text file (its format should be \"{TEXTS_FORMAT}\")."
            ),
            TextsError::TooNew(v) => write!(
                f,
                "This measure text file is version {v}, newer than this app reads \
                 ({TEXTS_VERSION}). Update the app, then try again."
            ),
            TextsError::Shape(e) => write!(
                f,
                "The measure text file is not in the expected shape ({e})."
            ),
            TextsError::VersionZero => {
                f.write_str("The measure text file has version 0, which does not exist.")
            }
            TextsError::OtherMeasure(file, name) => write!(
                f,
                "This text file is for the measure \"{file}\", not {name}."
            ),
            TextsError::BandCount(given, name, has) => write!(
                f,
                "The measure text file has {given} band labels; {name} has {has}."
            ),
            TextsError::DuplicateItem(id) => {
                write!(f, "The measure text file gives item {id} twice.")
            }
            TextsError::UnknownItem(id, name) => write!(
                f,
                "The measure text file has an item {id}, which {name} does not have."
            ),
            TextsError::OptionCount(id, given, has) => write!(
                f,
                "Item {id} in the measure text file has {given} options; it should have {has}."
            ),
            TextsError::MissingItem(id) => {
                write!(f, "The measure text file has no text for item {id}.")
            }
            TextsError::Empty(field) => {
                write!(f, "The measure text file has an empty {field}.")
            }
            TextsError::Invalid(e) => write!(f, "{e}"),
        }
    }
}

fn required(value: &str, what: TextField) -> Result<String, TextsError> {
    let v = value.trim();
    if v.is_empty() {
        Err(TextsError::Empty(what))
    } else {
        Ok(v.to_owned())
    }
}

/// Apply a clinic's text file to a definition, returning the definition with those texts,
/// `texts_available` set, and the file's language and licence recorded.
///
/// Refused, with the reason as a [`TextsError`] (for translated messages; `Display` gives the
/// English): not JSON, not a measure text file, a newer version, a file for another measure,
/// missing/unknown/repeated item ids, the wrong number of options or bands, and any empty text.
/// Scores, codes, bands' ranges and safety items are never changed. Band labels the file gives
/// replace the built-in ones and lose their id (the screens show the file's words, not a
/// translation of the built-in label).
pub fn apply_texts(def: &Definition, text: &str) -> Result<Definition, TextsError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| TextsError::NotJson(e.to_string()))?;
    let format = value.get("format").and_then(|f| f.as_str());
    if format != Some(TEXTS_FORMAT) {
        return Err(TextsError::NotTextFile);
    }
    if let Some(v) = value.get("version").and_then(|v| v.as_u64()) {
        if v > u64::from(TEXTS_VERSION) {
            return Err(TextsError::TooNew(v));
        }
    }
    let file: TextFile =
        serde_json::from_value(value).map_err(|e| TextsError::Shape(e.to_string()))?;
    if file.version == 0 {
        return Err(TextsError::VersionZero);
    }
    if file.format != TEXTS_FORMAT {
        return Err(TextsError::NotTextFile);
    }
    if file.measure != def.id {
        return Err(TextsError::OtherMeasure(file.measure, def.name.clone()));
    }

    let mut out = def.clone();
    out.language = required(&file.language, TextField::Language)?;
    out.texts_licence = Some(required(&file.licence, TextField::Licence)?);
    out.instruction = required(&file.instruction, TextField::Instruction)?;
    if let Some(name) = &file.name {
        out.name = required(name, TextField::Name)?;
    }
    if let Some(recall) = &file.recall_period {
        out.recall_period = required(recall, TextField::RecallPeriod)?;
    }
    if let Some(bands) = &file.bands {
        if bands.len() != out.bands.len() {
            return Err(TextsError::BandCount(
                bands.len(),
                def.name.clone(),
                def.bands.len(),
            ));
        }
        for (band, label) in out.bands.iter_mut().zip(bands) {
            band.label = required(label, TextField::BandLabel)?;
            band.id = String::new();
        }
    }

    let mut seen = BTreeSet::new();
    for it in &file.items {
        if !seen.insert(it.id.as_str()) {
            return Err(TextsError::DuplicateItem(it.id.clone()));
        }
        let Some(item) = out.items.iter_mut().find(|i| i.id == it.id) else {
            return Err(TextsError::UnknownItem(it.id.clone(), def.name.clone()));
        };
        item.text = required(&it.text, TextField::ItemText(it.id.clone()))?;
        if it.options.len() != item.options.len() {
            return Err(TextsError::OptionCount(
                it.id.clone(),
                it.options.len(),
                item.options.len(),
            ));
        }
        for (n, (choice, words)) in item.options.iter_mut().zip(&it.options).enumerate() {
            choice.text = required(words, TextField::OptionText(n + 1, it.id.clone()))?;
        }
    }
    if let Some(missing) = def.items.iter().find(|i| !seen.contains(i.id.as_str())) {
        return Err(TextsError::MissingItem(missing.id.clone()));
    }
    out.texts_available = true;
    validate(&out).map_err(TextsError::Invalid)?;
    Ok(out)
}
