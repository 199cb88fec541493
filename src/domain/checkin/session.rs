//! The check-in as she moves through it: one question per screen, the safety screen at once after
//! a self-harm answer above 0, two optional notes, review, save. A small state machine: the
//! screen sends a [`Step`], [`Session::apply`] returns the next session (or why not), and
//! [`Session::screen`] says what to show. The session serializes as the draft, so closing the app
//! mid-way (even on the safety screen) returns to the same screen with every answer.
//!
//! On a lay health worker's phone (worker mode) an answer waits for "Next": the screen sends
//! [`Step::Select`], which only marks the answer, and "Next" confirms it. A self-harm answer above
//! 0 then opens the safety screen on "Next", so a tap on the wrong option while she points is
//! corrected before anything moves on.

use crate::domain::struct_de::defaulted_de;
use serde::Serialize;

use super::{CheckinError, Draft};
use crate::domain::instruments::{score, Definition};
use crate::domain::record::Id;

/// A check-in in progress, as kept in the draft store.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Session {
    pub draft: Draft,
    /// The review list is showing.
    pub reviewing: bool,
    /// She came to a question from the review list: go back there after answering it.
    pub return_to_review: bool,
    /// A self-harm item was just answered above 0: the safety screen is showing.
    pub safety_open: bool,
    /// The saved check-in being changed, if any.
    pub editing: Option<Id>,
    /// Worker mode: the item whose answer was selected and waits for "Next" to be confirmed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected: Option<String>,
}
defaulted_de!(Session {
    draft,
    reviewing,
    return_to_review,
    safety_open,
    editing,
    selected
});

/// The screen a session is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The question at this index.
    Question(usize),
    /// The two optional notes, after the last question.
    Notes,
    /// Every answer, each with "Change".
    Review,
    /// The safety screen, after a self-harm answer above 0.
    Safety,
}

/// What she did on a screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Chose `option` for `item`. A tap (`advance`) moves on; a choice made with the keyboard only
    /// selects, so moving through the options never skips a question.
    Answer {
        item: String,
        option: String,
        advance: bool,
    },
    /// Worker mode: chose `option` for `item` and stay on it, whatever the answer, until "Next"
    /// confirms it (the safety screen too waits for "Next").
    Select { item: String, option: String },
    /// "Next" on the current question ("Skip" on a question that is not scored). In worker mode
    /// it confirms the selected answer: a self-harm answer above 0 opens the safety screen.
    Next,
    /// "Back": the question before, or the review list she came from.
    Back,
    /// "Continue with my check-in" on the safety screen.
    CloseSafety,
    /// "Review" after the notes.
    Review,
    /// "Change" beside the answer to the question at this index on the review list.
    Change(usize),
    /// "Change" beside the notes on the review list.
    ChangeNotes,
    /// The first note as typed.
    SinceLastMet(String),
    /// The second note as typed.
    PeopleThisWeek(String),
}

impl Session {
    /// A new session of `def`, on its first question.
    pub fn new(def: &Definition) -> Session {
        Session {
            draft: Draft::new(def),
            ..Session::default()
        }
    }

    /// Change a saved check-in: its answers and notes, starting on the review list.
    pub fn editing(def: &Definition, id: Id, saved: &super::CheckIn) -> Session {
        Session {
            draft: Draft {
                measure: def.id.clone(),
                answers: saved.answers.clone(),
                current: def.items.len(),
                since_last_met: saved.since_last_met.clone(),
                people_this_week: saved.people_this_week.clone(),
            },
            reviewing: true,
            return_to_review: false,
            safety_open: false,
            editing: Some(id),
            selected: None,
        }
    }

    /// The screen to show for `def`.
    pub fn screen(&self, def: &Definition) -> Screen {
        if self.safety_open {
            Screen::Safety
        } else if self.reviewing {
            Screen::Review
        } else if self.draft.current < def.items.len() {
            Screen::Question(self.draft.current)
        } else {
            Screen::Notes
        }
    }

    /// After answering a question she came to from the review list, go back to the list.
    fn back_to_review(&mut self) {
        if self.return_to_review {
            self.return_to_review = false;
            self.reviewing = true;
        }
    }

    /// The session after `step`, or why the step cannot be taken (nothing changes then).
    pub fn apply(mut self, def: &Definition, step: Step) -> Result<Session, CheckinError> {
        // Only "Select" and "Next" keep a selection waiting; any other step leaves it.
        let selected = self.selected.take();
        match step {
            Step::Answer {
                item,
                option,
                advance,
            } => {
                let next = self.draft.answer(def, &item, &option)?;
                // The safety rule is the scoring's: this answer alone raises the flag exactly
                // when it is a self-harm item answered above 0.
                let Some(answer) = next.answers.iter().find(|a| a.item == item) else {
                    return Err(CheckinError::NeedsAnswer);
                };
                let safety = score(def, std::slice::from_ref(answer))?.safety_flag;
                let stay = next.current.saturating_sub(1);
                self.draft = if advance || safety {
                    next
                } else {
                    next.go_to(def, stay)
                };
                if safety {
                    self.safety_open = true;
                }
                if advance || safety {
                    self.back_to_review();
                }
            }
            Step::Select { item, option } => {
                let index = self.draft.current;
                let next = self.draft.answer(def, &item, &option)?;
                self.draft = next.go_to(def, index);
                self.selected = Some(item);
            }
            Step::Next => {
                let index = self.draft.current;
                let current = def.items.get(index);
                let answered = current
                    .and_then(|i| self.draft.answers.iter().find(|a| a.item == i.id).cloned());
                // A selection on this question waiting for "Next" is confirmed now: the safety
                // rule is the scoring's, as for a tap.
                let confirming = answered
                    .as_ref()
                    .filter(|a| selected.as_deref() == Some(a.item.as_str()));
                let safety = match confirming {
                    Some(a) => score(def, std::slice::from_ref(a))?.safety_flag,
                    None => false,
                };
                self.draft = if answered.is_some() {
                    self.draft.go_to(def, index + 1)
                } else {
                    self.draft.skip(def)?
                };
                if safety {
                    self.safety_open = true;
                }
                self.back_to_review();
            }
            Step::Back => {
                if self.return_to_review {
                    self.back_to_review();
                } else {
                    self.draft = self.draft.back();
                }
            }
            Step::CloseSafety => self.safety_open = false,
            Step::Review => self.reviewing = true,
            Step::Change(index) => {
                self.draft = self.draft.go_to(def, index);
                self.reviewing = false;
                self.return_to_review = true;
            }
            Step::ChangeNotes => {
                self.draft = self.draft.go_to(def, def.items.len());
                self.reviewing = false;
                self.return_to_review = false;
            }
            Step::SinceLastMet(text) => self.draft.since_last_met = text,
            Step::PeopleThisWeek(text) => self.draft.people_this_week = text,
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instruments::{all, epds, phq9};

    fn code(def: &Definition, item: &str, score: u8) -> String {
        def.item(item)
            .and_then(|i| i.options.iter().find(|o| o.score == Some(score)))
            .map(|o| o.code.clone())
            .unwrap_or_else(|| panic!("{item} has no option scoring {score}"))
    }

    fn tap(def: &Definition, item: &str, score: u8) -> Step {
        Step::Answer {
            item: item.into(),
            option: code(def, item, score),
            advance: true,
        }
    }

    fn go(s: Session, def: &Definition, step: Step) -> Session {
        match s.apply(def, step.clone()) {
            Ok(s) => s,
            Err(e) => panic!("{step:?}: {e}"),
        }
    }

    /// Every question answered 0 up to (not including) `upto`.
    fn answered_upto(def: &Definition, upto: usize) -> Session {
        let mut s = Session::new(def);
        for i in 0..upto {
            let item = def.items[i].id.clone();
            s = go(s, def, tap(def, &item, 0));
        }
        s
    }

    #[test]
    fn every_self_harm_option_of_every_measure_opens_the_safety_screen_exactly_when_above_0() {
        for def in all() {
            for item in def.items.iter().filter(|i| def.is_safety_item(&i.id)) {
                let index = def.items.iter().position(|i| i.id == item.id).unwrap_or(0);
                for option in &item.options {
                    let before = answered_upto(&def, index);
                    for advance in [true, false] {
                        let s = go(
                            before.clone(),
                            &def,
                            Step::Answer {
                                item: item.id.clone(),
                                option: option.code.clone(),
                                advance,
                            },
                        );
                        let above_0 = option.score.unwrap_or(0) > 0;
                        assert_eq!(
                            s.screen(&def) == Screen::Safety,
                            above_0,
                            "{} option {} (tap: {advance})",
                            item.id,
                            option.code
                        );
                        // The stored check-in carries the same flag, from the same scoring.
                        let flagged = s.draft.score(&def).map(|sc| sc.safety_flag);
                        assert_eq!(flagged, Ok(above_0), "{}", option.code);
                    }
                }
            }
        }
    }

    #[test]
    fn no_other_answer_opens_the_safety_screen() {
        let def = phq9();
        for item in def.items.iter().filter(|i| !def.is_safety_item(&i.id)) {
            for score in [1, 3] {
                let Some(option) = item.options.iter().find(|o| o.score == Some(score)) else {
                    continue;
                };
                let s = go(
                    Session::new(&def),
                    &def,
                    Step::Answer {
                        item: item.id.clone(),
                        option: option.code.clone(),
                        advance: true,
                    },
                );
                assert!(!s.safety_open, "{} scoring {score}", item.id);
            }
        }
    }

    #[test]
    fn the_safety_screen_comes_back_after_reload_and_continue_goes_to_the_next_question() {
        let def = phq9();
        let s = go(answered_upto(&def, 8), &def, tap(&def, "phq9.9", 2));
        assert_eq!(s.screen(&def), Screen::Safety);
        // Closing the app: the session is kept as JSON and read back.
        let kept = serde_json::to_string(&s).unwrap_or_default();
        let back: Session = serde_json::from_str(&kept).unwrap_or_default();
        assert_eq!(back, s);
        assert_eq!(back.screen(&def), Screen::Safety);
        let on = go(back, &def, Step::CloseSafety);
        assert_eq!(
            on.screen(&def),
            Screen::Question(9),
            "the difficulty question"
        );
    }

    #[test]
    fn a_changed_answer_opens_the_safety_screen_when_it_rises_above_0() {
        let def = epds();
        let s = answered_upto(&def, 10);
        assert_eq!(s.screen(&def), Screen::Notes);
        assert!(!s.safety_open);
        // From the review list she changes item 10 from 0 to "Sometimes".
        let s = go(s, &def, Step::Review);
        let s = go(s, &def, Step::Change(9));
        assert_eq!(s.screen(&def), Screen::Question(9));
        let s = go(s, &def, tap(&def, "epds.10", 2));
        assert_eq!(s.screen(&def), Screen::Safety);
        // Continuing goes back to the review list she came from.
        let s = go(s, &def, Step::CloseSafety);
        assert_eq!(s.screen(&def), Screen::Review);
        // Changing it back to 0 does not open it again, and the draft is no longer flagged.
        let s = go(s, &def, Step::Change(9));
        let s = go(s, &def, tap(&def, "epds.10", 0));
        assert_eq!(s.screen(&def), Screen::Review);
        assert_eq!(s.draft.score(&def).map(|sc| sc.safety_flag), Ok(false));
    }

    #[test]
    fn editing_a_saved_check_in_from_review_shows_the_safety_screen_too() {
        let def = phq9();
        let (saved, _) = match answered_upto(&def, 9)
            .draft
            .finish(&def, chrono::NaiveDate::default())
        {
            Ok(x) => x,
            Err(e) => panic!("{e}"),
        };
        let s = Session::editing(&def, Id::from("c1"), &saved);
        assert_eq!(s.screen(&def), Screen::Review);
        let s = go(s, &def, Step::Change(8));
        let s = go(s, &def, tap(&def, "phq9.9", 1));
        assert_eq!(s.screen(&def), Screen::Safety);
        assert_eq!(go(s, &def, Step::CloseSafety).screen(&def), Screen::Review);
    }

    #[test]
    fn return_to_review_after_answering_next_or_back() {
        let def = phq9();
        let s = go(answered_upto(&def, 9), &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Notes);
        let review = go(s, &def, Step::Review);
        assert_eq!(review.screen(&def), Screen::Review);
        // A tap on a new answer goes back to the list.
        let s = go(review.clone(), &def, Step::Change(2));
        assert_eq!(s.screen(&def), Screen::Question(2));
        let s = go(s, &def, tap(&def, "phq9.3", 3));
        assert_eq!(s.screen(&def), Screen::Review);
        assert_eq!(
            s.draft.chosen("phq9.3"),
            Some(code(&def, "phq9.3", 3).as_str())
        );
        // A keyboard choice only selects; "Next" then goes back to the list.
        let s = go(review.clone(), &def, Step::Change(4));
        let s = go(
            s,
            &def,
            Step::Answer {
                item: "phq9.5".into(),
                option: code(&def, "phq9.5", 2),
                advance: false,
            },
        );
        assert_eq!(s.screen(&def), Screen::Question(4));
        assert_eq!(go(s, &def, Step::Next).screen(&def), Screen::Review);
        // "Back" from a question she came to from the list goes back to the list.
        let s = go(review.clone(), &def, Step::Change(6));
        assert_eq!(go(s, &def, Step::Back).screen(&def), Screen::Review);
        // The notes are changed from the list, then "Review" again.
        let s = go(review, &def, Step::ChangeNotes);
        assert_eq!(s.screen(&def), Screen::Notes);
        let s = go(s, &def, Step::SinceLastMet("Better".into()));
        let s = go(s, &def, Step::Back);
        assert_eq!(s.screen(&def), Screen::Question(9), "back from the notes");
        assert_eq!(s.draft.since_last_met, "Better");
    }

    #[test]
    fn a_scored_question_cannot_be_skipped_and_nothing_changes() {
        let def = phq9();
        let s = Session::new(&def);
        assert_eq!(
            s.clone().apply(&def, Step::Next),
            Err(CheckinError::NeedsAnswer)
        );
        // The difficulty question (not scored) can be skipped.
        let s = go(answered_upto(&def, 9), &def, Step::Back);
        assert_eq!(s.screen(&def), Screen::Question(8));
        let s = go(s, &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Question(9));
        assert_eq!(go(s, &def, Step::Next).screen(&def), Screen::Notes);
    }

    fn select(def: &Definition, item: &str, score: u8) -> Step {
        Step::Select {
            item: item.into(),
            option: code(def, item, score),
        }
    }

    #[test]
    fn worker_mode_an_answer_waits_for_next_and_can_be_corrected() {
        let def = phq9();
        let s = go(Session::new(&def), &def, select(&def, "phq9.1", 3));
        assert_eq!(s.screen(&def), Screen::Question(0), "a selection stays");
        assert_eq!(
            s.draft.chosen("phq9.1"),
            Some(code(&def, "phq9.1", 3).as_str())
        );
        // The client points again: the worker changes the selection, still on the question.
        let s = go(s, &def, select(&def, "phq9.1", 1));
        assert_eq!(s.screen(&def), Screen::Question(0));
        let s = go(s, &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Question(1));
        assert_eq!(
            s.draft.chosen("phq9.1"),
            Some(code(&def, "phq9.1", 1).as_str())
        );
        assert_eq!(s.draft.answers.len(), 1, "one answer per question");
        assert_eq!(s.selected, None);
        // Nothing selected: "Next" on a scored question is still refused.
        assert_eq!(s.apply(&def, Step::Next), Err(CheckinError::NeedsAnswer));
    }

    #[test]
    fn worker_mode_a_self_harm_answer_opens_the_safety_screen_on_next_not_on_the_tap() {
        let def = phq9();
        let before = answered_upto(&def, 8);
        let s = go(before.clone(), &def, select(&def, "phq9.9", 2));
        assert_eq!(s.screen(&def), Screen::Question(8), "not yet");
        assert!(!s.safety_open);
        // Closing the app now keeps the waiting selection.
        let kept = serde_json::to_string(&s).unwrap_or_default();
        let s: Session = serde_json::from_str(&kept).unwrap_or_default();
        let s = go(s, &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Safety);
        assert_eq!(s.draft.score(&def).map(|sc| sc.safety_flag), Ok(true));
        assert_eq!(
            go(s, &def, Step::CloseSafety).screen(&def),
            Screen::Question(9)
        );
        // A slip corrected to 0 before "Next": no safety screen, no flag.
        let s = go(before.clone(), &def, select(&def, "phq9.9", 1));
        let s = go(s, &def, select(&def, "phq9.9", 0));
        let s = go(s, &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Question(9));
        assert_eq!(s.draft.score(&def).map(|sc| sc.safety_flag), Ok(false));
        // For every measure's every self-harm option: the screen opens on "Next" exactly when
        // the answer is above 0, as a tap would open it.
        for def in all() {
            for item in def.items.iter().filter(|i| def.is_safety_item(&i.id)) {
                let index = def.items.iter().position(|i| i.id == item.id).unwrap_or(0);
                for option in &item.options {
                    let s = go(
                        answered_upto(&def, index),
                        &def,
                        Step::Select {
                            item: item.id.clone(),
                            option: option.code.clone(),
                        },
                    );
                    assert!(!s.safety_open, "{}", option.code);
                    let s = go(s, &def, Step::Next);
                    assert_eq!(
                        s.safety_open,
                        option.score.unwrap_or(0) > 0,
                        "{} {}",
                        item.id,
                        option.code
                    );
                }
            }
        }
    }

    #[test]
    fn worker_mode_next_on_an_earlier_answer_does_not_reopen_the_safety_screen() {
        let def = phq9();
        let s = go(answered_upto(&def, 8), &def, select(&def, "phq9.9", 2));
        let s = go(s, &def, Step::Next);
        let s = go(s, &def, Step::CloseSafety);
        // Back to item 9 and "Next" without changing it: already seen, it moves on.
        let s = go(s, &def, Step::Back);
        assert_eq!(s.screen(&def), Screen::Question(8));
        let s = go(s, &def, Step::Next);
        assert_eq!(s.screen(&def), Screen::Question(9));
        // From the review list: a changed answer waits, then "Next" goes back to the list.
        let s = go(answered_upto(&def, 9), &def, Step::Next);
        let s = go(s, &def, Step::Review);
        let s = go(s, &def, Step::Change(2));
        let s = go(s, &def, select(&def, "phq9.3", 3));
        assert_eq!(s.screen(&def), Screen::Question(2));
        assert_eq!(go(s, &def, Step::Next).screen(&def), Screen::Review);
        // A selection left by "Back" is not confirmed later by another question's "Next".
        let s = go(answered_upto(&def, 8), &def, select(&def, "phq9.9", 0));
        let s = go(s, &def, Step::Back);
        assert_eq!(s.selected, None);
    }
}
