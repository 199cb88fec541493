//! Links between the tools (`domain::worksheets::links`): "Plan what to try next time" under a
//! communication analysis, the grief worksheet's prompts for the loss of a pregnancy or a baby,
//! and the feeling words offered wherever she is asked how she felt.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::links::{
    add_feeling, can_plan_from, decision_from_conversation, experiment_from_conversation,
};
use crate::domain::worksheets::{Worksheet, WorksheetKind};
use crate::i18n::{t, t_string, use_i18n, I18n, Locale};
use crate::ui::my_work::{worksheet_path, Refused};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

/// Under a communication analysis: start a decision analysis or an experiment from it.
#[component]
pub fn PlanNext(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let error = RwSignal::new(None::<String>);
    let conversation = move |j: &crate::domain::journal::Journal| match j
        .worksheets
        .get_live(&id)
        .map(|r| &r.data)
    {
        Some(Worksheet::CommunicationAnalysis(c)) => Ok(c.clone()),
        _ => Err(Refused::Gone),
    };
    let ready = {
        let conversation = conversation.clone();
        move || app.with_journal(|j| conversation(j).is_ok_and(|c| can_plan_from(&c)))
    };
    let to_decision = {
        let conversation = conversation.clone();
        move |_| {
            let made = app.try_edit::<_, Refused>(|j, now| {
                let d = decision_from_conversation(&conversation(j)?);
                Ok(j.worksheets.add(Worksheet::DecisionAnalysis(d), now))
            });
            match made {
                Ok(new) => navigate(&app, &worksheet_path(WorksheetKind::DecisionAnalysis, &new)),
                Err(e) => error.set(Some(crate::ui::my_work::text::error(
                    i18n,
                    &Refused::from(e),
                ))),
            }
        }
    };
    let to_experiment = move |_| {
        let made = app.try_edit::<_, Refused>(|j, now| {
            let x = experiment_from_conversation(&conversation(j)?);
            Ok(j.experiments.add(x, now))
        });
        match made {
            Ok(new) => navigate(&app, &format!("/my-work/experiments/{new}")),
            Err(e) => error.set(Some(crate::ui::my_work::text::error(
                i18n,
                &Refused::from(e),
            ))),
        }
    };
    view! {
        <section class="card plan-next" aria-labelledby="plan-next-title">
            <h2 id="plan-next-title">{t!(i18n, work.links.plan_title)}</h2>
            <p class="prompt">{t!(i18n, work.links.plan_intro)}</p>
            <Show when=ready fallback=move || view! { <p class="small">{t!(i18n, work.links.plan_first)}</p> }>
                <div class="actions">
                    <button type="button" class="button" on:click=to_decision.clone()>{t!(i18n, work.links.to_decision)}</button>
                    <button type="button" class="button" on:click=to_experiment.clone()>{t!(i18n, work.links.to_experiment)}</button>
                </div>
            </Show>
            {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
        </section>
    }
}

/// On the grief worksheet: prompts for when the loss is a pregnancy or a baby.
#[component]
pub fn LossPrompts() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="card loss-prompts">
            <summary>{t!(i18n, work.links.loss_title)}</summary>
            <p>{t!(i18n, work.links.loss_intro)}</p>
            <ul>
                <li>{t!(i18n, work.links.loss_1)}</li>
                <li>{t!(i18n, work.links.loss_2)}</li>
                <li>{t!(i18n, work.links.loss_3)}</li>
                <li>{t!(i18n, work.links.loss_4)}</li>
                <li>{t!(i18n, work.links.loss_5)}</li>
            </ul>
        </details>
    }
}

fn feeling_words(i18n: I18n) -> [&'static str; 16] {
    [
        t_string!(i18n, work.feelings.sad),
        t_string!(i18n, work.feelings.angry),
        t_string!(i18n, work.feelings.hurt),
        t_string!(i18n, work.feelings.scared),
        t_string!(i18n, work.feelings.worried),
        t_string!(i18n, work.feelings.ashamed),
        t_string!(i18n, work.feelings.guilty),
        t_string!(i18n, work.feelings.lonely),
        t_string!(i18n, work.feelings.tired),
        t_string!(i18n, work.feelings.overwhelmed),
        t_string!(i18n, work.feelings.frustrated),
        t_string!(i18n, work.feelings.calm),
        t_string!(i18n, work.feelings.relieved),
        t_string!(i18n, work.feelings.hopeful),
        t_string!(i18n, work.feelings.proud),
        t_string!(i18n, work.feelings.loved),
    ]
}

/// Put `word` into the text field `target` and tell the field, as if she had typed it, so it
/// saves the way it always does.
fn add_to_field(target: &str, word: &str, comma: &str) {
    let Some(el) = document().get_element_by_id(target) else {
        return;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(&add_feeling(&area.value(), word, comma));
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(&add_feeling(&input.value(), word, comma));
    } else {
        return;
    }
    if let Ok(ev) = document().create_event("Event") {
        ev.init_event_with_bubbles("input", true);
        let _the_field_saves_on_its_next_input_otherwise = el.dispatch_event(&ev);
    }
}

/// A short list of feeling words under a "How I felt" field: a tap adds the word to the field.
#[component]
pub fn FeelingWords(
    /// The id of the text field the words go into.
    target: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let target = StoredValue::new(target);
    let label_id = format!("{}-feelings", target.get_value());
    let group_label = label_id.clone();
    view! {
        <div class="feeling-words" role="group" aria-labelledby=group_label>
            <p class="small" id=label_id>{t!(i18n, work.feelings.label)}</p>
            {move || {
                let comma = if i18n.get_locale() == Locale::ar { "، " } else { ", " };
                feeling_words(i18n).into_iter().map(|word| view! {
                    <button type="button" class="chip"
                        on:click=move |_| add_to_field(&target.get_value(), word, comma)>{word}</button>
                }).collect_view()
            }}
        </div>
    }
}
