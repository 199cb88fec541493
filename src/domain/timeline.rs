//! The timeline: life events placed beside mood, to see the temporal link.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::Id;

/// Which way mood moved around an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoodDirection {
    Drops,
    Improves,
    Steady,
}

/// One life event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LifeEvent {
    pub date: NaiveDate,
    pub text: String,
    pub people: Vec<Id>,
    pub mood: Option<MoodDirection>,
}
