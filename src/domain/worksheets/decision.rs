//! Decision analysis: name the problem, generate options (many, cheaply), weigh the pros and cons
//! of each including what it would do to the relationship, and choose one.
//!
//! Options are addressed by their id, never by position, so two open tabs or a merge cannot make
//! an edit land on the wrong option.

use super::{DecisionAnalysis, DecisionOption};
use crate::domain::record::Id;

/// Why a change to a decision analysis was refused. `Display` gives the English sentence; the UI
/// says it in her language with one `match`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecisionError {
    /// The option is no longer in this decision.
    NoSuchOption,
    /// Adding an option with no words.
    EmptyOption,
    /// Emptying the words of an option.
    OptionNeedsWords,
    /// An option has no part with this key.
    NoSuchPart { key: String },
}

impl std::fmt::Display for DecisionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecisionError::NoSuchOption => {
                f.write_str("That option is no longer in this decision.")
            }
            DecisionError::EmptyOption => f.write_str("Write the option first."),
            DecisionError::OptionNeedsWords => {
                f.write_str("An option needs a few words. To drop it, remove it.")
            }
            DecisionError::NoSuchPart { key } => {
                write!(f, "An option has no part called \"{key}\".")
            }
        }
    }
}

/// Add an option with just its text (pros and cons can come later) and return its id. Fails on
/// empty text.
pub fn add_option(d: &mut DecisionAnalysis, text: &str) -> Result<Id, DecisionError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DecisionError::EmptyOption);
    }
    let option = DecisionOption {
        id: Id::new(),
        text: text.to_owned(),
        ..DecisionOption::default()
    };
    let id = option.id.clone();
    d.options.push(option);
    Ok(id)
}

/// Set one field of an option by key: "text", "pros", "cons" or "relationship" (see
/// [`super::fields::OPTION_FIELDS`]). The option's text cannot be made empty.
pub fn set_option_field(
    d: &mut DecisionAnalysis,
    option: &Id,
    key: &str,
    value: &str,
) -> Result<(), DecisionError> {
    let Some(o) = d.options.iter_mut().find(|o| &o.id == option) else {
        return Err(DecisionError::NoSuchOption);
    };
    match key {
        "text" => {
            let value = value.trim();
            if value.is_empty() {
                return Err(DecisionError::OptionNeedsWords);
            }
            o.text = value.to_owned();
        }
        "pros" => o.pros = value.to_owned(),
        "cons" => o.cons = value.to_owned(),
        "relationship" => o.relationship = value.to_owned(),
        _ => {
            return Err(DecisionError::NoSuchPart {
                key: key.to_owned(),
            })
        }
    }
    Ok(())
}

/// Remove an option and return it with its position, for undo ([`restore_option`]). If it was
/// the chosen one, nothing is chosen any more.
pub fn remove_option(
    d: &mut DecisionAnalysis,
    option: &Id,
) -> Result<(usize, DecisionOption), DecisionError> {
    let Some(at) = d.options.iter().position(|o| &o.id == option) else {
        return Err(DecisionError::NoSuchOption);
    };
    let removed = d.options.remove(at);
    if d.chosen.as_ref() == Some(option) {
        d.chosen = None;
    }
    Ok((at, removed))
}

/// Put a removed option back where it was (or at the end, if the list has shrunk since).
pub fn restore_option(d: &mut DecisionAnalysis, at: usize, option: DecisionOption) {
    if d.options.iter().any(|o| o.id == option.id) {
        return;
    }
    let at = at.min(d.options.len());
    d.options.insert(at, option);
}

/// Choose the option to try.
pub fn choose(d: &mut DecisionAnalysis, option: &Id) -> Result<(), DecisionError> {
    if d.options.iter().any(|o| &o.id == option) {
        d.chosen = Some(option.clone());
        Ok(())
    } else {
        Err(DecisionError::NoSuchOption)
    }
}

/// Undo a choice.
pub fn unchoose(d: &mut DecisionAnalysis) {
    d.chosen = None;
}

/// The chosen option, if it is still in the list.
pub fn chosen_option(d: &DecisionAnalysis) -> Option<&DecisionOption> {
    let chosen = d.chosen.as_ref()?;
    d.options.iter().find(|o| &o.id == chosen)
}

/// An option by id.
pub fn option<'a>(d: &'a DecisionAnalysis, id: &Id) -> Option<&'a DecisionOption> {
    d.options.iter().find(|o| &o.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(d: &DecisionAnalysis) -> Vec<&str> {
        d.options.iter().map(|o| o.text.as_str()).collect()
    }

    #[test]
    fn options_are_added_cheaply_with_text_only_and_refuse_blank() {
        let mut d = DecisionAnalysis::default();
        for t in [
            "Ask Sam to do Saturday nights",
            " Ask my sister ",
            "Say nothing",
        ] {
            assert!(add_option(&mut d, t).is_ok());
        }
        assert_eq!(
            texts(&d),
            [
                "Ask Sam to do Saturday nights",
                "Ask my sister",
                "Say nothing"
            ]
        );
        assert_eq!(add_option(&mut d, "   "), Err(DecisionError::EmptyOption));
        assert_eq!(d.options.len(), 3);
        let ids: Vec<&Id> = d.options.iter().map(|o| &o.id).collect();
        assert!(ids[0] != ids[1] && ids[1] != ids[2]);
    }

    #[test]
    fn editing_an_option_sets_pros_cons_and_what_it_does_to_the_relationship() {
        let mut d = DecisionAnalysis::default();
        let id = add_option(&mut d, "Ask my sister").unwrap_or_default();
        assert_eq!(set_option_field(&mut d, &id, "pros", "She offered"), Ok(()));
        assert_eq!(
            set_option_field(&mut d, &id, "cons", "She lives far"),
            Ok(())
        );
        assert_eq!(
            set_option_field(
                &mut d,
                &id,
                "relationship",
                "We would see more of each other"
            ),
            Ok(())
        );
        assert_eq!(
            set_option_field(&mut d, &id, "text", ""),
            Err(DecisionError::OptionNeedsWords)
        );
        assert_eq!(
            set_option_field(&mut d, &id, "colour", "x"),
            Err(DecisionError::NoSuchPart {
                key: "colour".into()
            })
        );
        assert_eq!(
            set_option_field(&mut d, &Id::from("gone"), "pros", "x"),
            Err(DecisionError::NoSuchOption)
        );
        let o = option(&d, &id).cloned().unwrap_or_default();
        assert_eq!(
            (
                o.text.as_str(),
                o.pros.as_str(),
                o.cons.as_str(),
                o.relationship.as_str()
            ),
            (
                "Ask my sister",
                "She offered",
                "She lives far",
                "We would see more of each other"
            )
        );
    }

    #[test]
    fn removing_the_chosen_option_clears_the_choice_and_undo_puts_it_back_in_place() {
        let mut d = DecisionAnalysis::default();
        let a = add_option(&mut d, "A").unwrap_or_default();
        let b = add_option(&mut d, "B").unwrap_or_default();
        add_option(&mut d, "C").unwrap_or_default();
        assert_eq!(choose(&mut d, &b), Ok(()));
        assert_eq!(chosen_option(&d).map(|o| o.text.as_str()), Some("B"));
        let (at, removed) = remove_option(&mut d, &b).unwrap_or_default();
        assert_eq!(d.chosen, None);
        assert_eq!(texts(&d), ["A", "C"]);
        restore_option(&mut d, at, removed.clone());
        restore_option(&mut d, at, removed);
        assert_eq!(texts(&d), ["A", "B", "C"], "restored once, in place");
        assert_eq!(
            choose(&mut d, &Id::from("gone")),
            Err(DecisionError::NoSuchOption)
        );
        assert_eq!(choose(&mut d, &a), Ok(()));
        unchoose(&mut d);
        assert_eq!(chosen_option(&d), None);
    }
}
