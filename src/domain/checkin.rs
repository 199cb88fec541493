//! The weekly check-in: one completed measure, with what happened with people that week.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// A completed weekly measure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Measure id ("phq9", "gad7", "epds").
    pub measure: String,
    /// The local calendar day it was done (never moves with the timezone).
    pub date: NaiveDate,
    pub answers: Vec<Answer>,
    /// A self-harm item was answered above 0: the safety screen was shown and every export
    /// shows this first.
    #[serde(default)]
    pub safety_flag: bool,
    /// "How have you been since we last met?"
    #[serde(default)]
    pub since_last_met: String,
    /// "What happened with people in your life this week?"
    #[serde(default)]
    pub people_this_week: String,
}
