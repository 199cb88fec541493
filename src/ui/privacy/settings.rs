use leptos::prelude::*;

use crate::domain::lock::{check_new_passcode, AUTOLOCK_CHOICES};
use crate::store;
use crate::ui::state::{use_app, AppState};

/// Where a passcode action is.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Idle,
    Working(&'static str),
    Done(String),
    Problem(String),
}

fn status_view(status: RwSignal<Status>) -> impl IntoView {
    view! {
        <p role="status" class="passcode-status">
            {move || match status.get() {
                Status::Idle => String::new(),
                Status::Working(w) => w.to_owned(),
                Status::Done(m) | Status::Problem(m) => m,
            }}
        </p>
    }
}

/// A labelled password field.
#[component]
fn Secret(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] new: bool,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
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
    let notice: RwSignal<Option<String>> = RwSignal::new(None);
    view! {
        <section class="card privacy-settings" aria-labelledby="passcode-title">
            <h2 id="passcode-title">"Passcode"</h2>
            <p role="status" class="passcode-status">{move || notice.get()}</p>
            {move || if app.sealed.get() {
                view! { <PasscodeSet notice/> }.into_any()
            } else {
                view! { <NoPasscode notice/> }.into_any()
            }}
        </section>
        <Discreet/>
    }
}

fn doc_now(app: &AppState) -> crate::domain::journal::Document {
    app.doc.get_untracked()
}

#[component]
fn NoPasscode(notice: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    let first = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Idle);
    let set = move || {
        if matches!(status.get_untracked(), Status::Working(_)) {
            return;
        }
        let (a, b) = (first.get_untracked(), again.get_untracked());
        if let Err(e) = check_new_passcode(&a, &b) {
            status.set(Status::Problem(e));
            return;
        }
        status.set(Status::Working("Locking your notes…"));
        let profile = app.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::set_passcode(&profile, &a, &doc).await {
                Ok(()) => {
                    first.set(String::new());
                    again.set(String::new());
                    notice.set(None);
                    app.sealed.set(true);
                }
                Err(e) => status.set(Status::Problem(e.to_string())),
            }
        });
    };
    view! {
        <p>"A passcode locks your notes on this phone. Without it, nobody can read them here, even if they open the app."</p>
        <div class="passcode-warning">
            <p><strong>"If you forget your passcode, your notes cannot be opened again."</strong>
                " Nobody can get it back for you, not this app and not your therapist."</p>
            <p>"Keep a backup file locked with a passphrase somewhere safe: "
                <a href="/share/backup">"Save an encrypted backup"</a>"."</p>
        </div>
        <form on:submit=move |e| { e.prevent_default(); set(); }>
            <Secret id="pc-new" label="New passcode" value=first new=true/>
            <Secret id="pc-again" label="New passcode again" value=again new=true/>
            <p class="small">"At least 4 characters. A few words are easier to remember than a number."</p>
            {status_view(status)}
            <button type="submit" class="button" disabled=move || matches!(status.get(), Status::Working(_))>"Set passcode"</button>
        </form>
    }
}

#[component]
fn PasscodeSet(notice: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    let profile = app.profile.get_value();
    let autolock = RwSignal::new(store::lock::lock_state(&profile).autolock_minutes);
    let set_autolock = move |e| {
        let value = event_target_value(&e);
        let minutes = value.parse::<u32>().ok();
        let p = app.profile.get_value();
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
            change_status.set(Status::Problem(e));
            return;
        }
        change_status.set(Status::Working("Changing the passcode…"));
        let profile = app.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::change_passcode(&profile, &old, &a, &doc).await {
                Ok(()) => {
                    current.set(String::new());
                    first.set(String::new());
                    again.set(String::new());
                    change_status.set(Status::Done(
                        "The passcode is changed. Use the new one from now on.".into(),
                    ));
                }
                Err(e) => {
                    current.set(String::new());
                    change_status.set(Status::Problem(e.to_string()));
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
            remove_status.set(Status::Problem("Type your current passcode first.".into()));
            return;
        }
        remove_status.set(Status::Working("Removing the passcode…"));
        let profile = app.profile.get_value();
        leptos::task::spawn_local(async move {
            let doc = doc_now(&app);
            match store::lock::remove_passcode(&profile, &old, &doc).await {
                Ok(()) => {
                    notice.set(Some(
                        "The passcode is removed. Your notes are kept on this phone without a lock."
                            .into(),
                    ));
                    app.sealed.set(false);
                }
                Err(e) => {
                    remove_current.set(String::new());
                    remove_status.set(Status::Problem(e.to_string()));
                }
            }
        });
    };
    view! {
        <p role="status">"Your notes are locked with a passcode."</p>
        <div class="field">
            <label for="autolock">"Lock when I stop using the app for"</label>
            <select id="autolock" on:change=set_autolock>
                {AUTOLOCK_CHOICES.iter().map(|choice| {
                    let c = *choice;
                    let (value, text) = match c {
                        None => (String::new(), "Never lock by itself".to_owned()),
                        Some(1) => ("1".to_owned(), "1 minute".to_owned()),
                        Some(m) => (m.to_string(), format!("{m} minutes")),
                    };
                    view! { <option value=value selected=move || autolock.get() == c>{text}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="actions">
            <button type="button" class="button" on:click=move |_| app.lock()>"Lock now"</button>
        </div>
        <p class="small">"If you forget your passcode, your notes cannot be opened again. "
            <a href="/share/backup">"Save an encrypted backup"</a>" and keep it somewhere safe."</p>
        <section class="passcode-part" aria-labelledby="change-pc-title">
            <h3 id="change-pc-title">"Change passcode"</h3>
            <form on:submit=move |e| { e.prevent_default(); change(); }>
                <Secret id="pc-current" label="Current passcode" value=current/>
                <Secret id="pc-change-new" label="New passcode" value=first new=true/>
                <Secret id="pc-change-again" label="New passcode again" value=again new=true/>
                {status_view(change_status)}
                <button type="submit" class="button quiet" disabled=move || matches!(change_status.get(), Status::Working(_))>"Change passcode"</button>
            </form>
        </section>
        <section class="passcode-part" aria-labelledby="remove-pc-title">
            <h3 id="remove-pc-title">"Remove passcode"</h3>
            <p>"Your notes stay on this phone, without a lock."</p>
            <form on:submit=move |e| { e.prevent_default(); remove(); }>
                <Secret id="pc-remove-current" label="Current passcode" value=remove_current/>
                {status_view(remove_status)}
                <button type="submit" class="button quiet" disabled=move || matches!(remove_status.get(), Status::Working(_))>"Remove passcode"</button>
            </form>
        </section>
    }
}

#[component]
fn Discreet() -> impl IntoView {
    let on = RwSignal::new(store::discreet());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let toggle = move |e: leptos::ev::Event| {
        let checked = event_target_checked(&e);
        match store::set_discreet(checked) {
            Ok(()) => {
                on.set(checked);
                error.set(None);
                super::apply_discreet(checked);
            }
            Err(err) => error.set(Some(err.to_string())),
        }
    };
    view! {
        <section class="card" aria-labelledby="discreet-title">
            <h2 id="discreet-title">"Discreet name and icon"</h2>
            <div class="check-row">
                <input id="discreet" type="checkbox" prop:checked=move || on.get() on:change=toggle/>
                <label for="discreet">"Discreet name and icon"</label>
            </div>
            <p class="small">"When this is on, the app is called \u{201c}Notes\u{201d} with a plain icon, in the browser and when you add it to your home screen. If it is already on your home screen, remove it there and add it again."</p>
            <p role="status">{move || error.get()}</p>
        </section>
    }
}
