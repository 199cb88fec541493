//! The work of the middle phase: the agreed problem area and its worksheet, communication
//! analysis and decision analysis.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::Id;

/// The four IPT problem areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemArea {
    Grief,
    RoleDispute,
    RoleTransition,
    /// Interpersonal sensitivity / deficits / loneliness.
    Loneliness,
}

/// The focus she and her therapist agreed on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Focus {
    pub area: ProblemArea,
    /// Since when (local day).
    pub since: NaiveDate,
}

/// Role dispute stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeStage {
    #[default]
    Renegotiation,
    Impasse,
    Dissolution,
}

/// Role transition worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleTransition {
    pub transition: String,
    pub old_role: String,
    pub new_role: String,
    pub old_positive: Vec<String>,
    pub old_negative: Vec<String>,
    pub new_positive: Vec<String>,
    pub new_negative: Vec<String>,
    pub lost: String,
    pub not_lost: String,
    pub opportunities: String,
    pub skills: String,
    pub supports: String,
}

/// Role dispute worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleDispute {
    pub with_whom: Option<Id>,
    pub with_whom_text: String,
    pub about: String,
    pub my_expectations: String,
    pub their_expectations: String,
    pub stage: DisputeStage,
    pub options: Vec<String>,
    pub worked: String,
    pub not_worked: String,
    pub parallels: String,
}

/// Grief worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Grief {
    pub who: String,
    pub when: String,
    pub good_memories: String,
    pub hard_memories: String,
    pub events: String,
    pub feelings: String,
    pub reconnect: String,
}

/// Interpersonal sensitivity / loneliness worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Loneliness {
    pub past_relationships: String,
    pub patterns: String,
    pub next_steps: Vec<String>,
    pub expectations: String,
}

/// Communication analysis of one recent, emotionally charged conversation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CommunicationAnalysis {
    pub person: Option<Id>,
    pub in_writing: bool,
    pub date: Option<NaiveDate>,
    pub where_: String,
    pub who_else: String,
    pub what_said: String,
    pub how_said: String,
    pub intended: String,
    pub i_felt: String,
    pub they_felt: String,
    pub they_understood: String,
    pub went_well: String,
    pub change: String,
}

/// One option in a decision analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionOption {
    pub id: Id,
    pub text: String,
    pub pros: String,
    pub cons: String,
    /// What it would do to the relationship.
    pub relationship: String,
}

/// Decision analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionAnalysis {
    pub person: Option<Id>,
    pub problem: String,
    /// "What would you like to happen?"
    pub want: String,
    pub options: Vec<DecisionOption>,
    /// The four-box for changing a way of communicating.
    pub current_good: String,
    pub current_bad: String,
    pub change_good: String,
    pub change_bad: String,
    pub chosen: Option<Id>,
}

/// One worksheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Worksheet {
    RoleTransition(RoleTransition),
    RoleDispute(RoleDispute),
    Grief(Grief),
    Loneliness(Loneliness),
    CommunicationAnalysis(CommunicationAnalysis),
    DecisionAnalysis(DecisionAnalysis),
}
