//! The questionnaire engine. Every standardized measure is data (a [`Definition`]); one engine
//! validates a definition, scores a response and says which band, subscales and safety flags it
//! gives. Adding a measure adds a definition, not code.
//!
//! Each option carries its own score: scores are never derived from an option's position, so a
//! reverse-scored item (most of the EPDS) is just data.
//!
//! Built-in definitions live in [`builtin`]; clinic-supplied texts (the EPDS wording, or a
//! translation of any measure) are applied by [`texts::apply_texts`].

pub mod builtin;
mod check;
pub mod texts;

use serde::{Deserialize, Serialize};

pub use builtin::{all, by_id, epds, gad7, measure_name, phq9};
pub use check::{validate, DefinitionError};
pub use texts::{apply_texts, TextField, TextsError, TEXTS_FORMAT, TEXTS_VERSION};

/// Shown with every result: a score is screening information, never a diagnosis.
pub const SCREENING_NOTE: &str = "This is a screening measure, not a diagnosis.";

/// Shown instead of a measure whose wording the clinic has not supplied yet (the EPDS).
pub const NOT_ENABLED_NOTE: &str = "Available when your clinic enables it.";

/// The LOINC code system URL, for options whose codes are LOINC answer codes.
pub const LOINC_SYSTEM: &str = "http://loinc.org";

/// One answer option of an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// The option's id and code: the LOINC answer code ("LA6569-3") where one exists, otherwise
    /// a letter in printed order ("a", "b", "c", "d"). [`Answer::option`] holds this.
    pub code: String,
    /// The text shown ("Several days"); empty until the clinic supplies it for licensed measures.
    pub text: String,
    /// The score of this option; `None` for unscored items. Never derived from position.
    pub score: Option<u8>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Stable id, "<measure>.<number>" ("phq9.9"); "phq9.difficulty" for the unscored question.
    pub id: String,
    /// The question as printed; empty until the clinic supplies it for licensed measures.
    pub text: String,
    /// LOINC code of the item, where one exists.
    #[serde(default)]
    pub loinc: Option<String>,
    /// Counts toward the total. The PHQ-9 difficulty question is asked but not scored.
    pub scored: bool,
    /// The options in printed order.
    pub options: Vec<Choice>,
}

/// A range of totals with its label (inclusive at both ends).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Band {
    /// Stable id ("phq9.moderately_severe") the screens translate the label by; empty when the
    /// label came from a clinic's text file (shown as the file words it).
    #[serde(default)]
    pub id: String,
    pub min: u16,
    pub max: u16,
    /// The label as the literature words it ("Moderately severe").
    pub label: String,
}

/// A subscale: the sum of some items, with a cut-off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscale {
    /// Stable id ("epds3a").
    pub id: String,
    /// Name shown ("EPDS-3A anxiety subscale").
    pub name: String,
    /// Item ids summed.
    pub items: Vec<String>,
    /// A sum at or above this is "at or above the cut-off".
    pub cutoff: u16,
    /// What reaching the cut-off suggests, with its source.
    pub note: String,
}

/// A standardized measure as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Definition {
    /// "phq9", "gad7", "epds".
    pub id: String,
    /// Short name shown ("PHQ-9").
    pub name: String,
    /// The instruction above the items; empty until supplied for licensed measures.
    pub instruction: String,
    /// The period the questions ask about ("Last 2 weeks").
    pub recall_period: String,
    /// Items in printed order.
    pub items: Vec<Item>,
    /// Bands covering every possible total exactly once, lowest first.
    pub bands: Vec<Band>,
    /// Items about self-harm: any score above 0 starts the safety flow.
    pub safety_items: Vec<String>,
    #[serde(default)]
    pub subscales: Vec<Subscale>,
    /// LOINC code of the whole panel.
    #[serde(default)]
    pub panel_loinc: Option<String>,
    /// LOINC code of the total score.
    #[serde(default)]
    pub total_loinc: Option<String>,
    /// Code system of the option codes (`LOINC_SYSTEM`), or `None` for the app's own letters.
    #[serde(default)]
    pub answer_system: Option<String>,
    /// Copyright and permission note for the measure.
    pub licence: String,
    /// The item and option texts are present and may be shown. False for the EPDS until the
    /// clinic's text file is applied: show [`NOT_ENABLED_NOTE`] instead.
    pub texts_available: bool,
    /// Language of the texts (BCP 47, "en"); empty while no texts are present.
    #[serde(default)]
    pub language: String,
    /// Licence note from the clinic's text file, once one is applied.
    #[serde(default)]
    pub texts_licence: Option<String>,
}

impl Definition {
    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// Lowest and highest possible totals (sums of each scored item's lowest and highest score).
    pub fn total_range(&self) -> (u16, u16) {
        self.items
            .iter()
            .filter(|i| i.scored)
            .fold((0, 0), |(lo, hi), item| {
                let (a, b) = item_range(item);
                (lo + a, hi + b)
            })
    }

    /// The band a total falls in.
    pub fn band_for(&self, total: u16) -> Option<&Band> {
        self.bands.iter().find(|b| b.min <= total && total <= b.max)
    }

    /// Whether the item id is a self-harm item.
    pub fn is_safety_item(&self, id: &str) -> bool {
        self.safety_items.iter().any(|s| s == id)
    }
}

fn item_range(item: &Item) -> (u16, u16) {
    let scores = item.options.iter().filter_map(|o| o.score).map(u16::from);
    let lo = scores.clone().min().unwrap_or(0);
    let hi = scores.max().unwrap_or(0);
    (lo, hi)
}

/// The result of one subscale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscaleResult {
    pub id: String,
    pub name: String,
    pub score: u16,
    /// Highest possible sum.
    pub max: u16,
    pub cutoff: u16,
    /// `score >= cutoff`.
    pub at_or_above_cutoff: bool,
    /// What reaching the cut-off suggests.
    pub note: String,
}

/// A scored response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scored {
    /// Measure id.
    pub measure: String,
    /// The answers in item order, each with the score the definition gives its option.
    pub answers: Vec<Answer>,
    /// Sum of the answered scored items (the full total only when `complete`).
    pub total: u16,
    /// Highest possible total.
    pub max: u16,
    /// The band of the total; `None` until every scored item is answered.
    pub band: Option<Band>,
    /// Subscales whose items are all answered.
    pub subscales: Vec<SubscaleResult>,
    /// A self-harm item was answered with a score above 0: start the safety flow now, whatever
    /// the total, and flag it in every export.
    pub safety_flag: bool,
    /// Every scored item is answered.
    pub complete: bool,
    /// Ids of scored items not yet answered, in item order.
    pub missing: Vec<String>,
}

/// One answered item. The score is the one the definition gave the chosen option at the time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// Item id in the measure definition (e.g. "phq9.9").
    pub item: String,
    /// Option id in the definition (e.g. the LOINC answer code "LA6569-3").
    pub option: String,
    /// Score of that option; `None` for unscored items (PHQ-9 difficulty question).
    pub score: Option<u8>,
}

/// Why an answer does not fit a definition (it was not made from it, or was changed since).
/// `Display` gives the English sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The measure (named) has no such item.
    NoItem { measure: String, item: String },
    /// The item has no such option.
    NoOption {
        measure: String,
        item: String,
        option: String,
    },
    /// The item is answered twice.
    Twice { item: String },
    /// The stored score is not the one the definition gives the option.
    ScoreMismatch { measure: String, item: String },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::NoItem { measure, item } => write!(f, "{measure} has no item {item}."),
            AnswerError::NoOption {
                measure,
                item,
                option,
            } => write!(f, "Item {item} of {measure} has no option {option}."),
            AnswerError::Twice { item } => write!(f, "Item {item} is answered twice."),
            AnswerError::ScoreMismatch { measure, item } => write!(
                f,
                "The answer to item {item} does not match the scores of {measure}."
            ),
        }
    }
}

/// Make an answer to an item by option code, with the score the definition gives that option.
pub fn answer(def: &Definition, item: &str, option: &str) -> Result<Answer, AnswerError> {
    let it = def.item(item).ok_or_else(|| AnswerError::NoItem {
        measure: def.name.clone(),
        item: item.to_owned(),
    })?;
    let o = it
        .options
        .iter()
        .find(|o| o.code == option)
        .ok_or_else(|| AnswerError::NoOption {
            measure: def.name.clone(),
            item: item.to_owned(),
            option: option.to_owned(),
        })?;
    Ok(Answer {
        item: item.to_owned(),
        option: option.to_owned(),
        score: o.score,
    })
}

/// Score a (possibly partial) response.
///
/// Each answer must name an item and one of its options; an item may be answered once; an
/// answer's stored score must be the one the definition gives its option (a mismatch means the
/// answer was not made from this definition, so it is refused rather than silently rescored).
/// The band and subscales are given only once all of their items are answered; the safety flag
/// is raised as soon as any self-harm item scores above 0.
pub fn score(def: &Definition, answers: &[Answer]) -> Result<Scored, AnswerError> {
    let mut by_item: Vec<Option<&Answer>> = vec![None; def.items.len()];
    for a in answers {
        let no_item = || AnswerError::NoItem {
            measure: def.name.clone(),
            item: a.item.clone(),
        };
        let pos = def
            .items
            .iter()
            .position(|i| i.id == a.item)
            .ok_or_else(no_item)?;
        let Some(slot) = by_item.get_mut(pos) else {
            return Err(no_item());
        };
        if slot.is_some() {
            return Err(AnswerError::Twice {
                item: a.item.clone(),
            });
        }
        let expected = answer(def, &a.item, &a.option)?;
        if expected.score != a.score {
            return Err(AnswerError::ScoreMismatch {
                measure: def.name.clone(),
                item: a.item.clone(),
            });
        }
        *slot = Some(a);
    }

    let mut total = 0u16;
    let mut missing = Vec::new();
    let mut safety_flag = false;
    let mut ordered = Vec::new();
    for (item, a) in def.items.iter().zip(by_item.iter()) {
        match a {
            Some(a) => {
                let s = a.score.map(u16::from).unwrap_or(0);
                if item.scored {
                    total += s;
                }
                if def.is_safety_item(&item.id) && s > 0 {
                    safety_flag = true;
                }
                ordered.push((*a).clone());
            }
            None if item.scored => missing.push(item.id.clone()),
            None => {}
        }
    }
    let complete = missing.is_empty();
    let band = if complete {
        def.band_for(total).cloned()
    } else {
        None
    };
    let subscales = def
        .subscales
        .iter()
        .filter_map(|sub| subscale_result(def, sub, &ordered))
        .collect();
    Ok(Scored {
        measure: def.id.clone(),
        answers: ordered,
        total,
        max: def.total_range().1,
        band,
        subscales,
        safety_flag,
        complete,
        missing,
    })
}

fn subscale_result(def: &Definition, sub: &Subscale, answers: &[Answer]) -> Option<SubscaleResult> {
    let mut score = 0u16;
    let mut max = 0u16;
    for id in &sub.items {
        let a = answers.iter().find(|a| &a.item == id)?;
        score += a.score.map(u16::from).unwrap_or(0);
        max += def.item(id).map(|i| item_range(i).1).unwrap_or(0);
    }
    Some(SubscaleResult {
        id: sub.id.clone(),
        name: sub.name.clone(),
        score,
        max,
        cutoff: sub.cutoff,
        at_or_above_cutoff: score >= sub.cutoff,
        note: sub.note.clone(),
    })
}

#[cfg(test)]
mod tests;
