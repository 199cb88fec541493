//! Whether a [`Definition`] is internally sound, and why not as a [`DefinitionError`] (one variant
//! per problem, `Display` for the English sentence; the screens translate by variant).

use std::collections::BTreeSet;

use super::{item_range, Definition, Item, Subscale};

/// The first problem found in a measure definition. `measure` is the measure's name ("PHQ-9"),
/// `item` an item id ("phq9.3"), `code` an option code, `subscale` a subscale's name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DefinitionError {
    NoId,
    NoName {
        id: String,
    },
    NoItems {
        measure: String,
    },
    ItemWithoutId {
        measure: String,
    },
    DuplicateItem {
        measure: String,
        item: String,
    },
    NoScoredItems {
        measure: String,
    },
    NoInstruction {
        measure: String,
    },
    SafetyItemUnknown {
        measure: String,
        item: String,
    },
    SafetyItemNotScored {
        measure: String,
        item: String,
    },
    DuplicateSubscale {
        measure: String,
        subscale: String,
    },
    ItemNoText {
        measure: String,
        item: String,
    },
    TooFewOptions {
        measure: String,
        item: String,
    },
    OptionWithoutCode {
        measure: String,
        item: String,
    },
    DuplicateOption {
        measure: String,
        item: String,
        code: String,
    },
    OptionNoText {
        measure: String,
        item: String,
        code: String,
    },
    /// A scored item's option without a score.
    OptionNoScore {
        measure: String,
        item: String,
        code: String,
    },
    /// An unscored item's option with a score.
    OptionScored {
        measure: String,
        item: String,
        code: String,
    },
    NoBands {
        measure: String,
    },
    BandsStart {
        measure: String,
        start: u16,
        lowest: u16,
    },
    BandNoLabel {
        measure: String,
        min: u16,
        max: u16,
    },
    BandBackwards {
        measure: String,
        label: String,
        min: u16,
        max: u16,
    },
    /// No band holds `total`.
    BandGap {
        measure: String,
        total: u16,
    },
    BandOverlap {
        measure: String,
        label: String,
        min: u16,
    },
    BandsEnd {
        measure: String,
        end: u16,
        highest: u16,
    },
    SubscaleUnnamed {
        measure: String,
    },
    SubscaleNoItems {
        measure: String,
        subscale: String,
    },
    SubscaleItemTwice {
        measure: String,
        subscale: String,
        item: String,
    },
    SubscaleItemUnknown {
        measure: String,
        subscale: String,
        item: String,
    },
    SubscaleItemNotScored {
        measure: String,
        subscale: String,
        item: String,
    },
    SubscaleCutoff {
        measure: String,
        subscale: String,
        cutoff: u16,
        max: u16,
    },
}

impl std::fmt::Display for DefinitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use DefinitionError as E;
        match self {
            E::NoId => f.write_str("The measure has no id."),
            E::NoName { id } => write!(f, "Measure {id} has no name."),
            E::NoItems { measure } => write!(f, "{measure} has no items."),
            E::ItemWithoutId { measure } => write!(f, "{measure} has an item without an id."),
            E::DuplicateItem { measure, item } => {
                write!(f, "{measure} has two items with id {item}.")
            }
            E::NoScoredItems { measure } => write!(f, "{measure} has no scored items."),
            E::NoInstruction { measure } => write!(f, "{measure} has no instruction."),
            E::SafetyItemUnknown { measure, item } => write!(
                f,
                "{measure} names safety item {item}, which is not one of its items."
            ),
            E::SafetyItemNotScored { measure, item } => write!(
                f,
                "{measure} names safety item {item}, which is not scored."
            ),
            E::DuplicateSubscale { measure, subscale } => {
                write!(f, "{measure} has two subscales with id {subscale}.")
            }
            E::ItemNoText { measure, item } => write!(f, "Item {item} of {measure} has no text."),
            E::TooFewOptions { measure, item } => {
                write!(f, "Item {item} of {measure} needs at least two options.")
            }
            E::OptionWithoutCode { measure, item } => {
                write!(f, "Item {item} of {measure} has an option without a code.")
            }
            E::DuplicateOption {
                measure,
                item,
                code,
            } => write!(f, "Item {item} of {measure} has two options with code {code}."),
            E::OptionNoText {
                measure,
                item,
                code,
            } => write!(f, "Item {item} of {measure} has an option ({code}) without text."),
            E::OptionNoScore {
                measure,
                item,
                code,
            } => write!(
                f,
                "Item {item} of {measure} is scored but option {code} has no score."
            ),
            E::OptionScored {
                measure,
                item,
                code,
            } => write!(
                f,
                "Item {item} of {measure} is not scored but option {code} has a score."
            ),
            E::NoBands { measure } => write!(f, "{measure} has no bands."),
            E::BandsStart {
                measure,
                start,
                lowest,
            } => write!(
                f,
                "The bands of {measure} start at {start}, but the lowest possible total is {lowest}."
            ),
            E::BandNoLabel { measure, min, max } => {
                write!(f, "The band {min}–{max} of {measure} has no label.")
            }
            E::BandBackwards {
                measure,
                label,
                min,
                max,
            } => write!(
                f,
                "The band {label} of {measure} runs backwards ({min}–{max})."
            ),
            E::BandGap { measure, total } => write!(
                f,
                "The bands of {measure} leave a gap: no band holds {total}."
            ),
            E::BandOverlap {
                measure,
                label,
                min,
            } => write!(
                f,
                "The bands of {measure} overlap: band {label} starts at {min}, which an earlier band holds."
            ),
            E::BandsEnd {
                measure,
                end,
                highest,
            } => write!(
                f,
                "The bands of {measure} end at {end}, but the highest possible total is {highest}."
            ),
            E::SubscaleUnnamed { measure } => {
                write!(f, "{measure} has a subscale without an id or name.")
            }
            E::SubscaleNoItems { measure, subscale } => {
                write!(f, "Subscale {subscale} of {measure} has no items.")
            }
            E::SubscaleItemTwice {
                measure,
                subscale,
                item,
            } => write!(f, "Subscale {subscale} of {measure} names item {item} twice."),
            E::SubscaleItemUnknown {
                measure,
                subscale,
                item,
            } => write!(
                f,
                "Subscale {subscale} of {measure} names item {item}, which is not one of its items."
            ),
            E::SubscaleItemNotScored {
                measure,
                subscale,
                item,
            } => write!(
                f,
                "Subscale {subscale} of {measure} names item {item}, which is not scored."
            ),
            E::SubscaleCutoff {
                measure,
                subscale,
                cutoff,
                max,
            } => write!(
                f,
                "Subscale {subscale} of {measure} has cut-off {cutoff}, above its highest possible sum {max}."
            ),
        }
    }
}

impl std::error::Error for DefinitionError {}

/// Check that a definition is internally sound; the error is the first problem found.
///
/// Checks: ids present and unique (items, options within an item, subscales); every scored item
/// has at least two options and every option a score; unscored items have no scores; bands are
/// labelled and cover every possible total exactly once with no gap or overlap; safety and
/// subscale items exist and are scored; texts are present when `texts_available` says so.
pub fn validate(def: &Definition) -> Result<(), DefinitionError> {
    use DefinitionError as E;
    let measure = || def.name.clone();
    if def.id.trim().is_empty() {
        return Err(E::NoId);
    }
    if def.name.trim().is_empty() {
        return Err(E::NoName { id: def.id.clone() });
    }
    if def.items.is_empty() {
        return Err(E::NoItems { measure: measure() });
    }
    let mut ids = BTreeSet::new();
    for item in &def.items {
        if item.id.trim().is_empty() {
            return Err(E::ItemWithoutId { measure: measure() });
        }
        if !ids.insert(item.id.as_str()) {
            return Err(E::DuplicateItem {
                measure: measure(),
                item: item.id.clone(),
            });
        }
        validate_item(def, item)?;
    }
    if !def.items.iter().any(|i| i.scored) {
        return Err(E::NoScoredItems { measure: measure() });
    }
    if def.texts_available && def.instruction.trim().is_empty() {
        return Err(E::NoInstruction { measure: measure() });
    }
    validate_bands(def)?;
    for s in &def.safety_items {
        match def.item(s) {
            None => {
                return Err(E::SafetyItemUnknown {
                    measure: measure(),
                    item: s.clone(),
                })
            }
            Some(i) if !i.scored => {
                return Err(E::SafetyItemNotScored {
                    measure: measure(),
                    item: s.clone(),
                })
            }
            Some(_) => {}
        }
    }
    let mut sub_ids = BTreeSet::new();
    for sub in &def.subscales {
        validate_subscale(def, sub)?;
        if !sub_ids.insert(sub.id.as_str()) {
            return Err(E::DuplicateSubscale {
                measure: measure(),
                subscale: sub.id.clone(),
            });
        }
    }
    Ok(())
}

fn validate_item(def: &Definition, item: &Item) -> Result<(), DefinitionError> {
    use DefinitionError as E;
    let measure = || def.name.clone();
    let id = || item.id.clone();
    if def.texts_available && item.text.trim().is_empty() {
        return Err(E::ItemNoText {
            measure: measure(),
            item: id(),
        });
    }
    if item.options.len() < 2 {
        return Err(E::TooFewOptions {
            measure: measure(),
            item: id(),
        });
    }
    let mut codes = BTreeSet::new();
    for o in &item.options {
        let code = o.code.clone();
        if o.code.trim().is_empty() {
            return Err(E::OptionWithoutCode {
                measure: measure(),
                item: id(),
            });
        }
        if !codes.insert(o.code.as_str()) {
            return Err(E::DuplicateOption {
                measure: measure(),
                item: id(),
                code,
            });
        }
        if def.texts_available && o.text.trim().is_empty() {
            return Err(E::OptionNoText {
                measure: measure(),
                item: id(),
                code,
            });
        }
        match (item.scored, o.score) {
            (true, None) => {
                return Err(E::OptionNoScore {
                    measure: measure(),
                    item: id(),
                    code,
                })
            }
            (false, Some(_)) => {
                return Err(E::OptionScored {
                    measure: measure(),
                    item: id(),
                    code,
                })
            }
            _ => {}
        }
    }
    Ok(())
}

fn validate_bands(def: &Definition) -> Result<(), DefinitionError> {
    use DefinitionError as E;
    let measure = || def.name.clone();
    let (lo, hi) = def.total_range();
    let Some(first) = def.bands.first() else {
        return Err(E::NoBands { measure: measure() });
    };
    if first.min != lo {
        return Err(E::BandsStart {
            measure: measure(),
            start: first.min,
            lowest: lo,
        });
    }
    let mut expected = lo;
    for b in &def.bands {
        if b.label.trim().is_empty() {
            return Err(E::BandNoLabel {
                measure: measure(),
                min: b.min,
                max: b.max,
            });
        }
        if b.min > b.max {
            return Err(E::BandBackwards {
                measure: measure(),
                label: b.label.clone(),
                min: b.min,
                max: b.max,
            });
        }
        if b.min > expected {
            return Err(E::BandGap {
                measure: measure(),
                total: expected,
            });
        }
        if b.min < expected {
            return Err(E::BandOverlap {
                measure: measure(),
                label: b.label.clone(),
                min: b.min,
            });
        }
        expected = b.max.saturating_add(1);
    }
    let last_max = expected.saturating_sub(1);
    if last_max != hi {
        return Err(E::BandsEnd {
            measure: measure(),
            end: last_max,
            highest: hi,
        });
    }
    Ok(())
}

fn validate_subscale(def: &Definition, sub: &Subscale) -> Result<(), DefinitionError> {
    use DefinitionError as E;
    let measure = || def.name.clone();
    let subscale = || sub.name.clone();
    if sub.id.trim().is_empty() || sub.name.trim().is_empty() {
        return Err(E::SubscaleUnnamed { measure: measure() });
    }
    if sub.items.is_empty() {
        return Err(E::SubscaleNoItems {
            measure: measure(),
            subscale: subscale(),
        });
    }
    let mut seen = BTreeSet::new();
    let mut max = 0u16;
    for id in &sub.items {
        if !seen.insert(id.as_str()) {
            return Err(E::SubscaleItemTwice {
                measure: measure(),
                subscale: subscale(),
                item: id.clone(),
            });
        }
        match def.item(id) {
            None => {
                return Err(E::SubscaleItemUnknown {
                    measure: measure(),
                    subscale: subscale(),
                    item: id.clone(),
                })
            }
            Some(i) if !i.scored => {
                return Err(E::SubscaleItemNotScored {
                    measure: measure(),
                    subscale: subscale(),
                    item: id.clone(),
                })
            }
            Some(i) => max += item_range(i).1,
        }
    }
    if sub.cutoff > max {
        return Err(E::SubscaleCutoff {
            measure: measure(),
            subscale: subscale(),
            cutoff: sub.cutoff,
            max,
        });
    }
    Ok(())
}
