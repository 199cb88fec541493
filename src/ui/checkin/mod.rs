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
mod due_card;
mod history;
mod questionnaire;
mod reminder;
mod result;
mod start;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::instruments::Definition;
use crate::domain::record::Id;
use crate::ui::pages::not_found::NotFound;

pub use clinic::ClinicTextsLoader;
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

/// "Wed 25 Nov 2026".
pub(crate) fn short_date(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// "Wednesday 25 November".
pub(crate) fn long_date(d: NaiveDate) -> String {
    d.format("%A %-d %B").to_string()
}

/// Today's local calendar day.
pub(crate) fn today() -> NaiveDate {
    crate::domain::dates::local_date(&crate::store::now())
}

/// A plain name for a language tag the clinic files use ("en" → "English"); the tag itself for
/// any other.
pub(crate) fn language_name(tag: &str) -> String {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
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

/// Where the wording of a measure comes from, in words: built in, or the clinic's file.
pub(crate) fn wording_source(def: &Definition) -> String {
    if !def.texts_available {
        return String::new();
    }
    match def.texts_licence {
        Some(_) => format!(
            "Wording from your clinic's file, in {}.",
            language_name(&def.language)
        ),
        None => format!(
            "Wording built into the app, in {}.",
            language_name(&def.language)
        ),
    }
}

/// A change of total in calm words: "3 lower than last time" / "the same as last time".
pub(crate) fn change_words(delta: i32) -> String {
    match delta {
        0 => "the same as last time".to_owned(),
        d if d < 0 => format!("{} lower than last time", -d),
        d => format!("{d} higher than last time"),
    }
}

/// A short description of each built-in measure for the chooser.
pub(crate) fn measure_about(id: &str) -> &'static str {
    match id {
        "phq9" => "Mood: how often low mood and related problems bothered you.",
        "gad7" => "Worry: how often worry and nerves bothered you.",
        "epds" => "For during pregnancy and after a baby: how you have been feeling.",
        _ => "",
    }
}
