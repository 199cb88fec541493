//! Settings → "Worker mode": on with a worker passcode typed twice (or, when this phone already
//! keeps a caseload, its passcode), off only with the worker passcode. The caseload stays locked
//! on the phone when the mode is off, so nothing recorded is lost.

use leptos::prelude::*;

use crate::domain::lock::{check_new_passcode, PasscodeError, MIN_PASSCODE_CHARS};
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::store;
use crate::store::caseload::WorkerError;
use crate::store::StoreError;
use crate::ui::state::use_app;

/// What the section says, drawn in the language shown now.
#[derive(Clone, Debug, PartialEq)]
enum Say {
    Idle,
    Working,
    TurnedOn,
    TurnedOff,
    TypeCurrent,
    Check(PasscodeError),
    Failed(WorkerError),
    NotKept(StoreError),
}

fn say(i18n: I18n, s: &Say) -> String {
    match s {
        Say::Idle => String::new(),
        Say::Working => t_string!(i18n, caseload.settings.working).to_owned(),
        Say::TurnedOn => t_string!(i18n, caseload.settings.turned_on).to_owned(),
        Say::TurnedOff => t_string!(i18n, caseload.settings.turned_off).to_owned(),
        Say::TypeCurrent => t_string!(i18n, caseload.lock.type_first).to_owned(),
        Say::Check(e) => crate::ui::privacy::text::passcode_error(i18n, e),
        Say::Failed(e) => super::worker_error(i18n, e),
        Say::NotKept(e) => crate::ui::store_error_text(i18n, e),
    }
}

/// The "Worker mode" section of Settings.
#[component]
pub fn WorkerModeSettings() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let current = RwSignal::new(String::new());
    let status = RwSignal::new(Say::Idle);
    let kept = RwSignal::new(store::caseload::exists());
    let on = move || app.session.worker.with(|w| w.enabled);
    let working = move || status.get() == Say::Working;
    // Keep the mode only once the caseload is there: said "on" only after storage has both.
    let set_enabled = move |enabled: bool| -> Result<(), StoreError> {
        let mut w = app.session.worker.get_untracked();
        w.enabled = enabled;
        store::save_worker(&w)?;
        app.session.worker.set(w);
        Ok(())
    };
    let turn_on = move || {
        if working() {
            return;
        }
        let existing = kept.get_untracked();
        let (a, b, old) = (
            first.get_untracked(),
            again.get_untracked(),
            current.get_untracked(),
        );
        if existing && old.is_empty() {
            status.set(Say::TypeCurrent);
            return;
        }
        if !existing {
            if let Err(e) = check_new_passcode(&a, &b) {
                status.set(Say::Check(e));
                return;
            }
        }
        status.set(Say::Working);
        leptos::task::spawn_local(async move {
            let result = if existing {
                store::caseload::open(&old).await.map(|_| ())
            } else {
                store::caseload::create(&a).await
            };
            // The caseload opens from its own lock: no key stays here.
            store::caseload::end_session();
            first.set(String::new());
            again.set(String::new());
            current.set(String::new());
            match result {
                Ok(()) => {
                    kept.set(true);
                    match set_enabled(true) {
                        Ok(()) => status.set(Say::TurnedOn),
                        Err(e) => status.set(Say::NotKept(e)),
                    }
                }
                Err(e) => status.set(Say::Failed(e)),
            }
        });
    };
    let turn_off = move || {
        if working() {
            return;
        }
        let old = current.get_untracked();
        if old.is_empty() {
            status.set(Say::TypeCurrent);
            return;
        }
        status.set(Say::Working);
        leptos::task::spawn_local(async move {
            let result = store::caseload::open(&old).await;
            store::caseload::end_session();
            current.set(String::new());
            match result {
                Ok(_) => match set_enabled(false) {
                    Ok(()) => status.set(Say::TurnedOff),
                    Err(e) => status.set(Say::NotKept(e)),
                },
                Err(e) => status.set(Say::Failed(e)),
            }
        });
    };
    let secret = move |id: &'static str, value: RwSignal<String>, new: bool, label: String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input id=id type="password"
                    autocomplete=if new { "new-password" } else { "current-password" }
                    prop:value=move || value.get()
                    on:input=move |e| value.set(event_target_value(&e))/>
            </div>
        }
    };
    let on_form = move || {
        view! {
            <p>{t!(i18n, caseload.settings.is_on)}</p>
            <p>{t!(i18n, caseload.settings.off_intro)}</p>
            <form on:submit=move |e| { e.prevent_default(); turn_off(); }>
                {secret("worker-current", current, false, t_string!(i18n, caseload.lock.passcode).to_owned())}
                <button type="submit" class="button quiet" disabled=working>{t!(i18n, caseload.settings.turn_off)}</button>
            </form>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| app.switch_person()>{t!(i18n, caseload.settings.go)}</button>
            </div>
        }
    };
    let off_form = move || {
        if kept.get() {
            view! {
                <form on:submit=move |e| { e.prevent_default(); turn_on(); }>
                    <p class="small">{t!(i18n, caseload.settings.kept)}</p>
                    {secret("worker-current", current, false, t_string!(i18n, caseload.lock.passcode).to_owned())}
                    <button type="submit" class="button" disabled=working>{t!(i18n, caseload.settings.turn_on)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <form on:submit=move |e| { e.prevent_default(); turn_on(); }>
                    {secret("worker-new", first, true, t_string!(i18n, caseload.settings.new_passcode).to_owned())}
                    {secret("worker-again", again, true, t_string!(i18n, caseload.settings.new_again).to_owned())}
                    <p class="small">{move || t_string!(i18n, caseload.settings.hint, n = crate::ui::fmt::number(MIN_PASSCODE_CHARS as i64))}</p>
                    <button type="submit" class="button" disabled=working>{t!(i18n, caseload.settings.turn_on)}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <section class="card" aria-labelledby="worker-mode-title">
            <h2 id="worker-mode-title">{t!(i18n, caseload.settings.title)}</h2>
            <p>{t!(i18n, caseload.settings.intro)}</p>
            {move || if on() { on_form().into_any() } else { off_form() }}
            <p role="status" class="passcode-status">{move || status.with(|s| say(i18n, s))}</p>
        </section>
    }
}
