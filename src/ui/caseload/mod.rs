//! Worker mode: a lay health worker's phone, used with several clients. The caseload (its own room,
//! loaded on first use: [`page`]) is the start screen, behind the worker's own passcode
//! ([`WorkerLock`]); the open client's nickname shows on every page ([`WhoseRecord`],
//! [`heading_prefix`]); her card follows her journal ([`CardSync`]); and Settings turns the mode on
//! and off ([`settings`]).
//!
//! What is on screen here is the worker's, in the worker's language. A client holding the phone
//! reaches neither the caseload nor another client: "Switch person", Back to `/caseload`, a reload
//! and quick exit all end at the worker's lock (`AppState::switch_person`), and her key is dropped.

pub mod page;
pub mod settings;
mod text;

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::caseload::{Caseload, Synced};
use crate::domain::dates::local_date;
use crate::domain::lock::Profile;
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::store::caseload::WorkerError;
use crate::ui::privacy::passcode_form::{PasscodeForm, PasscodeState};
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState, Gate};

pub(crate) use text::worker_error;

/// The caseload while the worker has it open (never while a client's record is open).
#[derive(Clone, Copy)]
pub struct WorkerState {
    pub caseload: RwSignal<Option<Caseload>>,
}

/// Provide the worker's state to the app; the caseload is emptied whenever it is not on screen.
pub fn provide(app: AppState) {
    let state = WorkerState {
        caseload: RwSignal::new(None),
    };
    provide_context(state);
    Effect::new(move |_| {
        if app.session.gate.get() != Gate::Caseload
            && state.caseload.with_untracked(Option::is_some)
        {
            state.caseload.set(None);
        }
    });
}

/// The worker's state from context.
pub fn use_worker() -> WorkerState {
    expect_context::<WorkerState>()
}

/// Today, on this phone.
pub(crate) fn today() -> chrono::NaiveDate {
    local_date(&store::now())
}

/// The nickname shown for person `id` (the phone's first person, named by the app, in the
/// language shown).
pub(crate) fn shown_name(app: AppState, i18n: crate::i18n::I18n, id: &str) -> Option<String> {
    app.session.profiles.with(|all| {
        all.iter()
            .find(|p| p.id == id)
            .map(|p| crate::ui::privacy::text::nickname(i18n, p, all))
    })
}

/// Worker mode is on and a client's record is open: her nickname.
pub fn open_client(app: AppState, i18n: crate::i18n::I18n) -> Option<String> {
    if !app.session.worker.with(|w| w.enabled) || app.session.gate.get() != Gate::Open {
        return None;
    }
    shown_name(app, i18n, &app.session.profile.get_value())
}

/// "Ama · " before a heading while a client's record is open in worker mode (nothing otherwise).
pub fn heading_prefix() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    move || open_client(app, i18n).map(|name| format!("{name} · "))
}

/// The open client's nickname in the header, on every page (worker mode only).
#[component]
pub fn WhoseRecord() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    move || {
        open_client(app, i18n).map(|name| {
            view! {
                <p class="whose-record">{t_string!(i18n, caseload.header.record_of, name)}</p>
            }
        })
    }
}

/// Keep the open client's card in step with her journal: when her record is opened and whenever
/// it changes (a check-in saved), while the worker's key is in memory.
#[component]
pub fn CardSync() -> impl IntoView {
    let app = use_app();
    let last: StoredValue<Option<(String, Synced)>> = StoredValue::new(None);
    Effect::new(move |_| {
        let open = app.session.gate.get() == Gate::Open && app.session.worker.with(|w| w.enabled);
        if !open || !store::caseload::is_open() {
            last.set_value(None);
            return;
        }
        let synced = app.journal.doc.with(|d| Synced::from_journal(&d.journal));
        let id = app.session.profile.get_value();
        if last.with_value(|l| l.as_ref().is_some_and(|(p, s)| *p == id && *s == synced)) {
            return;
        }
        let Some(person) = app
            .session
            .profiles
            .with_untracked(|all| all.iter().find(|p| p.id == id).cloned())
        else {
            return;
        };
        last.set_value(Some((id, synced.clone())));
        leptos::task::spawn_local(async move {
            let day = today();
            let done = store::caseload::update(|c| c.sync(&person, synced, day)).await;
            if done.is_err() {
                // Tried again at the next change, or when her record is opened again.
                let _gone = last.try_set_value(None);
            }
        });
    });
}

/// `/caseload` reached while a client's record is open (Back, a link): the worker's passcode is
/// asked first. Outside worker mode there is no such page.
#[component]
pub fn AskWorker() -> impl IntoView {
    let app = use_app();
    if !app.session.worker.get_untracked().enabled {
        return view! { <crate::ui::pages::not_found::NotFound/> }.into_any();
    }
    set_timeout(move || app.switch_person(), Duration::ZERO);
    ().into_any()
}

/// The worker's lock: the caseload opens only with her passcode. Wrong tries wait longer each
/// time (kept across reloads), as on a client's lock screen.
#[component]
pub fn WorkerLock() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let worker = use_worker();
    let form: PasscodeState<WorkerError> = PasscodeState::new(store::caseload::wait_secs);
    let unlock = move || {
        let Some(code) = form.take() else { return };
        leptos::task::spawn_local(async move {
            let opened = store::caseload::open(&code).await;
            form.busy.set(false);
            form.passcode.set(String::new());
            if app.session.gate.get_untracked() != Gate::Worker {
                // She left meanwhile (quick exit): keep nothing open.
                store::caseload::end_session();
                return;
            }
            match opened {
                Ok(mut caseload) => {
                    // A user-timing mark (for the bench): the caseload is decrypted and read; what
                    // follows is drawing it.
                    if let Some(p) = window().performance() {
                        let _only_a_measurement = p.mark("bs-caseload-opened");
                    }
                    let people: Vec<Profile> = store::profiles();
                    app.session.profiles.set(people.clone());
                    if caseload.include(&people, today()) {
                        // New people get their card (and pseudonym) now; said if not kept.
                        if let Err(e) = store::caseload::save(&caseload).await {
                            form.fail(e);
                        }
                    }
                    worker.caseload.set(Some(caseload));
                    app.session.gate.set(Gate::Caseload);
                    navigate(&app, "/caseload");
                }
                Err(e) => {
                    if let WorkerError::Lock(
                        store::lock::LockError::Wrong { wait_secs }
                        | store::lock::LockError::Wait { secs: wait_secs },
                    ) = e
                    {
                        form.wait.set(wait_secs);
                    }
                    form.fail(e);
                    crate::ui::privacy::focus_id("worker-passcode");
                }
            }
        });
    };
    let status = form.status(
        move || t_string!(i18n, caseload.lock.opening).to_owned(),
        move || t_string!(i18n, caseload.lock.type_first).to_owned(),
        move |e| worker_error(i18n, e),
    );
    view! {
        <h1 tabindex="-1">{t!(i18n, caseload.lock.title)}</h1>
        <p>{t!(i18n, caseload.lock.intro)}</p>
        <PasscodeForm state=form input_id="worker-passcode"
            label=Signal::derive(move || t_string!(i18n, caseload.lock.passcode).to_owned())
            submit=Signal::derive(move || t_string!(i18n, caseload.lock.open).to_owned())
            status=status on_submit=Callback::new(move |()| unlock())/>
        <p class="small">{t!(i18n, caseload.lock.forgotten)}</p>
    }
}
