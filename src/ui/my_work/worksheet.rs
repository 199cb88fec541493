//! One generic form for every worksheet: it draws `fields::sections(kind)` field by field, so the
//! clinicians' prompts live in the domain and every worksheet saves the same way.

use leptos::prelude::*;

use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::fields::{self, Field, FieldKind, FieldValue};
use crate::domain::worksheets::{focus as focus_domain, Worksheet, WorksheetKind};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::my_work::decisions::{ChooseOne, DecisionOptions, DecisionState};
use crate::ui::my_work::dispute_safety::{DisputeSafetyQuestion, DisputeStageGuidance};
use crate::ui::my_work::inputs::{
    AutoText, DayField, FlagField, ListField, PersonPicker, StageField,
};
use crate::ui::my_work::text::{self, I18n};
use crate::ui::my_work::{edit_worksheet, Gone};
use crate::ui::state::{use_app, AppState};

/// `/my-work/worksheets/<id>` (and the conversation and decision pages): the worksheet's form.
#[component]
pub fn WorksheetPage(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let found = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        j.worksheets.get_live(&id).map(|r| {
            let kind = r.data.kind();
            let current = focus_domain::current_focus(j).map(|f| f.area);
            let earlier = kind.area().is_some() && kind.area() != current;
            (kind, earlier)
        })
    });
    let Some((kind, earlier)) = found else {
        return view! { <Gone back="/my-work" back_label=text::words(move || t_string!(i18n, work.gone.to_my_work))/> }.into_any();
    };
    let back = match kind {
        WorksheetKind::CommunicationAnalysis => "/my-work/conversations",
        WorksheetKind::DecisionAnalysis => "/my-work/decisions",
        _ => "/my-work/focus",
    };
    let back_label = move || match kind {
        WorksheetKind::CommunicationAnalysis => t_string!(i18n, work.sheet.all_conversations),
        WorksheetKind::DecisionAnalysis => t_string!(i18n, work.sheet.all_decisions),
        _ => t_string!(i18n, work.home.problem_area),
    };
    let intro = move || match kind {
        WorksheetKind::CommunicationAnalysis => t_string!(i18n, work.sheet.intro_conversation),
        WorksheetKind::DecisionAnalysis => t_string!(i18n, work.sheet.intro_decision),
        _ => t_string!(i18n, work.sheet.intro_area),
    };
    let decision = (kind == WorksheetKind::DecisionAnalysis).then(|| {
        let state = DecisionState::load(app, &id);
        provide_context(state);
    });
    view! {
        <p class="back"><a href=back>{back_label}</a></p>
        <h1 tabindex="-1">{move || text::kind_label(i18n, kind)}</h1>
        {earlier.then(|| view! {
            <p class="note-card">{t!(i18n, work.sheet.earlier)}</p>
        })}
        <p class="small">{intro}</p>
        <super::steps::StepsLink id=id.clone() kind=kind/>
        {(kind == WorksheetKind::Grief).then(|| view! { <super::links::LossPrompts/> })}
        <WorksheetForm id=id.clone() kind=kind/>
        {decision.map(|()| view! { <ChooseOne id=id.clone()/> })}
        {(kind == WorksheetKind::CommunicationAnalysis).then(|| view! { <super::links::PlanNext id=id.clone()/> })}
    }
    .into_any()
}

/// The form of one worksheet: its sections, each with the clinicians' prompt, field by field.
#[component]
pub fn WorksheetForm(
    id: Id,
    kind: WorksheetKind,
    /// Only this section (0-based), for the step-by-step pages.
    #[prop(optional)]
    only: Option<usize>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let Some(sheet) = app
        .journal
        .doc
        .with_untracked(|d| d.journal.worksheets.get_live(&id).map(|r| r.data.clone()))
    else {
        return view! { <p>{t!(i18n, work.gone.short)}</p> }.into_any();
    };
    let dispute = kind == WorksheetKind::RoleDispute;
    // The role dispute asks first whether she feels safe with that person.
    let safety_first = dispute.then(|| view! { <DisputeSafetyQuestion id=id.clone()/> });
    let sections = fields::sections(kind)
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o == *i))
        .map(|(i, section)| {
            let heading_id = format!("section-{i}");
            let grid = section.fields.len() == 4
                && section.fields.iter().all(|f| f.kind == FieldKind::List);
            let body = section
                .fields
                .iter()
                .map(|f| field_view(app, i18n, &id, &sheet, kind, f))
                .collect_view();
            let sid = section.id;
            let heading = move || text::section_heading(i18n, kind, sid).unwrap_or(section.heading);
            let prompt = move || text::section_prompt(i18n, kind, sid).unwrap_or(section.prompt);
            // Under the stage: its guidance (the impasse advice only with its caveat).
            let guidance = (dispute && sid == "stage")
                .then(|| view! { <DisputeStageGuidance id=id.clone()/> });
            view! {
                <section class="card ws-section" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{heading}</h2>
                    {(!section.prompt.is_empty()).then(|| view! { <p class="prompt">{prompt}</p> })}
                    <div class=if grid { "ws-grid" } else { "ws-fields" }>{body}</div>
                    {guidance}
                </section>
            }
        })
        .collect_view();
    view! { {safety_first} {sections} }.into_any()
}

/// One field, drawn by its kind and saved by its key through `fields::set`.
fn field_view(
    app: AppState,
    i18n: I18n,
    id: &Id,
    sheet: &Worksheet,
    kind: WorksheetKind,
    f: &'static Field,
) -> AnyView {
    let key = f.key;
    // The clinicians' words in her language, looked up by the field's key (English if missing).
    let label = move || text::field_label(i18n, kind, key).unwrap_or(f.label);
    let prompt = move || {
        if f.prompt.is_empty() {
            ""
        } else {
            text::field_prompt(i18n, kind, key).unwrap_or(f.prompt)
        }
    };
    let dom_id = format!("f-{key}");
    let value = fields::get(sheet, key);
    let sid = id.clone();
    let save = move |v: FieldValue| edit_worksheet(app, &sid, |w| fields::set(w, key, v));
    match (f.kind, value) {
        (FieldKind::Line | FieldKind::Multiline, Some(FieldValue::Text(text))) => {
            // Wherever she is asked how she felt, a few words for feelings.
            let feelings = matches!(
                (kind, key),
                (WorksheetKind::CommunicationAnalysis, "i_felt" | "they_felt")
                    | (WorksheetKind::Grief, "feelings")
            );
            let target = dom_id.clone();
            view! {
                <AutoText id=dom_id label=text::words(label) hint=text::words(prompt) multiline=f.kind == FieldKind::Multiline
                    value=text save=Callback::new(move |t| save(FieldValue::Text(t)))/>
                {feelings.then(|| view! { <super::links::FeelingWords target=target/> })}
            }
            .into_any()
        }
        (FieldKind::List, Some(FieldValue::List(items))) => view! {
            <ListField id=dom_id label=text::words(label) items=items draft=format!("my-work:{id}:{key}")
                save=Callback::new(move |l| save(FieldValue::List(l)))/>
        }
        .into_any(),
        (FieldKind::Person, Some(FieldValue::Person(p))) => view! {
            <PersonPicker id=dom_id label=text::words(label) value=p
                save=Callback::new(move |p| save(FieldValue::Person(p)))/>
        }
        .into_any(),
        (FieldKind::Stage, Some(FieldValue::Stage(s))) => view! {
            <StageField id=dom_id label=text::words(label) value=s
                save=Callback::new(move |s| save(FieldValue::Stage(s)))/>
        }
        .into_any(),
        (FieldKind::Flag, Some(FieldValue::Flag(b))) => view! {
            <FlagField id=dom_id label=text::words(label) note=text::words(prompt) value=b
                save=Callback::new(move |b| save(FieldValue::Flag(b)))/>
        }
        .into_any(),
        (FieldKind::Date, Some(FieldValue::Date(d))) => view! {
            <DayField id=dom_id label=text::words(label) value=d
                save=Callback::new(move |d| save(FieldValue::Date(d)))/>
        }
        .into_any(),
        (FieldKind::Options, _) => view! { <DecisionOptions id=id.clone()/> }.into_any(),
        // A field the domain describes but cannot read: nothing to draw.
        _ => ().into_any(),
    }
}
