//! The weekly check-in: choose a measure, answer one question per screen, the safety screen at
//! once when a self-harm item is answered above 0, review and save, the result, history with a
//! trend per measure, edit and delete with undo, a calendar reminder, and the clinic's
//! questionnaire wording.
//!
//! Paths: `/checkin`, `/checkin/new/<measure>`, `/checkin/history`, `/checkin/<id>`,
//! `/checkin/<id>/edit`. Scoring, bands, history and trend all come from `domain::checkin` and
//! `domain::instruments`; these screens only show them.

mod chart;
pub mod clinic;
mod definition_error;
mod due_card;
mod history;
mod questionnaire;
mod reminder;
mod result;
mod speech;
mod start;

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::checkin::CheckinError;
use crate::domain::instruments::{Band, Definition, TextField, TextsError};
use crate::domain::record::Id;
use crate::i18n::{t_string, Locale};
use crate::ui::fmt::{self, DateStyle};
use crate::ui::pages::not_found::NotFound;
use crate::ui::state::Said;

/// The i18n context the helpers below translate with (`use_i18n()` in a component).
pub(crate) use crate::i18n::I18n;

pub use clinic::{provide_clinic_texts, ClinicTextsLoader};
pub use due_card::CheckinDueCard;

/// Draft name of a new check-in in progress (one at a time).
pub(crate) const NEW_DRAFT: &str = "checkin";
/// Draft name of changes to a saved check-in in progress.
pub(crate) const EDIT_DRAFT: &str = "checkin-edit";

/// The view for `/checkin/<rest…>`.
pub fn render(rest: &[String]) -> AnyView {
    clinic::fetch_once();
    let parts: Vec<&str> = rest.iter().map(String::as_str).collect();
    match parts.as_slice() {
        [] => view! { <start::Start/> }.into_any(),
        ["history"] => view! { <history::History/> }.into_any(),
        ["new", measure] => {
            let measure = (*measure).to_owned();
            view! { <questionnaire::Questionnaire measure=measure/> }.into_any()
        }
        [id] => {
            let id = Id::from(*id);
            view! { <result::ResultPage id=id/> }.into_any()
        }
        [id, "edit"] => {
            let id = Id::from(*id);
            view! { <questionnaire::EditCheckin id=id/> }.into_any()
        }
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// "Wed 25 Nov 2026", in her language.
pub(crate) fn short_date(d: NaiveDate) -> String {
    fmt::date(d, DateStyle::ShortWeekdayDate)
}

/// "Wednesday 25 November", in her language.
pub(crate) fn long_date(d: NaiveDate) -> String {
    fmt::date(d, DateStyle::WeekdayDayMonth)
}

/// A score or count in her language's digits.
pub(crate) fn num(n: impl Into<i64>) -> String {
    fmt::number(n.into())
}

/// Today's local calendar day.
pub(crate) fn today() -> NaiveDate {
    crate::domain::dates::local_date(&crate::store::now())
}

/// A plain English name for a language tag the clinic files use ("en" → "English"); the tag
/// itself for any other.
fn english_language_name(tag: &str) -> String {
    let primary = primary_subtag(tag);
    let name = match primary.as_str() {
        "en" => "English",
        "es" => "Spanish (Español)",
        "fr" => "French (Français)",
        "pt" => "Portuguese (Português)",
        "de" => "German (Deutsch)",
        "it" => "Italian (Italiano)",
        "ar" => "Arabic (العربية)",
        "zh" => "Chinese (中文)",
        "hi" => "Hindi (हिन्दी)",
        "sw" => "Swahili (Kiswahili)",
        "ur" => "Urdu (اردو)",
        "bn" => "Bengali (বাংলা)",
        "pl" => "Polish (Polski)",
        "tr" => "Turkish (Türkçe)",
        "vi" => "Vietnamese (Tiếng Việt)",
        _ => return tag.to_owned(),
    };
    if tag.contains(['-', '_']) {
        format!("{name}, {tag}")
    } else {
        name.to_owned()
    }
}

/// "en-GB" → "en".
pub(crate) fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The name of a language in the UI language, from the browser's `Intl.DisplayNames`.
fn display_language(ui: &str, tag: &str) -> Option<String> {
    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::JsValue;
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let ctor: Function = Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("type"),
        &JsValue::from_str("language"),
    )
    .ok()?;
    let args = Array::of2(&Array::of1(&JsValue::from_str(ui)), &options);
    let names = Reflect::construct(&ctor, &args).ok()?;
    let of: Function = Reflect::get(&names, &JsValue::from_str("of"))
        .ok()?
        .dyn_into()
        .ok()?;
    let name = of
        .call1(&names, &JsValue::from_str(&tag.replace('_', "-")))
        .ok()?;
    name.as_string().filter(|n| !n.is_empty())
}

/// The name of the language of a clinic file or built-in wording, in her language ("English",
/// "inglés", "الإنجليزية"); the English name where the browser cannot say.
pub(crate) fn language_name(i18n: I18n, tag: &str) -> String {
    let locale = i18n.get_locale();
    if locale == Locale::en || tag.trim().is_empty() {
        return english_language_name(tag);
    }
    display_language(fmt::intl_tag(locale), tag).unwrap_or_else(|| english_language_name(tag))
}

/// The questionnaire's wording is in another language than the screens around it.
pub(crate) fn wording_in_other_language(i18n: I18n, def: &Definition) -> bool {
    !def.language.is_empty() && primary_subtag(&def.language) != i18n.get_locale().as_str()
}

/// The `lang` of a measure's wording, for screen readers (none while it has no wording).
pub(crate) fn wording_lang(def: &Definition) -> Option<String> {
    (!def.language.trim().is_empty()).then(|| def.language.clone())
}

/// Where the wording of a measure comes from, in words: built in, or the clinic's file.
pub(crate) fn wording_source(i18n: I18n, def: &Definition) -> String {
    if !def.texts_available {
        return String::new();
    }
    let language = language_name(i18n, &def.language);
    match def.texts_licence {
        Some(_) => t_string!(i18n, checkin.wording_clinic, language = language).to_string(),
        None => t_string!(i18n, checkin.wording_builtin, language = language).to_string(),
    }
}

/// A change of total in calm words: "3 lower than last time" / "the same as last time".
pub(crate) fn change_words(i18n: I18n, delta: i32) -> String {
    match delta {
        0 => t_string!(i18n, checkin.change.same).to_string(),
        d if d < 0 => t_string!(i18n, checkin.change.lower, n = num(-d)).to_string(),
        d => t_string!(i18n, checkin.change.higher, n = num(d)).to_string(),
    }
}

/// A short description of each built-in measure for the chooser.
pub(crate) fn measure_about(i18n: I18n, id: &str) -> &'static str {
    match id {
        "phq9" => t_string!(i18n, checkin.about.phq9),
        "gad7" => t_string!(i18n, checkin.about.gad7),
        "epds" => t_string!(i18n, checkin.about.epds),
        _ => "",
    }
}

/// The recall period in her language when it is the built-in one; the clinic's words (with
/// their language) otherwise.
pub(crate) fn recall_period(i18n: I18n, def: &Definition) -> (String, Option<String>) {
    let builtin = crate::domain::instruments::by_id(&def.id).map(|d| d.recall_period);
    if builtin.as_deref() == Some(def.recall_period.as_str()) {
        let words = match def.id.as_str() {
            "epds" => Some(t_string!(i18n, checkin.recall.seven_days)),
            "phq9" | "gad7" => Some(t_string!(i18n, checkin.recall.two_weeks)),
            _ => None,
        };
        if let Some(w) = words {
            return (w.to_owned(), None);
        }
    }
    (def.recall_period.clone(), wording_lang(def))
}

/// A band's label: translated by its id, or the clinic file's own words.
pub(crate) fn band_label(i18n: I18n, band: &Band) -> String {
    let words = match band.id.as_str() {
        "phq9.none_minimal" => t_string!(i18n, checkin.band.phq9_none_minimal),
        "phq9.mild" => t_string!(i18n, checkin.band.phq9_mild),
        "phq9.moderate" => t_string!(i18n, checkin.band.phq9_moderate),
        "phq9.moderately_severe" => t_string!(i18n, checkin.band.phq9_moderately_severe),
        "phq9.severe" => t_string!(i18n, checkin.band.phq9_severe),
        "gad7.minimal" => t_string!(i18n, checkin.band.gad7_minimal),
        "gad7.mild" => t_string!(i18n, checkin.band.gad7_mild),
        "gad7.moderate" => t_string!(i18n, checkin.band.gad7_moderate),
        "gad7.severe" => t_string!(i18n, checkin.band.gad7_severe),
        "epds.below_cutoff" => t_string!(i18n, checkin.band.epds_below_cutoff),
        "epds.possible" => t_string!(i18n, checkin.band.epds_possible),
        "epds.probable" => t_string!(i18n, checkin.band.epds_probable),
        _ => return band.label.clone(),
    };
    words.to_owned()
}

/// The band label of a total of a measure, in her language.
pub(crate) fn band_of(i18n: I18n, def: Option<&Definition>, total: u16) -> Option<String> {
    def.and_then(|d| d.band_for(total))
        .map(|b| band_label(i18n, b))
}

/// A subscale's name and note by its id (the stored English for any other).
pub(crate) fn subscale_words(i18n: I18n, id: &str, name: &str, note: &str) -> (String, String) {
    match id {
        "epds3a" => (
            t_string!(i18n, checkin.subscale.epds3a_name).to_owned(),
            t_string!(i18n, checkin.subscale.epds3a_note).to_owned(),
        ),
        _ => (name.to_owned(), note.to_owned()),
    }
}

/// Why a check-in step or save was refused, in her language (one arm per refusal; a save not
/// made over a newer journal is said by the one translator of storage errors).
pub(crate) fn checkin_error(i18n: I18n, e: &impl Said<CheckinError>) -> String {
    let Some(e) = e.refusal() else {
        return crate::ui::store_error_text(i18n, &crate::store::StoreError::Newer);
    };
    match e {
        CheckinError::NotAnswered { count: 1 } => {
            t_string!(i18n, checkin.questionnaire.one_missing).to_owned()
        }
        CheckinError::NotAnswered { count } => t_string!(
            i18n,
            checkin.questionnaire.many_missing,
            n = num(i64::try_from(*count).unwrap_or(i64::MAX))
        )
        .to_string(),
        CheckinError::Removed => t_string!(i18n, checkin.questionnaire.removed).to_owned(),
        CheckinError::Gone => t_string!(i18n, checkin.questionnaire.gone).to_owned(),
        CheckinError::NotThisMeasure { name } => {
            t_string!(i18n, checkin.questionnaire.not_this_measure, name).to_string()
        }
        CheckinError::DraftNotThisMeasure { name } => {
            t_string!(i18n, checkin.questionnaire.draft_not_this_measure, name).to_string()
        }
        CheckinError::NeedsAnswer => t_string!(i18n, checkin.questionnaire.needs_answer).to_owned(),
        CheckinError::Answer(_) => {
            t_string!(i18n, checkin.questionnaire.answer_not_fitting).to_owned()
        }
    }
}

fn field_words(i18n: I18n, field: &TextField) -> String {
    match field {
        TextField::Language => t_string!(i18n, checkin.clinic.field.language).to_owned(),
        TextField::Licence => t_string!(i18n, checkin.clinic.field.licence).to_owned(),
        TextField::Instruction => t_string!(i18n, checkin.clinic.field.instruction).to_owned(),
        TextField::Name => t_string!(i18n, checkin.clinic.field.name).to_owned(),
        TextField::RecallPeriod => t_string!(i18n, checkin.clinic.field.recall_period).to_owned(),
        TextField::BandLabel => t_string!(i18n, checkin.clinic.field.band_label).to_owned(),
        TextField::ItemText(id) => {
            t_string!(i18n, checkin.clinic.field.item_text, id = id).to_string()
        }
        TextField::OptionText(n, id) => {
            t_string!(i18n, checkin.clinic.field.option_text, n = n, id = id).to_string()
        }
    }
}

/// Why a clinic file was refused, in her language.
pub(crate) fn texts_error(i18n: I18n, e: &TextsError) -> String {
    use crate::domain::instruments::{TEXTS_FORMAT, TEXTS_VERSION};
    match e {
        TextsError::NotJson(d) => {
            t_string!(i18n, checkin.clinic.err_not_json, detail = d).to_string()
        }
        TextsError::NotTextFile => t_string!(
            i18n,
            checkin.clinic.err_not_text_file,
            format = TEXTS_FORMAT
        )
        .to_string(),
        TextsError::TooNew(v) => t_string!(
            i18n,
            checkin.clinic.err_too_new,
            version = v,
            supported = TEXTS_VERSION
        )
        .to_string(),
        TextsError::Shape(d) => t_string!(i18n, checkin.clinic.err_shape, detail = d).to_string(),
        TextsError::VersionZero => t_string!(i18n, checkin.clinic.err_version_zero).to_owned(),
        TextsError::OtherMeasure(m, name) => t_string!(
            i18n,
            checkin.clinic.err_other_measure,
            measure = m,
            name = name
        )
        .to_string(),
        TextsError::BandCount(given, name, expected) => t_string!(
            i18n,
            checkin.clinic.err_band_count,
            given = given,
            name = name,
            expected = expected
        )
        .to_string(),
        TextsError::DuplicateItem(id) => {
            t_string!(i18n, checkin.clinic.err_duplicate_item, id = id).to_string()
        }
        TextsError::UnknownItem(id, name) => {
            t_string!(i18n, checkin.clinic.err_unknown_item, id = id, name = name).to_string()
        }
        TextsError::OptionCount(id, given, expected) => t_string!(
            i18n,
            checkin.clinic.err_option_count,
            id = id,
            given = given,
            expected = expected
        )
        .to_string(),
        TextsError::MissingItem(id) => {
            t_string!(i18n, checkin.clinic.err_missing_item, id = id).to_string()
        }
        TextsError::Empty(field) => t_string!(
            i18n,
            checkin.clinic.err_empty,
            field = field_words(i18n, field)
        )
        .to_string(),
        TextsError::Invalid(e) => definition_error::definition_error(i18n, e),
    }
}
