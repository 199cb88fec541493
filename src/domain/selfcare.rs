//! The sick role: the resources plan she writes and the daily self-care (responsibilities) log.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::Id;

/// Someone who should be able to come to her assistance (shown on the safety screen).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Helper {
    pub name: String,
    /// Phone number for tap-to-call, as she typed it.
    pub phone: String,
    /// The person in the inventory, when she picked one.
    pub person: Option<Id>,
}

/// Something she will temporarily suspend or defer, with the day to look at it again.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Deferred {
    pub what: String,
    pub review_on: Option<NaiveDate>,
}

/// The sick-role resources plan, in the clinicians' words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SickRolePlan {
    /// "Who needs to know?"
    pub who_needs_to_know: String,
    /// "How can they help you?"
    pub how_they_can_help: String,
    /// "How will you ask / tell them?"
    pub how_i_will_ask: String,
    /// "Who should be able to come to your assistance?"
    pub helpers: Vec<Helper>,
    /// "What will you need to TEMPORARILY suspend or defer?"
    pub deferred: Vec<Deferred>,
}

/// Whether a therapy session was attended that day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Session {
    Yes,
    No,
    #[default]
    NoneDue,
}

/// One day of the self-care log. Unanswered fields stay `None`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SelfCareDay {
    /// The local calendar day logged.
    pub date: NaiveDate,
    /// Hours slept, in half hours (so the document holds no floats): 15 = 7.5 h.
    pub sleep_half_hours: Option<u8>,
    pub regular_meals: Option<bool>,
    pub movement: Option<bool>,
    /// One pleasant activity, in her words.
    pub pleasant_activity: String,
    pub session: Session,
    pub note: String,
}
