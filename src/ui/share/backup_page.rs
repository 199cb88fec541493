//! `/share/backup`: a full backup file (optionally locked with a passphrase), and restore: pick a
//! file, validate it completely, show what it would change, and merge only when she confirms. A
//! file that cannot be read changes nothing and says why.

use leptos::prelude::*;

use super::files::{self, OutFile};
use super::words;
use crate::domain::dates::local_date;
use crate::domain::exchange::backup::{
    backup_file_name, backup_text, days_since_backup, is_encrypted, mark_backed_up, merge_backup,
    read_backup, read_encrypted,
};
use crate::i18n::{t, t_string, use_i18n};

use crate::i18n::I18n;
use crate::store;
use crate::store::crypto::{decrypt_backup, encrypt_backup, CryptoError};
use crate::ui::state::{use_app, AppState};

/// Shortest passphrase accepted for a locked backup.
const MIN_PASSPHRASE: usize = 8;
/// How long after handing a backup file to the browser its date is saved in the journal.
const SAVE_AFTER_HANDOVER: std::time::Duration = std::time::Duration::from_millis(300);
/// Largest file read for a restore (a five-year journal is about 1 MB).
const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;

/// Where a restore is.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Restore {
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
    /// Confirmed: being saved (nothing is shown as restored until storage has it).
    Saving,
    Failed(String),
    Done(String),
}

/// Check a backup's text and show what restoring it would do.
pub(crate) fn preview(app: &AppState, i18n: I18n, plain: String) -> Restore {
    match read_backup(&plain, store::now()) {
        Ok(doc) => {
            let report = app
                .journal
                .doc
                .with_untracked(|d| merge_backup(&d.journal, &doc).1);
            Restore::Preview {
                made: Some(words::day(local_date(&doc.updated_at))),
                summary: words::report(i18n, &report),
                plain,
            }
        }
        Err(e) => Restore::Failed(words::import_error(i18n, &e)),
    }
}

/// Restore a backup (checked again, then merged into the open journal) and save it. She sees
/// the restored records, and "Restored", only once storage has them: when saving fails, nothing
/// on screen or in storage changes and `done` gets what happened and what to do.
pub(crate) fn restore_then(
    app: AppState,
    i18n: I18n,
    plain: &str,
    done: impl Fn(Restore) + 'static,
) {
    if app.is_newer() {
        done(Restore::Failed(restore_not_saved(
            i18n,
            &store::StoreError::Newer,
        )));
        return;
    }
    let now = store::now();
    let backup = match read_backup(plain, now) {
        Ok(doc) => doc,
        Err(e) => {
            done(Restore::Failed(words::import_error(i18n, &e)));
            return;
        }
    };
    let mut next = app.journal.doc.with_untracked(|d| d.clone());
    let (merged, report) = merge_backup(&next.journal, &backup);
    next.journal = merged;
    next.touch(now);
    let summary = words::report(i18n, &report);
    let profile = app.session.profile.get_value();
    let generation = app.session.generation.get_untracked();
    let shown = next.clone();
    let saved: store::lock::Done = std::rc::Rc::new(move |result| {
        // Another journal was opened meanwhile: this one is not on screen any more.
        if app.session.generation.try_get_untracked() != Some(generation) {
            return;
        }
        match result {
            Ok(()) => {
                app.journal.doc.set(shown.clone());
                app.journal.save_error.set(None);
                done(Restore::Done(t_string!(
                    i18n,
                    share.backup.restored,
                    summary = summary.clone()
                )));
            }
            Err(e) => done(Restore::Failed(restore_not_saved(i18n, &e))),
        }
    });
    store::lock::save_then(&profile, &next, saved);
}

/// Why a restore was not saved, and what to do, in her language.
fn restore_not_saved(i18n: I18n, e: &store::StoreError) -> String {
    match e {
        store::StoreError::QuotaExceeded => t_string!(i18n, data.restore.full).to_owned(),
        store::StoreError::Locked => t_string!(i18n, data.restore.locked).to_owned(),
        store::StoreError::Newer => t_string!(i18n, data.restore.newer).to_owned(),
        store::StoreError::Unavailable => t_string!(i18n, data.restore.unavailable).to_owned(),
        store::StoreError::Other(detail) => t_string!(i18n, data.restore.other, detail),
    }
}

/// Why a backup could not be locked, in her language.
fn crypto_error(i18n: I18n, e: &CryptoError) -> String {
    match e {
        CryptoError::Unavailable => t_string!(i18n, share.backup.no_crypto).to_owned(),
        CryptoError::Failed(detail) => {
            t_string!(i18n, share.backup.lock_failed, detail).to_string()
        }
    }
}

/// "This backup can be restored", when it was made and what restoring it adds: the preview both
/// a backup file and a kept copy show before she confirms.
#[component]
pub fn PreviewBox(
    /// What restoring adds and updates, in her words.
    summary: String,
    /// When the backup was made, as she reads dates (none if the file does not say).
    made: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="share-preview-box" role="status">
            <p><strong>{t!(i18n, share.backup.can_restore)}</strong></p>
            {made.map(|m| view! { <p>{t_string!(i18n, share.backup.made_on, date = m)}</p> })}
            <p>{t_string!(i18n, share.backup.restoring, summary)}</p>
        </div>
    }
}

#[component]
pub fn BackupPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, share.backup.title)}</h1>
        <p class="lead">{t!(i18n, share.backup.lead)}</p>
        <MakeBackup/>
        <RestoreBackup/>
        <div class="actions">
            <a class="button quiet" href="/share">{t!(i18n, share.summary.back)}</a>
        </div>
    }
}

#[component]
fn MakeBackup() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let last = move || {
        let days = app.with_journal(|j| days_since_backup(j, store::now()));
        match days {
            None => t_string!(i18n, share.backup.never).to_owned(),
            Some(0) => t_string!(i18n, share.backup.today).to_owned(),
            Some(1) => t_string!(i18n, share.backup.yesterday).to_owned(),
            Some(n) => words::counted!(
                i18n,
                usize::try_from(n).unwrap_or(usize::MAX),
                backup.days_one,
                days_two,
                days_few,
                days_many
            ),
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
                problem.set(Some(words::counted!(
                    i18n,
                    MIN_PASSPHRASE,
                    backup.too_short_one,
                    too_short_two,
                    too_short_few,
                    too_short_many
                )));
                return;
            }
            if passphrase != again.get_untracked() {
                problem.set(Some(t_string!(i18n, share.backup.mismatch).to_owned()));
                return;
            }
        }
        let now = store::now();
        // The file text without copying the journal; it is marked as backed up only once the
        // file is out.
        let Some(text) = app
            .journal
            .doc
            .try_update_untracked(|d| backup_text(d, now))
        else {
            return;
        };
        let name = backup_file_name(now);
        busy.set(true);
        leptos::task::spawn_local(async move {
            let file = if locked {
                status.set(t_string!(i18n, share.backup.locking).to_owned());
                match encrypt_backup(&text, &passphrase).await {
                    Ok(env) => OutFile {
                        name: name.replace(".json", "-locked.json"),
                        mime: files::JSON,
                        text: env.to_json(),
                    },
                    Err(e) => {
                        status.set(String::new());
                        problem.set(Some(crypto_error(i18n, &e)));
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
                files::share(&file, t_string!(i18n, share.backup.share_title)).await
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
                            app.journal.doc.update(|d| mark_backed_up(d, now));
                            app.persist();
                            status.set(t_string!(i18n, share.backup.saved, name));
                        },
                        SAVE_AFTER_HANDOVER,
                    );
                }
                Ok(false) => status.set(String::new()),
                Err(e) => problem.set(Some(files::error_text(i18n, e))),
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="bk-make">
            <h2 id="bk-make">{t!(i18n, share.backup.make_heading)}</h2>
            <p>{last}</p>
            <div class="share-check">
                <input type="checkbox" id="bk-lock" prop:checked=move || lock.get()
                    on:change=move |ev| lock.set(event_target_checked(&ev))/>
                <label for="bk-lock">{t!(i18n, share.backup.lock)}</label>
            </div>
            <Show when=move || lock.get()>
                <p class="small">{t!(i18n, share.backup.lock_note)}</p>
                <div class="field">
                    <label for="bk-pass">{t!(i18n, share.backup.passphrase)}</label>
                    <input id="bk-pass" type="password" autocomplete="new-password"
                        prop:value=move || pass.get() on:input=move |ev| pass.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="bk-again">{t!(i18n, share.backup.again)}</label>
                    <input id="bk-again" type="password" autocomplete="new-password"
                        prop:value=move || again.get() on:input=move |ev| again.set(event_target_value(&ev))/>
                </div>
            </Show>
            {move || problem.get().map(|p| view! { <p class="share-problem" role="alert">{p}</p> })}
            <div class="actions">
                <button type="button" disabled=move || busy.get() on:click=move |_| make(false)>{t!(i18n, share.backup.save)}</button>
                {can_share.then(|| view! {
                    <button type="button" class="quiet" disabled=move || busy.get() on:click=move |_| make(true)>{t!(i18n, share.backup.send)}</button>
                })}
            </div>
            <p role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}

#[component]
fn RestoreBackup() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let state = RwSignal::new(Restore::Idle);
    let pass = RwSignal::new(String::new());

    let on_file = move |ev: leptos::ev::Event| {
        let Some((input, file)) = crate::ui::components::file_input::chosen(&ev) else {
            return;
        };
        // Let the same file be chosen again after a fix.
        input.set_value("");
        if file.size() > MAX_FILE_BYTES {
            state.set(Restore::Failed(
                t_string!(i18n, share.backup.too_large).to_owned(),
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
                    t_string!(i18n, share.backup.unreadable).to_owned(),
                ));
                return;
            };
            if is_encrypted(&text) {
                // A damaged or newer lock is reported before asking for the passphrase.
                match read_encrypted(&text) {
                    Ok(_) => state.set(Restore::Locked { text, error: None }),
                    Err(e) => state.set(Restore::Failed(words::import_error(i18n, &e))),
                }
            } else {
                state.set(preview(&app, i18n, text));
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
            let opened = match read_encrypted(&text) {
                Ok(env) => decrypt_backup(&env, &passphrase).await,
                Err(e) => Err(e),
            };
            match opened {
                Ok(plain) => state.set(preview(&app, i18n, plain)),
                Err(e) => state.set(Restore::Locked {
                    text,
                    error: Some(words::import_error(i18n, &e)),
                }),
            }
        });
    };

    let confirm = move |_| {
        let Restore::Preview { plain, .. } = state.get_untracked() else {
            return;
        };
        state.set(Restore::Saving);
        restore_then(app, i18n, &plain, move |r| state.set(r));
    };

    view! {
        <section class="card" aria-labelledby="bk-restore">
            <h2 id="bk-restore">{t!(i18n, share.backup.restore_heading)}</h2>
            <p>{t!(i18n, share.backup.restore_text)}</p>
            <div class="field">
                <label for="bk-file">{t!(i18n, share.backup.choose_file)}</label>
                <input id="bk-file" class="share-file-pick" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {move || match state.get() {
                Restore::Idle => ().into_any(),
                Restore::Reading => view! { <p role="status">{t!(i18n, share.backup.reading)}</p> }.into_any(),
                Restore::Opening => view! { <p role="status">{t!(i18n, share.backup.opening)}</p> }.into_any(),
                Restore::Saving => view! { <p role="status">{t!(i18n, data.restore.saving)}</p> }.into_any(),
                Restore::Locked { error, .. } => view! {
                    <p>{t!(i18n, share.backup.locked)}</p>
                    <div class="field">
                        <label for="bk-open-pass">{t!(i18n, share.backup.backup_passphrase)}</label>
                        <input id="bk-open-pass" type="password" autocomplete="current-password"
                            prop:value=move || pass.get_untracked()
                            on:input=move |ev| pass.set(event_target_value(&ev))
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { open_locked() }/>
                    </div>
                    {error.map(|e| view! { <p class="share-problem" role="alert">{e}</p> })}
                    <div class="actions">
                        <button type="button" on:click=move |_| open_locked()>{t!(i18n, share.backup.open)}</button>
                        <button type="button" class="quiet" on:click=move |_| state.set(Restore::Idle)>{t!(i18n, share.backup.cancel)}</button>
                    </div>
                }.into_any(),
                Restore::Preview { summary, made, .. } => view! {
                    <PreviewBox summary made/>
                    <div class="actions">
                        <button type="button" on:click=confirm>{t!(i18n, share.backup.restore)}</button>
                        <button type="button" class="quiet" on:click=move |_| state.set(Restore::Idle)>{t!(i18n, share.backup.cancel)}</button>
                    </div>
                }.into_any(),
                Restore::Failed(msg) => view! { <p class="share-problem" role="alert">{msg}</p> }.into_any(),
                Restore::Done(msg) => view! { <p class="share-done" role="status">{msg}</p> }.into_any(),
            }}
        </section>
    }
}
