//! What she chose on the share screen, as the screens need it: the choice itself (dates,
//! sections, query string, suggested range) is the domain's ([`crate::domain::share`]).

use chrono::NaiveDate;

use crate::domain::journal::Journal;
use crate::i18n::{t_string, I18n};

/// The draft name for the share screen's choices.
pub const DRAFT: &str = "share";

pub use crate::domain::share::{section_on, set_section, Choice, SECTIONS};

/// A section's label on the share screen, in her language.
pub fn section_label(i18n: I18n, name: &str) -> &'static str {
    match name {
        "scores" => t_string!(i18n, share.sections.scores),
        "notes" => t_string!(i18n, share.sections.notes),
        "focus" => t_string!(i18n, share.sections.focus),
        "experiments" => t_string!(i18n, share.sections.experiments),
        "plan" => t_string!(i18n, share.sections.plan),
        "people" => t_string!(i18n, share.sections.people),
        "support" => t_string!(i18n, share.sections.support),
        "timeline" => t_string!(i18n, share.sections.timeline),
        "selfcare" => t_string!(i18n, share.sections.selfcare),
        "ending" => t_string!(i18n, share.sections.ending),
        _ => "",
    }
}

/// The choice in the current location's query string, or the suggestion.
pub fn from_location(j: &Journal, today: NaiveDate) -> Choice {
    let query = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    Choice::from_query(&query, Choice::suggested(j, today))
}
