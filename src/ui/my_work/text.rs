//! The words of "My work" in the chosen language. The domain keeps the clinicians' English (for
//! exports and tests) and names each thing by a stable id (an enum, a worksheet section's id, a
//! field's key); this module maps those ids to translations, and each refusal by its enum.

use leptos::prelude::Signal;

use crate::domain::ending::{Gap, SignError};
use crate::domain::experiment::{Problem, Refusal, Status};
use crate::domain::people::Person;
use crate::domain::record::Collection;
use crate::domain::worksheets::{
    decision::DecisionError, fields::FieldError, DisputeStage, ProblemArea, Worksheet,
    WorksheetKind, REMOVED_PERSON, UNNAMED_PERSON,
};
use crate::i18n::t_string;
use crate::ui::my_work::Refused;

/// The i18n context (Copy).
pub use crate::i18n::I18n;

/// A translated text as a signal for a component's prop: it follows the chosen language.
pub fn words(f: impl Fn() -> &'static str + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(move || f().to_owned())
}

/// The clinicians' name of a problem area.
pub fn area_label(i18n: I18n, area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => t_string!(i18n, work.areas.grief.label),
        ProblemArea::RoleDispute => t_string!(i18n, work.areas.role_dispute.label),
        ProblemArea::RoleTransition => t_string!(i18n, work.areas.role_transition.label),
        ProblemArea::Loneliness => t_string!(i18n, work.areas.loneliness.label),
    }
}

/// One plain sentence on what a problem area is about.
pub fn area_about(i18n: I18n, area: ProblemArea) -> &'static str {
    match area {
        ProblemArea::Grief => t_string!(i18n, work.areas.grief.about),
        ProblemArea::RoleDispute => t_string!(i18n, work.areas.role_dispute.about),
        ProblemArea::RoleTransition => t_string!(i18n, work.areas.role_transition.about),
        ProblemArea::Loneliness => t_string!(i18n, work.areas.loneliness.about),
    }
}

/// The clinicians' name of a role dispute stage.
pub fn stage_label(i18n: I18n, stage: DisputeStage) -> &'static str {
    match stage {
        DisputeStage::Renegotiation => t_string!(i18n, work.stages.renegotiation.label),
        DisputeStage::Impasse => t_string!(i18n, work.stages.impasse.label),
        DisputeStage::Dissolution => t_string!(i18n, work.stages.dissolution.label),
    }
}

/// One plain line on what a stage means.
pub fn stage_about(i18n: I18n, stage: DisputeStage) -> &'static str {
    match stage {
        DisputeStage::Renegotiation => t_string!(i18n, work.stages.renegotiation.about),
        DisputeStage::Impasse => t_string!(i18n, work.stages.impasse.about),
        DisputeStage::Dissolution => t_string!(i18n, work.stages.dissolution.about),
    }
}

/// The name of a worksheet, as a heading.
pub fn kind_label(i18n: I18n, kind: WorksheetKind) -> &'static str {
    match kind {
        WorksheetKind::CommunicationAnalysis => {
            t_string!(i18n, work.kinds.communication_analysis)
        }
        WorksheetKind::DecisionAnalysis => t_string!(i18n, work.kinds.decision_analysis),
        other => other.area().map(|a| area_label(i18n, a)).unwrap_or(""),
    }
}

/// A person's name as the domain resolved it, with its two placeholders translated.
pub fn person(i18n: I18n, name: String) -> String {
    match name.as_str() {
        REMOVED_PERSON => t_string!(i18n, work.common.removed_person).to_owned(),
        UNNAMED_PERSON => t_string!(i18n, work.common.unnamed_person).to_owned(),
        _ => name,
    }
}

/// A worksheet's title for lists, as [`Worksheet::title`] in the chosen language.
pub fn worksheet_title(i18n: I18n, sheet: &Worksheet, people: &Collection<Person>) -> String {
    let about = person(i18n, sheet.about(people));
    if let Worksheet::CommunicationAnalysis(_) = sheet {
        return if about.is_empty() {
            t_string!(i18n, work.titles.conversation).to_owned()
        } else {
            t_string!(i18n, work.titles.conversation_with, who = about)
        };
    }
    let label = kind_label(i18n, sheet.kind());
    if about.is_empty() {
        label.to_owned()
    } else {
        t_string!(i18n, work.titles.label_about, label = label, about = about)
    }
}

/// An experiment's status, for her.
pub fn status_label(i18n: I18n, status: Status) -> &'static str {
    match status {
        Status::Planned => t_string!(i18n, work.status.planned),
        Status::Practised => t_string!(i18n, work.status.practised),
        Status::Done => t_string!(i18n, work.status.done),
        Status::NotDone => t_string!(i18n, work.status.not_done),
        Status::Discussed => t_string!(i18n, work.status.discussed),
    }
}

/// The button that moves an experiment to `status`.
pub fn mark_label(i18n: I18n, status: Status) -> &'static str {
    match status {
        Status::Planned => t_string!(i18n, work.mark.planned),
        Status::Practised => t_string!(i18n, work.mark.practised),
        Status::Done => t_string!(i18n, work.mark.done),
        Status::NotDone => t_string!(i18n, work.mark.not_done),
        Status::Discussed => t_string!(i18n, work.mark.discussed),
    }
}

/// Said once an experiment moved to `status`.
pub fn marked_label(i18n: I18n, status: Status) -> &'static str {
    match status {
        Status::Planned => t_string!(i18n, work.marked.planned),
        Status::Practised => t_string!(i18n, work.marked.practised),
        Status::Done => t_string!(i18n, work.marked.done),
        Status::NotDone => t_string!(i18n, work.marked.not_done),
        Status::Discussed => t_string!(i18n, work.marked.discussed),
    }
}

/// Why a status change was refused.
pub fn refusal(i18n: I18n, r: Refusal) -> String {
    match r {
        Refusal::NotDoneYet => t_string!(i18n, work.refusal.not_done_yet).to_owned(),
        Refusal::AlreadyDiscussed => t_string!(i18n, work.refusal.already_discussed).to_owned(),
        Refusal::PractiseBeforeDone => {
            t_string!(i18n, work.refusal.practise_before_done).to_owned()
        }
        Refusal::CannotGoBack(from, to) => t_string!(
            i18n,
            work.refusal.cannot_go_back,
            old_status = status_label(i18n, from).to_lowercase(),
            new_status = status_label(i18n, to).to_lowercase()
        ),
        Refusal::NeedsReason => t_string!(i18n, work.refusal.needs_reason).to_owned(),
    }
}

/// What an experiment's plan still lacks.
pub fn problem(i18n: I18n, p: Problem) -> &'static str {
    match p {
        Problem::NoPerson => t_string!(i18n, work.problem.no_person),
        Problem::NoGoal => t_string!(i18n, work.problem.no_goal),
        Problem::NoReason => t_string!(i18n, work.problem.no_reason),
        Problem::PlanWithoutBarrier => t_string!(i18n, work.problem.plan_without_barrier),
    }
}

/// What the contingency plan could still have.
pub fn gap(i18n: I18n, g: Gap) -> &'static str {
    match g {
        Gap::WarningSign => t_string!(i18n, work.ending.gap_warning_sign),
        Gap::WillDo => t_string!(i18n, work.ending.gap_will_do),
        Gap::Contact => t_string!(i18n, work.ending.gap_contact),
    }
}

/// The label of an experiment's part, by its stored field name (as in the domain's
/// `PLAN_LABELS`, `AFTER_LABELS` and `NOT_DONE_LABEL`).
pub fn experiment_label(i18n: I18n, key: &str) -> &'static str {
    match key {
        "person" => t_string!(i18n, work.labels.person),
        "goal" => t_string!(i18n, work.labels.goal),
        "script" => t_string!(i18n, work.labels.script),
        "practice_me" => t_string!(i18n, work.labels.practice_me),
        "practice_swapped" => t_string!(i18n, work.labels.practice_swapped),
        "when" => t_string!(i18n, work.labels.when),
        "barriers" => t_string!(i18n, work.labels.barriers),
        "what_happened" => t_string!(i18n, work.labels.what_happened),
        "how_i_felt" => t_string!(i18n, work.labels.how_i_felt),
        "how_they_responded" => t_string!(i18n, work.labels.how_they_responded),
        "what_i_learned" => t_string!(i18n, work.labels.what_i_learned),
        "next_step" => t_string!(i18n, work.labels.next_step),
        "not_done_why" => t_string!(i18n, work.labels.not_done_why),
        _ => "",
    }
}

/// Why a change in My work did not happen, in the chosen language.
pub fn error(i18n: I18n, e: &Refused) -> String {
    match e {
        Refused::Gone => t_string!(i18n, work.gone.short).to_owned(),
        Refused::Newer => crate::ui::store_error_text(i18n, &crate::store::StoreError::Newer),
        Refused::Decision(e) => decision_error(i18n, e),
        Refused::Sign(e) => sign_error(i18n, *e),
        Refused::Field(FieldError::NoSuchQuestion { .. } | FieldError::WrongKind { .. }) => {
            t_string!(i18n, work.gone.field_refused).to_owned()
        }
        Refused::Experiment(r) => refusal(i18n, *r),
        Refused::TooLong { max } => t_string!(
            i18n,
            people.story.too_long,
            max = crate::ui::fmt::number(i64::try_from(*max).unwrap_or(i64::MAX))
        ),
    }
}

/// Why a change to a decision analysis was refused.
fn decision_error(i18n: I18n, e: &DecisionError) -> String {
    match e {
        DecisionError::NoSuchOption => t_string!(i18n, work.decisions.no_such_option),
        DecisionError::EmptyOption => t_string!(i18n, work.decisions.empty_option),
        DecisionError::OptionNeedsWords => t_string!(i18n, work.decisions.option_needs_words),
        DecisionError::NoSuchPart { .. } => t_string!(i18n, work.gone.field_refused),
    }
    .to_owned()
}

/// Why a change to the warning signs was refused.
fn sign_error(i18n: I18n, e: SignError) -> String {
    match e {
        SignError::NoSuchSign => t_string!(i18n, work.ending.no_such_sign),
        SignError::Empty => t_string!(i18n, work.ending.sign_empty),
        SignError::AlreadyListed => t_string!(i18n, work.ending.sign_listed),
        SignError::NeedsWords => t_string!(i18n, work.ending.sign_needs_words),
    }
    .to_owned()
}

/// section heading, translated (`None` for an id the domain does not have, or no text).
pub fn section_heading(i18n: I18n, kind: WorksheetKind, id: &str) -> Option<&'static str> {
    use WorksheetKind as K;
    Some(match (kind, id) {
        (K::RoleTransition, "change") => {
            t_string!(i18n, work.ws.role_transition.sections.change.heading)
        }
        (K::RoleTransition, "roles") => {
            t_string!(i18n, work.ws.role_transition.sections.roles.heading)
        }
        (K::RoleTransition, "grid") => {
            t_string!(i18n, work.ws.role_transition.sections.grid.heading)
        }
        (K::RoleTransition, "lost") => {
            t_string!(i18n, work.ws.role_transition.sections.lost.heading)
        }
        (K::RoleTransition, "gained") => {
            t_string!(i18n, work.ws.role_transition.sections.gained.heading)
        }
        (K::RoleTransition, "support") => {
            t_string!(i18n, work.ws.role_transition.sections.support.heading)
        }
        (K::RoleDispute, "with_whom") => {
            t_string!(i18n, work.ws.role_dispute.sections.with_whom.heading)
        }
        (K::RoleDispute, "about") => t_string!(i18n, work.ws.role_dispute.sections.about.heading),
        (K::RoleDispute, "expectations") => {
            t_string!(i18n, work.ws.role_dispute.sections.expectations.heading)
        }
        (K::RoleDispute, "stage") => t_string!(i18n, work.ws.role_dispute.sections.stage.heading),
        (K::RoleDispute, "options") => {
            t_string!(i18n, work.ws.role_dispute.sections.options.heading)
        }
        (K::RoleDispute, "worked") => t_string!(i18n, work.ws.role_dispute.sections.worked.heading),
        (K::RoleDispute, "parallels") => {
            t_string!(i18n, work.ws.role_dispute.sections.parallels.heading)
        }
        (K::Grief, "who_when") => t_string!(i18n, work.ws.grief.sections.who_when.heading),
        (K::Grief, "relationship") => t_string!(i18n, work.ws.grief.sections.relationship.heading),
        (K::Grief, "events") => t_string!(i18n, work.ws.grief.sections.events.heading),
        (K::Grief, "feelings") => t_string!(i18n, work.ws.grief.sections.feelings.heading),
        (K::Grief, "reconnect") => t_string!(i18n, work.ws.grief.sections.reconnect.heading),
        (K::Loneliness, "past") => t_string!(i18n, work.ws.loneliness.sections.past.heading),
        (K::Loneliness, "patterns") => {
            t_string!(i18n, work.ws.loneliness.sections.patterns.heading)
        }
        (K::Loneliness, "next_steps") => {
            t_string!(i18n, work.ws.loneliness.sections.next_steps.heading)
        }
        (K::Loneliness, "expectations") => {
            t_string!(i18n, work.ws.loneliness.sections.expectations.heading)
        }
        (K::CommunicationAnalysis, "conversation") => t_string!(
            i18n,
            work.ws.communication_analysis.sections.conversation.heading
        ),
        (K::CommunicationAnalysis, "happened") => t_string!(
            i18n,
            work.ws.communication_analysis.sections.happened.heading
        ),
        (K::CommunicationAnalysis, "feelings") => t_string!(
            i18n,
            work.ws.communication_analysis.sections.feelings.heading
        ),
        (K::CommunicationAnalysis, "looking_back") => t_string!(
            i18n,
            work.ws.communication_analysis.sections.looking_back.heading
        ),
        (K::DecisionAnalysis, "problem") => {
            t_string!(i18n, work.ws.decision_analysis.sections.problem.heading)
        }
        (K::DecisionAnalysis, "options") => {
            t_string!(i18n, work.ws.decision_analysis.sections.options.heading)
        }
        (K::DecisionAnalysis, "four_box") => {
            t_string!(i18n, work.ws.decision_analysis.sections.four_box.heading)
        }
        _ => return None,
    })
}

/// section prompt, translated (`None` for an id the domain does not have, or no text).
pub fn section_prompt(i18n: I18n, kind: WorksheetKind, id: &str) -> Option<&'static str> {
    use WorksheetKind as K;
    Some(match (kind, id) {
        (K::RoleTransition, "change") => {
            t_string!(i18n, work.ws.role_transition.sections.change.prompt)
        }
        (K::RoleTransition, "roles") => {
            t_string!(i18n, work.ws.role_transition.sections.roles.prompt)
        }
        (K::RoleTransition, "grid") => {
            t_string!(i18n, work.ws.role_transition.sections.grid.prompt)
        }
        (K::RoleTransition, "lost") => {
            t_string!(i18n, work.ws.role_transition.sections.lost.prompt)
        }
        (K::RoleTransition, "gained") => {
            t_string!(i18n, work.ws.role_transition.sections.gained.prompt)
        }
        (K::RoleTransition, "support") => {
            t_string!(i18n, work.ws.role_transition.sections.support.prompt)
        }
        (K::RoleDispute, "with_whom") => {
            t_string!(i18n, work.ws.role_dispute.sections.with_whom.prompt)
        }
        (K::RoleDispute, "about") => t_string!(i18n, work.ws.role_dispute.sections.about.prompt),
        (K::RoleDispute, "expectations") => {
            t_string!(i18n, work.ws.role_dispute.sections.expectations.prompt)
        }
        (K::RoleDispute, "stage") => t_string!(i18n, work.ws.role_dispute.sections.stage.prompt),
        (K::RoleDispute, "options") => {
            t_string!(i18n, work.ws.role_dispute.sections.options.prompt)
        }
        (K::RoleDispute, "worked") => t_string!(i18n, work.ws.role_dispute.sections.worked.prompt),
        (K::RoleDispute, "parallels") => {
            t_string!(i18n, work.ws.role_dispute.sections.parallels.prompt)
        }
        (K::Grief, "who_when") => t_string!(i18n, work.ws.grief.sections.who_when.prompt),
        (K::Grief, "relationship") => t_string!(i18n, work.ws.grief.sections.relationship.prompt),
        (K::Grief, "events") => t_string!(i18n, work.ws.grief.sections.events.prompt),
        (K::Grief, "feelings") => t_string!(i18n, work.ws.grief.sections.feelings.prompt),
        (K::Grief, "reconnect") => t_string!(i18n, work.ws.grief.sections.reconnect.prompt),
        (K::Loneliness, "past") => t_string!(i18n, work.ws.loneliness.sections.past.prompt),
        (K::Loneliness, "patterns") => t_string!(i18n, work.ws.loneliness.sections.patterns.prompt),
        (K::Loneliness, "next_steps") => {
            t_string!(i18n, work.ws.loneliness.sections.next_steps.prompt)
        }
        (K::Loneliness, "expectations") => {
            t_string!(i18n, work.ws.loneliness.sections.expectations.prompt)
        }
        (K::CommunicationAnalysis, "conversation") => t_string!(
            i18n,
            work.ws.communication_analysis.sections.conversation.prompt
        ),
        (K::DecisionAnalysis, "problem") => {
            t_string!(i18n, work.ws.decision_analysis.sections.problem.prompt)
        }
        (K::DecisionAnalysis, "options") => {
            t_string!(i18n, work.ws.decision_analysis.sections.options.prompt)
        }
        _ => return None,
    })
}

/// field label, translated (`None` for an id the domain does not have, or no text).
pub fn field_label(i18n: I18n, kind: WorksheetKind, id: &str) -> Option<&'static str> {
    use WorksheetKind as K;
    Some(match (kind, id) {
        (K::RoleTransition, "transition") => {
            t_string!(i18n, work.ws.role_transition.fields.transition.label)
        }
        (K::RoleTransition, "old_role") => {
            t_string!(i18n, work.ws.role_transition.fields.old_role.label)
        }
        (K::RoleTransition, "new_role") => {
            t_string!(i18n, work.ws.role_transition.fields.new_role.label)
        }
        (K::RoleTransition, "old_positive") => {
            t_string!(i18n, work.ws.role_transition.fields.old_positive.label)
        }
        (K::RoleTransition, "old_negative") => {
            t_string!(i18n, work.ws.role_transition.fields.old_negative.label)
        }
        (K::RoleTransition, "new_positive") => {
            t_string!(i18n, work.ws.role_transition.fields.new_positive.label)
        }
        (K::RoleTransition, "new_negative") => {
            t_string!(i18n, work.ws.role_transition.fields.new_negative.label)
        }
        (K::RoleTransition, "lost") => t_string!(i18n, work.ws.role_transition.fields.lost.label),
        (K::RoleTransition, "not_lost") => {
            t_string!(i18n, work.ws.role_transition.fields.not_lost.label)
        }
        (K::RoleTransition, "opportunities") => {
            t_string!(i18n, work.ws.role_transition.fields.opportunities.label)
        }
        (K::RoleTransition, "skills") => {
            t_string!(i18n, work.ws.role_transition.fields.skills.label)
        }
        (K::RoleTransition, "supports") => {
            t_string!(i18n, work.ws.role_transition.fields.supports.label)
        }
        (K::RoleDispute, "with_whom") => {
            t_string!(i18n, work.ws.role_dispute.fields.with_whom.label)
        }
        (K::RoleDispute, "with_whom_text") => {
            t_string!(i18n, work.ws.role_dispute.fields.with_whom_text.label)
        }
        (K::RoleDispute, "about") => t_string!(i18n, work.ws.role_dispute.fields.about.label),
        (K::RoleDispute, "my_expectations") => {
            t_string!(i18n, work.ws.role_dispute.fields.my_expectations.label)
        }
        (K::RoleDispute, "their_expectations") => {
            t_string!(i18n, work.ws.role_dispute.fields.their_expectations.label)
        }
        (K::RoleDispute, "stage") => t_string!(i18n, work.ws.role_dispute.fields.stage.label),
        (K::RoleDispute, "options") => t_string!(i18n, work.ws.role_dispute.fields.options.label),
        (K::RoleDispute, "worked") => t_string!(i18n, work.ws.role_dispute.fields.worked.label),
        (K::RoleDispute, "not_worked") => {
            t_string!(i18n, work.ws.role_dispute.fields.not_worked.label)
        }
        (K::RoleDispute, "parallels") => {
            t_string!(i18n, work.ws.role_dispute.fields.parallels.label)
        }
        (K::Grief, "who") => t_string!(i18n, work.ws.grief.fields.who.label),
        (K::Grief, "when") => t_string!(i18n, work.ws.grief.fields.when.label),
        (K::Grief, "good_memories") => t_string!(i18n, work.ws.grief.fields.good_memories.label),
        (K::Grief, "hard_memories") => t_string!(i18n, work.ws.grief.fields.hard_memories.label),
        (K::Grief, "events") => t_string!(i18n, work.ws.grief.fields.events.label),
        (K::Grief, "feelings") => t_string!(i18n, work.ws.grief.fields.feelings.label),
        (K::Grief, "reconnect") => t_string!(i18n, work.ws.grief.fields.reconnect.label),
        (K::Loneliness, "past_relationships") => {
            t_string!(i18n, work.ws.loneliness.fields.past_relationships.label)
        }
        (K::Loneliness, "patterns") => t_string!(i18n, work.ws.loneliness.fields.patterns.label),
        (K::Loneliness, "next_steps") => {
            t_string!(i18n, work.ws.loneliness.fields.next_steps.label)
        }
        (K::Loneliness, "expectations") => {
            t_string!(i18n, work.ws.loneliness.fields.expectations.label)
        }
        (K::CommunicationAnalysis, "person") => {
            t_string!(i18n, work.ws.communication_analysis.fields.person.label)
        }
        (K::CommunicationAnalysis, "date") => {
            t_string!(i18n, work.ws.communication_analysis.fields.date.label)
        }
        (K::CommunicationAnalysis, "in_writing") => {
            t_string!(i18n, work.ws.communication_analysis.fields.in_writing.label)
        }
        (K::CommunicationAnalysis, "where_") => {
            t_string!(i18n, work.ws.communication_analysis.fields.where_.label)
        }
        (K::CommunicationAnalysis, "who_else") => {
            t_string!(i18n, work.ws.communication_analysis.fields.who_else.label)
        }
        (K::CommunicationAnalysis, "what_said") => {
            t_string!(i18n, work.ws.communication_analysis.fields.what_said.label)
        }
        (K::CommunicationAnalysis, "how_said") => {
            t_string!(i18n, work.ws.communication_analysis.fields.how_said.label)
        }
        (K::CommunicationAnalysis, "intended") => {
            t_string!(i18n, work.ws.communication_analysis.fields.intended.label)
        }
        (K::CommunicationAnalysis, "i_felt") => {
            t_string!(i18n, work.ws.communication_analysis.fields.i_felt.label)
        }
        (K::CommunicationAnalysis, "they_felt") => {
            t_string!(i18n, work.ws.communication_analysis.fields.they_felt.label)
        }
        (K::CommunicationAnalysis, "they_understood") => t_string!(
            i18n,
            work.ws.communication_analysis.fields.they_understood.label
        ),
        (K::CommunicationAnalysis, "went_well") => {
            t_string!(i18n, work.ws.communication_analysis.fields.went_well.label)
        }
        (K::CommunicationAnalysis, "change") => {
            t_string!(i18n, work.ws.communication_analysis.fields.change.label)
        }
        (K::DecisionAnalysis, "person") => {
            t_string!(i18n, work.ws.decision_analysis.fields.person.label)
        }
        (K::DecisionAnalysis, "problem") => {
            t_string!(i18n, work.ws.decision_analysis.fields.problem.label)
        }
        (K::DecisionAnalysis, "want") => {
            t_string!(i18n, work.ws.decision_analysis.fields.want.label)
        }
        (K::DecisionAnalysis, "options") => {
            t_string!(i18n, work.ws.decision_analysis.fields.options.label)
        }
        (K::DecisionAnalysis, "current_good") => {
            t_string!(i18n, work.ws.decision_analysis.fields.current_good.label)
        }
        (K::DecisionAnalysis, "current_bad") => {
            t_string!(i18n, work.ws.decision_analysis.fields.current_bad.label)
        }
        (K::DecisionAnalysis, "change_good") => {
            t_string!(i18n, work.ws.decision_analysis.fields.change_good.label)
        }
        (K::DecisionAnalysis, "change_bad") => {
            t_string!(i18n, work.ws.decision_analysis.fields.change_bad.label)
        }
        _ => return None,
    })
}

/// field prompt, translated (`None` for an id the domain does not have, or no text).
pub fn field_prompt(i18n: I18n, kind: WorksheetKind, id: &str) -> Option<&'static str> {
    use WorksheetKind as K;
    Some(match (kind, id) {
        (K::CommunicationAnalysis, "in_writing") => t_string!(
            i18n,
            work.ws.communication_analysis.fields.in_writing.prompt
        ),
        (K::CommunicationAnalysis, "where_") => {
            t_string!(i18n, work.ws.communication_analysis.fields.where_.prompt)
        }
        (K::CommunicationAnalysis, "who_else") => {
            t_string!(i18n, work.ws.communication_analysis.fields.who_else.prompt)
        }
        (K::CommunicationAnalysis, "what_said") => {
            t_string!(i18n, work.ws.communication_analysis.fields.what_said.prompt)
        }
        (K::CommunicationAnalysis, "how_said") => {
            t_string!(i18n, work.ws.communication_analysis.fields.how_said.prompt)
        }
        (K::CommunicationAnalysis, "intended") => {
            t_string!(i18n, work.ws.communication_analysis.fields.intended.prompt)
        }
        (K::CommunicationAnalysis, "i_felt") => {
            t_string!(i18n, work.ws.communication_analysis.fields.i_felt.prompt)
        }
        (K::CommunicationAnalysis, "they_felt") => {
            t_string!(i18n, work.ws.communication_analysis.fields.they_felt.prompt)
        }
        (K::CommunicationAnalysis, "they_understood") => t_string!(
            i18n,
            work.ws.communication_analysis.fields.they_understood.prompt
        ),
        (K::CommunicationAnalysis, "went_well") => {
            t_string!(i18n, work.ws.communication_analysis.fields.went_well.prompt)
        }
        (K::CommunicationAnalysis, "change") => {
            t_string!(i18n, work.ws.communication_analysis.fields.change.prompt)
        }
        (K::DecisionAnalysis, "want") => {
            t_string!(i18n, work.ws.decision_analysis.fields.want.prompt)
        }
        _ => return None,
    })
}

/// The label of a decision option's part, translated.
pub fn option_label(i18n: I18n, key: &str) -> Option<&'static str> {
    Some(match key {
        "text" => t_string!(i18n, work.ws.option.text.label),
        "pros" => t_string!(i18n, work.ws.option.pros.label),
        "cons" => t_string!(i18n, work.ws.option.cons.label),
        "relationship" => t_string!(i18n, work.ws.option.relationship.label),
        _ => return None,
    })
}

/// The prompt of a decision option's part, translated.
pub fn option_prompt(i18n: I18n, key: &str) -> Option<&'static str> {
    Some(match key {
        "relationship" => t_string!(i18n, work.ws.option.relationship.prompt),
        _ => return None,
    })
}
