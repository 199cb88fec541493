//! Links between the tools, as the deck chains them: a communication analysis ("What would you
//! like to change about the interaction?") leads to "Plan what to try next time", either a
//! decision analysis (options, pros and cons) or straight to an interpersonal experiment ("Rework
//! an unsuccessful communication … Script and role play new conversation … Assign as experiment
//! to do before next session"). Each starts prefilled from the conversation; nothing she wrote in
//! the conversation is changed.
//!
//! Also the grief worksheet's prompts for the loss of a pregnancy or a baby, and the short list
//! of feeling words offered wherever she is asked how she felt (the deck: "Help patient develop
//! an emotional vocabulary").

use super::{CommunicationAnalysis, DecisionAnalysis, RoleDispute, RoleTransition};
use crate::domain::experiment::Experiment;

/// A decision analysis about what to try next time, from a conversation: the same person; the
/// problem is what was said; what she would like to happen is what she would change; what went
/// well starts the "good things about the current communication" box.
pub fn decision_from_conversation(c: &CommunicationAnalysis) -> DecisionAnalysis {
    DecisionAnalysis {
        person: c.person.clone(),
        problem: c.what_said.trim().to_owned(),
        want: c.change.trim().to_owned(),
        current_good: c.went_well.trim().to_owned(),
        ..DecisionAnalysis::default()
    }
}

/// An experiment to try next time, from a conversation: the same person, and the goal is what
/// she would like to change (the script is hers to write: the new conversation).
pub fn experiment_from_conversation(c: &CommunicationAnalysis) -> Experiment {
    Experiment {
        person: c.person.clone(),
        goal: c.change.trim().to_owned(),
        ..Experiment::default()
    }
}

/// A role transition from a dispute at dissolution (the deck: when the relationship is ending,
/// the work becomes a transition, "assist mourning" and build the new role): what the transition
/// is about starts as what the dispute was about, in her words; nothing else is filled in.
pub fn transition_from_dispute(d: &RoleDispute) -> RoleTransition {
    RoleTransition {
        transition: d.about.trim().to_owned(),
        ..RoleTransition::default()
    }
}

/// Whether a conversation has enough in it to plan from (what she would change, or what was
/// said).
pub fn can_plan_from(c: &CommunicationAnalysis) -> bool {
    !c.change.trim().is_empty() || !c.what_said.trim().is_empty()
}

/// The grief worksheet's prompts when the loss is a pregnancy or a baby (miscarriage,
/// stillbirth, the death of a newborn, or a termination): the deck's grief tasks ("Reconstruct
/// patient's relationship with the deceased", "Describe the sequence and consequences of events
/// just prior to, during, and after death", "Explore associated feelings (negative as well as
/// positive)", "Consider ways of being involved with others") in words for this loss, in English
/// (the UI has them in every language, in the same order).
pub const PREGNANCY_LOSS_PROMPTS: [&str; 5] = [
    "Who was your baby to you, and what did you hope and imagine?",
    "What happened before, during and after the loss?",
    "What do you feel about it now, the hard feelings as well as any others?",
    "Who knew about the pregnancy or the baby, and how did they respond?",
    "Who could you be with, or do something with, as you grieve?",
];

/// A short list of feeling words, mixed pleasant and painful, offered wherever she is asked how
/// she felt (English; the UI has them in every language, in the same order).
pub const FEELING_WORDS: [&str; 16] = [
    "sad",
    "angry",
    "hurt",
    "scared",
    "worried",
    "ashamed",
    "guilty",
    "lonely",
    "tired",
    "overwhelmed",
    "frustrated",
    "calm",
    "relieved",
    "hopeful",
    "proud",
    "loved",
];

/// A feeling word added to what she wrote: after a comma when there is text already, and not
/// again when it is already the last word written (so a double tap does not repeat it). `comma`
/// is her language's list separator (", ", or "، " in Arabic).
pub fn add_feeling(text: &str, word: &str, comma: &str) -> String {
    let text = text.trim_end();
    let word = word.trim();
    if word.is_empty() {
        return text.to_owned();
    }
    if text.is_empty() {
        return word.to_owned();
    }
    let last = text
        .rsplit([',', '،', ';', '\n'])
        .next()
        .unwrap_or("")
        .trim();
    if last.to_lowercase() == word.to_lowercase() {
        return text.to_owned();
    }
    format!("{text}{comma}{word}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::Id;

    #[test]
    fn a_dispute_at_dissolution_starts_a_transition_about_the_same_thing() {
        let d = RoleDispute {
            about: "  My marriage is ending ".into(),
            stage: super::super::DisputeStage::Dissolution,
            ..RoleDispute::default()
        };
        let t = transition_from_dispute(&d);
        assert_eq!(t.transition, "My marriage is ending");
        assert_eq!(
            RoleTransition {
                transition: String::new(),
                ..t
            },
            RoleTransition::default(),
            "nothing else is filled in for her"
        );
    }

    fn conversation() -> CommunicationAnalysis {
        CommunicationAnalysis {
            person: Some(Id::from("sam")),
            what_said: " I said he never helps at night. ".into(),
            went_well: "I said how tired I am".into(),
            change: "Ask for one night a week, calmly".into(),
            i_felt: "angry, alone".into(),
            ..CommunicationAnalysis::default()
        }
    }

    #[test]
    fn a_conversation_starts_a_decision_about_what_to_try_next_time() {
        let d = decision_from_conversation(&conversation());
        assert_eq!(d.person, Some(Id::from("sam")));
        assert_eq!(d.problem, "I said he never helps at night.");
        assert_eq!(d.want, "Ask for one night a week, calmly");
        assert_eq!(d.current_good, "I said how tired I am");
        assert!(d.options.is_empty(), "the options are hers to write");
        assert_eq!(d.chosen, None);
    }

    #[test]
    fn a_conversation_starts_an_experiment_with_the_same_person_and_goal() {
        let x = experiment_from_conversation(&conversation());
        assert_eq!(x.person, Some(Id::from("sam")));
        assert_eq!(x.goal, "Ask for one night a week, calmly");
        assert_eq!(x.script, "");
        assert_eq!(x.from_decision, None);
        assert!(can_plan_from(&conversation()));
        assert!(!can_plan_from(&CommunicationAnalysis::default()));
    }

    #[test]
    fn feeling_words_are_added_once_after_what_she_wrote() {
        assert_eq!(add_feeling("", "sad", ", "), "sad");
        assert_eq!(add_feeling("Tired ", "sad", ", "), "Tired, sad");
        assert_eq!(add_feeling("hurt", "angry", ", "), "hurt, angry");
        assert_eq!(add_feeling("hurt, angry", "Angry", ", "), "hurt, angry");
        assert_eq!(add_feeling("hurt, angry", "  ", ", "), "hurt, angry");
        assert_eq!(add_feeling("حزينة", "وحيدة", "، "), "حزينة، وحيدة");
        assert_eq!(add_feeling("حزينة، وحيدة", "وحيدة", "، "), "حزينة، وحيدة");
    }
}
