use leptos::prelude::*;

use crate::i18n::{t, use_i18n};

/// A path the app does not know: a calm way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, common.not_found.title)}</h1>
        <p>{t!(i18n, common.not_found.nothing_lost)}</p>
        <p><a class="button" href="/">{t!(i18n, common.not_found.go_home)}</a></p>
    }
}
