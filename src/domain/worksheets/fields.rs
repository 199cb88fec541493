//! A generic description of every worksheet, so one form component can render and edit them all.
//!
//! Each kind is a list of [`Section`]s (a heading and, where the source has one, the clinicians'
//! prompt), each holding [`Field`]s (a key, a short label, an optional prompt, and how to edit
//! it). [`get`] and [`set`] read and write a field by its key. The prompts are the clinicians'
//! wording from the domain brief (ipt.md) and the training deck, kept verbatim.

use chrono::NaiveDate;

use super::{DisputeStage, Worksheet, WorksheetKind};
use crate::domain::record::Id;

/// How a field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One short line of text.
    Line,
    /// A few lines of text.
    Multiline,
    /// A list of short items (add one at a time).
    List,
    /// A person picked from the inventory (`FieldValue::Person`).
    Person,
    /// The role dispute stage, one of [`DisputeStage::ALL`], each shown with its explanation.
    Stage,
    /// Yes or no (a checkbox or switch).
    Flag,
    /// A calendar day.
    Date,
    /// The options of a decision analysis: rendered by the option editor and changed only through
    /// [`super::decision`]; [`get`] and [`set`] do not handle it.
    Options,
}

/// One field of a worksheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// The key for [`get`] and [`set`] (the stored field name).
    pub key: &'static str,
    /// Short label shown beside the input.
    pub label: &'static str,
    /// The question or hint shown above the input ("" when the section's prompt says it all).
    pub prompt: &'static str,
    pub kind: FieldKind,
}

/// A group of fields under one heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// A stable id for the section, unique within its worksheet kind (the UI looks up its
    /// translated heading and prompt by kind and id; the English stays here for exports).
    pub id: &'static str,
    pub heading: &'static str,
    /// The section's prompt ("" when each field has its own).
    pub prompt: &'static str,
    pub fields: &'static [Field],
}

const fn f(key: &'static str, label: &'static str, prompt: &'static str, kind: FieldKind) -> Field {
    Field {
        key,
        label,
        prompt,
        kind,
    }
}

use FieldKind::{Date, Flag, Line, List, Multiline, Options, Person, Stage};

/// Shown with a conversation held in writing.
pub const IN_WRITING_NOTE: &str = "Texts, chat and email lose tone and body language. Emojis and capital letters only partly make up for it.";

/// The four-box for changing a way of communicating (decision analysis), in the deck's words.
pub const FOUR_BOX: [(&str, &str); 4] = [
    (
        "current_good",
        "Good things about the current communication",
    ),
    ("current_bad", "Bad things about the current communication"),
    (
        "change_good",
        "Good things about changing the communication",
    ),
    ("change_bad", "Bad things about changing the communication"),
];

/// The fields of one decision option, edited with [`super::decision::set_option_field`].
pub const OPTION_FIELDS: &[Field] = &[
    f("text", "Option", "", Line),
    f("pros", "Pros", "", Multiline),
    f("cons", "Cons", "", Multiline),
    f(
        "relationship",
        "What it would do to the relationship",
        "Think through interpersonal implications",
        Multiline,
    ),
];

const ROLE_TRANSITION: &[Section] = &[
    Section {
        id: "change",
        heading: "The change",
        prompt: "Name the transition.",
        fields: &[f("transition", "The change", "", Line)],
    },
    Section {
        id: "roles",
        heading: "Old role and new role",
        prompt: "Label the old and new role.",
        fields: &[
            f("old_role", "Old role", "", Line),
            f("new_role", "New role", "", Line),
        ],
    },
    Section {
        id: "grid",
        heading: "Positives and negatives",
        prompt: "List positives and negatives of each.",
        fields: &[
            f("old_positive", "Old role: positive", "", List),
            f("old_negative", "Old role: negative", "", List),
            f("new_positive", "New role: positive", "", List),
            f("new_negative", "New role: negative", "", List),
        ],
    },
    Section {
        id: "lost",
        heading: "What is lost",
        prompt: "Feelings about what is lost and what is not.",
        fields: &[
            f("lost", "What is lost", "", Multiline),
            f("not_lost", "What is not lost", "", Multiline),
        ],
    },
    Section {
        id: "gained",
        heading: "What is new",
        prompt: "Opportunities and new skills.",
        fields: &[
            f("opportunities", "Opportunities", "", Multiline),
            f("skills", "New skills", "", Multiline),
        ],
    },
    Section {
        id: "support",
        heading: "Support",
        prompt: "Supports to develop.",
        fields: &[f("supports", "Supports", "", Multiline)],
    },
];

const ROLE_DISPUTE: &[Section] = &[
    Section {
        id: "with_whom",
        heading: "With whom",
        prompt: "With whom?",
        fields: &[
            f("with_whom", "Person", "", Person),
            f("with_whom_text", "Or write a name", "", Line),
        ],
    },
    Section {
        id: "about",
        heading: "What it is about",
        prompt: "What are the issues in the dispute?",
        fields: &[f("about", "What the dispute is about", "", Multiline)],
    },
    Section {
        id: "expectations",
        heading: "Expectations",
        prompt: "What are the differences in expectations and values?",
        fields: &[
            f("my_expectations", "What I expect", "", Multiline),
            f("their_expectations", "What they expect", "", Multiline),
        ],
    },
    Section {
        id: "stage",
        heading: "Stage",
        prompt: "Stage: renegotiation, impasse, or dissolution.",
        fields: &[f("stage", "Stage", "", Stage)],
    },
    Section {
        id: "options",
        heading: "Options",
        prompt: "What are the options?",
        fields: &[f("options", "Options", "", List)],
    },
    Section {
        id: "worked",
        heading: "What has worked",
        prompt: "Explore what has worked and not worked.",
        fields: &[
            f("worked", "What has worked", "", Multiline),
            f("not_worked", "What has not worked", "", Multiline),
        ],
    },
    Section {
        id: "parallels",
        heading: "Other relationships",
        prompt: "Are there parallels in other relationships?",
        fields: &[f("parallels", "Parallels", "", Multiline)],
    },
];

const GRIEF: &[Section] = &[
    Section {
        id: "who_when",
        heading: "Who died and when",
        prompt: "Who died and when?",
        fields: &[f("who", "Who", "", Line), f("when", "When", "", Line)],
    },
    Section {
        id: "relationship",
        heading: "The relationship",
        prompt: "The relationship (good and bad memories).",
        fields: &[
            f("good_memories", "Good memories", "", Multiline),
            f("hard_memories", "Bad memories", "", Multiline),
        ],
    },
    Section {
        id: "events",
        heading: "Events",
        prompt: "Events before, during and after the death.",
        fields: &[f("events", "What happened", "", Multiline)],
    },
    Section {
        id: "feelings",
        heading: "Feelings",
        prompt: "Feelings (negative as well as positive).",
        fields: &[f("feelings", "Feelings", "", Multiline)],
    },
    Section {
        id: "reconnect",
        heading: "Being with others again",
        prompt: "Ways to be involved with others again.",
        fields: &[f("reconnect", "Ways to reconnect", "", Multiline)],
    },
];

const LONELINESS: &[Section] = &[
    Section {
        id: "past",
        heading: "Past relationships",
        prompt: "Past relationships (good and bad).",
        fields: &[f("past_relationships", "Past relationships", "", Multiline)],
    },
    Section {
        id: "patterns",
        heading: "Patterns",
        prompt: "Repeating patterns.",
        fields: &[f("patterns", "Patterns", "", Multiline)],
    },
    Section {
        id: "next_steps",
        heading: "Next steps",
        prompt: "Small steps toward new contact.",
        fields: &[f("next_steps", "Small steps", "", List)],
    },
    Section {
        id: "expectations",
        heading: "Expectations",
        prompt: "Reasonable expectations.",
        fields: &[f("expectations", "Reasonable expectations", "", Multiline)],
    },
];

const COMMUNICATION_ANALYSIS: &[Section] = &[
    Section {
        id: "conversation",
        heading: "The conversation",
        prompt: "One recent conversation that stirred strong feelings.",
        fields: &[
            f("person", "Who it was with", "", Person),
            f("date", "When", "", Date),
            f(
                "in_writing",
                "In writing (texts, chat, email)",
                IN_WRITING_NOTE,
                Flag,
            ),
        ],
    },
    Section {
        id: "happened",
        heading: "What happened",
        prompt: "",
        fields: &[
            f(
                "where_",
                "Where",
                "Where were you when this conversation occurred?",
                Multiline,
            ),
            f("who_else", "Who else", "Who else was present?", Multiline),
            f(
                "what_said",
                "What was said",
                "What exactly was said?",
                Multiline,
            ),
            f(
                "how_said",
                "How",
                "How did you say it (body language, tone)?",
                Multiline,
            ),
            f(
                "intended",
                "What I meant",
                "What did you intend to communicate?",
                Multiline,
            ),
        ],
    },
    Section {
        id: "feelings",
        heading: "Feelings",
        prompt: "",
        fields: &[
            f("i_felt", "How I felt", "How did you feel?", Multiline),
            f(
                "they_felt",
                "How they felt",
                "How did they feel?",
                Multiline,
            ),
            f(
                "they_understood",
                "What they understood",
                "What do you think they understood?",
                Multiline,
            ),
        ],
    },
    Section {
        id: "looking_back",
        heading: "Looking back",
        prompt: "",
        fields: &[
            f("went_well", "What went well", "What went well?", Multiline),
            f(
                "change",
                "What I would change",
                "What would you like to change about the interaction?",
                Multiline,
            ),
        ],
    },
];

const DECISION_ANALYSIS: &[Section] = &[
    Section {
        id: "problem",
        heading: "The problem",
        prompt: "Name the problem.",
        fields: &[
            f("person", "Who it is with", "", Person),
            f("problem", "The problem", "", Multiline),
            f(
                "want",
                "What I want",
                "What would you like to happen?",
                Multiline,
            ),
        ],
    },
    Section {
        id: "options",
        heading: "Options",
        prompt: "What are your options?",
        fields: &[f("options", "Options", "", Options)],
    },
    Section {
        id: "four_box",
        heading: "Changing a way of communicating",
        prompt: "",
        fields: &[
            f("current_good", FOUR_BOX[0].1, "", Multiline),
            f("current_bad", FOUR_BOX[1].1, "", Multiline),
            f("change_good", FOUR_BOX[2].1, "", Multiline),
            f("change_bad", FOUR_BOX[3].1, "", Multiline),
        ],
    },
];

/// The sections of a worksheet kind, in the order to show them.
pub fn sections(kind: WorksheetKind) -> &'static [Section] {
    match kind {
        WorksheetKind::RoleTransition => ROLE_TRANSITION,
        WorksheetKind::RoleDispute => ROLE_DISPUTE,
        WorksheetKind::Grief => GRIEF,
        WorksheetKind::Loneliness => LONELINESS,
        WorksheetKind::CommunicationAnalysis => COMMUNICATION_ANALYSIS,
        WorksheetKind::DecisionAnalysis => DECISION_ANALYSIS,
    }
}

/// Every field of a worksheet kind, in order.
pub fn fields(kind: WorksheetKind) -> impl Iterator<Item = &'static Field> {
    sections(kind).iter().flat_map(|s| s.fields.iter())
}

/// The field of a kind with this key.
pub fn field(kind: WorksheetKind, key: &str) -> Option<&'static Field> {
    fields(kind).find(|f| f.key == key)
}

/// The value of one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// For `Line` and `Multiline`.
    Text(String),
    List(Vec<String>),
    Person(Option<Id>),
    Stage(DisputeStage),
    Flag(bool),
    Date(Option<NaiveDate>),
}

impl FieldValue {
    /// Nothing entered (empty or whitespace text, no items, no person, no date, the flag off, the
    /// default stage).
    pub fn is_blank(&self) -> bool {
        match self {
            FieldValue::Text(t) => t.trim().is_empty(),
            FieldValue::List(l) => l.iter().all(|i| i.trim().is_empty()),
            FieldValue::Person(p) => p.is_none(),
            FieldValue::Stage(s) => *s == DisputeStage::default(),
            FieldValue::Flag(b) => !b,
            FieldValue::Date(d) => d.is_none(),
        }
    }
}

/// A mutable place in a worksheet.
enum Slot<'a> {
    Text(&'a mut String),
    List(&'a mut Vec<String>),
    Person(&'a mut Option<Id>),
    Stage(&'a mut DisputeStage),
    Flag(&'a mut bool),
    Date(&'a mut Option<NaiveDate>),
}

fn slot<'a>(w: &'a mut Worksheet, key: &str) -> Option<Slot<'a>> {
    use Slot as S;
    Some(match w {
        Worksheet::RoleTransition(w) => match key {
            "transition" => S::Text(&mut w.transition),
            "old_role" => S::Text(&mut w.old_role),
            "new_role" => S::Text(&mut w.new_role),
            "old_positive" => S::List(&mut w.old_positive),
            "old_negative" => S::List(&mut w.old_negative),
            "new_positive" => S::List(&mut w.new_positive),
            "new_negative" => S::List(&mut w.new_negative),
            "lost" => S::Text(&mut w.lost),
            "not_lost" => S::Text(&mut w.not_lost),
            "opportunities" => S::Text(&mut w.opportunities),
            "skills" => S::Text(&mut w.skills),
            "supports" => S::Text(&mut w.supports),
            _ => return None,
        },
        Worksheet::RoleDispute(w) => match key {
            "with_whom" => S::Person(&mut w.with_whom),
            "with_whom_text" => S::Text(&mut w.with_whom_text),
            "about" => S::Text(&mut w.about),
            "my_expectations" => S::Text(&mut w.my_expectations),
            "their_expectations" => S::Text(&mut w.their_expectations),
            "stage" => S::Stage(&mut w.stage),
            "options" => S::List(&mut w.options),
            "worked" => S::Text(&mut w.worked),
            "not_worked" => S::Text(&mut w.not_worked),
            "parallels" => S::Text(&mut w.parallels),
            _ => return None,
        },
        Worksheet::Grief(w) => match key {
            "who" => S::Text(&mut w.who),
            "when" => S::Text(&mut w.when),
            "good_memories" => S::Text(&mut w.good_memories),
            "hard_memories" => S::Text(&mut w.hard_memories),
            "events" => S::Text(&mut w.events),
            "feelings" => S::Text(&mut w.feelings),
            "reconnect" => S::Text(&mut w.reconnect),
            _ => return None,
        },
        Worksheet::Loneliness(w) => match key {
            "past_relationships" => S::Text(&mut w.past_relationships),
            "patterns" => S::Text(&mut w.patterns),
            "next_steps" => S::List(&mut w.next_steps),
            "expectations" => S::Text(&mut w.expectations),
            _ => return None,
        },
        Worksheet::CommunicationAnalysis(w) => match key {
            "person" => S::Person(&mut w.person),
            "in_writing" => S::Flag(&mut w.in_writing),
            "date" => S::Date(&mut w.date),
            "where_" => S::Text(&mut w.where_),
            "who_else" => S::Text(&mut w.who_else),
            "what_said" => S::Text(&mut w.what_said),
            "how_said" => S::Text(&mut w.how_said),
            "intended" => S::Text(&mut w.intended),
            "i_felt" => S::Text(&mut w.i_felt),
            "they_felt" => S::Text(&mut w.they_felt),
            "they_understood" => S::Text(&mut w.they_understood),
            "went_well" => S::Text(&mut w.went_well),
            "change" => S::Text(&mut w.change),
            _ => return None,
        },
        Worksheet::DecisionAnalysis(w) => match key {
            "person" => S::Person(&mut w.person),
            "problem" => S::Text(&mut w.problem),
            "want" => S::Text(&mut w.want),
            "current_good" => S::Text(&mut w.current_good),
            "current_bad" => S::Text(&mut w.current_bad),
            "change_good" => S::Text(&mut w.change_good),
            "change_bad" => S::Text(&mut w.change_bad),
            _ => return None,
        },
    })
}

/// The value of a field by key; `None` for a key this worksheet does not have (and for the
/// decision options, which have their own editor).
pub fn get(w: &Worksheet, key: &str) -> Option<FieldValue> {
    // Worksheets are small; reading through a scratch copy keeps one key table for get and set.
    let mut copy = w.clone();
    Some(match slot(&mut copy, key)? {
        Slot::Text(t) => FieldValue::Text(std::mem::take(t)),
        Slot::List(l) => FieldValue::List(std::mem::take(l)),
        Slot::Person(p) => FieldValue::Person(p.take()),
        Slot::Stage(s) => FieldValue::Stage(*s),
        Slot::Flag(b) => FieldValue::Flag(*b),
        Slot::Date(d) => FieldValue::Date(*d),
    })
}

/// The text of a `Line` or `Multiline` field ("" for any other key).
pub fn get_text(w: &Worksheet, key: &str) -> String {
    match get(w, key) {
        Some(FieldValue::Text(t)) => t,
        _ => String::new(),
    }
}

/// Why a worksheet answer was refused (a program error, never her typing). `Display` gives the
/// English sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// The worksheet has no field with this key.
    NoSuchQuestion { key: String },
    /// The value is of another kind than the field.
    WrongKind { key: String },
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldError::NoSuchQuestion { key } => {
                write!(f, "This worksheet has no question called \"{key}\".")
            }
            FieldError::WrongKind { key } => {
                write!(f, "That answer does not fit the question \"{key}\".")
            }
        }
    }
}

/// Set a field by key. Fails, changing nothing, when the worksheet has no such field or the value
/// is of another kind than the field.
pub fn set(w: &mut Worksheet, key: &str, value: FieldValue) -> Result<(), FieldError> {
    let Some(place) = slot(w, key) else {
        return Err(FieldError::NoSuchQuestion {
            key: key.to_owned(),
        });
    };
    match (place, value) {
        (Slot::Text(t), FieldValue::Text(v)) => *t = v,
        (Slot::List(l), FieldValue::List(v)) => *l = v,
        (Slot::Person(p), FieldValue::Person(v)) => *p = v,
        (Slot::Stage(s), FieldValue::Stage(v)) => *s = v,
        (Slot::Flag(b), FieldValue::Flag(v)) => *b = v,
        (Slot::Date(d), FieldValue::Date(v)) => *d = v,
        _ => {
            return Err(FieldError::WrongKind {
                key: key.to_owned(),
            })
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worksheets::CommunicationAnalysis;

    fn sample(kind: FieldKind) -> Option<FieldValue> {
        Some(match kind {
            Line | Multiline => FieldValue::Text("written".into()),
            List => FieldValue::List(vec!["one".into(), "two".into()]),
            Person => FieldValue::Person(Some(Id::from("p1"))),
            Stage => FieldValue::Stage(DisputeStage::Impasse),
            Flag => FieldValue::Flag(true),
            Date => FieldValue::Date(NaiveDate::from_ymd_opt(2026, 3, 4)),
            Options => return None,
        })
    }

    #[test]
    fn every_described_field_can_be_set_and_read_back_and_is_stored_under_its_key() {
        for kind in WorksheetKind::ALL {
            let mut keys = Vec::new();
            for field in fields(kind) {
                assert!(!keys.contains(&field.key), "{kind:?} repeats {}", field.key);
                keys.push(field.key);
                let mut w = Worksheet::new(kind);
                let Some(value) = sample(field.kind) else {
                    assert_eq!(get(&w, field.key), None);
                    continue;
                };
                assert!(get(&w, field.key).is_some_and(|v| v.is_blank()));
                assert_eq!(set(&mut w, field.key, value.clone()), Ok(()));
                assert_eq!(get(&w, field.key), Some(value));
                assert!(!w.is_blank(), "{kind:?}.{}", field.key);
                // The key is the stored name, so exports and the form agree.
                // Stored externally tagged: {"<kind>": {<fields>}}.
                let json = serde_json::to_value(&w).unwrap_or_default();
                let stored = json.as_object().and_then(|m| m.values().next());
                assert!(
                    stored.and_then(|v| v.get(field.key)).is_some(),
                    "{kind:?}.{}",
                    field.key
                );
            }
        }
    }

    #[test]
    fn set_refuses_unknown_keys_and_wrong_kinds_and_changes_nothing() {
        let mut w = Worksheet::new(WorksheetKind::Grief);
        assert_eq!(
            set(&mut w, "stage", FieldValue::Stage(DisputeStage::Impasse)),
            Err(FieldError::NoSuchQuestion {
                key: "stage".into()
            })
        );
        assert_eq!(
            set(&mut w, "who", FieldValue::List(vec!["Nana".into()])),
            Err(FieldError::WrongKind { key: "who".into() })
        );
        assert_eq!(w, Worksheet::new(WorksheetKind::Grief));
        assert_eq!(get_text(&w, "nope"), "");
    }

    #[test]
    fn communication_analysis_asks_every_question_of_the_source_in_order() {
        let prompts: Vec<&str> = fields(WorksheetKind::CommunicationAnalysis)
            .map(|f| f.prompt)
            .filter(|p| p.ends_with('?'))
            .collect();
        assert_eq!(
            prompts,
            [
                "Where were you when this conversation occurred?",
                "Who else was present?",
                "What exactly was said?",
                "How did you say it (body language, tone)?",
                "What did you intend to communicate?",
                "How did you feel?",
                "How did they feel?",
                "What do you think they understood?",
                "What went well?",
                "What would you like to change about the interaction?",
            ]
        );
        let mut w = Worksheet::CommunicationAnalysis(CommunicationAnalysis::default());
        assert_eq!(set(&mut w, "in_writing", FieldValue::Flag(true)), Ok(()));
        assert!(matches!(&w, Worksheet::CommunicationAnalysis(c) if c.in_writing));
        let flag = field(WorksheetKind::CommunicationAnalysis, "in_writing");
        assert_eq!(flag.map(|f| f.prompt), Some(IN_WRITING_NOTE));
        assert!(IN_WRITING_NOTE.contains("tone and body language"));
    }

    #[test]
    fn area_worksheets_carry_the_briefs_prompts() {
        let prompts = |kind| -> Vec<&'static str> {
            sections(kind)
                .iter()
                .map(|s| s.prompt)
                .filter(|p| !p.is_empty())
                .collect()
        };
        assert_eq!(
            prompts(WorksheetKind::RoleTransition),
            [
                "Name the transition.",
                "Label the old and new role.",
                "List positives and negatives of each.",
                "Feelings about what is lost and what is not.",
                "Opportunities and new skills.",
                "Supports to develop.",
            ]
        );
        assert_eq!(
            prompts(WorksheetKind::Grief),
            [
                "Who died and when?",
                "The relationship (good and bad memories).",
                "Events before, during and after the death.",
                "Feelings (negative as well as positive).",
                "Ways to be involved with others again.",
            ]
        );
        assert_eq!(
            prompts(WorksheetKind::Loneliness),
            [
                "Past relationships (good and bad).",
                "Repeating patterns.",
                "Small steps toward new contact.",
                "Reasonable expectations.",
            ]
        );
        assert!(prompts(WorksheetKind::RoleDispute)
            .contains(&"Stage: renegotiation, impasse, or dissolution."));
        let grid: Vec<&str> = fields(WorksheetKind::RoleTransition)
            .filter(|f| f.kind == List)
            .map(|f| f.key)
            .collect();
        assert_eq!(
            grid,
            [
                "old_positive",
                "old_negative",
                "new_positive",
                "new_negative"
            ]
        );
    }

    #[test]
    fn section_ids_are_unique_within_a_kind_and_can_name_a_translation() {
        for kind in WorksheetKind::ALL {
            let mut ids = Vec::new();
            for s in sections(kind) {
                assert!(!ids.contains(&s.id), "{kind:?} repeats {}", s.id);
                assert!(
                    !s.id.is_empty() && s.id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                    "{}",
                    s.id
                );
                ids.push(s.id);
            }
        }
    }

    /// The English the UI shows (locales/en/work.json) is the clinicians' wording kept here,
    /// word for word: the translations are looked up by section id and field key.
    #[test]
    fn the_english_translations_are_the_domains_words_verbatim() {
        let en: serde_json::Value =
            serde_json::from_str(include_str!("../../../locales/en/work.json")).unwrap_or_default();
        let text = |path: &[&str]| -> String {
            let mut v = &en;
            for p in path {
                v = &v[*p];
            }
            v.as_str().unwrap_or("").to_owned()
        };
        for kind in WorksheetKind::ALL {
            let k = serde_json::to_value(kind).unwrap_or_default();
            let k = k.as_str().unwrap_or("");
            for s in sections(kind) {
                assert_eq!(text(&["ws", k, "sections", s.id, "heading"]), s.heading);
                assert_eq!(text(&["ws", k, "sections", s.id, "prompt"]), s.prompt);
                for f in s.fields {
                    assert_eq!(text(&["ws", k, "fields", f.key, "label"]), f.label);
                    assert_eq!(text(&["ws", k, "fields", f.key, "prompt"]), f.prompt);
                }
            }
        }
        for f in OPTION_FIELDS {
            assert_eq!(text(&["ws", "option", f.key, "label"]), f.label);
            assert_eq!(text(&["ws", "option", f.key, "prompt"]), f.prompt);
        }
        for area in crate::domain::worksheets::ProblemArea::ALL {
            let a = serde_json::to_value(area).unwrap_or_default();
            let a = a.as_str().unwrap_or("");
            assert_eq!(text(&["areas", a, "label"]), area.label());
            assert_eq!(text(&["areas", a, "about"]), area.explanation());
        }
        for stage in DisputeStage::ALL {
            let st = serde_json::to_value(stage).unwrap_or_default();
            let st = st.as_str().unwrap_or("");
            assert_eq!(text(&["stages", st, "label"]), stage.label());
            assert_eq!(text(&["stages", st, "about"]), stage.explanation());
        }
    }

    #[test]
    fn the_four_box_uses_the_decks_words() {
        let labels: Vec<&str> = fields(WorksheetKind::DecisionAnalysis)
            .filter(|f| FOUR_BOX.iter().any(|(k, _)| *k == f.key))
            .map(|f| f.label)
            .collect();
        assert_eq!(
            labels,
            [
                "Good things about the current communication",
                "Bad things about the current communication",
                "Good things about changing the communication",
                "Bad things about changing the communication",
            ]
        );
    }
}
