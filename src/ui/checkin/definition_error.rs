//! Why a measure definition is unsound ([`DefinitionError`]), in her language: the one
//! translator of that enum (a clinic file whose texts would break its measure is refused with it).

use crate::domain::instruments::DefinitionError;
use crate::i18n::{t_string, I18n};

/// The problem, in her language (one arm per variant).
pub(crate) fn definition_error(i18n: I18n, e: &DefinitionError) -> String {
    use DefinitionError as E;
    match e {
        E::NoId => t_string!(i18n, checkin.clinic.definition.no_id).to_owned(),
        E::NoName { id } => t_string!(i18n, checkin.clinic.definition.no_name, id).to_string(),
        E::NoItems { measure } => {
            t_string!(i18n, checkin.clinic.definition.no_items, measure).to_string()
        }
        E::ItemWithoutId { measure } => {
            t_string!(i18n, checkin.clinic.definition.item_without_id, measure).to_string()
        }
        E::DuplicateItem { measure, item } => t_string!(
            i18n,
            checkin.clinic.definition.duplicate_item,
            measure,
            item
        )
        .to_string(),
        E::NoScoredItems { measure } => {
            t_string!(i18n, checkin.clinic.definition.no_scored_items, measure).to_string()
        }
        E::NoInstruction { measure } => {
            t_string!(i18n, checkin.clinic.definition.no_instruction, measure).to_string()
        }
        E::SafetyItemUnknown { measure, item } => t_string!(
            i18n,
            checkin.clinic.definition.safety_item_unknown,
            measure,
            item
        )
        .to_string(),
        E::SafetyItemNotScored { measure, item } => t_string!(
            i18n,
            checkin.clinic.definition.safety_item_not_scored,
            measure,
            item
        )
        .to_string(),
        E::DuplicateSubscale { measure, subscale } => t_string!(
            i18n,
            checkin.clinic.definition.duplicate_subscale,
            measure,
            subscale
        )
        .to_string(),
        E::ItemNoText { measure, item } => {
            t_string!(i18n, checkin.clinic.definition.item_no_text, measure, item).to_string()
        }
        E::TooFewOptions { measure, item } => t_string!(
            i18n,
            checkin.clinic.definition.too_few_options,
            measure,
            item
        )
        .to_string(),
        E::OptionWithoutCode { measure, item } => t_string!(
            i18n,
            checkin.clinic.definition.option_without_code,
            measure,
            item
        )
        .to_string(),
        E::DuplicateOption {
            measure,
            item,
            code,
        } => t_string!(
            i18n,
            checkin.clinic.definition.duplicate_option,
            measure,
            item,
            code
        )
        .to_string(),
        E::OptionNoText {
            measure,
            item,
            code,
        } => t_string!(
            i18n,
            checkin.clinic.definition.option_no_text,
            measure,
            item,
            code
        )
        .to_string(),
        E::OptionNoScore {
            measure,
            item,
            code,
        } => t_string!(
            i18n,
            checkin.clinic.definition.option_no_score,
            measure,
            item,
            code
        )
        .to_string(),
        E::OptionScored {
            measure,
            item,
            code,
        } => t_string!(
            i18n,
            checkin.clinic.definition.option_scored,
            measure,
            item,
            code
        )
        .to_string(),
        E::NoBands { measure } => {
            t_string!(i18n, checkin.clinic.definition.no_bands, measure).to_string()
        }
        E::BandsStart {
            measure,
            start,
            lowest,
        } => t_string!(
            i18n,
            checkin.clinic.definition.bands_start,
            measure,
            start,
            lowest
        )
        .to_string(),
        E::BandNoLabel { measure, min, max } => t_string!(
            i18n,
            checkin.clinic.definition.band_no_label,
            measure,
            min,
            max
        )
        .to_string(),
        E::BandBackwards {
            measure,
            label,
            min,
            max,
        } => t_string!(
            i18n,
            checkin.clinic.definition.band_backwards,
            measure,
            label,
            min,
            max
        )
        .to_string(),
        E::BandGap { measure, total } => {
            t_string!(i18n, checkin.clinic.definition.band_gap, measure, total).to_string()
        }
        E::BandOverlap {
            measure,
            label,
            min,
        } => t_string!(
            i18n,
            checkin.clinic.definition.band_overlap,
            measure,
            label,
            min
        )
        .to_string(),
        E::BandsEnd {
            measure,
            end,
            highest,
        } => t_string!(
            i18n,
            checkin.clinic.definition.bands_end,
            measure,
            end,
            highest
        )
        .to_string(),
        E::SubscaleUnnamed { measure } => {
            t_string!(i18n, checkin.clinic.definition.subscale_unnamed, measure).to_string()
        }
        E::SubscaleNoItems { measure, subscale } => t_string!(
            i18n,
            checkin.clinic.definition.subscale_no_items,
            measure,
            subscale
        )
        .to_string(),
        E::SubscaleItemTwice {
            measure,
            subscale,
            item,
        } => t_string!(
            i18n,
            checkin.clinic.definition.subscale_item_twice,
            measure,
            subscale,
            item
        )
        .to_string(),
        E::SubscaleItemUnknown {
            measure,
            subscale,
            item,
        } => t_string!(
            i18n,
            checkin.clinic.definition.subscale_item_unknown,
            measure,
            subscale,
            item
        )
        .to_string(),
        E::SubscaleItemNotScored {
            measure,
            subscale,
            item,
        } => t_string!(
            i18n,
            checkin.clinic.definition.subscale_item_not_scored,
            measure,
            subscale,
            item
        )
        .to_string(),
        E::SubscaleCutoff {
            measure,
            subscale,
            cutoff,
            max,
        } => t_string!(
            i18n,
            checkin.clinic.definition.subscale_cutoff,
            measure,
            subscale,
            cutoff,
            max
        )
        .to_string(),
    }
}
