//! `/share/backup`: a full backup file (optionally locked with a passphrase), and restore: pick a
//! file, validate it completely, show what it would change, and merge only when she confirms. A
//! file that cannot be read changes nothing and says why.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::choices::day_text;
use super::files::{self, OutFile};
use crate::domain::dates::local_date;
use crate::domain::exchange::backup::{
    backup_file_name, backup_text, days_since_backup, describe_report, is_encrypted,
    mark_backed_up, read_backup, restore, restore_preview, EncryptedBackup,
};
use crate::store;
use crate::store::crypto::{decrypt_backup, encrypt_backup};
use crate::ui::state::{use_app, AppState};

/// Shortest passphrase accepted for a locked backup.
const MIN_PASSPHRASE: usize = 8;
/// How long after handing a backup file to the browser its date is saved in the journal.
const SAVE_AFTER_HANDOVER: std::time::Duration = std::time::Duration::from_millis(300);
/// Largest file read for a restore (a five-year journal is about 1 MB).
const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// Where a restore is.
#[derive(Clone, Debug, PartialEq)]
enum Restore {
    Idle,
    Reading,
    /// A locked backup: ask for the passphrase.
    Locked {
        text: String,
        error: Option<String>,
    },
    Opening,
    /// Read and checked: what restoring would do.
    Preview {
        plain: String,
        summary: String,
        made: Option<String>,
    },
    Failed(String),
    Done(String),
}

/// Check a backup's text and show what restoring it would do.
fn preview(app: &AppState, plain: String) -> Restore {
    let checked = app
        .doc
        .with_untracked(|d| restore_preview(&d.journal, &plain));
    match checked {
        Ok(report) => Restore::Preview {
            made: read_backup(&plain)
                .ok()
                .map(|d| day_text(local_date(&d.updated_at))),
            summary: describe_report(&report),
            plain,
        },
        Err(e) => Restore::Failed(e),
    }
}

#[component]
pub fn BackupPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Backup and restore"</h1>
        <p class="lead">"Your notes live only on this phone. A backup file keeps a copy you can bring back, on this phone or a new one."</p>
        <MakeBackup/>
        <RestoreBackup/>
        <div class="actions">
            <a class="button quiet" href="/share">"Back to Share"</a>
        </div>
    }
}

#[component]
fn MakeBackup() -> impl IntoView {
    let app = use_app();
    let last = move || {
        let days = app.with_journal(|j| days_since_backup(j, store::now()));
        match days {
            None => "You have not made a backup yet.".to_owned(),
            Some(0) => "Your last backup was today.".to_owned(),
            Some(1) => "Your last backup was yesterday.".to_owned(),
            Some(n) => format!("Your last backup was {n} days ago."),
        }
    };
    let lock = RwSignal::new(false);
    let pass = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let can_share = files::can_share_files(files::JSON);

    let make = move |via_share: bool| {
        problem.set(None);
        status.set(String::new());
        let locked = lock.get_untracked();
        let passphrase = pass.get_untracked();
        if locked {
            if passphrase.chars().count() < MIN_PASSPHRASE {
                problem.set(Some(format!(
                    "Choose a passphrase of at least {MIN_PASSPHRASE} characters."
                )));
                return;
            }
            if passphrase != again.get_untracked() {
                problem.set(Some("The two passphrases are not the same.".into()));
                return;
            }
        }
        let now = store::now();
        // The file text without copying the journal; it is marked as backed up only once the
        // file is out.
        let Some(text) = app.doc.try_update_untracked(|d| backup_text(d, now)) else {
            return;
        };
        let name = backup_file_name(now);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let file = if locked {
                status.set("Locking the backup with your passphrase…".into());
                match encrypt_backup(&text, &passphrase).await {
                    Ok(env) => OutFile {
                        name: name.replace(".json", "-locked.json"),
                        mime: files::JSON,
                        text: env.to_json(),
                    },
                    Err(e) => {
                        status.set(String::new());
                        problem.set(Some(e.to_string()));
                        busy.set(false);
                        return;
                    }
                }
            } else {
                OutFile {
                    name,
                    mime: files::JSON,
                    text,
                }
            };
            let handed = if via_share {
                files::share(&file, "Between Sessions backup").await
            } else {
                files::download(&file).map(|()| true)
            };
            busy.set(false);
            match handed {
                Ok(true) => {
                    // The backup is out: remember when. Saving the whole journal again takes a
                    // moment on a slow phone; done at once, it held up the browser's download by
                    // as long (measured: 65 ms at 4x CPU throttling), so it waits a little.
                    let name = file.name;
                    set_timeout(
                        move || {
                            app.doc.update(|d| mark_backed_up(d, now));
                            app.persist();
                            status.set(format!(
                                "Backup saved: {name}. Keep a copy somewhere off this phone too, like your email or a drive."
                            ));
                        },
                        SAVE_AFTER_HANDOVER,
                    );
                }
                Ok(false) => status.set(String::new()),
                Err(e) => problem.set(Some(e)),
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="bk-make">
            <h2 id="bk-make">"Make a backup"</h2>
            <p>{last}</p>
            <div class="share-check">
                <input type="checkbox" id="bk-lock" prop:checked=move || lock.get()
                    on:change=move |ev| lock.set(event_target_checked(&ev))/>
                <label for="bk-lock">"Lock it with a passphrase"</label>
            </div>
            <Show when=move || lock.get()>
                <p class="small">"Anyone who has a locked file needs the passphrase to open it. If you forget the passphrase, nobody can open the file, not even us."</p>
                <div class="field">
                    <label for="bk-pass">"Passphrase"</label>
                    <input id="bk-pass" type="password" autocomplete="new-password"
                        prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="bk-again">"Passphrase again"</label>
                    <input id="bk-again" type="password" autocomplete="new-password"
                        prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
                </div>
            </Show>
            {move || problem.get().map(|p| view! { <p class="share-problem" role="alert">{p}</p> })}
            <div class="actions">
                <button type="button" disabled=move || busy.get() on:click=move |_| make(false)>"Save backup file"</button>
                {can_share.then(|| view! {
                    <button type="button" class="quiet" disabled=move || busy.get() on:click=move |_| make(true)>"Send backup file"</button>
                })}
            </div>
            <p role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}

#[component]
fn RestoreBackup() -> impl IntoView {
    let app = use_app();
    let state = RwSignal::new(Restore::Idle);
    let pass = RwSignal::new(String::new());

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Let the same file be chosen again after a fix.
        input.set_value("");
        if file.size() > MAX_FILE_BYTES {
            state.set(Restore::Failed(
                "This file is far too large to be a Between Sessions backup. Nothing was changed."
                    .into(),
            ));
            return;
        }
        state.set(Restore::Reading);
        pass.set(String::new());
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                state.set(Restore::Failed(
                    "This file could not be read. Try another copy. Nothing was changed.".into(),
                ));
                return;
            };
            if is_encrypted(&text) {
                // A damaged or newer lock is reported before asking for the passphrase.
                match EncryptedBackup::parse(&text) {
                    Ok(_) => state.set(Restore::Locked { text, error: None }),
                    Err(e) => state.set(Restore::Failed(e.to_string())),
                }
            } else {
                state.set(preview(&app, text));
            }
        });
    };

    let open_locked = move || {
        let Restore::Locked { text, .. } = state.get_untracked() else {
            return;
        };
        let passphrase = pass.get_untracked();
        state.set(Restore::Opening);
        leptos::task::spawn_local(async move {
            let opened = match EncryptedBackup::parse(&text) {
                Ok(env) => decrypt_backup(&env, &passphrase).await,
                Err(e) => Err(e),
            };
            match opened {
                Ok(plain) => state.set(preview(&app, plain)),
                Err(e) => state.set(Restore::Locked {
                    text,
                    error: Some(e.to_string()),
                }),
            }
        });
    };

    let confirm = move |_| {
        let Restore::Preview { plain, .. } = state.get_untracked() else {
            return;
        };
        let result = app.try_edit(|j, _now| {
            let (merged, report) = restore(j, &plain)?;
            *j = merged;
            Ok(describe_report(&report))
        });
        match result {
            Ok(msg) => state.set(Restore::Done(format!("Restored. {msg}"))),
            Err(e) => state.set(Restore::Failed(e)),
        }
    };

    view! {
        <section class="card" aria-labelledby="bk-restore">
            <h2 id="bk-restore">"Restore from a backup"</h2>
            <p>"Restoring adds what is in the backup to what is on this phone. Nothing here is deleted: where a note is in both, the newer one is kept."</p>
            <div class="field">
                <label for="bk-file">"Choose a backup file"</label>
                <input id="bk-file" class="share-file-pick" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {move || match state.get() {
                Restore::Idle => ().into_any(),
                Restore::Reading => view! { <p role="status">"Reading the file…"</p> }.into_any(),
                Restore::Opening => view! { <p role="status">"Opening the backup…"</p> }.into_any(),
                Restore::Locked { error, .. } => view! {
                    <p>"This backup is locked with a passphrase."</p>
                    <div class="field">
                        <label for="bk-open-pass">"Backup passphrase"</label>
                        <input id="bk-open-pass" type="password" autocomplete="current-password"
                            prop:value=move || pass.get_untracked()
                            on:input=move |ev| pass.set(event_target_value(&ev))
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { open_locked() }/>
                    </div>
                    {error.map(|e| view! { <p class="share-problem" role="alert">{e}</p> })}
                    <div class="actions">
                        <button type="button" on:click=move |_| open_locked()>"Open backup"</button>
                        <button type="button" class="quiet" on:click=move |_| state.set(Restore::Idle)>"Cancel"</button>
                    </div>
                }.into_any(),
                Restore::Preview { summary, made, .. } => view! {
                    <div class="share-preview-box" role="status">
                        <p><strong>"This backup can be restored."</strong></p>
                        {made.map(|m| view! { <p>{format!("It was made on {m}.")}</p> })}
                        <p>{format!("Restoring it: {summary}")}</p>
                    </div>
                    <div class="actions">
                        <button type="button" on:click=confirm>"Restore"</button>
                        <button type="button" class="quiet" on:click=move |_| state.set(Restore::Idle)>"Cancel"</button>
                    </div>
                }.into_any(),
                Restore::Failed(msg) => view! { <p class="share-problem" role="alert">{msg}</p> }.into_any(),
                Restore::Done(msg) => view! { <p class="share-done" role="status">{msg}</p> }.into_any(),
            }}
        </section>
    }
}
