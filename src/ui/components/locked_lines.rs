//! Her country's helplines where her notes cannot be read: on the lock screen (only if she opts
//! in on this device, "Show my country's helplines while locked"; off by default, because the lock
//! screen must reveal nothing of her) and on the static help page, which works with no WASM.

use leptos::prelude::*;

use crate::domain::safety::contacts_for;
use crate::i18n::{t, t_string, use_i18n};
use crate::store::{self, safety as kept};
use crate::ui::pages::safety::{country_name, ContactList};
use crate::ui::state::{use_app, AppState, Gate};

/// Settings: the opt-in. Turning it on keeps her country (chosen above) readable while locked.
#[component]
pub fn LockedLinesSetting() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let on = RwSignal::new(kept::locked_lines(&profile).is_some());
    let problem = RwSignal::new(None::<store::StoreError>);
    // A memo, so only a change of country (not every journal edit) runs the effect below.
    let country = Memo::new(move |_| app.with_journal(|j| j.settings().country));
    // Her country changed while opted in: the lock screen follows.
    Effect::new(move |_| {
        let c = country.get();
        if on.get_untracked() {
            let _ = kept::set_locked_lines(&app.session.profile.get_value(), Some(&c));
        }
    });
    let toggle = move |ev: web_sys::Event| {
        let want = event_target_checked(&ev);
        let c = country.get_untracked();
        let result =
            kept::set_locked_lines(&app.session.profile.get_value(), want.then_some(c.as_str()));
        match result {
            Ok(()) => {
                on.set(want);
                problem.set(None);
                app.session.help_changed.notify();
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    view! {
        <div class="field">
            <div class="check-row">
                <input type="checkbox" id="locked-lines" prop:checked=move || on.get() on:change=toggle/>
                <label for="locked-lines">{t!(i18n, safety.locked.opt_in)}</label>
            </div>
            <p class="small">{t!(i18n, safety.locked.note)}</p>
            {move || problem.get().map(|e| view! {
                <p class="small" role="alert">{crate::ui::store_error_text(i18n, &e)}</p>
            })}
        </div>
    }
}

/// The lock screen's helplines, when she opted in on this device.
#[component]
pub fn LockScreenLines() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let code = kept::locked_lines(&app.session.profile.get_value());
    code.map(|code| {
        let name = {
            let code = code.clone();
            move || country_name(i18n, &code).unwrap_or_default()
        };
        let contacts = contacts_for(&code);
        view! {
            <section class="card" aria-labelledby="locked-lines-title">
                <h2 id="locked-lines-title">{move || t_string!(i18n, safety.crisis_title_in, country = name())}</h2>
                <ContactList contacts=Signal::derive(move || contacts.clone())/>
            </section>
        }
    })
}

/// Keep the static help page's entry in step with what is safe to show: no passcode, her country
/// and care team; a passcode, only her country and only if she opted in; else nothing.
pub fn keep_help_entry(app: AppState) {
    let changed = app.session.help_changed;
    // Only her country and care team go into the entry: a memo of them, so an edit elsewhere in
    // the journal (every autosaved keystroke) does not write the entry again.
    let shown = Memo::new(move |_| {
        app.with_journal(|j| {
            let s = j.settings();
            (s.country, s.contacts)
        })
    });
    Effect::new(move |_| {
        changed.track();
        if app.session.gate.get() != Gate::Open {
            return;
        }
        let sealed = app.session.sealed.get();
        let (country, contacts) = shown.get();
        let entry = if sealed {
            kept::locked_lines(&app.session.profile.get_value())
                .map(|c| serde_json::json!({ "v": 1, "country": c }))
        } else {
            let contacts: Vec<serde_json::Value> = contacts
                .iter()
                .filter_map(|c| {
                    c.dial().map(|dial| serde_json::json!({ "label": c.label, "number": c.number, "dial": dial }))
                })
                .collect();
            Some(serde_json::json!({ "v": 1, "country": country, "contacts": contacts }))
        };
        let _best_effort = kept::set_help(entry.map(|e| e.to_string()).as_deref());
    });
}
