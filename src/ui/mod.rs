//! The Leptos app: shell, navigation and pages. Components read state through signals and send
//! intent through callbacks; they never parse, score or serialize (that is the domain's job).

pub mod checkin;
pub mod components;
pub mod learn;
pub mod my_work;
pub mod nav;
pub mod pages;
pub mod people;
pub mod router;
pub mod sections;
pub mod share;
pub mod state;

use leptos::ev;
use leptos::prelude::*;

use crate::routes::Route;
use crate::store::{self, Loaded};
use components::icon::Icon;
use pages::{home::Home, not_found::NotFound, safety::Safety, settings::Settings};
use state::{use_app, AppState};

/// The profile opened at start (profiles for lay workers come with the privacy features).
pub const DEFAULT_PROFILE: &str = "default";

/// Mount the app on the page body.
pub fn mount() {
    mount_to_body(App);
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (doc, recovery, load_error) = match store::load(DEFAULT_PROFILE) {
        Ok(Loaded::Fresh(doc)) | Ok(Loaded::Existing(doc)) => (doc, None, None),
        Ok(Loaded::Recovered {
            doc,
            recovery_key,
            reason,
        }) => (doc, Some((recovery_key, reason.to_string())), None),
        Err(e) => (
            crate::domain::journal::Document::new(store::now()),
            None,
            Some(e.to_string()),
        ),
    };
    let app = AppState::new(doc, DEFAULT_PROFILE);
    app.recovery.set(recovery);
    app.save_error.set(load_error);
    provide_context(app);
    router::start(app);
    listen_for_other_tabs(app);
    listen_for_updates(app);
    leptos::task::spawn_local(async {
        let _granted = store::request_persistence().await;
    });

    view! { <Shell/> }
}

/// Pick up what another tab saved, merging record by record so neither tab's work is lost.
fn listen_for_other_tabs(app: AppState) {
    let key = store::journal_key(&app.profile.get_value());
    let _ = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let Some(text) = e.new_value() else { return };
        if let Ok(theirs) = crate::domain::journal::Document::parse(&text) {
            app.doc.update(|d| {
                d.journal.merge(&theirs.journal);
            });
        }
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

fn apply_update() {
    let w = window();
    if let Ok(f) = js_sys::Reflect::get(&w, &"bsApplyUpdate".into()) {
        if let Some(f) = wasm_bindgen::JsCast::dyn_ref::<js_sys::Function>(&f) {
            let _ = f.call0(&w);
        }
    }
}

/// Header (name, safety, settings), status banners, the page, and the bottom bar.
#[component]
fn Shell() -> impl IntoView {
    let app = use_app();
    let page = move || match app.route.get() {
        Route::Home => view! { <Home/> }.into_any(),
        Route::Safety => view! { <Safety/> }.into_any(),
        Route::Settings => view! { <Settings/> }.into_any(),
        Route::Section { section, rest } => sections::render(&section, &rest),
        Route::NotFound(_) => view! { <NotFound/> }.into_any(),
    };
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="top">
            <a class="brand" href="/">"Between Sessions"</a>
            <nav class="top-actions" aria-label="Help and settings">
                <a class="safety-link" href="/safety">
                    <Icon path="M12 21s-7-4.4-9.3-9A5.3 5.3 0 0 1 12 6a5.3 5.3 0 0 1 9.3 6c-2.3 4.6-9.3 9-9.3 9z"/>
                    <span>"Get help now"</span>
                </a>
                <a class="icon-link" href="/learn" aria-label="Learn">
                    <Icon path="M4 5.5C4 4.1 5.1 3 6.5 3H20v15H6.5a1.5 1.5 0 0 0 0 3H20v1H6.5A2.5 2.5 0 0 1 4 19.5zM7 6v2h10V6zm0 4v2h7v-2z"/>
                </a>
                <a class="icon-link" href="/settings" aria-label="Settings">
                    <Icon path="M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm8.6 5.4-1.9-.4a7 7 0 0 0-.6-1.5l1.1-1.6-1.6-1.6-1.6 1.1a7 7 0 0 0-1.5-.6L14 3.4h-2.3l-.4 1.9a7 7 0 0 0-1.5.6L8.2 4.8 6.6 6.4l1.1 1.6a7 7 0 0 0-.6 1.5l-1.9.4v2.3l1.9.4c.1.5.3 1 .6 1.5l-1.1 1.6 1.6 1.6 1.6-1.1c.5.3 1 .5 1.5.6l.4 1.9H14l.4-1.9c.5-.1 1-.3 1.5-.6l1.6 1.1 1.6-1.6-1.1-1.6c.3-.5.5-1 .6-1.5l1.9-.4z"/>
                </a>
            </nav>
        </header>
        <Banners/>
        <main id="main" tabindex="-1">{page}</main>
        <BottomNav/>
    }
}

/// Save failures, unreadable storage and waiting updates, each with what she can do.
#[component]
fn Banners() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="banners">
            {move || app.save_error.get().map(|msg| view! {
                <div class="banner warn" role="alert">
                    <p><strong>"Not saved. "</strong>{msg}" What you entered is still here on screen."</p>
                    <button type="button" class="button" on:click=move |_| app.persist()>"Try saving again"</button>
                </div>
            })}
            {move || app.recovery.get().map(|(key, reason)| view! {
                <div class="banner warn" role="alert">
                    <p><strong>"Your saved notes could not be opened. "</strong>{reason}</p>
                    <p>"Nothing was deleted: the notes are kept on this phone for recovery (" <code>{key}</code> "). You can keep using the app; new notes are saved separately."</p>
                    <button type="button" class="button quiet" on:click=move |_| app.recovery.set(None)>"I understand"</button>
                </div>
            })}
            {move || app.update_ready.get().then(|| view! {
                <div class="banner info" role="status">
                    <p>"A new version of the app is ready."</p>
                    <button type="button" class="button" on:click=|_| apply_update()>"Update"</button>
                </div>
            })}
        </div>
    }
}

/// The bottom bar of places.
#[component]
fn BottomNav() -> impl IntoView {
    let app = use_app();
    let path = move || app.route.get().path();
    view! {
        <nav class="bottom" aria-label="Main">
            <ul>
                {nav::PLACES.iter().map(|p| {
                    let current = move || nav::is_current(p.path, &path());
                    view! {
                        <li>
                            <a href=p.path aria-current=move || current().then_some("page")>
                                <Icon path=p.icon/>
                                <span>{p.label}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}
