//! The interpersonal inventory: the people in her life and the closeness circle.

use serde::{Deserialize, Serialize};

/// The closeness circle around "Me".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ring {
    Most,
    #[default]
    Moderately,
    Somewhat,
}

/// One important person, with the four inventory questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// Name or nickname.
    pub name: String,
    /// Relationship ("partner", "mother", "neighbour").
    pub relationship: String,
    pub ring: Ring,
    /// Nature of interactions with them.
    pub interactions: String,
    /// Expectations of each party; are they met?
    pub expectations: String,
    /// Satisfying and unsatisfying aspects of the relationship.
    pub satisfying: String,
    pub unsatisfying: String,
    /// What she would change about it.
    pub would_change: String,
    /// Phone number, for tap-to-call from the safety screen.
    pub phone: String,
}
