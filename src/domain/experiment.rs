//! Interpersonal experiments (homework) and their lifecycle.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::Id;

/// Where an experiment stands: planned → practised → done / not done → discussed in session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Planned,
    Practised,
    Done,
    NotDone,
    Discussed,
}

/// An expected barrier and how she will handle it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Barrier {
    pub barrier: String,
    pub plan: String,
}

/// One interpersonal experiment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Experiment {
    pub person: Option<Id>,
    pub goal: String,
    /// What I will say, and how.
    pub script: String,
    /// Role play: playing myself.
    pub practice_me: String,
    /// Role play: roles swapped.
    pub practice_swapped: String,
    pub when: Option<NaiveDate>,
    pub barriers: Vec<Barrier>,
    pub status: Status,
    /// Why it was not done.
    pub not_done_why: String,
    /// The decision analysis (worksheet id) and option it came from.
    pub from_decision: Option<(Id, Id)>,
    pub what_happened: String,
    pub how_i_felt: String,
    pub how_they_responded: String,
    pub what_i_learned: String,
    pub next_step: String,
}
