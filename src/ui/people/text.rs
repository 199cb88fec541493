//! The People room's words in the chosen language: the domain's labels, prompts and refusals
//! (kept in English in `src/domain` for exports and tests) mapped by their enum to the `people`
//! namespace. Called inside reactive closures, so the text follows the language.

use crate::domain::journal::Journal;
use crate::domain::people::references::{Described, OnDelete};
use crate::domain::people::{
    person_name, InventoryField, PersonError, PersonName, PhoneError, Ring,
};
use crate::domain::record::Id;
use crate::domain::selfcare::SelfCareError;
use crate::domain::support::{SupportError, WhoQuestion};
use crate::domain::timeline::{EventError, MoodDirection};
use crate::i18n::{t_string, Locale};
use crate::ui::fmt::{self, DateStyle};

/// The i18n context this room passes around (`Copy`).
pub(crate) use crate::i18n::I18n;

/// A closeness ring, in the clinicians' words.
pub(crate) fn ring(i18n: I18n, ring: Ring) -> String {
    match ring {
        Ring::Most => t_string!(i18n, people.ring.most),
        Ring::Moderately => t_string!(i18n, people.ring.moderately),
        Ring::Somewhat => t_string!(i18n, people.ring.somewhat),
    }
    .to_owned()
}

/// One inventory question asked about each person.
pub(crate) fn field(i18n: I18n, field: InventoryField) -> String {
    match field {
        InventoryField::Interactions => t_string!(i18n, people.fields.interactions),
        InventoryField::Expectations => t_string!(i18n, people.fields.expectations),
        InventoryField::Satisfying => t_string!(i18n, people.fields.satisfying),
        InventoryField::Unsatisfying => t_string!(i18n, people.fields.unsatisfying),
        InventoryField::WouldChange => t_string!(i18n, people.fields.would_change),
    }
    .to_owned()
}

/// The inventory prompts, in the order of `INVENTORY_PROMPTS`.
pub(crate) fn inventory_prompts(i18n: I18n) -> [&'static str; 8] {
    [
        t_string!(i18n, people.prompts.important),
        t_string!(i18n, people.prompts.raised),
        t_string!(i18n, people.prompts.support),
        t_string!(i18n, people.prompts.confide),
        t_string!(i18n, people.prompts.turns_to_you),
        t_string!(i18n, people.prompts.close),
        t_string!(i18n, people.prompts.trust),
        t_string!(i18n, people.prompts.angry),
    ]
}

/// The perinatal additions, in the order of `PERINATAL_PROMPTS`.
pub(crate) fn perinatal_prompts(i18n: I18n) -> [&'static str; 4] {
    [
        t_string!(i18n, people.prompts.baby),
        t_string!(i18n, people.prompts.partner),
        t_string!(i18n, people.prompts.pregnancy),
        t_string!(i18n, people.prompts.birth),
    ]
}

/// A who-question (the words the therapist summary uses too: one `match`, in `share::words`).
pub(crate) fn who_question(i18n: I18n, q: WhoQuestion) -> String {
    crate::ui::share::words::who_question(i18n, q).to_owned()
}

/// Which way mood went around a life event (as in the therapist summary).
pub(crate) fn mood(i18n: I18n, m: MoodDirection) -> String {
    crate::ui::share::words::mood(i18n, m).to_owned()
}

/// The choice offered before removing someone named elsewhere.
pub(crate) fn on_delete(i18n: I18n, choice: OnDelete) -> String {
    match choice {
        OnDelete::KeepName => t_string!(i18n, people.person.keep_name),
        OnDelete::RemoveFromNotes => t_string!(i18n, people.person.remove_from_notes),
    }
    .to_owned()
}

/// A person id as she reads it: their name, or "Removed person" / "Unnamed person".
pub(crate) fn person(i18n: I18n, j: &Journal, id: &Id) -> String {
    match person_name(&j.people, id) {
        PersonName::Named(name) => name,
        PersonName::Unnamed => t_string!(i18n, people.names.unnamed).to_owned(),
        PersonName::Removed => t_string!(i18n, people.names.removed).to_owned(),
    }
}

/// A list of names or items, with the language's comma.
pub(crate) fn join(i18n: I18n, items: &[String]) -> String {
    items.join(t_string!(i18n, people.list_sep))
}

/// "2 March 2026" in the chosen language.
pub(crate) fn long_date(d: chrono::NaiveDate) -> String {
    fmt::date(d, DateStyle::DayMonthYear)
}

/// A whole number in the chosen language's digits.
pub(crate) fn num(n: impl Into<i64>) -> String {
    fmt::number(n.into())
}

/// Hours slept for reading (not for the input field): "7.5", "7,5", "٧٫٥".
pub(crate) fn sleep_hours(i18n: I18n, half_hours: u8) -> String {
    let whole = num(half_hours / 2);
    if half_hours.is_multiple_of(2) {
        return whole;
    }
    let sep = match i18n.get_locale() {
        Locale::es | Locale::fr => ",",
        Locale::ar => "٫",
        Locale::en | Locale::sw => ".",
    };
    format!("{whole}{sep}{}", num(5))
}

/// Where a person is named, as she reads it.
pub(crate) fn reference(i18n: I18n, parts: &Described) -> String {
    match parts {
        Described::Helper => t_string!(i18n, people.refs.helper).to_owned(),
        Described::Support { week_of, question } => t_string!(
            i18n,
            people.refs.support,
            date = long_date(*week_of),
            question = who_question(i18n, *question)
        )
        .to_string(),
        Described::Event { date, quote } => t_string!(
            i18n,
            people.refs.event,
            date = long_date(*date),
            quote = quote.clone()
        )
        .to_string(),
        Described::RoleDispute { quote: None } => {
            t_string!(i18n, people.refs.role_dispute).to_owned()
        }
        Described::RoleDispute { quote: Some(q) } => {
            t_string!(i18n, people.refs.role_dispute_quote, quote = q.clone()).to_string()
        }
        Described::CommunicationAnalysis { date: None } => {
            t_string!(i18n, people.refs.communication).to_owned()
        }
        Described::CommunicationAnalysis { date: Some(d) } => {
            t_string!(i18n, people.refs.communication_date, date = long_date(*d)).to_string()
        }
        Described::DecisionAnalysis { quote: None } => {
            t_string!(i18n, people.refs.decision).to_owned()
        }
        Described::DecisionAnalysis { quote: Some(q) } => {
            t_string!(i18n, people.refs.decision_quote, quote = q.clone()).to_string()
        }
        Described::Experiment { quote: None } => t_string!(i18n, people.refs.experiment).to_owned(),
        Described::Experiment { quote: Some(q) } => {
            t_string!(i18n, people.refs.experiment_quote, quote = q.clone()).to_string()
        }
        Described::Ending => t_string!(i18n, people.refs.ending).to_owned(),
    }
}

/// A domain refusal in her language. Each error type has one translator here, a full `match`,
/// so a new variant does not build until it has its words.
pub(crate) trait Say {
    fn say(&self, i18n: I18n) -> String;
}

/// Why something was refused, in the chosen language.
pub(crate) fn error(i18n: I18n, e: &impl Say) -> String {
    e.say(i18n)
}

/// An edit refused by the domain (said by its own translator) or not saved over a newer journal.
impl<E: Say> Say for crate::ui::state::Unsaved<E> {
    fn say(&self, i18n: I18n) -> String {
        self.words(i18n, |e| e.say(i18n))
    }
}

fn max(n: usize) -> String {
    num(i64::try_from(n).unwrap_or(i64::MAX))
}

impl Say for PhoneError {
    fn say(&self, i18n: I18n) -> String {
        match self {
            PhoneError::TooLong => t_string!(i18n, people.errors.phone_long),
            PhoneError::Chars => t_string!(i18n, people.errors.phone_chars),
        }
        .to_owned()
    }
}

impl Say for PersonError {
    fn say(&self, i18n: I18n) -> String {
        match self {
            PersonError::NameRequired => t_string!(i18n, people.errors.name_required).to_owned(),
            PersonError::NameTooLong { max: m } => {
                t_string!(i18n, people.errors.name_long, max = max(*m)).to_string()
            }
            PersonError::RelationshipTooLong { max: m } => {
                t_string!(i18n, people.errors.relationship_long, max = max(*m)).to_string()
            }
            PersonError::Phone(e) => e.say(i18n),
            PersonError::AnswerTooLong { field: _, max: m } => {
                t_string!(i18n, people.errors.too_long, max = max(*m)).to_string()
            }
            PersonError::Gone => t_string!(i18n, people.errors.gone).to_owned(),
            PersonError::AlreadyClosest => t_string!(i18n, people.errors.closest).to_owned(),
            PersonError::AlreadyOuter => t_string!(i18n, people.errors.outer).to_owned(),
            PersonError::AlreadyRemoved => {
                t_string!(i18n, people.errors.already_removed).to_owned()
            }
            PersonError::AlreadyBack => t_string!(i18n, people.errors.already_back).to_owned(),
            PersonError::NothingToRestore => {
                t_string!(i18n, people.errors.nothing_to_undo).to_owned()
            }
        }
    }
}

impl Say for SelfCareError {
    fn say(&self, i18n: I18n) -> String {
        match self {
            SelfCareError::TooLong { text: _, max: m } => {
                t_string!(i18n, people.errors.too_long, max = max(*m)).to_string()
            }
            SelfCareError::HelperRequired => {
                t_string!(i18n, people.errors.helper_required).to_owned()
            }
            SelfCareError::Phone(e) => e.say(i18n),
            SelfCareError::PersonGone => t_string!(i18n, people.errors.gone).to_owned(),
            SelfCareError::AlreadyListed => {
                t_string!(i18n, people.errors.already_listed).to_owned()
            }
            SelfCareError::HelperRemoved => {
                t_string!(i18n, people.errors.helper_removed).to_owned()
            }
            SelfCareError::ItemRemoved => t_string!(i18n, people.errors.item_removed).to_owned(),
            SelfCareError::DeferredRequired => {
                t_string!(i18n, people.errors.deferred_required).to_owned()
            }
            SelfCareError::SleepFormat => t_string!(i18n, people.errors.sleep_format).to_owned(),
            SelfCareError::SleepMax => t_string!(i18n, people.errors.sleep_max).to_owned(),
        }
    }
}

impl Say for EventError {
    fn say(&self, i18n: I18n) -> String {
        match self {
            EventError::TextRequired => t_string!(i18n, people.errors.event_required).to_owned(),
            EventError::TooLong { max: m } => {
                t_string!(i18n, people.errors.event_long, max = max(*m)).to_string()
            }
            EventError::Gone => t_string!(i18n, people.errors.event_removed).to_owned(),
        }
    }
}

impl Say for SupportError {
    fn say(&self, i18n: I18n) -> String {
        match self {
            SupportError::BrainstormTooLong { max: m }
            | SupportError::AnswerTooLong { max: m, .. } => {
                t_string!(i18n, people.errors.too_long, max = max(*m)).to_string()
            }
        }
    }
}
