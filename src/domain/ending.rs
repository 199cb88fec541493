//! Ending well: warning signs of recurrence and the contingency plan.

use serde::{Deserialize, Serialize};

use super::record::Id;

/// The relapse-prevention plan written in the last sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EndingPlan {
    /// Changes and gains, in her words.
    pub what_changed: String,
    pub warning_signs: Vec<String>,
    /// What I will do.
    pub will_do: String,
    /// Whom I will contact.
    pub will_contact: Vec<Id>,
    pub will_contact_text: String,
    /// Continuation or booster sessions.
    pub booster: String,
}
