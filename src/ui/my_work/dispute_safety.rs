//! The role dispute worksheet's safety parts: "Do you feel safe with this person?" asked first,
//! and the guidance under the stage (the impasse advice only with its caveat, after the question;
//! dissolution pointing to the role transition). The rules are `domain::worksheets::stage_guidance`.

use leptos::prelude::*;

use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::{
    stage_guidance, FeelsSafe, RoleDispute, StageGuidance, Worksheet, WorksheetKind,
};
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::ui::my_work::{edit_worksheet, worksheet_path, Refused};
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState};

fn dispute(app: AppState, id: &Id) -> Option<RoleDispute> {
    app.journal.doc.with(
        |d| match d.journal.worksheets.get_live(id).map(|r| &r.data) {
            Some(Worksheet::RoleDispute(w)) => Some(w.clone()),
            _ => None,
        },
    )
}

fn answer_label(i18n: I18n, a: FeelsSafe) -> &'static str {
    match a {
        FeelsSafe::Yes => t_string!(i18n, work.dispute_safety.yes),
        FeelsSafe::NotAlways => t_string!(i18n, work.dispute_safety.not_always),
        FeelsSafe::No => t_string!(i18n, work.dispute_safety.no),
        FeelsSafe::Skipped => t_string!(i18n, work.dispute_safety.skip),
    }
}

fn answer_value(a: FeelsSafe) -> &'static str {
    match a {
        FeelsSafe::Yes => "yes",
        FeelsSafe::NotAlways => "not-always",
        FeelsSafe::No => "no",
        FeelsSafe::Skipped => "skip",
    }
}

/// "Do you feel safe with this person?", first on the worksheet.
#[component]
pub fn DisputeSafetyQuestion(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let current = move || {
        id.with_value(|id| dispute(app, id))
            .and_then(|w| w.feels_safe)
    };
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let save = move |a: FeelsSafe| {
        let result = id.with_value(|id| {
            edit_worksheet(app, id, |w| -> Result<(), Refused> {
                match w {
                    Worksheet::RoleDispute(d) => {
                        d.feels_safe = Some(a);
                        Ok(())
                    }
                    _ => Ok(()),
                }
            })
        });
        error.set(
            result
                .err()
                .map(|e| crate::ui::my_work::text::error(i18n, &e)),
        );
    };
    view! {
        <section class="card ws-section" aria-labelledby="dispute-safe-title">
            <h2 id="dispute-safe-title">{t!(i18n, work.dispute_safety.title)}</h2>
            <fieldset class="choices">
                <legend>{t!(i18n, work.dispute_safety.question)}</legend>
                {FeelsSafe::ALL.into_iter().map(|a| {
                    let rid = format!("feels-safe-{}", answer_value(a));
                    view! {
                        <div class="choice">
                            <input type="radio" name="feels-safe" id=rid.clone() prop:checked=move || current() == Some(a)
                                on:change=move |_| save(a)/>
                            <label for=rid><span class="choice-name">{move || answer_label(i18n, a)}</span></label>
                        </div>
                    }
                }).collect_view()}
                <p class="field-note" role="status">{move || error.get()}</p>
            </fieldset>
            <Show when=move || matches!(current(), Some(FeelsSafe::No | FeelsSafe::NotAlways))>
                <p class="note-card">{t!(i18n, work.dispute_safety.thanks)}" "<a href="/safety/hurt">{t!(i18n, safety.hurt.title)}</a></p>
            </Show>
        </section>
    }
}

/// The guidance under the stage, by `stage_guidance`.
#[component]
pub fn DisputeStageGuidance(id: Id) -> impl IntoView {
    let id = StoredValue::new(id);
    let app = use_app();
    let i18n = use_i18n();
    let guidance = move || {
        dispute(app, &id.get_value())
            .map(|w| stage_guidance(&w))
            .unwrap_or(StageGuidance::None)
    };
    view! {
        <div class="dispute-guidance" aria-live="polite">
            {move || match guidance() {
                StageGuidance::None => ().into_any(),
                StageGuidance::AskSafetyFirst => view! {
                    <p class="note-card">{t!(i18n, work.dispute_safety.ask_first)}</p>
                }.into_any(),
                StageGuidance::StirWithCaveat => view! {
                    <div class="note-card">
                        <p>{t!(i18n, work.dispute_safety.stir)}</p>
                        <p><strong>{t!(i18n, work.dispute_safety.caveat)}</strong>" "<a href="/safety/hurt">{t!(i18n, safety.hurt.title)}</a></p>
                    </div>
                }.into_any(),
                StageGuidance::SafetyFirst => view! {
                    <p class="note-card">{t!(i18n, work.dispute_safety.safety_first)}" "<a href="/safety/hurt">{t!(i18n, safety.hurt.title)}</a></p>
                }.into_any(),
                StageGuidance::ToRoleTransition => view! {
                    <div class="note-card">
                        <p>{t!(i18n, work.dispute_safety.dissolution)}</p>
                        <ToTransition id=id.get_value()/>
                    </div>
                }.into_any(),
            }}
        </div>
    }
}

/// At dissolution: open her role transition worksheet, or start one from this dispute (what it
/// is about becomes what the transition is about).
#[component]
fn ToTransition(id: Id) -> impl IntoView {
    let id = StoredValue::new(id);
    let app = use_app();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<String>);
    let existing = move || {
        app.with_journal(|j| {
            crate::domain::worksheets::focus::latest_of_kind(j, WorksheetKind::RoleTransition)
                .cloned()
        })
    };
    let start = move |_| {
        let made = app.try_edit::<_, Refused>(|j, now| {
            match j.worksheets.get_live(&id.get_value()).map(|r| &r.data) {
                Some(Worksheet::RoleDispute(d)) => {
                    let t = crate::domain::worksheets::links::transition_from_dispute(d);
                    Ok(j.worksheets.add(Worksheet::RoleTransition(t), now))
                }
                _ => Err(Refused::Gone),
            }
        });
        match made {
            Ok(new) => navigate(&app, &worksheet_path(WorksheetKind::RoleTransition, &new)),
            Err(e) => error.set(Some(crate::ui::my_work::text::error(
                i18n,
                &Refused::from(e),
            ))),
        }
    };
    view! {
        {move || match existing() {
            Some(t) => view! {
                <p><a href=worksheet_path(WorksheetKind::RoleTransition, &t)>{t!(i18n, work.dispute_safety.open_transition)}</a></p>
            }.into_any(),
            None => view! {
                <button type="button" class="button" on:click=start>{t!(i18n, work.dispute_safety.start_transition)}</button>
            }.into_any(),
        }}
        {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
    }
}
