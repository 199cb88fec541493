use leptos::prelude::*;

/// A 24×24 line icon, hidden from screen readers (the link or button around it has the name).
#[component]
pub fn Icon(
    /// SVG path data.
    path: &'static str,
) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}
