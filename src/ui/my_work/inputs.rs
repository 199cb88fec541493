//! The inputs of "My work": text that saves itself as she types, lists with undo, a person picker
//! from her inventory, a calendar day, a yes/no and the role dispute stage.
//!
//! Every text field saves ~400 ms after the last key, at once when she leaves the field, when the
//! page is hidden (home button, reload) and when the field leaves the screen (she tapped another
//! place, or the back button), so nothing is lost when she is interrupted mid-sentence. The field
//! keeps what she typed on screen even when a save is refused; the reason is shown beside it.

use std::time::Duration;

use chrono::NaiveDate;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::record::Id;
use crate::domain::worksheets::DisputeStage;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::components::icon::Icon;
use crate::ui::my_work::{text, Refused};
use crate::ui::state::{use_app, AppState};

/// Pause after the last key before a text is saved.
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// Saves a value; `Err` is a sentence to show beside the field (the input stays on screen).
pub type Save<T> = Callback<T, Result<(), Refused>>;

/// Move keyboard focus to the element with this id, after the screen has been drawn.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _focus_is_best_effort = el.focus();
        }
    });
}

/// A labelled text field (one line or several) that saves as she types.
#[component]
pub fn AutoText(
    /// The element id (ties the label to the field; unique on the page).
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The question or hint shown under the label (none, or "" for none).
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    /// A textarea instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The text when the field is drawn.
    value: String,
    save: Save<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let pending: StoredValue<Option<String>> = StoredValue::new(None);
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);

    // Copy, Send and Sync: used by the timer, blur, page hide and the clean-up on leaving.
    let flush = move || {
        if let Some(Some(handle)) = timer.try_update_value(|t| t.take()) {
            handle.clear();
        }
        let Some(Some(text)) = pending.try_update_value(|p| p.take()) else {
            return;
        };
        if let Some(result) = save.try_run(text) {
            let _shown_if_still_on_screen =
                error.try_set(result.err().map(|e| text::error(i18n, &e)));
        }
    };
    let on_input = move |e: ev::Event| {
        pending.set_value(Some(event_target_value(&e)));
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        timer.set_value(set_timeout_with_handle(flush, DEBOUNCE).ok());
    };
    let hidden = window_event_listener(ev::pagehide, move |_| flush());
    let backgrounded = window_event_listener(ev::visibilitychange, move |_| {
        if document().hidden() {
            flush();
        }
    });
    on_cleanup(move || {
        flush();
        hidden.remove();
        backgrounded.remove();
    });

    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.with_untracked(|h| h.as_ref().is_some_and(|h| !h.is_empty()));
    let described = if !has_hint {
        error_id.clone()
    } else {
        format!("{hint_id} {error_id}")
    };
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="3" prop:value=value aria-describedby=described
                on:input=on_input on:blur=move |_| flush()></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() prop:value=value aria-describedby=described
                on:input=on_input on:blur=move |_| flush()/>
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            {has_hint.then(|| view! { <p class="hint small" id=hint_id>{move || hint.get()}</p> })}
            {input}
            <p class="field-note" id=error_id role="status">{move || error.get()}</p>
        </div>
    }
}

/// The last item removed from a list, for undo.
#[derive(Clone, Debug, PartialEq)]
struct Removed {
    at: usize,
    key: u64,
    text: String,
}

/// A list of short items: add one at a time (Enter or the button), remove with undo. The text
/// being written in the add box is kept as a draft, so it survives leaving the page.
#[component]
pub fn ListField(
    /// Unique on the page.
    id: String,
    /// The list's name, shown as the group's legend.
    #[prop(into)]
    label: Signal<String>,
    items: Vec<String>,
    save: Save<Vec<String>>,
    /// Name of the draft that keeps the half-written item.
    draft: String,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let list: RwSignal<Vec<(u64, String)>> = RwSignal::new(
        items
            .into_iter()
            .enumerate()
            .map(|(i, t)| (i as u64, t))
            .collect(),
    );
    let next_key = StoredValue::new(list.with_untracked(|l| l.len() as u64));
    let typed =
        RwSignal::new(crate::store::load_draft::<String>(&profile, &draft).unwrap_or_default());
    let removed: RwSignal<Option<Removed>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let draft = StoredValue::new(draft);
    let profile = StoredValue::new(profile);

    let store = move || {
        let texts: Vec<String> =
            list.with_untracked(|l| l.iter().map(|(_, t)| t.clone()).collect());
        error.set(save.run(texts).err().map(|e| text::error(i18n, &e)));
    };
    let add = move || {
        let text = typed.get_untracked().trim().to_owned();
        if text.is_empty() {
            error.set(Some(t_string!(i18n, work.common.write_first).to_owned()));
            return;
        }
        let mut texts: Vec<String> =
            list.with_untracked(|l| l.iter().map(|(_, t)| t.clone()).collect());
        texts.push(text.clone());
        if let Err(e) = save.run(texts) {
            error.set(Some(text::error(i18n, &e)));
            return;
        }
        error.set(None);
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        list.update(|l| l.push((key, text)));
        typed.set(String::new());
        removed.set(None);
        let _draft_is_only_a_convenience =
            crate::store::clear_draft(&profile.get_value(), &draft.get_value());
    };
    let remove = move |key: u64| {
        let Some(at) = list.with_untracked(|l| l.iter().position(|(k, _)| *k == key)) else {
            return;
        };
        let text = list.with_untracked(|l| l.get(at).map(|(_, t)| t.clone()).unwrap_or_default());
        list.update(|l| {
            l.remove(at);
        });
        store();
        removed.set(Some(Removed { at, key, text }));
    };
    let undo = move |_| {
        if let Some(r) = removed.get_untracked() {
            list.update(|l| {
                let at = r.at.min(l.len());
                l.insert(at, (r.key, r.text));
            });
            store();
            removed.set(None);
        }
    };
    let add_id = format!("{id}-add");
    view! {
        <fieldset class="list-field">
            <legend>{move || label.get()}</legend>
            <ul class="items">
                <For each=move || list.get() key=|(k, _)| *k let:item>
                    <li>
                        <span class="item-text">{item.1.clone()}</span>
                        <button type="button" class="quiet remove"
                            aria-label={
                                let text = item.1.clone();
                                move || t_string!(i18n, work.common.remove_item, text = text.clone())
                            }
                            on:click=move |_| remove(item.0)>
                            <Icon path="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z"/>
                        </button>
                    </li>
                </For>
            </ul>
            <div class="add-row">
                <input type="text" id=add_id aria-label=move || t_string!(i18n, work.common.add_to, list = label.get())
                    prop:value=move || typed.get()
                    on:input=move |e| {
                        let text = event_target_value(&e);
                        let _draft_is_only_a_convenience = crate::store::save_draft(
                            &profile.get_value(), &draft.get_value(), &text);
                        typed.set(text);
                    }
                    on:keydown=move |e: ev::KeyboardEvent| {
                        if e.key() == "Enter" {
                            e.prevent_default();
                            add();
                        }
                    }/>
                <button type="button" class="quiet" on:click=move |_| add()>{t!(i18n, work.common.add)}</button>
            </div>
            <p class="field-note" role="status">
                {move || error.get()}
                {move || removed.get().map(|r| t_string!(i18n, work.common.removed_item, text = r.text))}
            </p>
            <Show when=move || removed.with(Option::is_some)>
                <button type="button" class="quiet" on:click=undo>{t!(i18n, work.common.undo)}</button>
            </Show>
        </fieldset>
    }
}

/// Pick a person from her inventory. A person since removed shows as "removed person".
#[component]
pub fn PersonPicker(
    id: String,
    #[prop(into)] label: Signal<String>,
    value: Option<Id>,
    save: Save<Option<Id>>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let people = people_choices(app);
    let removed = value
        .as_ref()
        .filter(|v| !people.iter().any(|(p, _)| p == *v))
        .cloned();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let none_yet = people.is_empty();
    let on_change = move |e: ev::Event| {
        let v = event_target_value(&e);
        let chosen = (!v.is_empty()).then_some(Id(v));
        error.set(save.run(chosen).err().map(|e| text::error(i18n, &e)));
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {none_yet.then(|| view! {
                <p class="hint small" id=hint_id.clone()>{t!(i18n, work.common.people_hint)}</p>
            })}
            <select id=id on:change=on_change aria-describedby=hint_id>
                <option value="" selected=value.is_none()>{t!(i18n, work.common.not_chosen)}</option>
                {people.into_iter().map(|(pid, name)| {
                    let selected = value.as_ref() == Some(&pid);
                    view! { <option value=pid.0 selected=selected>{name}</option> }
                }).collect_view()}
                {removed.map(|r| view! {
                    <option value=r.0 selected=true>{t!(i18n, work.common.removed_person)}</option>
                })}
            </select>
            <p class="field-note" role="status">{move || error.get()}</p>
        </div>
    }
}

/// The live people of the inventory, sorted by name: (id, name to show).
pub fn people_choices(app: AppState) -> Vec<(Id, String)> {
    app.journal.doc.with_untracked(|d| {
        crate::domain::people::sorted_people(&d.journal.people)
            .into_iter()
            .map(|(id, _)| {
                (
                    id.clone(),
                    crate::domain::people::person_label(&d.journal.people, id),
                )
            })
            .collect()
    })
}

/// A calendar day (or none).
#[component]
pub fn DayField(
    id: String,
    #[prop(into)] label: Signal<String>,
    value: Option<NaiveDate>,
    save: Save<Option<NaiveDate>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let on_change = move |e: ev::Event| {
        let v = event_target_value(&e);
        let day = NaiveDate::parse_from_str(&v, "%Y-%m-%d").ok();
        error.set(save.run(day).err().map(|e| text::error(i18n, &e)));
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input type="date" id=id prop:value=value.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:change=on_change/>
            <p class="field-note" role="status">{move || error.get()}</p>
        </div>
    }
}

/// Yes or no, with a note shown while it is yes.
#[component]
pub fn FlagField(
    id: String,
    #[prop(into)] label: Signal<String>,
    /// Shown while the box is ticked ("" for none).
    #[prop(into)]
    note: Signal<String>,
    value: bool,
    save: Save<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on = RwSignal::new(value);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let note_id = format!("{id}-note");
    view! {
        <div class="field flag">
            <div class="check">
                <input type="checkbox" id=id.clone() prop:checked=value aria-describedby=note_id.clone()
                    on:change=move |e| {
                        let checked = event_target_checked(&e);
                        on.set(checked);
                        error.set(save.run(checked).err().map(|e| text::error(i18n, &e)));
                    }/>
                <label for=id>{move || label.get()}</label>
            </div>
            <p class="note" id=note_id role="status">
                {move || (on.get() && note.with(|n| !n.is_empty())).then(|| note.get())}
            </p>
            <p class="field-note" role="status">{move || error.get()}</p>
        </div>
    }
}

/// The role dispute stage: three choices, each with its plain explanation.
#[component]
pub fn StageField(
    id: String,
    #[prop(into)] label: Signal<String>,
    value: DisputeStage,
    save: Save<DisputeStage>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <fieldset class="choices">
            <legend>{move || label.get()}</legend>
            {DisputeStage::ALL.into_iter().enumerate().map(|(i, stage)| {
                let rid = format!("{id}-{i}");
                let eid = format!("{rid}-about");
                view! {
                    <div class="choice">
                        <input type="radio" name=id.clone() id=rid.clone() prop:checked=value == stage
                            aria-describedby=eid.clone()
                            on:change=move |_| error.set(save.run(stage).err().map(|e| text::error(i18n, &e)))/>
                        <label for=rid>
                            <span class="choice-name">{move || text::stage_label(i18n, stage)}</span>
                            <span class="choice-about small" id=eid>{move || text::stage_about(i18n, stage)}</span>
                        </label>
                    </div>
                }
            }).collect_view()}
            <p class="field-note" role="status">{move || error.get()}</p>
        </fieldset>
    }
}
