//! Screens owned by feature modules, by the first segment of their path. Each feature adds its
//! arm here when it ships; an unknown section is "not found".

use leptos::prelude::*;

use super::pages::not_found::NotFound;

/// The view for `/<section>/<rest…>`.
pub fn render(section: &str, rest: &[String]) -> AnyView {
    let _ = rest;
    match section {
        "checkin" => super::checkin::render(rest),
        "people" => super::people::render(rest),
        "my-work" => super::my_work::render(rest),
        "learn" => super::learn::render(rest),
        "share" | "handoff" => super::share::render(section, rest),
        _ => view! { <NotFound/> }.into_any(),
    }
}
