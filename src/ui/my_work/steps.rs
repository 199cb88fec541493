//! One thing per screen: a worksheet as steps, one section a screen with "Step 2 of 4", each
//! field saving as she types (as on the full page), and a review page where the whole worksheet
//! reads on one page. Paths: `/my-work/<decisions|conversations|worksheets>/<id>/steps/<n>` and
//! `…/<id>/review`. Offered for every worksheet but the role dispute (whose page another change
//! is reworking), above all for the decision analysis, the longest.

use leptos::prelude::*;

use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::fields::{self, FieldKind, FieldValue, OPTION_FIELDS};
use crate::domain::worksheets::{person_name, Worksheet, WorksheetKind};
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::ui::my_work::decisions::{ChooseOne, DecisionState};
use crate::ui::my_work::text;
use crate::ui::my_work::worksheet::WorksheetForm;
use crate::ui::my_work::{day_label, worksheet_path, Gone};
use crate::ui::state::use_app;

/// Whether a kind is offered step by step.
pub fn offered(kind: WorksheetKind) -> bool {
    kind != WorksheetKind::RoleDispute
}

/// How many steps a kind has: its sections, and for a decision "Choose one" last.
fn step_count(kind: WorksheetKind) -> usize {
    fields::sections(kind).len() + usize::from(kind == WorksheetKind::DecisionAnalysis)
}

fn kind_of(id: &Id) -> Option<WorksheetKind> {
    use_app().journal.doc.with_untracked(|d| {
        d.journal
            .worksheets
            .get_live(id)
            .map(|r| r.data.kind())
            .filter(|k| offered(*k))
    })
}

/// The link from a worksheet's page to its steps.
#[component]
pub fn StepsLink(id: Id, kind: WorksheetKind) -> impl IntoView {
    offered(kind).then(|| {
        view! { <StepsLinkTo href=format!("{}/steps/1", worksheet_path(kind, &id))/> }
    })
}

/// "One step at a time", to the first step at `href`.
#[component]
pub fn StepsLinkTo(href: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="steps-link">
            <a class="button quiet" href=href>{t!(i18n, work.steps.one_at_a_time)}</a>
            <span class="small">" "{t!(i18n, work.steps.one_at_a_time_hint)}</span>
        </p>
    }
}

/// "Step 2 of 4", a progress bar, and the way back to the whole page (`whole`).
#[component]
pub fn StepHeader(n: usize, total: usize, whole: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="back"><a href=whole>{t!(i18n, work.steps.all_at_once)}</a></p>
        <p class="step-progress">
            {move || t_string!(i18n, work.steps.step_of, n = crate::ui::fmt::number(n as i64), total = crate::ui::fmt::number(total as i64))}
        </p>
        <progress max=total.to_string() value=n.to_string() aria-hidden="true"></progress>
        <p class="small">{t!(i18n, work.steps.saved_as_you_go)}</p>
    }
}

/// Back and Next between the steps under `base` (`base/steps/<n>`); after the last step, to
/// `last` (the review, or the whole page).
#[component]
pub fn StepNav(n: usize, total: usize, base: String, last: String) -> impl IntoView {
    let i18n = use_i18n();
    let back = if n <= 1 {
        base.clone()
    } else {
        format!("{base}/steps/{}", n - 1)
    };
    let next = (n < total).then(|| format!("{base}/steps/{}", n + 1));
    view! {
        <nav class="actions steps-nav" aria-label=move || t_string!(i18n, work.steps.nav)>
            <a class="button quiet" href=back>{t!(i18n, work.steps.back)}</a>
            {match next {
                Some(href) => view! { <a class="button" href=href>{t!(i18n, work.steps.next)}</a> }.into_any(),
                None => view! { <a class="button" href=last>{t!(i18n, work.steps.review)}</a> }.into_any(),
            }}
        </nav>
    }
}

/// Step `n` (1-based) of a worksheet.
#[component]
pub fn StepPage(id: Id, n: usize) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let Some(kind) = kind_of(&id) else {
        return view! { <Gone back="/my-work" back_label=text::words(move || t_string!(i18n, work.gone.to_my_work))/> }.into_any();
    };
    let total = step_count(kind);
    let n = n.clamp(1, total);
    let base = worksheet_path(kind, &id);
    let sections = fields::sections(kind);
    let decision = kind == WorksheetKind::DecisionAnalysis;
    if decision {
        provide_context(DecisionState::load(app, &id));
    }
    let body = match sections.get(n - 1) {
        Some(_) => view! { <WorksheetForm id=id.clone() kind=kind only=n - 1/> }.into_any(),
        None => view! { <ChooseOne id=id.clone()/> }.into_any(),
    };
    view! {
        <h1 tabindex="-1">{move || text::kind_label(i18n, kind)}</h1>
        <StepHeader n=n total=total whole=base.clone()/>
        {body}
        <StepNav n=n total=total base=base.clone() last=format!("{base}/review")/>
    }
    .into_any()
}

/// A field's answer as words for the review ("" when nothing is written).
fn answer(
    i18n: I18n,
    sheet: &Worksheet,
    people: &crate::domain::record::Collection<crate::domain::people::Person>,
    key: &str,
) -> String {
    match fields::get(sheet, key) {
        Some(FieldValue::Text(t)) => t.trim().to_owned(),
        Some(FieldValue::List(items)) => items
            .iter()
            .map(|i| i.trim())
            .filter(|i| !i.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Some(FieldValue::Person(p)) => p
            .map(|p| person_name(people, Some(&p), ""))
            .unwrap_or_default(),
        Some(FieldValue::Stage(s)) => text::stage_label(i18n, s).to_owned(),
        Some(FieldValue::Flag(b)) => if b {
            t_string!(i18n, work.steps.yes)
        } else {
            t_string!(i18n, work.steps.no)
        }
        .to_owned(),
        Some(FieldValue::Date(d)) => d.map(day_label).unwrap_or_default(),
        None => String::new(),
    }
}

/// The whole worksheet on one page, to read; each part links to its step to change it.
#[component]
pub fn ReviewPage(id: Id) -> impl IntoView {
    let i18n = use_i18n();
    let app = use_app();
    let found = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        j.worksheets
            .get_live(&id)
            .filter(|r| offered(r.data.kind()))
            .map(|r| (r.data.clone(), j.people.clone()))
    });
    let Some((sheet, people)) = found else {
        return view! { <Gone back="/my-work" back_label=text::words(move || t_string!(i18n, work.gone.to_my_work))/> }.into_any();
    };
    let kind = sheet.kind();
    let base = worksheet_path(kind, &id);
    let parts = fields::sections(kind)
        .iter()
        .enumerate()
        .map(|(i, section)| {
            let sid = section.id;
            let heading = move || text::section_heading(i18n, kind, sid).unwrap_or(section.heading);
            let heading_id = format!("review-{i}");
            let labelled_by = heading_id.clone();
            let rows = section
                .fields
                .iter()
                .filter(|f| f.kind != FieldKind::Options)
                .map(|f| {
                    let key = f.key;
                    let said = answer(i18n, &sheet, &people, key);
                    let label = move || text::field_label(i18n, kind, key).unwrap_or(f.label);
                    view! {
                        <dt>{label}</dt>
                        <dd class="review-answer">{if said.is_empty() {
                            view! { <span class="small">{t!(i18n, work.steps.nothing)}</span> }.into_any()
                        } else {
                            said.into_any()
                        }}</dd>
                    }
                })
                .collect_view();
            let options = section
                .fields
                .iter()
                .any(|f| f.kind == FieldKind::Options)
                .then(|| options_view(i18n, &sheet));
            let href = format!("{base}/steps/{}", i + 1);
            view! {
                <section class="card" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{heading}</h2>
                    <dl class="review-list">{rows}</dl>
                    {options}
                    <a href=href>{move || t_string!(i18n, work.steps.change_part, part = heading())}</a>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="back"><a href=base.clone()>{t!(i18n, work.steps.all_at_once)}</a></p>
        <h1 tabindex="-1">{move || t_string!(i18n, work.steps.review_title, kind = text::kind_label(i18n, kind))}</h1>
        {parts}
    }
    .into_any()
}

/// A decision's options with their pros, cons and what each would do to the relationship, the
/// chosen one marked.
fn options_view(i18n: I18n, sheet: &Worksheet) -> AnyView {
    let Worksheet::DecisionAnalysis(d) = sheet else {
        return ().into_any();
    };
    if d.options.is_empty() {
        return view! { <p class="small">{t!(i18n, work.steps.nothing)}</p> }.into_any();
    }
    let chosen = d.chosen.clone();
    view! {
        <ol class="review-options">
            {d.options.iter().map(|o| {
                let is_chosen = chosen.as_ref() == Some(&o.id);
                let notes = OPTION_FIELDS
                    .iter()
                    .filter(|f| f.key != "text")
                    .filter_map(|f| {
                        let v = match f.key {
                            "pros" => o.pros.trim(),
                            "cons" => o.cons.trim(),
                            _ => o.relationship.trim(),
                        };
                        (!v.is_empty()).then(|| {
                            let key = f.key;
                            let v = v.to_owned();
                            view! { <dt>{move || text::option_label(i18n, key).unwrap_or(f.label)}</dt><dd class="review-answer">{v}</dd> }
                        })
                    })
                    .collect_view();
                view! {
                    <li>
                        <strong>{o.text.clone()}</strong>
                        {is_chosen.then(|| view! { " · "<span>{t!(i18n, work.steps.chosen)}</span> })}
                        <dl class="review-list">{notes}</dl>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}
