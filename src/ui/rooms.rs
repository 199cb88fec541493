//! The rooms of the app (Check-in, People, My work, Share, Learn, Settings), each loaded when it
//! is first opened. With the `split` feature (the release build, `scripts/split-build.sh`) every
//! room's code is a WASM chunk of its own, fetched the first time she opens the room and
//! precached by the service worker for offline use; without it (host tools, `cargo clippy`,
//! debug checks) the rooms are ordinary functions in the one module, so both builds run the same
//! code.
//!
//! A split point hands back the room's page switch as a plain function pointer: once a chunk has
//! arrived, every later page of that room is drawn synchronously, exactly as before the split.
//! A chunk that cannot be fetched (offline before the precache finished) shows a calm "needs a
//! connection once" with Retry, never a blank page; the failed fetch is not remembered, so Retry
//! (or opening the room again) fetches afresh.

use std::cell::Cell;
use std::sync::OnceLock;

use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

/// A room's page switch: the section (first path segment) and the rest of the path.
pub type Render = fn(&str, &[String]) -> AnyView;

/// A room whose code is loaded on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Room {
    Checkin,
    People,
    MyWork,
    Share,
    Learn,
    /// The settings page (privacy, passcode, people on this device, clinic texts).
    Settings,
    /// A lay health worker's caseload (worker mode).
    Caseload,
}

impl Room {
    /// The room serving a section (first path segment), if one does.
    pub fn of_section(section: &str) -> Option<Room> {
        match section {
            "checkin" => Some(Room::Checkin),
            "people" => Some(Room::People),
            "my-work" => Some(Room::MyWork),
            "share" | "handoff" => Some(Room::Share),
            "learn" => Some(Room::Learn),
            _ => None,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The room's code could not be fetched (the chunk is not cached and the network failed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoomUnavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for RoomUnavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        RoomUnavailable
    }
}

/// One split point per room. With `split`, `$name` becomes an `async fn` that first fetches the
/// room's chunk (an error if it cannot); without, it is the same function, already loaded.
macro_rules! split_point {
    ($name:ident, $chunk:ident, $render:expr) => {
        #[cfg(feature = "split")]
        #[wasm_split_helpers::wasm_split($chunk, fallible)]
        fn $name() -> Result<Render, RoomUnavailable> {
            Ok($render)
        }

        #[cfg(not(feature = "split"))]
        fn $name() -> Result<Render, RoomUnavailable> {
            Ok($render)
        }
    };
}

split_point!(checkin_room, checkin, |_, rest| super::checkin::render(
    rest
));
split_point!(people_room, people, |_, rest| super::people::render(rest));
split_point!(my_work_room, my_work, |_, rest| super::my_work::render(
    rest
));
split_point!(share_room, share, super::share::render);
split_point!(learn_room, learn, |_, rest| super::learn::render(rest));
split_point!(settings_room, settings, |_, _| {
    view! { <super::pages::settings::Settings/> }.into_any()
});
split_point!(caseload_room, caseload, |_, _| {
    view! { <super::caseload::page::CaseloadPage/> }.into_any()
});

/// The rooms whose code has arrived, by [`Room::index`]. A fact about the running WASM module
/// (a chunk once loaded stays loaded), not about any journal, so it is a process-wide static.
static LOADED: [OnceLock<Render>; 7] = [const { OnceLock::new() }; 7];

fn loaded(room: Room) -> Option<Render> {
    if cfg!(not(feature = "split")) {
        // Nothing to fetch: every room is in the one module.
        return entry_now(room);
    }
    LOADED[room.index()].get().copied()
}

/// Without `split` the split points are ordinary functions: call one directly.
#[cfg(not(feature = "split"))]
fn entry_now(room: Room) -> Option<Render> {
    match room {
        Room::Checkin => checkin_room(),
        Room::People => people_room(),
        Room::MyWork => my_work_room(),
        Room::Share => share_room(),
        Room::Learn => learn_room(),
        Room::Settings => settings_room(),
        Room::Caseload => caseload_room(),
    }
    .ok()
}

#[cfg(feature = "split")]
fn entry_now(_: Room) -> Option<Render> {
    None
}

/// Fetch a room's chunk (from the service worker's cache after the first visit) and remember
/// its page switch.
async fn load(room: Room) -> Result<Render, RoomUnavailable> {
    if let Some(render) = loaded(room) {
        return Ok(render);
    }
    #[cfg(feature = "split")]
    {
        let render = match room {
            Room::Checkin => checkin_room().await,
            Room::People => people_room().await,
            Room::MyWork => my_work_room().await,
            Room::Share => share_room().await,
            Room::Learn => learn_room().await,
            Room::Settings => settings_room().await,
            Room::Caseload => caseload_room().await,
        }?;
        let _first_load_wins_and_every_load_is_the_same_function = LOADED[room.index()].set(render);
        Ok(render)
    }
    #[cfg(not(feature = "split"))]
    Err(RoomUnavailable)
}

/// On a visit after the first (the service worker serves every chunk from its cache), load every
/// room shortly after the first screen is up, so a room opens at once when she taps it. On a
/// first visit nothing is fetched early: the service worker is downloading the chunks for its
/// cache then, and a second download would only slow a slow link.
pub fn warm_up() {
    if cfg!(not(feature = "split")) {
        return;
    }
    let cached = window().navigator().service_worker().controller().is_some();
    if !cached {
        return;
    }
    set_timeout(
        || {
            leptos::task::spawn_local(async {
                for room in [
                    Room::Checkin,
                    Room::People,
                    Room::MyWork,
                    Room::Share,
                    Room::Learn,
                    Room::Settings,
                    Room::Caseload,
                ] {
                    // A failure here shows only if she opens that room (with Retry).
                    let _not_yet = load(room).await;
                }
            });
        },
        std::time::Duration::from_millis(1000),
    );
}

#[derive(Clone, Copy, Debug)]
enum Loading {
    Waiting,
    Ready(Render),
    Unavailable,
}

/// The page at `/<section>/<rest…>` of `room`: drawn at once when the room's code is here,
/// otherwise after it arrives (or a calm "needs a connection" with Retry).
pub fn open(room: Room, section: String, rest: Vec<String>) -> AnyView {
    if let Some(render) = loaded(room) {
        return render(&section, &rest);
    }
    let state = RwSignal::new(Loading::Waiting);
    let fetch = move || {
        state.set(Loading::Waiting);
        leptos::task::spawn_local(async move {
            let next = match load(room).await {
                Ok(render) => Loading::Ready(render),
                Err(RoomUnavailable) => Loading::Unavailable,
            };
            // (She may have left the page meanwhile: then there is nothing to update.)
            let _gone = state.try_set(next);
            if let Loading::Ready(_) = next {
                super::router::focus_heading();
            }
        });
    };
    fetch();
    (move || match state.get() {
        Loading::Waiting => view! { <RoomOpening/> }.into_any(),
        Loading::Ready(render) => render(&section, &rest),
        Loading::Unavailable => view! { <NeedsConnection retry=fetch/> }.into_any(),
    })
    .into_any()
}

/// Run `mount` once index.html's static first paint has been painted (after the next frame), so
/// the page's first and largest paint is always the static one, even where the WASM arrives
/// before the browser has painted (from the cache, or on a fast link); a fallback timer covers a
/// page that paints no frames (a hidden tab).
pub fn after_first_paint(mount: fn()) {
    let done = std::rc::Rc::new(Cell::new(false));
    let once = move || {
        if !done.replace(true) {
            mount();
        }
    };
    if document().get_element_by_id("boot-shell").is_none() {
        return once();
    }
    let after_frame = once.clone();
    request_animation_frame(move || set_timeout(after_frame, std::time::Duration::ZERO));
    set_timeout(once, std::time::Duration::from_millis(300));
}

/// The static first paint (index.html's `#boot-shell`, painted before the WASM arrived) makes way
/// for the app: removed in the same task as the app mounts, so no frame shows both or neither.
/// Then `boot.js` registers the service worker, whose precache would otherwise compete with the
/// main module on a slow link.
pub fn replace_first_paint() {
    if let Some(shell) = document().get_element_by_id("boot-shell") {
        shell.remove();
    }
    if let Ok(mounted) = web_sys::Event::new("bs-mounted") {
        let _listeners_only = window().dispatch_event(&mounted);
    }
}

/// Resolves when the phone next comes back online (the window's `online` event).
pub async fn next_online() {
    // (The listener stays: resolving a settled promise again does nothing.)
    let online = js_sys::Promise::new(&mut |resolve, _reject| {
        let _listened = window().add_event_listener_with_callback("online", &resolve);
    });
    let _event = wasm_bindgen_futures::JsFuture::from(online).await;
}

/// While a room's code arrives: nothing for a moment (it is usually instant), then a calm word.
#[component]
fn RoomOpening() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="room-opening" aria-busy="true">
            <p role="status">{t!(i18n, rooms.opening)}</p>
        </div>
    }
}

/// The room's code could not be fetched: what it means, that nothing is lost, and Retry.
#[component]
fn NeedsConnection(retry: impl Fn() + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, rooms.needs_connection.title)}</h1>
        <p>{t!(i18n, rooms.needs_connection.why)}</p>
        <p>{t!(i18n, rooms.needs_connection.nothing_lost)}</p>
        <p class="actions">
            <button type="button" class="button" on:click=move |_| retry()>
                {t!(i18n, rooms.needs_connection.retry)}
            </button>
            " "
            <a class="button quiet" href="/">{t!(i18n, rooms.needs_connection.go_home)}</a>
        </p>
    }
}
