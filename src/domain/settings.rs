//! The person's settings: country for crisis contacts, check-in weekday, language.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contacts::OwnContact;

/// Settings of one journal. Every field has a default so older documents keep loading.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// ISO 3166-1 alpha-2 code of the country whose crisis contacts are shown ("" = not chosen).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub country: String,
    /// Check-in weekday, 0 = Monday … 6 = Sunday.
    pub checkin_weekday: u8,
    /// UI language tag ("" = follow the browser).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub language: String,
    /// The welcome card on the home screen was read and put away.
    pub welcome_dismissed: bool,
    /// Therapy session weekday, 0 = Monday … 6 = Sunday (`None`: same as the check-in day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_weekday: Option<u8>,
    /// What she types for her therapist to recognise her in exports (a first name, initials or a
    /// code; "" = nothing). Only ever put into files she chooses to share.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub share_label: String,
    /// The country question was answered or put aside: it is not asked again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub country_asked: bool,
    /// Her own contacts for "Get help now" (therapist, clinic, health worker), first on that page.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<OwnContact>,
    /// The day of her first session, as a local calendar date (`None`: the course is not set).
    /// See `course`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub course_start: Option<NaiveDate>,
    /// How many weekly sessions the course has (`None`: the usual 16).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub course_weeks: Option<u8>,
}
