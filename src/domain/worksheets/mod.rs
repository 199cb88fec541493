//! The work of the middle phase: the agreed problem area and its worksheet, communication
//! analysis and decision analysis.
//!
//! - [`focus`]: setting and changing the agreed problem area; the area's worksheet is found or
//!   created, and changing the area never removes an earlier worksheet.
//! - [`fields`]: a generic description of every worksheet (sections of fields with the
//!   clinicians' prompts) and get/set by field key, so one form serves all worksheets.
//! - [`decision`]: the operations of a decision analysis (options, the four-box, choosing one).

pub mod decision;
pub mod fields;
pub mod focus;
pub mod links;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::people::Person;
use super::record::{Collection, CollectionExt, Id};
use super::struct_de::defaulted_de;

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

/// Her answer to the role dispute's first question, "Do you feel safe with this person?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeelsSafe {
    Yes,
    /// Not always.
    NotAlways,
    No,
    /// She chose not to answer.
    Skipped,
}

impl FeelsSafe {
    pub const ALL: [FeelsSafe; 4] = [
        FeelsSafe::Yes,
        FeelsSafe::NotAlways,
        FeelsSafe::No,
        FeelsSafe::Skipped,
    ];
}

/// What the role dispute worksheet says under its stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageGuidance {
    /// Renegotiation: nothing beyond the stage's own line.
    None,
    /// Impasse, and the safety question is not answered or skipped yet: ask it first; the advice
    /// to stir things up is not shown.
    AskSafetyFirst,
    /// Impasse, she feels safe (or skipped the question): the advice to stir things up, always
    /// with the caveat to rule out physical abuse and a link to "Is someone hurting you?".
    StirWithCaveat,
    /// Impasse, she does not always feel safe: no advice to stir things up; safety first, with
    /// her therapist, and the link to "Is someone hurting you?".
    SafetyFirst,
    /// Dissolution: the work becomes a role transition (the training deck), with a link.
    ToRoleTransition,
}

/// The guidance under a role dispute's stage. The impasse advice ("increase disharmony in order
/// to reopen negotiation") is paired, as the training deck pairs it, with "rule out physical
/// abuse": it appears only after the safety question is answered or skipped, and never when she
/// says she does not feel safe.
pub fn stage_guidance(w: &RoleDispute) -> StageGuidance {
    match (w.stage, w.feels_safe) {
        (DisputeStage::Renegotiation, _) => StageGuidance::None,
        (DisputeStage::Dissolution, _) => StageGuidance::ToRoleTransition,
        (DisputeStage::Impasse, None) => StageGuidance::AskSafetyFirst,
        (DisputeStage::Impasse, Some(FeelsSafe::Yes | FeelsSafe::Skipped)) => {
            StageGuidance::StirWithCaveat
        }
        (DisputeStage::Impasse, Some(FeelsSafe::No | FeelsSafe::NotAlways)) => {
            StageGuidance::SafetyFirst
        }
    }
}

/// Role transition worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct RoleTransition {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub transition: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub old_role: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub new_role: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub old_positive: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub old_negative: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub new_positive: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub new_negative: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lost: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub not_lost: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub opportunities: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub skills: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub supports: String,
}
defaulted_de!(RoleTransition {
    transition,
    old_role,
    new_role,
    old_positive,
    old_negative,
    new_positive,
    new_negative,
    lost,
    not_lost,
    opportunities,
    skills,
    supports
});

/// Role dispute worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct RoleDispute {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with_whom: Option<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub with_whom_text: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub about: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub my_expectations: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub their_expectations: String,
    /// Her answer to "Do you feel safe with this person?", asked first (`None`: not yet).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub feels_safe: Option<FeelsSafe>,
    pub stage: DisputeStage,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub worked: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub not_worked: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub parallels: String,
}
defaulted_de!(RoleDispute {
    with_whom,
    with_whom_text,
    about,
    my_expectations,
    their_expectations,
    feels_safe,
    stage,
    options,
    worked,
    not_worked,
    parallels
});

/// Grief worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Grief {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub when: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub good_memories: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hard_memories: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub events: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub feelings: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reconnect: String,
}
defaulted_de!(Grief {
    who,
    when,
    good_memories,
    hard_memories,
    events,
    feelings,
    reconnect
});

/// Interpersonal sensitivity / loneliness worksheet.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Loneliness {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub past_relationships: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub patterns: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expectations: String,
}
defaulted_de!(Loneliness {
    past_relationships,
    patterns,
    next_steps,
    expectations
});

/// Communication analysis of one recent, emotionally charged conversation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct CommunicationAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Id>,
    pub in_writing: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub where_: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub who_else: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub what_said: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub how_said: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub intended: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub i_felt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub they_felt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub they_understood: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub change: String,
}
defaulted_de!(CommunicationAnalysis {
    person,
    in_writing,
    date,
    where_,
    who_else,
    what_said,
    how_said,
    intended,
    i_felt,
    they_felt,
    they_understood,
    went_well,
    change
});

/// One option in a decision analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct DecisionOption {
    pub id: Id,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pros: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cons: String,
    /// What it would do to the relationship.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub relationship: String,
}
defaulted_de!(DecisionOption {
    id,
    text,
    pros,
    cons,
    relationship
});

/// Decision analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct DecisionAnalysis {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person: Option<Id>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub problem: String,
    /// "What would you like to happen?"
    #[serde(skip_serializing_if = "String::is_empty")]
    pub want: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<DecisionOption>,
    /// The four-box for changing a way of communicating.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub current_good: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub current_bad: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub change_good: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub change_bad: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen: Option<Id>,
}
defaulted_de!(DecisionAnalysis {
    person,
    problem,
    want,
    options,
    current_good,
    current_bad,
    change_good,
    change_bad,
    chosen
});

/// One worksheet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Worksheet {
    RoleTransition(RoleTransition),
    RoleDispute(RoleDispute),
    Grief(Grief),
    Loneliness(Loneliness),
    CommunicationAnalysis(CommunicationAnalysis),
    DecisionAnalysis(DecisionAnalysis),
}

impl ProblemArea {
    /// The four areas, in the order the app offers them.
    pub const ALL: [ProblemArea; 4] = [
        ProblemArea::Grief,
        ProblemArea::RoleDispute,
        ProblemArea::RoleTransition,
        ProblemArea::Loneliness,
    ];

    /// The clinicians' name of the area.
    pub fn label(self) -> &'static str {
        match self {
            ProblemArea::Grief => "Grief",
            ProblemArea::RoleDispute => "Role dispute",
            ProblemArea::RoleTransition => "Role transition",
            ProblemArea::Loneliness => "Interpersonal sensitivity / loneliness",
        }
    }

    /// One plain sentence saying what the area is about.
    pub fn explanation(self) -> &'static str {
        match self {
            ProblemArea::Grief => {
                "The death of someone important to you, and how hard it is to mourn them."
            }
            ProblemArea::RoleDispute => {
                "A disagreement with someone close, where you each expect different things."
            }
            ProblemArea::RoleTransition => {
                "A big change in your life, like becoming a mother, moving, or losing a job."
            }
            ProblemArea::Loneliness => {
                "Feeling alone, or finding it hard to make or keep close relationships."
            }
        }
    }

    /// The worksheet that goes with this area.
    pub fn worksheet_kind(self) -> WorksheetKind {
        match self {
            ProblemArea::Grief => WorksheetKind::Grief,
            ProblemArea::RoleDispute => WorksheetKind::RoleDispute,
            ProblemArea::RoleTransition => WorksheetKind::RoleTransition,
            ProblemArea::Loneliness => WorksheetKind::Loneliness,
        }
    }
}

impl DisputeStage {
    /// The three stages, in order.
    pub const ALL: [DisputeStage; 3] = [
        DisputeStage::Renegotiation,
        DisputeStage::Impasse,
        DisputeStage::Dissolution,
    ];

    /// The clinicians' name of the stage.
    pub fn label(self) -> &'static str {
        match self {
            DisputeStage::Renegotiation => "Renegotiation",
            DisputeStage::Impasse => "Impasse",
            DisputeStage::Dissolution => "Dissolution",
        }
    }

    /// One plain line on what the stage means and what the work is. The clinicians' version:
    /// renegotiation "calm participants to facilitate resolution", impasse "increase disharmony in
    /// order to reopen negotiation", dissolution "assist mourning".
    pub fn explanation(self) -> &'static str {
        match self {
            DisputeStage::Renegotiation => {
                "You are still talking it over; calming things down helps you both find an answer."
            }
            DisputeStage::Impasse => "Talking has stopped and you feel stuck.",
            DisputeStage::Dissolution => {
                "The relationship is ending; the work is to grieve what you are losing."
            }
        }
    }
}

/// Which kind of worksheet a record is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorksheetKind {
    RoleTransition,
    RoleDispute,
    Grief,
    Loneliness,
    CommunicationAnalysis,
    DecisionAnalysis,
}

impl WorksheetKind {
    /// Every kind.
    pub const ALL: [WorksheetKind; 6] = [
        WorksheetKind::RoleTransition,
        WorksheetKind::RoleDispute,
        WorksheetKind::Grief,
        WorksheetKind::Loneliness,
        WorksheetKind::CommunicationAnalysis,
        WorksheetKind::DecisionAnalysis,
    ];

    /// Name of the worksheet, as a heading.
    pub fn label(self) -> &'static str {
        match self {
            WorksheetKind::CommunicationAnalysis => "Communication analysis",
            WorksheetKind::DecisionAnalysis => "Decision analysis",
            other => other.area().map(ProblemArea::label).unwrap_or(""),
        }
    }

    /// The problem area this worksheet belongs to, if it is an area worksheet.
    pub fn area(self) -> Option<ProblemArea> {
        match self {
            WorksheetKind::RoleTransition => Some(ProblemArea::RoleTransition),
            WorksheetKind::RoleDispute => Some(ProblemArea::RoleDispute),
            WorksheetKind::Grief => Some(ProblemArea::Grief),
            WorksheetKind::Loneliness => Some(ProblemArea::Loneliness),
            WorksheetKind::CommunicationAnalysis | WorksheetKind::DecisionAnalysis => None,
        }
    }

    /// A stable URL segment ("role-transition", "communication-analysis", …).
    pub fn slug(self) -> &'static str {
        match self {
            WorksheetKind::RoleTransition => "role-transition",
            WorksheetKind::RoleDispute => "role-dispute",
            WorksheetKind::Grief => "grief",
            WorksheetKind::Loneliness => "loneliness",
            WorksheetKind::CommunicationAnalysis => "communication-analysis",
            WorksheetKind::DecisionAnalysis => "decision-analysis",
        }
    }

    /// The kind for a URL segment made by [`WorksheetKind::slug`].
    pub fn from_slug(slug: &str) -> Option<WorksheetKind> {
        WorksheetKind::ALL.into_iter().find(|k| k.slug() == slug)
    }
}

impl Worksheet {
    /// A new, empty worksheet of this kind (nothing is seeded but the prompts).
    pub fn new(kind: WorksheetKind) -> Worksheet {
        match kind {
            WorksheetKind::RoleTransition => Worksheet::RoleTransition(RoleTransition::default()),
            WorksheetKind::RoleDispute => Worksheet::RoleDispute(RoleDispute::default()),
            WorksheetKind::Grief => Worksheet::Grief(Grief::default()),
            WorksheetKind::Loneliness => Worksheet::Loneliness(Loneliness::default()),
            WorksheetKind::CommunicationAnalysis => {
                Worksheet::CommunicationAnalysis(CommunicationAnalysis::default())
            }
            WorksheetKind::DecisionAnalysis => {
                Worksheet::DecisionAnalysis(DecisionAnalysis::default())
            }
        }
    }

    /// Which kind this worksheet is.
    pub fn kind(&self) -> WorksheetKind {
        match self {
            Worksheet::RoleTransition(_) => WorksheetKind::RoleTransition,
            Worksheet::RoleDispute(_) => WorksheetKind::RoleDispute,
            Worksheet::Grief(_) => WorksheetKind::Grief,
            Worksheet::Loneliness(_) => WorksheetKind::Loneliness,
            Worksheet::CommunicationAnalysis(_) => WorksheetKind::CommunicationAnalysis,
            Worksheet::DecisionAnalysis(_) => WorksheetKind::DecisionAnalysis,
        }
    }

    /// Nothing has been written in it yet.
    pub fn is_blank(&self) -> bool {
        if let Worksheet::DecisionAnalysis(d) = self {
            if !d.options.is_empty() {
                return false;
            }
        }
        fields::fields(self.kind()).all(|f| fields::get(self, f.key).is_none_or(|v| v.is_blank()))
    }

    /// A short title for lists: the worksheet's name and what it is about, with people's names
    /// resolved from the inventory ("removed person" when the person was deleted).
    pub fn title(&self, people: &Collection<Person>) -> String {
        let about = self.about(people);
        if let Worksheet::CommunicationAnalysis(_) = self {
            return if about.is_empty() {
                "A conversation".to_owned()
            } else {
                format!("A conversation with {about}")
            };
        }
        let label = self.kind().label();
        if about.is_empty() {
            label.to_owned()
        } else {
            format!("{label}: {about}")
        }
    }

    /// What the worksheet is about, for its title ("" when nothing is written yet): the first
    /// line of the change, the problem or who died; the person of a dispute or a conversation.
    pub fn about(&self, people: &Collection<Person>) -> String {
        match self {
            Worksheet::RoleTransition(w) => first_line(&w.transition),
            Worksheet::RoleDispute(w) => {
                person_name(people, w.with_whom.as_ref(), &w.with_whom_text)
            }
            Worksheet::Grief(w) => first_line(&w.who),
            Worksheet::Loneliness(_) => String::new(),
            Worksheet::CommunicationAnalysis(w) => person_name(people, w.person.as_ref(), ""),
            Worksheet::DecisionAnalysis(w) => first_line(&w.problem),
        }
    }
}

/// What is shown for a person who was in the inventory but has been deleted.
pub const REMOVED_PERSON: &str = "removed person";

/// What is shown for a person in the inventory whose name is blank.
pub const UNNAMED_PERSON: &str = "someone without a name";

/// The name to show for a person reference: the inventory name when the person is there, "removed
/// person" when the id no longer resolves, else `text` (a name typed in place), trimmed.
pub fn person_name(people: &Collection<Person>, id: Option<&Id>, text: &str) -> String {
    match id {
        Some(id) => match people.get_live(id) {
            Some(p) if !p.data.name.trim().is_empty() => p.data.name.trim().to_owned(),
            Some(_) => UNNAMED_PERSON.to_owned(),
            None => REMOVED_PERSON.to_owned(),
        },
        None => text.trim().to_owned(),
    }
}

/// The first line of a text, trimmed and cut to 40 characters (with "…" when cut).
fn first_line(text: &str) -> String {
    let line = text.trim().lines().next().unwrap_or("").trim();
    if line.chars().count() > 40 {
        let cut: String = line.chars().take(39).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::tests::at;

    #[test]
    fn every_kind_round_trips_its_slug_and_area_kinds_match_their_area() {
        for kind in WorksheetKind::ALL {
            assert_eq!(WorksheetKind::from_slug(kind.slug()), Some(kind));
            assert_eq!(Worksheet::new(kind).kind(), kind);
            assert!(!kind.label().is_empty());
        }
        for area in ProblemArea::ALL {
            assert_eq!(area.worksheet_kind().area(), Some(area));
        }
        assert_eq!(WorksheetKind::from_slug("nope"), None);
        assert_eq!(
            WorksheetKind::Loneliness.label(),
            "Interpersonal sensitivity / loneliness"
        );
    }

    #[test]
    fn dispute_stages_keep_their_names_and_explain_in_one_plain_line() {
        let names: Vec<&str> = DisputeStage::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(names, ["Renegotiation", "Impasse", "Dissolution"]);
        for s in DisputeStage::ALL {
            let e = s.explanation();
            assert!(!e.contains('\n') && e.ends_with('.'), "{e}");
            assert!(e.split_whitespace().count() <= 20, "{e}");
            for clinical in ["facilitate", "disharmony", "negotiation", "mourning"] {
                assert!(!e.contains(clinical), "{e}");
            }
        }
    }

    #[test]
    fn titles_resolve_people_and_show_removed_people_without_failing() {
        let mut people: Collection<Person> = Collection::new();
        let now = at("2026-03-02T10:00:00+03:00");
        let sam = people.add(
            Person {
                name: "Sam".into(),
                ..Person::default()
            },
            now,
        );
        let ca = Worksheet::CommunicationAnalysis(CommunicationAnalysis {
            person: Some(sam.clone()),
            ..Default::default()
        });
        assert_eq!(ca.title(&people), "A conversation with Sam");
        people.delete(&sam, now);
        assert_eq!(ca.title(&people), "A conversation with removed person");
        let dispute = Worksheet::RoleDispute(RoleDispute {
            with_whom_text: " my mother-in-law ".into(),
            ..Default::default()
        });
        assert_eq!(dispute.title(&people), "Role dispute: my mother-in-law");
        let long = Worksheet::DecisionAnalysis(DecisionAnalysis {
            problem: "Who gets up for the night feeds when we are both exhausted\nmore".into(),
            ..Default::default()
        });
        assert_eq!(
            long.title(&people),
            "Decision analysis: Who gets up for the night feeds when we…"
        );
        assert_eq!(Worksheet::new(WorksheetKind::Grief).title(&people), "Grief");
    }

    #[test]
    fn a_worksheet_with_only_an_option_or_a_person_is_not_blank() {
        assert!(Worksheet::new(WorksheetKind::DecisionAnalysis).is_blank());
        let mut d = DecisionAnalysis::default();
        d.options.push(DecisionOption {
            text: "Ask my sister".into(),
            ..Default::default()
        });
        assert!(!Worksheet::DecisionAnalysis(d).is_blank());
        let c = Worksheet::CommunicationAnalysis(CommunicationAnalysis {
            person: Some(Id::from("p1")),
            ..Default::default()
        });
        assert!(!c.is_blank());
        let g = Worksheet::Grief(Grief {
            who: "   ".into(),
            ..Default::default()
        });
        assert!(g.is_blank(), "whitespace is not writing");
    }
}

#[cfg(test)]
mod safety_tests {
    use super::*;

    /// The impasse advice to stir things up is never shown before the safety question is answered
    /// or skipped, whatever else the worksheet holds; it is never shown to someone who does not
    /// feel safe; and dissolution points to the role transition.
    #[test]
    fn impasse_guidance_never_comes_before_the_safety_question() {
        let mut w = RoleDispute {
            stage: DisputeStage::Impasse,
            about: "Who looks after the baby at night".into(),
            ..RoleDispute::default()
        };
        assert_eq!(w.feels_safe, None);
        assert_eq!(stage_guidance(&w), StageGuidance::AskSafetyFirst);
        let mut stir_shown_for = Vec::new();
        for answer in FeelsSafe::ALL {
            w.feels_safe = Some(answer);
            if stage_guidance(&w) == StageGuidance::StirWithCaveat {
                stir_shown_for.push(answer);
            }
        }
        assert_eq!(stir_shown_for, [FeelsSafe::Yes, FeelsSafe::Skipped]);
        w.feels_safe = Some(FeelsSafe::No);
        assert_eq!(stage_guidance(&w), StageGuidance::SafetyFirst);
        // Every stage, unanswered: never the advice.
        w.feels_safe = None;
        for stage in DisputeStage::ALL {
            w.stage = stage;
            assert_ne!(
                stage_guidance(&w),
                StageGuidance::StirWithCaveat,
                "{stage:?}"
            );
        }
        w.stage = DisputeStage::Dissolution;
        assert_eq!(stage_guidance(&w), StageGuidance::ToRoleTransition);
        // The stage's own line says nothing of stirring things up.
        assert!(!DisputeStage::Impasse.explanation().contains("stir"));
        // The answer is kept with the worksheet (and older worksheets without it still load).
        let json = serde_json::to_string(&RoleDispute {
            feels_safe: Some(FeelsSafe::NotAlways),
            ..RoleDispute::default()
        })
        .unwrap_or_default();
        assert!(json.contains("\"feels_safe\":\"not_always\""));
        let old: RoleDispute = serde_json::from_str(r#"{"stage":"impasse"}"#).unwrap_or_default();
        assert_eq!(old.feels_safe, None);
    }
}
