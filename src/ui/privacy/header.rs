use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::{t, t_string, use_i18n};
use crate::ui::components::icon::Icon;
use crate::ui::state::use_app;

const HEART: &str =
    "M12 21s-7-4.4-9.3-9A5.3 5.3 0 0 1 12 6a5.3 5.3 0 0 1 9.3 6c-2.3 4.6-9.3 9-9.3 9z";
const MENU: &str = "M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z";
const BOOK: &str = "M4 5.5C4 4.1 5.1 3 6.5 3H20v15H6.5a1.5 1.5 0 0 0 0 3H20v1H6.5A2.5 2.5 0 0 1 4 19.5zM7 6v2h10V6zm0 4v2h7v-2z";
const GEAR: &str = "M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8zm8.6 5.4-1.9-.4a7 7 0 0 0-.6-1.5l1.1-1.6-1.6-1.6-1.6 1.1a7 7 0 0 0-1.5-.6L14 3.4h-2.3l-.4 1.9a7 7 0 0 0-1.5.6L8.2 4.8 6.6 6.4l1.1 1.6a7 7 0 0 0-.6 1.5l-1.9.4v2.3l1.9.4c.1.5.3 1 .6 1.5l-1.1 1.6 1.6 1.6 1.6-1.1c.5.3 1 .5 1.5.6l.4 1.9H14l.4-1.9c.5-.1 1-.3 1.5-.6l1.6 1.1 1.6-1.6-1.1-1.6c.3-.5.5-1 .6-1.5l1.9-.4z";
const PEOPLE: &str = "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm7.5 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 20c0-3.3 3.6-6 8-6s8 2.7 8 6v1H1zm17.2-5.7c2.7.6 4.8 2.4 4.8 4.7v2h-4v-1c0-2.2-.3-4.2-.8-5.7z";

/// The header, the same on every screen: the name, "Get help now", "Quick exit" and one "Menu"
/// (Learn, Settings, Switch person). Fits at 320 px.
#[component]
pub fn TopBar() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    // Any change of screen closes the menu.
    Effect::new(move |_| {
        app.route.track();
        app.session.gate.track();
        open.set(false);
    });
    let escape = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        if e.key() == "Escape" && open.get_untracked() {
            open.set(false);
            super::focus_id("menu-button");
        }
    });
    let outside = window_event_listener(ev::click, move |e: web_sys::MouseEvent| {
        if !open.get_untracked() {
            return;
        }
        let inside = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("#top-menu, #menu-button").ok().flatten())
            .is_some();
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || {
        escape.remove();
        outside.remove();
    });
    let switch = move |_| {
        open.set(false);
        app.switch_person();
    };
    view! {
        <header class="top">
            <a class="brand" href="/">
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <circle cx="9" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="2"/>
                    <circle cx="15" cy="12" r="6" fill="none" stroke="currentColor" stroke-width="2"/>
                </svg>
                <span class="brand-text">"Between Sessions"</span>
            </a>
            <crate::ui::caseload::WhoseRecord/>
            <nav class="top-actions" aria-label=move || t_string!(i18n, privacy.header.nav_label)>
                <a class="safety-link" href="/safety">
                    <Icon path=HEART/>
                    <span>{t!(i18n, privacy.header.get_help)}</span>
                </a>
                <button type="button" class="quick-exit" on:click=move |_| app.quick_exit()>
                    {t!(i18n, privacy.header.quick_exit)}
                </button>
                <button type="button" id="menu-button" class="menu-button quiet"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls="top-menu"
                    on:click=move |_| open.update(|o| *o = !*o)>
                    <Icon path=MENU/>
                    <span class="visually-hidden">{t!(i18n, privacy.header.menu)}</span>
                </button>
            </nav>
            <div id="top-menu" class="top-menu" hidden=move || !open.get()>
                <ul>
                    <li><a href="/learn"><Icon path=BOOK/><span>{t!(i18n, privacy.header.learn)}</span></a></li>
                    <li><a href="/settings"><Icon path=GEAR/><span>{t!(i18n, privacy.header.settings)}</span></a></li>
                    <li>
                        <button type="button" class="quiet" on:click=switch>
                            <Icon path=PEOPLE/><span>{t!(i18n, privacy.header.switch_person)}</span>
                        </button>
                    </li>
                </ul>
            </div>
        </header>
    }
}
