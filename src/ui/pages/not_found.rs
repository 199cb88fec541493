use leptos::prelude::*;

/// A path the app does not know: a calm way home.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"This page is not here"</h1>
        <p>"Nothing is lost. Your notes are safe on this phone."</p>
        <p><a class="button" href="/">"Go to This week"</a></p>
    }
}
