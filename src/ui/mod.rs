//! The Leptos app: shell, navigation and pages. Components read state through signals and send
//! intent through callbacks; they never parse, score or serialize (that is the domain's job).

pub mod caseload;
pub mod checkin;
pub mod components;
pub mod fmt;
pub mod learn;
pub mod my_work;
pub mod nav;
pub mod pages;
pub mod people;
pub mod privacy;
pub mod referral;
pub mod rooms;
pub mod router;
pub mod sections;
pub mod share;
pub mod state;

use leptos::ev;
use leptos::prelude::*;

use crate::domain::exchange::migrate::DocumentError;
use crate::i18n::{provide_i18n, t, t_string, use_i18n, I18n, Locale};
use crate::routes::Route;
use crate::store::{self, lock::Incoming};
use components::icon::Icon;
use pages::{home::Home, not_found::NotFound, safety::Safety};
use state::{use_app, AppState, Gate};

/// The profile opened at start when the device has no list of people yet.
pub const DEFAULT_PROFILE: &str = crate::domain::lock::DEFAULT_PROFILE;

/// Mount the app on the page body, once the static first paint has been shown.
pub fn mount() {
    // Back reached an app page while a quick exit was under way: leave again at once.
    if router::exit_pending() {
        router::replace_with_neutral();
        return;
    }
    rooms::after_first_paint(mount_now);
}

fn mount_now() {
    let language = starting_language();
    rooms::warm_up();
    if crate::i18n::is_loaded(language) {
        rooms::replace_first_paint();
        mount_to_body(move || view! { <App language/> });
        return;
    }
    // Her language's words first (from the service worker's cache after the first visit), so
    // the first screen is not English for a moment. If it cannot be had, English; if no words
    // can be had at all (the connection dropped), the first paint stays, "Get help now" working,
    // and the app tries again when the phone is back online.
    wasm_bindgen_futures::spawn_local(async move {
        let language = loop {
            if crate::i18n::load(language).await.is_ok() {
                break language;
            }
            if crate::i18n::load(Locale::en).await.is_ok() {
                break Locale::en;
            }
            rooms::next_online().await;
        };
        rooms::replace_first_paint();
        mount_to_body(move || view! { <App language/> });
    });
}

/// The whole app. With one person on the device her journal opens (or its lock screen); with
/// several, the picker asks who is using it. `language` is the one to open in (its texts loaded).
#[component]
pub fn App(language: Locale) -> impl IntoView {
    privacy::apply_discreet(store::discreet());
    let app = AppState::new(
        crate::domain::journal::Document::new(store::now()),
        DEFAULT_PROFILE,
    );
    provide_context(app);
    caseload::provide(app);
    checkin::provide_clinic_texts();
    languages(language);
    let profiles = store::profiles();
    app.session.profiles.set(profiles.clone());
    match profiles.as_slice() {
        _ if app.session.worker.get_untracked().enabled => app.switch_person(),
        [only] => app.open_profile(&only.id),
        _ => {
            app.drop_journal();
            app.session.gate.set(Gate::Picker);
        }
    }
    router::start(app);
    components::locked_lines::keep_help_entry(app);
    listen_for_other_tabs(app);
    listen_for_updates(app);
    privacy::start_guards(app);
    leptos::task::spawn_local(async {
        let _granted = store::request_persistence().await;
    });

    view! { <Shell/> }
}

/// Languages offered, each named in itself (a name she can recognise whatever is on screen).
pub const LANGUAGES: [(Locale, &str); 5] = [
    (Locale::en, "English"),
    (Locale::es, "Español"),
    (Locale::fr, "Français"),
    (Locale::ar, "العربية"),
    (Locale::sw, "Kiswahili"),
];

/// Provide the language to every component; dates and numbers follow. `<html lang dir>` is kept
/// in step, so Arabic lays out right to left.
fn languages(language: Locale) {
    let i18n = provide_i18n(language);
    fmt::provide_formats(i18n.get_locale_untracked());
    Effect::new(move || fmt::set_locale(i18n.get_locale()));
}

/// The language chosen on this device, else the best match in the browser's
/// `navigator.languages`, else English.
fn starting_language() -> Locale {
    store::language()
        .and_then(|code| code.parse::<Locale>().ok())
        .unwrap_or_else(browser_language)
}

/// The first of the browser's preferred languages that the app has.
fn browser_language() -> Locale {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| Locale::from_tag(&tag))
        .unwrap_or(Locale::en)
}

/// Pick up what another tab saved, merging record by record so neither tab's work is lost. A
/// locked journal is opened with the key in memory first; one this tab cannot open locks it.
fn listen_for_other_tabs(app: AppState) {
    let _ = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        let profile = app.session.profile.get_value();
        if e.key().as_deref() != Some(store::journal_key(&profile).as_str()) {
            return;
        }
        if app.session.gate.get_untracked() != Gate::Open {
            return;
        }
        let Some(text) = e.new_value() else { return };
        let generation = app.session.generation.get_untracked();
        leptos::task::spawn_local(async move {
            let incoming = store::lock::read_incoming(&profile, &text).await;
            if app.session.generation.get_untracked() != generation
                || app.session.gate.get_untracked() != Gate::Open
            {
                return;
            }
            match incoming {
                Incoming::Plain(theirs) => {
                    if app.session.sealed.get_untracked() {
                        // The passcode was removed in the other tab.
                        store::lock::end_session();
                        app.session.sealed.set(false);
                    }
                    app.journal.doc.update(|d| {
                        d.journal.merge(&theirs.journal);
                    });
                }
                Incoming::Sealed(theirs) => app.journal.doc.update(|d| {
                    d.journal.merge(&theirs.journal);
                }),
                Incoming::CannotOpen => app.lock_now(),
                Incoming::Ignore => {}
            }
        });
    });
}

/// `boot.js` announces a waiting service worker; the app offers "Update" instead of reloading.
fn listen_for_updates(app: AppState) {
    let _ = window_event_listener(
        ev::Custom::<web_sys::Event>::new("bs-update-ready"),
        move |_| {
            app.update_ready.set(true);
        },
    );
}

pub(crate) fn apply_update() {
    let w = window();
    if let Ok(f) = js_sys::Reflect::get(&w, &"bsApplyUpdate".into()) {
        if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
            let _ = f.call0(&w);
        }
    }
}

/// Header (name, help, quick exit, menu), status banners, the page, and the bottom bar. Locked
/// or choosing a person, only the lock screen or the picker shows (and the safety page, without
/// anything of hers); after a quick exit, nothing.
#[component]
fn Shell() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let page = move || {
        app.session.generation.track();
        let route = app.route.get();
        match (app.session.gate.get(), route) {
            (Gate::Hidden, _) => ().into_any(),
            (_, Route::Safety) => view! { <Safety/> }.into_any(),
            (_, Route::SafetyHurt) => view! { <pages::hurt::Hurt/> }.into_any(),
            (Gate::Locked, _) => view! { <privacy::LockScreen/> }.into_any(),
            (Gate::Worker, _) => view! { <caseload::WorkerLock/> }.into_any(),
            (Gate::Caseload, _) => rooms::open(rooms::Room::Caseload, String::new(), Vec::new()),
            (Gate::Open, Route::Section { section, .. }) if section == "caseload" => {
                view! { <caseload::AskWorker/> }.into_any()
            }
            (Gate::Picker, _) => view! { <privacy::Picker/> }.into_any(),
            (Gate::Open, Route::Home) => view! { <Home/> }.into_any(),
            (Gate::Open, Route::Settings) => {
                rooms::open(rooms::Room::Settings, String::new(), Vec::new())
            }
            (Gate::Open, Route::Section { section, rest }) => sections::render(&section, &rest),
            (Gate::Open, Route::NotFound(_)) => view! { <NotFound/> }.into_any(),
        }
    };
    let shown = move || app.session.gate.get() != Gate::Hidden;
    view! {
        <Show when=shown>
            <a class="skip" href="#main">{t!(i18n, common.skip)}</a>
            <privacy::TopBar/>
            <Banners/>
            <main id="main" tabindex="-1">{page}</main>
            <caseload::CardSync/>
            <Show when=move || app.is_open()>
                <BottomNav/>
            </Show>
        </Show>
    }
}

/// Save failures, unreadable storage and waiting updates, each with what she can do.
#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    view! {
        <div class="banners">
            {move || app.journal.save_error.get().filter(|_| app.is_open()).map(|e| view! {
                <div class="banner warn" role="alert">
                    <p><strong>{t!(i18n, common.banner.not_saved)}" "</strong>{move || store_error_text(i18n, &e)}" "{t!(i18n, common.banner.still_on_screen)}</p>
                    <button type="button" class="button" on:click=move |_| app.persist()>{t!(i18n, common.banner.try_again)}</button>
                </div>
            })}
            <pages::recovered::NewerJournal/>
            {move || app.journal.recovery.get().filter(|(_, r)| app.is_open() && !matches!(r, DocumentError::TooNew { .. })).map(|(key, reason)| view! {
                <div class="banner warn" role="alert">
                    <p><strong>{t!(i18n, common.banner.not_opened)}" "</strong>{move || document_error_text(i18n, &reason)}</p>
                    <p>{move || crate::i18n::marked(i18n.template(crate::i18n::keys::common::banner::kept_for_recovery), &|_, _| view! { <code>{key.clone()}</code> }.into_any())}</p>
                    <button type="button" class="button quiet" on:click=move |_| app.journal.recovery.set(None)>{t!(i18n, common.banner.understand)}</button>
                </div>
            })}
            {move || app.update_ready.get().then(|| view! {
                <div class="banner info" role="status">
                    <p>{t!(i18n, common.banner.update_ready)}</p>
                    <button type="button" class="button" on:click=|_| apply_update()>{t!(i18n, common.banner.update)}</button>
                </div>
            })}
        </div>
    }
}

/// Why a save failed, in her language.
pub fn store_error_text(i18n: I18n, e: &store::StoreError) -> String {
    match e {
        store::StoreError::Unavailable => {
            t_string!(i18n, common.store_error.unavailable).to_owned()
        }
        store::StoreError::QuotaExceeded => t_string!(i18n, common.store_error.full).to_owned(),
        store::StoreError::Locked => t_string!(i18n, common.store_error.locked).to_owned(),
        store::StoreError::Newer => t_string!(i18n, data.newer.not_saved).to_owned(),
        store::StoreError::Other(detail) => t_string!(i18n, common.store_error.other, detail),
    }
}

/// Why a journal (stored, or a file she chose) could not be read, in her language.
pub fn document_error_text(i18n: I18n, e: &DocumentError) -> String {
    match e {
        DocumentError::NotJson(detail) => t_string!(i18n, common.document_error.not_json, detail),
        DocumentError::Foreign => t_string!(i18n, common.document_error.foreign).to_owned(),
        DocumentError::TooNew { schema } => {
            t_string!(i18n, common.document_error.too_new, schema = *schema)
        }
        DocumentError::Malformed(detail) => {
            t_string!(i18n, common.document_error.malformed, detail)
        }
        DocumentError::Invalid(reason) => t_string!(
            i18n,
            data.journal_invalid,
            reason = share::words::invalid(i18n, reason)
        ),
    }
}

/// The bottom bar of places.
#[component]
fn BottomNav() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let path = move || app.route.get().path();
    view! {
        <nav class="bottom" aria-label=move || t_string!(i18n, common.nav.label)>
            <ul>
                {nav::PLACES.iter().map(|p| {
                    let current = move || nav::is_current(p.path, &path());
                    view! {
                        <li>
                            <a href=p.path aria-current=move || current().then_some("page")>
                                <Icon path=p.icon/>
                                <span>{move || nav::label(i18n, p.path)}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
