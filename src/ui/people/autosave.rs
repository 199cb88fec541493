//! A text field that saves as she types: ~400 ms after the last key, and at once when she leaves
//! the field or the page is hidden, so nothing is lost when she is interrupted mid-sentence.
//!
//! The pending text and the save function live outside the reactive owner, so a save still
//! happens when she navigates away before the pause is over.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

use super::text;
use crate::ui::state::Unsaved;

/// Saves the field's text (through `AppState::try_edit`); a refusal is said beside the field.
pub type SaveFn<E> = Rc<dyn Fn(String) -> Result<(), Unsaved<E>>>;

#[derive(Clone, Debug, PartialEq)]
enum State<E> {
    Idle,
    Saved,
    Failed(E),
}

/// What kind of control to draw.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A textarea for an answer.
    Long,
    /// A one-line text input.
    Line,
    /// A one-line phone number input.
    Phone,
}

/// A text that follows the chosen language (a closure reading the i18n context).
pub type Words = Arc<dyn Fn() -> String + Send + Sync>;

/// A labelled field that autosaves. `hint` is shown under the label and tied to the field.
/// Label and hint are closures so they follow the chosen language; a save error is shown in it.
pub fn autosave_field<E>(
    id: String,
    label: impl Fn() -> String + Send + Sync + 'static,
    hint: Option<Words>,
    initial: String,
    kind: Kind,
    save: SaveFn<E>,
) -> impl IntoView
where
    E: text::Say + Clone + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    let state = RwSignal::new(State::<Unsaved<E>>::Idle);
    let pending: Rc<RefCell<Option<String>>> = Rc::new(RefCell::new(None));
    let generation = Rc::new(Cell::new(0u32));

    let flush: Rc<dyn Fn()> = {
        let pending = pending.clone();
        Rc::new(move || {
            let text = pending.borrow_mut().take();
            if let Some(text) = text {
                let next = match save(text) {
                    Ok(()) => State::Saved,
                    Err(e) => State::Failed(e),
                };
                // The field may be gone (she navigated away): the save happened all the same.
                let _shown_if_still_on_screen = state.try_set(next);
            }
        })
    };

    let on_input = {
        let pending = pending.clone();
        let generation = generation.clone();
        let flush = flush.clone();
        move |ev: ev::Event| {
            *pending.borrow_mut() = Some(event_target_value(&ev));
            let g = generation.get().wrapping_add(1);
            generation.set(g);
            let generation = generation.clone();
            let flush = flush.clone();
            set_timeout(
                move || {
                    if generation.get() == g {
                        flush();
                    }
                },
                Duration::from_millis(400),
            );
        }
    };
    let on_blur = {
        let flush = flush.clone();
        move |_: ev::FocusEvent| flush()
    };
    let hide = {
        let flush = flush.clone();
        window_event_listener(ev::pagehide, move |_| flush())
    };
    on_cleanup(move || hide.remove());

    let hint_id = format!("{id}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    let control = match kind {
        Kind::Long => view! {
            <textarea id=id.clone() aria-describedby=described.clone()
                prop:value=initial on:input=on_input on:blur=on_blur></textarea>
        }
        .into_any(),
        Kind::Line | Kind::Phone => {
            let (ty, mode, auto) = if kind == Kind::Phone {
                ("tel", "tel", "tel")
            } else {
                ("text", "text", "off")
            };
            view! {
                <input type=ty inputmode=mode autocomplete=auto id=id.clone()
                    aria-describedby=described.clone()
                    prop:value=initial on:input=on_input on:blur=on_blur/>
            }
            .into_any()
        }
    };
    view! {
        <div class="field autosave">
            <label for=id>{label}</label>
            {hint.map(|h| view! { <span class="small" id=hint_id>{move || h()}</span> })}
            {control}
            <span class="small pp-save-state">{move || (state.get() == State::Saved).then_some(t!(i18n, people.saved))}</span>
            {move || match state.get() {
                State::Failed(e) => Some(view! { <p class="pp-form-error" role="alert">{text::error(i18n, &e)}</p> }),
                _ => None,
            }}
        </div>
    }
}
