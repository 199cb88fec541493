//! The passcode form both lock screens use (a client's journal, the worker's caseload): the field,
//! the status line, "try again in …" while wrong tries make her wait, and the button. Each screen
//! keeps its own words and what opening does; the waiting and the guards are written once here.

use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};

/// The form's state, owned by the screen that shows it.
#[derive(Clone, Copy)]
pub struct PasscodeState {
    pub passcode: RwSignal<String>,
    /// Opening is under way.
    pub busy: RwSignal<bool>,
    /// Seconds before the next try is allowed (0: try now).
    pub wait: RwSignal<u64>,
}

impl PasscodeState {
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
        }
    }

    /// What she typed, when a try may start now: `None` while opening or waiting, and
    /// `Some("")` when the field is empty (say "type it first"). A try marks the form busy.
    pub fn take(&self) -> Option<String> {
        if self.busy.get_untracked() || self.wait.get_untracked() > 0 {
            return None;
        }
        let code = self.passcode.get_untracked();
        if !code.is_empty() {
            self.busy.set(true);
        }
        Some(code)
    }
}

/// The passcode field (`input_id`, labelled `label`), the status line (`status`: opening, or the
/// screen's message), the wait, and the `submit` button that calls `on_submit`.
#[component]
pub fn PasscodeForm(
    state: PasscodeState,
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
