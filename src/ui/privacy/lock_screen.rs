use leptos::prelude::*;

use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::store::lock::LockError;
use crate::ui::state::use_app;

use super::passcode_form::{PasscodeForm, PasscodeState};
use super::text;

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
    let form: PasscodeState<LockError> =
        PasscodeState::new(move || store::lock::wait_secs(&app.session.profile.get_value()));
    let profile = StoredValue::new(profile);
    let unlock = move || {
        let Some(code) = form.take() else { return };
        let p = profile.get_value();
        leptos::task::spawn_local(async move {
            let result = store::lock::unlock(&p, &code).await;
            if app.session.profile.try_get_value().as_deref() != Some(p.as_str()) {
                // She switched person meanwhile: keep nothing open.
                store::lock::end_session();
                return;
            }
            form.busy.set(false);
            form.passcode.set(String::new());
            match result {
                Ok(loaded) => app.show(loaded),
                Err(e) => {
                    if let LockError::Wrong { wait_secs } | LockError::Wait { secs: wait_secs } = e
                    {
                        form.wait.set(wait_secs);
                    }
                    form.fail(e);
                    super::focus_id("unlock-passcode");
                }
            }
        });
    };
    let status = form.status(
        move || t_string!(i18n, privacy.lock.opening).to_owned(),
        move || t_string!(i18n, privacy.lock.type_first).to_owned(),
        move |e| text::lock_error(i18n, e),
    );
    view! {
        <h1 tabindex="-1">{t!(i18n, privacy.lock.title)}</h1>
        {person.map(|p| view! {
            <p class="lock-who">{move || t_string!(i18n, privacy.lock.locked_for, name = text::nickname(i18n, &p, &list))}</p>
        })}
        <PasscodeForm state=form input_id="unlock-passcode"
            label=Signal::derive(move || t_string!(i18n, privacy.lock.passcode).to_owned())
            submit=Signal::derive(move || t_string!(i18n, privacy.lock.unlock).to_owned())
            status=status on_submit=Callback::new(move |()| unlock())/>
        <p class="small">{t!(i18n, privacy.lock.forgotten)}</p>
        <crate::ui::components::locked_lines::LockScreenLines/>
        <div class="actions">
            <button type="button" class="button quiet" on:click=move |_| app.switch_person()>{t!(i18n, privacy.lock.switch_person)}</button>
        </div>
    }
}
