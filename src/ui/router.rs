//! Client-side navigation over the History API: internal links change the screen without a page
//! load, the back button works, and focus moves to the new screen's heading for screen readers.
//!
//! A hand-written router instead of `leptos_router`: the app has one level of flat paths, and
//! `leptos_router` costs ~46 KB gzip of a 200 KB budget (measured, see README).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::state::AppState;
use crate::routes::Route;

fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

// Quick exit leaves no way back (see the README, "Privacy on a shared phone"). Every history
// entry the app makes is stamped with its position in the tab's history (`history.state.bs`), and
// the position of the app's first entry in this tab is kept in sessionStorage. Quick exit goes
// back to that first entry, replaces it with the neutral page, and the neutral page pushes one
// entry of its own, which drops every later (app) entry from the tab's history: Back then reaches
// only the neutral page or what was open before the app, and Forward finds nothing.

/// sessionStorage: the tab-history position of the app's first entry in this tab.
const BASE_KEY: &str = "between-sessions:history-base";
/// sessionStorage: a quick exit is under way (an app page reached on the way back leaves at once;
/// the neutral page clears it).
const EXIT_KEY: &str = "between-sessions:exit";
/// The neutral page (no name or icon of the app).
pub const NEUTRAL: &str = "/neutral.html";

fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// This entry's position in the tab's history, from its stamp.
fn stamped_position() -> Option<i32> {
    let state = window().history().ok()?.state().ok()?;
    let pos = js_sys::Reflect::get(&state, &JsValue::from_str("bs")).ok()?;
    pos.as_f64().map(|p| p as i32)
}

fn stamp(pos: i32) -> JsValue {
    let o = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &o,
        &JsValue::from_str("bs"),
        &JsValue::from_f64(f64::from(pos)),
    );
    o.into()
}

/// Stamp the entry the app started on (a new one is the tab's last entry; a reloaded one keeps
/// its stamp), and note the app's first entry in this tab.
fn stamp_start(app: &AppState) {
    let Ok(history) = window().history() else {
        return;
    };
    let pos = match stamped_position() {
        Some(p) => p,
        None => {
            let p = history.length().map(|l| l as i32 - 1).unwrap_or(0);
            let _ = history.replace_state(&stamp(p), "");
            p
        }
    };
    app.shown_entry.set_value(pos);
    let Some(s) = session() else { return };
    let base = s
        .get_item(BASE_KEY)
        .ok()
        .flatten()
        .and_then(|b| b.parse::<i32>().ok());
    // A base after this entry is stale (she went back before the app and came in anew).
    if base.is_none_or(|b| b > pos) {
        let _ = s.set_item(BASE_KEY, &pos.to_string());
    }
}

/// A quick exit was under way when this page loaded (Back reached an app page on the way out).
pub fn exit_pending() -> bool {
    session()
        .and_then(|s| s.get_item(EXIT_KEY).ok().flatten())
        .is_some()
}

/// Show the neutral page in place of this entry.
pub fn replace_with_neutral() {
    let _ = window().location().replace(NEUTRAL);
}

/// Quick exit, after the journal is dropped: back to the app's first entry in this tab, then the
/// neutral page in its place (it drops the later entries). Without history (or already on the
/// first entry) the neutral page replaces this entry at once.
pub fn leave_for_neutral() {
    let steps = match (
        stamped_position(),
        session().and_then(|s| s.get_item(BASE_KEY).ok().flatten()),
    ) {
        (Some(pos), Some(base)) => base.parse::<i32>().map(|b| pos - b).unwrap_or(0),
        _ => 0,
    };
    if let Some(s) = session() {
        let _ = s.set_item(EXIT_KEY, "1");
    }
    let Ok(history) = window().history() else {
        replace_with_neutral();
        return;
    };
    if steps <= 0 {
        replace_with_neutral();
        return;
    }
    // Arrived on the first entry (same page): replace it. If the way back crosses a page load,
    // that page sees `exit_pending` and replaces itself. A fallback if nothing arrives.
    let _ = window_event_listener(ev::popstate, |_| replace_with_neutral());
    set_timeout(replace_with_neutral, std::time::Duration::from_millis(1500));
    if history.go_with_delta(-steps).is_err() {
        replace_with_neutral();
    }
}

/// Go to `path`, adding a history entry.
pub fn navigate(app: &AppState, path: &str) {
    if let Ok(history) = window().history() {
        let next = stamped_position().map_or(0, |p| p + 1);
        let _ignored_if_same_document_refuses =
            history.push_state_with_url(&stamp(next), "", Some(path));
        app.shown_entry.set_value(next);
    }
    app.route.set(Route::parse(path));
    after_navigation();
}

fn after_navigation() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    focus_heading();
}

/// On the next frame, the page's heading takes focus, so a screen reader reads the new screen.
pub fn focus_heading() {
    request_animation_frame(|| {
        if let Some(h1) = document()
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _focus_is_best_effort = h1.focus();
        }
    });
}

/// Start routing: read the current path, follow the back button and intercept internal links.
pub fn start(app: AppState) {
    stamp_start(&app);
    // An app page restored from the back-forward cache during a quick exit leaves at once too.
    let _ = window_event_listener(ev::pageshow, |_| {
        if exit_pending() {
            replace_with_neutral();
        }
    });
    app.route.set(Route::parse(&current_path()));
    let _ = window_event_listener(ev::popstate, move |_| {
        // Entries the app made carry their position. One without (pushed by other code, which
        // only ever adds on top) is stamped as the next after the entry shown before it.
        if stamped_position().is_none() {
            if let Ok(history) = window().history() {
                let _ = history.replace_state(&stamp(app.shown_entry.get_value() + 1), "");
            }
        }
        if let Some(p) = stamped_position() {
            app.shown_entry.set_value(p);
        }
        app.route.set(Route::parse(&current_path()));
        after_navigation();
    });
    let _ = window_event_listener(ev::click, move |e: web_sys::MouseEvent| {
        if e.default_prevented()
            || e.button() != 0
            || e.ctrl_key()
            || e.meta_key()
            || e.shift_key()
            || e.alt_key()
        {
            return;
        }
        let Some(anchor) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
        else {
            return;
        };
        if anchor.has_attribute("download") || anchor.get_attribute("target").is_some() {
            return;
        }
        let Some(href) = anchor.get_attribute("href") else {
            return;
        };
        if href.starts_with('/') && !href.starts_with("//") {
            e.prevent_default();
            navigate(&app, &href);
        }
    });
}
