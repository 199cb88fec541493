//! `/share/backup`: a full backup file (optionally locked with a passphrase), and restore: pick a
//! file, validate it completely, show what it would change, and merge only when she confirms. A
//! file that cannot be read changes nothing and says why.

use leptos::prelude::*;

use super::files::{self, OutFile};
use super::words;
use crate::domain::dates::local_date;
use crate::domain::exchange::backup::{
    backup_file_name, backup_text, days_since_backup, mark_backed_up, ImportError,
};
use crate::domain::exchange::restore::{Flow, RestoreError, Step};
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

/// Where a restore is on screen: the domain's [`Flow`], or waiting for the browser.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Restore {
    /// The browser is reading the chosen file.
    Reading,
    /// WebCrypto is opening a locked backup with her passphrase.
    Opening,
    /// Confirmed: being saved (nothing is shown as restored until storage has it).
    Saving,
    At(Flow),
    /// Stopped; nothing was changed. Kept typed, said in her language when shown.
    Failed(Problem),
}

/// Why a restore stopped.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Problem {
    /// The flow refused a step (the file cannot be restored, or a step out of order).
    Refused(RestoreError),
    /// Storage did not take the restored journal.
    NotSaved(store::StoreError),
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The browser could not read the file.
    Unreadable,
}

/// Why a restore stopped, in her language.
pub(crate) fn problem_text(i18n: I18n, p: &Problem) -> String {
    match p {
        Problem::Refused(RestoreError::Import(e)) => words::import_error(i18n, e),
        Problem::Refused(RestoreError::OutOfOrder) => {
            t_string!(i18n, share.backup.out_of_order).to_owned()
        }
        Problem::NotSaved(e) => restore_not_saved(i18n, e),
        Problem::TooLarge => t_string!(i18n, share.backup.too_large).to_owned(),
        Problem::Unreadable => t_string!(i18n, share.backup.unreadable).to_owned(),
    }
}

/// Send a step to the restore flow, against the open journal as it is now.
pub(crate) fn step(app: &AppState, flow: Flow, step: Step) -> Restore {
    let now = store::now();
    match app
        .journal
        .doc
        .with_untracked(|d| flow.apply(&d.journal, step, now))
    {
        Ok(next) => Restore::At(next),
        Err(e) => Restore::Failed(Problem::Refused(e)),
    }
}

/// Check a copy kept for recovery like a backup file, and show what restoring it would do (a
/// kept copy is never a passphrase-locked backup: one would be asked for here, so it is refused).
pub(crate) fn preview_kept(app: &AppState, text: String) -> Restore {
    match step(app, Flow::Idle, Step::Choose(text)) {
        Restore::At(Flow::Locked { .. }) => Restore::Failed(Problem::Refused(
            RestoreError::Import(ImportError::NeedsPassphrase),
        )),
        other => other,
    }
}

/// Confirm a previewed restore (checked again, then merged into the open journal) and save it.
/// She sees the restored records, and "Restored", only once storage has them: when saving
/// fails, nothing on screen or in storage changes and `done` gets what happened.
pub(crate) fn restore_then(app: AppState, preview: Flow, done: impl Fn(Restore) + 'static) {
    if app.is_newer() {
        done(Restore::Failed(Problem::NotSaved(store::StoreError::Newer)));
        return;
    }
    let confirmed = match step(&app, preview, Step::Confirm) {
        Restore::At(confirmed @ Flow::Confirmed { .. }) => confirmed,
        Restore::At(_) => {
            done(Restore::Failed(Problem::Refused(RestoreError::OutOfOrder)));
            return;
        }
        other => {
            done(other);
            return;
        }
    };
    let Flow::Confirmed { journal, .. } = &confirmed else {
        return;
    };
    let now = store::now();
    let mut next = app.journal.doc.with_untracked(|d| d.clone());
    next.journal = (**journal).clone();
    next.touch(now);
    done(Restore::Saving);
    let profile = app.session.profile.get_value();
    let generation = app.session.generation.get_untracked();
    let shown = next.clone();
    let pending = std::cell::Cell::new(Some(confirmed));
    let saved: store::lock::Done = std::rc::Rc::new(move |result| {
        // Another journal was opened meanwhile: this one is not on screen any more.
        if app.session.generation.try_get_untracked() != Some(generation) {
            return;
        }
        let Some(confirmed) = pending.take() else {
            return;
        };
        match result {
            Ok(()) => {
                app.journal.doc.set(shown.clone());
                app.journal.save_error.set(None);
                done(step(&app, confirmed, Step::Saved));
            }
            Err(e) => done(Restore::Failed(Problem::NotSaved(e))),
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

/// What a restore shows at each place of its flow: the preview (with Restore and Cancel), the
/// result, or why it stopped. `locked` draws the passphrase question (only the backup page has
/// one); `confirm` and `cancel` are its buttons.
pub(crate) fn restore_view(
    i18n: I18n,
    state: Restore,
    locked: impl FnOnce(Option<ImportError>) -> AnyView,
    confirm: impl Fn() + Clone + Send + Sync + 'static,
    cancel: impl Fn() + Clone + Send + Sync + 'static,
) -> AnyView {
    match state {
        Restore::At(Flow::Idle) => ().into_any(),
        Restore::Reading => {
            view! { <p role="status">{t!(i18n, share.backup.reading)}</p> }.into_any()
        }
        Restore::Opening => {
            view! { <p role="status">{t!(i18n, share.backup.opening)}</p> }.into_any()
        }
        Restore::Saving | Restore::At(Flow::Confirmed { .. }) => {
            view! { <p role="status">{t!(i18n, data.restore.saving)}</p> }.into_any()
        }
        Restore::At(Flow::Locked { error, .. }) => locked(error),
        Restore::At(Flow::Preview { made, report, .. }) => view! {
            <PreviewBox summary=words::report(i18n, &report) made=Some(words::day(local_date(&made)))/>
            <div class="actions">
                <button type="button" on:click=move |_| confirm()>{t!(i18n, share.backup.restore)}</button>
                <button type="button" class="quiet" on:click=move |_| cancel()>{t!(i18n, share.backup.cancel)}</button>
            </div>
        }
        .into_any(),
        Restore::Failed(p) => {
            view! { <p class="share-problem" role="alert">{problem_text(i18n, &p)}</p> }.into_any()
        }
        Restore::At(Flow::Restored { report }) => view! {
            <p class="share-done" role="status">
                {t_string!(i18n, share.backup.restored, summary = words::report(i18n, &report))}
            </p>
        }
        .into_any(),
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
    let state = RwSignal::new(Restore::At(Flow::Idle));
    let pass = RwSignal::new(String::new());
    // Where the flow is, for the next step (a refusal starts again from the beginning).
    let flow = move || match state.get_untracked() {
        Restore::At(f) => f,
        _ => Flow::Idle,
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some((input, file)) = crate::ui::components::file_input::chosen(&ev) else {
            return;
        };
        // Let the same file be chosen again after a fix.
        input.set_value("");
        if file.size() > MAX_FILE_BYTES {
            state.set(Restore::Failed(Problem::TooLarge));
            return;
        }
        let before = flow();
        state.set(Restore::Reading);
        pass.set(String::new());
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text {
                Some(text) => state.set(step(&app, before, Step::Choose(text))),
                None => state.set(Restore::Failed(Problem::Unreadable)),
            }
        });
    };

    let open_locked = move || {
        let locked = flow();
        let Flow::Locked { text, .. } = &locked else {
            return;
        };
        let text = text.clone();
        let passphrase = pass.get_untracked();
        state.set(Restore::Opening);
        leptos::task::spawn_local(async move {
            let opened = match crate::domain::exchange::backup::read_encrypted(&text) {
                Ok(env) => decrypt_backup(&env, &passphrase).await,
                Err(e) => Err(e),
            };
            let next = match opened {
                Ok(plain) => Step::Opened(plain),
                Err(e) => Step::NotOpened(e),
            };
            state.set(step(&app, locked, next));
        });
    };

    let confirm = move || {
        let preview = flow();
        if !matches!(preview, Flow::Preview { .. }) {
            return;
        }
        restore_then(app, preview, move |r| state.set(r));
    };
    let cancel = move || state.set(step(&app, flow(), Step::Cancel));

    let locked = move |error: Option<ImportError>| {
        view! {
            <p>{t!(i18n, share.backup.locked)}</p>
            <div class="field">
                <label for="bk-open-pass">{t!(i18n, share.backup.backup_passphrase)}</label>
                <input id="bk-open-pass" type="password" autocomplete="current-password"
                    prop:value=move || pass.get_untracked()
                    on:input=move |ev| pass.set(event_target_value(&ev))
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Enter" { open_locked() }/>
            </div>
            {error.map(|e| view! { <p class="share-problem" role="alert">{words::import_error(i18n, &e)}</p> })}
            <div class="actions">
                <button type="button" on:click=move |_| open_locked()>{t!(i18n, share.backup.open)}</button>
                <button type="button" class="quiet" on:click=move |_| cancel()>{t!(i18n, share.backup.cancel)}</button>
            </div>
        }
        .into_any()
    };

    view! {
        <section class="card" aria-labelledby="bk-restore">
            <h2 id="bk-restore">{t!(i18n, share.backup.restore_heading)}</h2>
            <p>{t!(i18n, share.backup.restore_text)}</p>
            <div class="field">
                <label for="bk-file">{t!(i18n, share.backup.choose_file)}</label>
                <input id="bk-file" class="share-file-pick" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            {move || restore_view(i18n, state.get(), locked, confirm, cancel)}
        </section>
    }
}
