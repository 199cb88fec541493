//! Screens owned by feature modules, by the first segment of their path. Each room's code is
//! loaded on first use (`rooms`); an unknown section is "not found".

use leptos::prelude::*;

use super::pages::not_found::NotFound;
use super::rooms::{self, Room};

/// The view for `/<section>/<rest…>`.
pub fn render(section: &str, rest: &[String]) -> AnyView {
    // The timeline is People's page, also offered under My work: one room serves both paths.
    let room = match (section, rest) {
        ("my-work", [page]) if page == "timeline" => Some(Room::People),
        _ => Room::of_section(section),
    };
    match room {
        Some(room) => rooms::open(room, section.to_owned(), rest.to_vec()),
        None => view! { <NotFound/> }.into_any(),
    }
}
