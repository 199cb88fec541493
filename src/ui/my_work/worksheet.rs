//! One generic form for every worksheet: it draws `fields::sections(kind)` field by field, so the
//! clinicians' prompts live in the domain and every worksheet saves the same way.

use leptos::prelude::*;

use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::fields::{self, Field, FieldKind, FieldValue};
use crate::domain::worksheets::{focus as focus_domain, Worksheet, WorksheetKind};
use crate::ui::my_work::decisions::{ChooseOne, DecisionOptions, DecisionState};
use crate::ui::my_work::inputs::{
    AutoText, DayField, FlagField, ListField, PersonPicker, StageField,
};
use crate::ui::my_work::{edit_worksheet, Gone};
use crate::ui::state::{use_app, AppState};

/// `/my-work/worksheets/<id>` (and the conversation and decision pages): the worksheet's form.
#[component]
pub fn WorksheetPage(id: Id) -> impl IntoView {
    let app = use_app();
    let found = app.doc.with_untracked(|d| {
        let j = &d.journal;
        j.worksheets.get_live(&id).map(|r| {
            let kind = r.data.kind();
            let current = focus_domain::current_focus(j).map(|f| f.area);
            let earlier = kind.area().is_some() && kind.area() != current;
            (kind, earlier)
        })
    });
    let Some((kind, earlier)) = found else {
        return view! { <Gone back="/my-work" back_label="Go to My work"/> }.into_any();
    };
    let (back, back_label) = match kind {
        WorksheetKind::CommunicationAnalysis => ("/my-work/conversations", "All conversations"),
        WorksheetKind::DecisionAnalysis => ("/my-work/decisions", "All decisions"),
        _ => ("/my-work/focus", "Problem area"),
    };
    let intro = match kind {
        WorksheetKind::CommunicationAnalysis => {
            "One recent conversation that stirred strong feelings. Go through it slowly. Each answer saves as you type."
        }
        WorksheetKind::DecisionAnalysis => {
            "Name the problem, list your options, and weigh them. Each answer saves as you type."
        }
        _ => "Write as much or as little as you like. Each answer saves as you type.",
    };
    let decision = (kind == WorksheetKind::DecisionAnalysis).then(|| {
        let state = DecisionState::load(app, &id);
        provide_context(state);
    });
    view! {
        <p class="back"><a href=back>{back_label}</a></p>
        <h1 tabindex="-1">{kind.label()}</h1>
        {earlier.then(|| view! {
            <p class="note-card">"This is an earlier worksheet. It is kept, and you can still add to it."</p>
        })}
        <p class="small">{intro}</p>
        <WorksheetForm id=id.clone() kind=kind/>
        {decision.map(|()| view! { <ChooseOne id=id.clone()/> })}
    }
    .into_any()
}

/// The form of one worksheet: its sections, each with the clinicians' prompt, field by field.
#[component]
pub fn WorksheetForm(id: Id, kind: WorksheetKind) -> impl IntoView {
    let app = use_app();
    let Some(sheet) = app
        .doc
        .with_untracked(|d| d.journal.worksheets.get_live(&id).map(|r| r.data.clone()))
    else {
        return view! { <p>{super::GONE}</p> }.into_any();
    };
    fields::sections(kind)
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let heading_id = format!("section-{i}");
            let grid = section.fields.len() == 4
                && section.fields.iter().all(|f| f.kind == FieldKind::List);
            let body = section
                .fields
                .iter()
                .map(|f| field_view(app, &id, &sheet, f))
                .collect_view();
            view! {
                <section class="card ws-section" aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{section.heading}</h2>
                    {(!section.prompt.is_empty()).then(|| view! { <p class="prompt">{section.prompt}</p> })}
                    <div class=if grid { "ws-grid" } else { "ws-fields" }>{body}</div>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// One field, drawn by its kind and saved by its key through `fields::set`.
fn field_view(app: AppState, id: &Id, sheet: &Worksheet, f: &'static Field) -> AnyView {
    let key = f.key;
    let dom_id = format!("f-{key}");
    let value = fields::get(sheet, key);
    let sid = id.clone();
    let save = move |v: FieldValue| edit_worksheet(app, &sid, |w| fields::set(w, key, v));
    match (f.kind, value) {
        (FieldKind::Line | FieldKind::Multiline, Some(FieldValue::Text(text))) => view! {
            <AutoText id=dom_id label=f.label.to_owned() hint=f.prompt multiline=f.kind == FieldKind::Multiline
                value=text save=Callback::new(move |t| save(FieldValue::Text(t)))/>
        }
        .into_any(),
        (FieldKind::List, Some(FieldValue::List(items))) => view! {
            <ListField id=dom_id label=f.label items=items draft=format!("my-work:{id}:{key}")
                save=Callback::new(move |l| save(FieldValue::List(l)))/>
        }
        .into_any(),
        (FieldKind::Person, Some(FieldValue::Person(p))) => view! {
            <PersonPicker id=dom_id label=f.label value=p
                save=Callback::new(move |p| save(FieldValue::Person(p)))/>
        }
        .into_any(),
        (FieldKind::Stage, Some(FieldValue::Stage(s))) => view! {
            <StageField id=dom_id label=f.label value=s
                save=Callback::new(move |s| save(FieldValue::Stage(s)))/>
        }
        .into_any(),
        (FieldKind::Flag, Some(FieldValue::Flag(b))) => view! {
            <FlagField id=dom_id label=f.label note=f.prompt value=b
                save=Callback::new(move |b| save(FieldValue::Flag(b)))/>
        }
        .into_any(),
        (FieldKind::Date, Some(FieldValue::Date(d))) => view! {
            <DayField id=dom_id label=f.label value=d
                save=Callback::new(move |d| save(FieldValue::Date(d)))/>
        }
        .into_any(),
        (FieldKind::Options, _) => view! { <DecisionOptions id=id.clone()/> }.into_any(),
        // A field the domain describes but cannot read: nothing to draw.
        _ => ().into_any(),
    }
}
