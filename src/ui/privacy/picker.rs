use leptos::prelude::*;

use crate::domain::lock::add_profile;
use crate::i18n::{t, use_i18n};
use crate::store;
use crate::ui::router::navigate;
use crate::ui::state::use_app;

/// Who is using the app: nicknames only. Choosing one opens that person's journal (or its lock
/// screen); "Add a person" starts a new, separate journal.
#[component]
pub fn Picker() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let nickname = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let pick = move |id: String| {
        app.open_profile(&id);
        navigate(&app, "/");
    };
    let add = move || {
        let mut list = store::profiles();
        let id = store::new_profile_id();
        if let Err(e) = add_profile(&mut list, &nickname.get_untracked(), &id) {
            error.set(Some(super::text::profile_error(i18n, &e)));
            return;
        }
        if let Err(e) = store::save_profiles(&list) {
            error.set(Some(super::text::store_error(i18n, &e)));
            return;
        }
        app.session.profiles.set(list);
        nickname.set(String::new());
        error.set(None);
        pick(id);
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, privacy.picker.title)}</h1>
        <p>{t!(i18n, privacy.picker.intro)}</p>
        <ul class="profile-list">
            {move || {
                let all = app.session.profiles.get();
                all.clone().into_iter().map(|p| {
                let id = p.id.clone();
                let shown = super::text::nickname(i18n, &p, &all);
                view! {
                    <li>
                        <button type="button" class="button quiet profile-pick" on:click=move |_| pick(id.clone())>
                            {shown}
                        </button>
                    </li>
                }
            }).collect_view()}}
        </ul>
        <form class="card" aria-labelledby="add-person-title" on:submit=move |e| { e.prevent_default(); add(); }>
            <h2 id="add-person-title">{t!(i18n, privacy.picker.add_title)}</h2>
            <div class="field">
                <label for="new-nickname">{t!(i18n, privacy.picker.nickname)}</label>
                <input id="new-nickname" type="text" autocomplete="off" maxlength="40"
                    prop:value=move || nickname.get()
                    on:input=move |e| nickname.set(event_target_value(&e))/>
            </div>
            <p class="small">{t!(i18n, privacy.picker.nickname_note)}</p>
            <p role="status">{move || error.get()}</p>
            <button type="submit" class="button">{t!(i18n, privacy.picker.add)}</button>
        </form>
    }
}
