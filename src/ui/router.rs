//! Client-side navigation over the History API: internal links change the screen without a page
//! load, the back button works, and focus moves to the new screen's heading for screen readers.
//!
//! A hand-written router instead of `leptos_router`: the app has one level of flat paths, and
//! `leptos_router` costs ~46 KB gzip of a 200 KB budget (measured, see README).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::AppState;
use crate::routes::Route;

fn current_path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// Go to `path`, adding a history entry.
pub fn navigate(app: &AppState, path: &str) {
    if let Ok(history) = window().history() {
        let _ignored_if_same_document_refuses =
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
    app.route.set(Route::parse(path));
    after_navigation();
}

fn after_navigation() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
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
    app.route.set(Route::parse(&current_path()));
    let _ = window_event_listener(ev::popstate, move |_| {
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
