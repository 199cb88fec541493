//! The who-questions, asked weekly to recruit support.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::record::Id;

/// One answer: her words and the people from the inventory she named.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WhoAnswer {
    pub text: String,
    pub people: Vec<Id>,
}

/// One week's who-questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupportWeek {
    /// The first day (local) of the week answered.
    pub week_of: NaiveDate,
    /// "Who can help?"
    pub who_can_help: WhoAnswer,
    /// "Who knows about your struggles, and how have they responded?"
    pub who_knows: WhoAnswer,
    /// "Who has been understanding, and in what way?"
    pub who_understanding: WhoAnswer,
    /// "Whom have you been helpful to, as a support to others?"
    pub helped_others: WhoAnswer,
    /// "With whom might you like to spend time?"
    pub spend_time_with: WhoAnswer,
    /// Brainstorm: direct or indirect support, or social activities to do.
    pub brainstorm: String,
}
