use std::time::Duration;

use leptos::prelude::*;

use crate::store;
use crate::store::lock::{seconds, LockError};
use crate::ui::state::use_app;

/// The lock screen of a person with a passcode: nothing of her journal is in memory until the
/// passcode opens it. Wrong tries wait longer each time (kept across reloads).
#[component]
pub fn LockScreen() -> impl IntoView {
    let app = use_app();
    let profile = app.profile.get_value();
    let nickname = app.profiles.with_untracked(|list| {
        (list.len() > 1)
            .then(|| {
                list.iter()
                    .find(|p| p.id == profile)
                    .map(|p| p.nickname.clone())
            })
            .flatten()
    });
    let passcode = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let wait = RwSignal::new(store::lock::wait_secs(&profile));
    let ticker = set_interval_with_handle(
        move || {
            let p = app.profile.get_value();
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
            message.set(Some("Type your passcode first.".into()));
            return;
        }
        busy.set(true);
        message.set(None);
        let p = profile.get_value();
        leptos::task::spawn_local(async move {
            let result = store::lock::unlock(&p, &code).await;
            if app.profile.try_get_value().as_deref() != Some(p.as_str()) {
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
                    message.set(Some(e.to_string()));
                    super::focus_id("unlock-passcode");
                }
            }
        });
    };
    view! {
        <h1 tabindex="-1">"Your notes are locked"</h1>
        {nickname.map(|n| view! { <p class="lock-who">{format!("Locked for {n}.")}</p> })}
        <form class="card lock-form" on:submit=move |e| { e.prevent_default(); unlock(); }>
            <div class="field">
                <label for="unlock-passcode">"Passcode"</label>
                <input id="unlock-passcode" type="password" autocomplete="current-password"
                    prop:value=move || passcode.get()
                    on:input=move |e| passcode.set(event_target_value(&e))/>
            </div>
            <p class="lock-message" role="status">
                {move || if busy.get() { Some("Opening your notes…".to_owned()) } else { message.get() }}
            </p>
            <Show when=move || { wait.get() > 0 }>
                <p class="small">{move || format!("You can try again in {}.", seconds(wait.get()))}</p>
            </Show>
            <div class="actions">
                <button type="submit" class="button" disabled=move || { busy.get() || wait.get() > 0 }>"Unlock"</button>
            </div>
        </form>
        <p class="small">"If the passcode is forgotten, these notes cannot be opened, by anyone. A backup file you saved can be restored for a new person on this phone."</p>
        <div class="actions">
            <button type="button" class="button quiet" on:click=move |_| app.switch_person()>"Switch person"</button>
        </div>
    }
}
