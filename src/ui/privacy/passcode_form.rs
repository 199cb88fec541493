//! The passcode form both lock screens use (a client's journal, the worker's caseload): the field,
//! the status line, "try again in …" while wrong tries make her wait, and the button. Each screen
//! keeps its own words and what opening does; the waiting and the guards are written once here.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};

/// What the status line says besides "opening": type the passcode first, or why it did not open.
#[derive(Clone, Debug, PartialEq)]
enum Said<E> {
    TypeFirst,
    Failed(E),
}

/// The form's state, owned by the screen that shows it; `E` is why opening failed.
pub struct PasscodeState<E: Send + Sync + 'static> {
    pub passcode: RwSignal<String>,
    /// Opening is under way.
    pub busy: RwSignal<bool>,
    /// Seconds before the next try is allowed (0: try now).
    pub wait: RwSignal<u64>,
    said: RwSignal<Option<Said<E>>>,
}

impl<E: Send + Sync + 'static> Clone for PasscodeState<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: Send + Sync + 'static> Copy for PasscodeState<E> {}

impl<E: Clone + Send + Sync + 'static> PasscodeState<E> {
    /// A fresh form whose wait follows `wait_secs` (read from storage, so it survives reloads),
    /// checked four times a second while the form is on screen.
    pub fn new(wait_secs: impl Fn() -> u64 + 'static) -> Self {
        let wait = RwSignal::new(wait_secs());
        let ticker = set_interval_with_handle(
            move || {
                let left = wait_secs();
                if wait.get_untracked() != left {
                    wait.set(left);
                }
            },
            Duration::from_millis(250),
        );
        on_cleanup(move || {
            if let Ok(t) = ticker {
                t.clear();
            }
        });
        PasscodeState {
            passcode: RwSignal::new(String::new()),
            busy: RwSignal::new(false),
            wait,
            said: RwSignal::new(None),
        }
    }

    /// What she typed, when a try starts now: `None` while opening or waiting, and when the field
    /// is empty (then the status line asks for it). A try clears the last message and marks the
    /// form busy.
    pub fn take(&self) -> Option<String> {
        if self.busy.get_untracked() || self.wait.get_untracked() > 0 {
            return None;
        }
        let code = self.passcode.get_untracked();
        if code.is_empty() {
            self.said.set(Some(Said::TypeFirst));
            return None;
        }
        self.said.set(None);
        self.busy.set(true);
        Some(code)
    }

    /// Say why it did not open (or what failed after it opened).
    pub fn fail(&self, e: E) {
        self.said.set(Some(Said::Failed(e)));
    }

    /// The status line in the language shown now: `opening` while busy, else `type_first` or the
    /// failure in `failed`'s words.
    pub fn status(
        self,
        opening: impl Fn() -> String + Send + Sync + 'static,
        type_first: impl Fn() -> String + Send + Sync + 'static,
        failed: impl Fn(&E) -> String + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        Signal::derive(move || {
            if self.busy.get() {
                Some(opening())
            } else {
                self.said.with(|m| {
                    m.as_ref().map(|m| match m {
                        Said::TypeFirst => type_first(),
                        Said::Failed(e) => failed(e),
                    })
                })
            }
        })
    }
}

/// The passcode field (`input_id`, labelled `label`), the status line (`status`: opening, or the
/// screen's message), the wait, and the `submit` button that calls `on_submit`.
#[component]
pub fn PasscodeForm<E: Clone + Send + Sync + 'static>(
    state: PasscodeState<E>,
    input_id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] submit: Signal<String>,
    #[prop(into)] status: Signal<Option<String>>,
    on_submit: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let PasscodeState {
        passcode,
        busy,
        wait,
        ..
    } = state;
    view! {
        <form class="card lock-form" on:submit=move |e| { e.prevent_default(); on_submit.run(()); }>
            <div class="field">
                <label for=input_id>{label}</label>
                <input id=input_id type="password" autocomplete="current-password"
                    prop:value=move || passcode.get()
                    on:input=move |e| passcode.set(event_target_value(&e))/>
            </div>
            <p class="lock-message" role="status">{status}</p>
            <Show when=move || { wait.get() > 0 }>
                <p class="small">{move || t_string!(i18n, privacy.lock.try_again_in, time = super::text::seconds(i18n, wait.get()))}</p>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || { busy.get() || wait.get() > 0 }>{submit}</button>
            </div>
        </form>
    }
}
