//! Private on a shared phone: the header (help, quick exit, menu), the lock screen, the person
//! picker, the Settings sections for the passcode and the discreet name, and the guards that lock
//! after idle time and on a double Escape.

pub mod header;
pub mod lock_screen;
pub mod passcode_form;
pub mod picker;
pub mod settings;
pub(crate) mod text;

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::store;
use crate::ui::state::{AppState, Gate};

pub use header::TopBar;
pub use lock_screen::LockScreen;
pub use picker::Picker;
pub use settings::PrivacySettings;

/// The discreet name, the same in every language (the discreet manifest and icons use it too).
pub(crate) const DISCREET_NAME: &str = "Notes";

/// Two Escapes within this many milliseconds are a quick exit.
const DOUBLE_ESCAPE_MS: f64 = 800.0;

/// Lock after the chosen idle time, and quick-exit on Escape pressed twice quickly.
pub fn start_guards(app: AppState) {
    let last_active = Rc::new(Cell::new(js_sys::Date::now()));
    let mark = {
        let last_active = last_active.clone();
        move || last_active.set(js_sys::Date::now())
    };
    for kind in ["pointerdown", "keydown", "input", "scroll", "touchstart"] {
        let mark = mark.clone();
        let _ = window_event_listener_untyped(kind, move |_| mark());
    }
    let check = {
        let last_active = last_active.clone();
        move || {
            if app.session.gate.get_untracked() != Gate::Open || !app.session.sealed.get_untracked()
            {
                return;
            }
            let Some(minutes) =
                store::lock::lock_state(&app.session.profile.get_value()).autolock_minutes
            else {
                return;
            };
            if js_sys::Date::now() - last_active.get() >= f64::from(minutes) * 60_000.0 {
                app.lock();
            }
        }
    };
    {
        let check = check.clone();
        let _ = set_interval_with_handle(check, Duration::from_secs(1));
    }
    let _ = window_event_listener(ev::visibilitychange, move |_| check());

    let last_escape = Cell::new(f64::NEG_INFINITY);
    let _ = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.key() != "Escape" {
            return;
        }
        let now = js_sys::Date::now();
        if now - last_escape.get() <= DOUBLE_ESCAPE_MS {
            last_escape.set(f64::NEG_INFINITY);
            app.quick_exit();
        } else {
            last_escape.set(now);
        }
    });
}

/// Show the discreet name and icon (or the app's own): the title, the install manifest and the
/// page icons.
pub fn apply_discreet(on: bool) {
    let doc = document();
    doc.set_title(if on {
        DISCREET_NAME
    } else {
        "Between Sessions"
    });
    let set = |selector: &str, plain: &str, discreet: &str| {
        if let Some(link) = doc.query_selector(selector).ok().flatten() {
            let _ = link.set_attribute("href", if on { discreet } else { plain });
        }
    };
    set(
        "link[rel=manifest]",
        "/manifest.webmanifest",
        "/manifest-discreet.webmanifest",
    );
    set(
        "link[rel=icon]",
        "/icons/icon-192.png",
        "/icons/notes-192.png",
    );
    set(
        "link[rel=apple-touch-icon]",
        "/icons/apple-touch-icon.png",
        "/icons/notes-180.png",
    );
}

/// Move focus to an element by id (after a screen change), if it is there.
pub(crate) fn focus_id(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}
