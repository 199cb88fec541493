use leptos::prelude::*;

use crate::domain::lock::{
    check_new_passcode, PasscodeError, AUTOLOCK_CHOICES, MIN_PASSCODE_CHARS,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::store::lock::LockError;
use crate::store::StoreError;
use crate::ui::state::{use_app, AppState};

use super::text;

/// What a passcode action says, drawn in the language shown now.
#[derive(Clone, Debug, PartialEq)]
enum Say {
    Locking,
    Changing,
    Removing,
    Changed,
    Removed,
    TypeCurrent,
    /// A `check_new_passcode` refusal.
    Check(PasscodeError),
    Failed(LockError),
}

fn say(i18n: text::I18n, what: &Say) -> String {
    match what {
        Say::Locking => t_string!(i18n, privacy.settings.locking).to_owned(),
        Say::Changing => t_string!(i18n, privacy.settings.changing).to_owned(),
        Say::Removing => t_string!(i18n, privacy.settings.removing).to_owned(),
        Say::Changed => t_string!(i18n, privacy.settings.changed).to_owned(),
        Say::Removed => t_string!(i18n, privacy.settings.removed).to_owned(),
        Say::TypeCurrent => t_string!(i18n, privacy.settings.type_current).to_owned(),
        Say::Check(e) => text::passcode_error(i18n, e),
        Say::Failed(e) => text::lock_error(i18n, e),
    }
}

/// Where a passcode action is.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Working(Say),
    Done(Say),
    Problem(Say),
}

fn status_view(status: RwSignal<Status>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p role="status" class="passcode-status">
            {move || status.with(|s| match s {
                Status::Idle => String::new(),
                Status::Working(m) | Status::Done(m) | Status::Problem(m) => say(i18n, m),
            })}
        </p>
    }
}

/// A password field labelled by its children.
#[component]
fn Secret(
    id: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] new: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{children()}</label>
            <input id=id type="password"
                autocomplete=if new { "new-password" } else { "current-password" }
                prop:value=move || value.get()
                on:input=move |e| value.set(event_target_value(&e))/>
        </div>
    }
}

/// Settings sections: the passcode (set, auto-lock, change, remove) and the discreet name.
#[component]
pub fn PrivacySettings() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let notice: RwSignal<Option<Say>> = RwSignal::new(None);
    view! {
        <section class="card privacy-settings" aria-labelledby="passcode-title">
            <h2 id="passcode-title">{t!(i18n, privacy.settings.passcode_title)}</h2>
            <p role="status" class="passcode-status">{move || notice.with(|n| n.as_ref().map(|n| say(i18n, n)))}</p>
            {move || if app.session.sealed.get() {
                view! { <PasscodeSet notice/> }.into_any()
            } else {
                view! { <NoPasscode notice/> }.into_any()
            }}
        </section>
        <Discreet/>
    }
}

fn doc_now(app: &AppState) -> crate::domain::journal::Document {
    app.journal.doc.get_untracked()
}

#[component]
fn NoPasscode(notice: RwSignal<Option<Say>>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Idle);
    let set = move || {
        if matches!(status.get_untracked(), Status::Working(_)) {
            return;
        }
        let (a, b) = (first.get_untracked(), again.get_untracked());
        if let Err(e) = check_new_passcode(&a, &b) {
            status.set(Status::Problem(Say::Check(e)));
            return;
        }
        status.set(Status::Working(Say::Locking));
        let profile = app.session.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::set_passcode(&profile, &a, &doc).await {
                Ok(()) => {
                    first.set(String::new());
                    again.set(String::new());
                    notice.set(None);
                    app.session.sealed.set(true);
                }
                Err(e) => status.set(Status::Problem(Say::Failed(e))),
            }
        });
    };
    view! {
        <p>{t!(i18n, privacy.settings.intro)}</p>
        <div class="passcode-warning">
            <p><strong>{t!(i18n, privacy.settings.warning)}</strong>
                " " {t!(i18n, privacy.settings.warning_more)}</p>
            <p>{crate::i18n::text_link(i18n, crate::i18n::keys::privacy::settings::keep_backup, "/share/backup")}</p>
        </div>
        <form on:submit=move |e| { e.prevent_default(); set(); }>
            <Secret id="pc-new" value=first new=true>{t!(i18n, privacy.settings.new_passcode)}</Secret>
            <Secret id="pc-again" value=again new=true>{t!(i18n, privacy.settings.new_again)}</Secret>
            <p class="small">{move || t_string!(i18n, privacy.settings.hint, n = crate::ui::fmt::number(MIN_PASSCODE_CHARS as i64))}</p>
            {status_view(status)}
            <button type="submit" class="button" disabled=move || matches!(status.get(), Status::Working(_))>{t!(i18n, privacy.settings.set)}</button>
        </form>
    }
}

#[component]
fn PasscodeSet(notice: RwSignal<Option<Say>>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let autolock = RwSignal::new(store::lock::lock_state(&profile).autolock_minutes);
    let set_autolock = move |e| {
        let value = event_target_value(&e);
        let minutes = value.parse::<u32>().ok();
        let p = app.session.profile.get_value();
        let mut state = store::lock::lock_state(&p);
        state.autolock_minutes = minutes;
        let _best_effort = store::lock::save_lock_state(&p, &state);
        autolock.set(minutes);
    };
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let change_status = RwSignal::new(Status::Idle);
    let change = move || {
        if matches!(change_status.get_untracked(), Status::Working(_)) {
            return;
        }
        let (old, a, b) = (
            current.get_untracked(),
            first.get_untracked(),
            again.get_untracked(),
        );
        if let Err(e) = check_new_passcode(&a, &b) {
            change_status.set(Status::Problem(Say::Check(e)));
            return;
        }
        change_status.set(Status::Working(Say::Changing));
        let profile = app.session.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::change_passcode(&profile, &old, &a, &doc).await {
                Ok(()) => {
                    current.set(String::new());
                    first.set(String::new());
                    again.set(String::new());
                    change_status.set(Status::Done(Say::Changed));
                }
                Err(e) => {
                    current.set(String::new());
                    change_status.set(Status::Problem(Say::Failed(e)));
                }
            }
        });
    };
    let remove_current = RwSignal::new(String::new());
    let remove_status = RwSignal::new(Status::Idle);
    let remove = move || {
        if matches!(remove_status.get_untracked(), Status::Working(_)) {
            return;
        }
        let old = remove_current.get_untracked();
        if old.is_empty() {
            remove_status.set(Status::Problem(Say::TypeCurrent));
            return;
        }
        remove_status.set(Status::Working(Say::Removing));
        let profile = app.session.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::remove_passcode(&profile, &old, &doc).await {
                Ok(()) => {
                    notice.set(Some(Say::Removed));
                    app.session.sealed.set(false);
                }
                Err(e) => {
                    remove_current.set(String::new());
                    remove_status.set(Status::Problem(Say::Failed(e)));
                }
            }
        });
    };
    view! {
        <p role="status">{t!(i18n, privacy.settings.is_set)}</p>
        <div class="field">
            <label for="autolock">{t!(i18n, privacy.settings.autolock)}</label>
            <select id="autolock" on:change=set_autolock>
                {AUTOLOCK_CHOICES.iter().map(|choice| {
                    let c = *choice;
                    let value = c.map(|m| m.to_string()).unwrap_or_default();
                    let label = move || match c {
                        None => t_string!(i18n, privacy.settings.never).to_owned(),
                        Some(m) => text::minutes(i18n, m),
                    };
                    view! { <option value=value selected=move || autolock.get() == c>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="actions">
            <button type="button" class="button" on:click=move |_| app.lock()>{t!(i18n, privacy.settings.lock_now)}</button>
        </div>
        <p class="small">{crate::i18n::text_link(i18n, crate::i18n::keys::privacy::settings::forget_note, "/share/backup")}</p>
        <section class="passcode-part" aria-labelledby="change-pc-title">
            <h3 id="change-pc-title">{t!(i18n, privacy.settings.change_title)}</h3>
            <form on:submit=move |e| { e.prevent_default(); change(); }>
                <Secret id="pc-current" value=current>{t!(i18n, privacy.settings.current)}</Secret>
                <Secret id="pc-change-new" value=first new=true>{t!(i18n, privacy.settings.new_passcode)}</Secret>
                <Secret id="pc-change-again" value=again new=true>{t!(i18n, privacy.settings.new_again)}</Secret>
                {status_view(change_status)}
                <button type="submit" class="button quiet" disabled=move || matches!(change_status.get(), Status::Working(_))>{t!(i18n, privacy.settings.change_title)}</button>
            </form>
        </section>
        <section class="passcode-part" aria-labelledby="remove-pc-title">
            <h3 id="remove-pc-title">{t!(i18n, privacy.settings.remove_title)}</h3>
            <p>{t!(i18n, privacy.settings.remove_intro)}</p>
            <form on:submit=move |e| { e.prevent_default(); remove(); }>
                <Secret id="pc-remove-current" value=remove_current>{t!(i18n, privacy.settings.current)}</Secret>
                {status_view(remove_status)}
                <button type="submit" class="button quiet" disabled=move || matches!(remove_status.get(), Status::Working(_))>{t!(i18n, privacy.settings.remove_title)}</button>
            </form>
        </section>
    }
}

#[component]
fn Discreet() -> impl IntoView {
    let i18n = use_i18n();
    let on = RwSignal::new(store::discreet());
    let error: RwSignal<Option<StoreError>> = RwSignal::new(None);
    let toggle = move |e: leptos::ev::Event| {
        let checked = event_target_checked(&e);
        match store::set_discreet(checked) {
            Ok(()) => {
                on.set(checked);
                error.set(None);
                super::apply_discreet(checked);
            }
            Err(err) => error.set(Some(err)),
        }
    };
    view! {
        <section class="card" aria-labelledby="discreet-title">
            <h2 id="discreet-title">{t!(i18n, privacy.settings.discreet_title)}</h2>
            <div class="check-row">
                <input id="discreet" type="checkbox" prop:checked=move || on.get() on:change=toggle/>
                <label for="discreet">{t!(i18n, privacy.settings.discreet_label)}</label>
            </div>
            <p class="small">{move || t_string!(i18n, privacy.settings.discreet_note, name = super::DISCREET_NAME)}</p>
            <p role="status">{move || error.with(|e| e.as_ref().map(|e| text::store_error(i18n, e)))}</p>
        </section>
    }
}
