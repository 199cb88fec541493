use std::time::Duration;

use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::store::lock::LockError;
use crate::ui::state::use_app;

use super::text;

/// A message under the passcode field, drawn in the language shown now.
#[derive(Clone, Debug, PartialEq)]
enum Message {
    TypeFirst,
    Failed(LockError),
}

/// The lock screen of a person with a passcode: nothing of her journal is in memory until the
/// passcode opens it. Wrong tries wait longer each time (kept across reloads).
#[component]
pub fn LockScreen() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let list = app.session.profiles.get_untracked();
    let person = (list.len() > 1)
        .then(|| list.iter().find(|p| p.id == profile).cloned())
        .flatten();
    let passcode = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let message: RwSignal<Option<Message>> = RwSignal::new(None);
    let wait = RwSignal::new(store::lock::wait_secs(&profile));
    let ticker = set_interval_with_handle(
        move || {
            let p = app.session.profile.get_value();
            let left = store::lock::wait_secs(&p);
            if wait.get_untracked() != left {
                wait.set(left);
            }
        },
        Duration::from_millis(250),
    );
    on_cleanup(move || {
        if let Ok(t) = ticker {
            t.clear();
        }
    });
    let profile = StoredValue::new(profile);
    let unlock = move || {
        if busy.get_untracked() || wait.get_untracked() > 0 {
            return;
        }
        let code = passcode.get_untracked();
        if code.is_empty() {
            message.set(Some(Message::TypeFirst));
            return;
        }
        busy.set(true);
        message.set(None);
        let p = profile.get_value();
        leptos::task::spawn_local(async move {
            let result = store::lock::unlock(&p, &code).await;
            if app.session.profile.try_get_value().as_deref() != Some(p.as_str()) {
                // She switched person meanwhile: keep nothing open.
                store::lock::end_session();
                return;
            }
            busy.set(false);
            match result {
                Ok(loaded) => {
                    passcode.set(String::new());
                    app.show(loaded);
                }
                Err(e) => {
                    if let LockError::Wrong { wait_secs } | LockError::Wait { secs: wait_secs } = e
                    {
                        wait.set(wait_secs);
                    }
                    passcode.set(String::new());
                    message.set(Some(Message::Failed(e)));
                    super::focus_id("unlock-passcode");
                }
            }
        });
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, privacy.lock.title)}</h1>
        {person.map(|p| view! {
            <p class="lock-who">{move || t_string!(i18n, privacy.lock.locked_for, name = text::nickname(i18n, &p, &list))}</p>
        })}
        <form class="card lock-form" on:submit=move |e| { e.prevent_default(); unlock(); }>
            <div class="field">
                <label for="unlock-passcode">{t!(i18n, privacy.lock.passcode)}</label>
                <input id="unlock-passcode" type="password" autocomplete="current-password"
                    prop:value=move || passcode.get()
                    on:input=move |e| passcode.set(event_target_value(&e))/>
            </div>
            <p class="lock-message" role="status">
                {move || if busy.get() {
                    Some(t_string!(i18n, privacy.lock.opening).to_owned())
                } else {
                    message.with(|m| m.as_ref().map(|m| match m {
                        Message::TypeFirst => t_string!(i18n, privacy.lock.type_first).to_owned(),
                        Message::Failed(e) => text::lock_error(i18n, e),
                    }))
                }}
            </p>
            <Show when=move || { wait.get() > 0 }>
                <p class="small">{move || t_string!(i18n, privacy.lock.try_again_in, time = text::seconds(i18n, wait.get()))}</p>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || { busy.get() || wait.get() > 0 }>{t!(i18n, privacy.lock.unlock)}</button>
            </div>
        </form>
        <p class="small">{t!(i18n, privacy.lock.forgotten)}</p>
        <crate::ui::components::locked_lines::LockScreenLines/>
        <div class="actions">
            <button type="button" class="button quiet" on:click=move |_| app.switch_person()>{t!(i18n, privacy.lock.switch_person)}</button>
        </div>
    }
}
