//! Nothing kept is out of her reach: Settings → "Recovered notes" lists every copy kept for
//! recovery (a stored journal that could not be read), with its date and size, to download, try
//! restoring (checked like any backup, then saved before it shows), or delete after a
//! confirmation. And a journal saved by a newer version of the app is shown as such, read-only,
//! with Update (when the new version is waiting) and a way to keep it as a file.

use leptos::prelude::*;

use crate::domain::dates::local_date;
use crate::domain::exchange::backup::kept_file_name;
use crate::domain::exchange::restore::Flow;
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::store::{self, kept};
use crate::ui::share::backup_page::{preview_kept, restore_then, restore_view, Restore};
use crate::ui::share::files::{self, OutFile};
use crate::ui::share::words;
use crate::ui::state::use_app;

/// Hand a kept text to her as a file.
fn hand_over(i18n: I18n, name: String, text: String) -> Result<(), String> {
    files::download(&OutFile {
        name,
        mime: files::JSON,
        text,
    })
    .map_err(|e| files::error_text(i18n, e))
}

/// "This journal was saved by a newer version of the app": shown above every page of a profile
/// whose stored journal this build cannot read because it is newer. Nothing can be changed and
/// nothing is saved over it; she can update (when the new version is waiting) or keep it as a
/// file.
#[component]
pub fn NewerJournal() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let problem = RwSignal::new(None::<String>);
    let shown = move || {
        app.session.generation.track();
        app.is_open() && app.is_newer()
    };
    let export = move |_| {
        let profile = app.session.profile.get_value();
        leptos::task::spawn_local(async move {
            let result = match store::stored_journal_text(&profile).await {
                Ok(Some(text)) => hand_over(i18n, kept_file_name(&store::now()), text),
                Ok(None) => Err(t_string!(i18n, data.recovered.gone).to_owned()),
                Err(e) => Err(crate::ui::store_error_text(i18n, &e)),
            };
            problem.set(result.err());
        });
    };
    view! {
        <Show when=shown>
            <div class="banner warn" role="alert">
                <p><strong>{t!(i18n, data.newer.title)}</strong></p>
                <p>{t!(i18n, data.newer.read_only)}</p>
                <div class="actions">
                    {move || app.update_ready.get().then(|| view! {
                        <button type="button" class="button" on:click=|_| crate::ui::apply_update()>{t!(i18n, common.banner.update)}</button>
                    })}
                    <button type="button" class="button quiet" on:click=export>{t!(i18n, data.newer.export)}</button>
                </div>
                {move || problem.get().map(|p| view! { <p>{p}</p> })}
            </div>
        </Show>
    }
}

/// What one kept copy is doing on screen.
#[derive(Clone, Debug, PartialEq)]
enum Action {
    /// Nothing.
    None,
    /// Delete asked: waiting for her confirmation.
    ConfirmDelete,
    /// Being read or restored.
    Restore(Restore),
    /// Something went wrong (a file not handed over, storage refused).
    Problem(String),
}

/// Settings → "Recovered notes".
#[component]
pub fn RecoveredNotes() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let list = RwSignal::new(kept::list(&app.session.profile.get_value()));
    // (key, what it is doing)
    let action = RwSignal::new(None::<(String, Action)>);
    let status = RwSignal::new(String::new());
    let refresh = move || list.set(kept::list(&app.session.profile.get_value()));

    let download = move |key: String| {
        let profile = app.session.profile.get_value();
        leptos::task::spawn_local(async move {
            let result = match kept::read(&profile, &key).await {
                Ok(Some(text)) => hand_over(i18n, kept_file_name(&store::now()), text),
                Ok(None) => Err(t_string!(i18n, data.recovered.gone).to_owned()),
                Err(e) => Err(crate::ui::store_error_text(i18n, &e)),
            };
            match result {
                Ok(()) => action.set(None),
                Err(p) => action.set(Some((key, Action::Problem(p)))),
            }
        });
    };
    let try_restore = move |key: String| {
        let profile = app.session.profile.get_value();
        status.set(String::new());
        action.set(Some((key.clone(), Action::Restore(Restore::Reading))));
        leptos::task::spawn_local(async move {
            let next = match kept::read(&profile, &key).await {
                Ok(Some(text)) => Action::Restore(preview_kept(&app, text)),
                Ok(None) => Action::Problem(t_string!(i18n, data.recovered.gone).to_owned()),
                Err(e) => Action::Problem(crate::ui::store_error_text(i18n, &e)),
            };
            action.set(Some((key, next)));
        });
    };
    let confirm_restore = move |key: String| {
        let Some((_, Action::Restore(Restore::At(preview @ Flow::Preview { .. })))) =
            action.get_untracked()
        else {
            return;
        };
        restore_then(app, preview, move |r| {
            action.set(Some((key.clone(), Action::Restore(r))));
        });
    };
    let delete = move |key: String| match kept::delete(&app.session.profile.get_value(), &key) {
        Ok(()) => {
            action.set(None);
            refresh();
            status.set(t_string!(i18n, data.recovered.deleted).to_owned());
        }
        Err(e) => action.set(Some((
            key,
            Action::Problem(crate::ui::store_error_text(i18n, &e)),
        ))),
    };

    let entry = move |k: kept::Kept| {
        let key = k.key.clone();
        let heading_id = format!("kept-{}", k.when.map_or(0, |w| w.timestamp_millis()));
        let when = k.when.map_or_else(
            || t_string!(i18n, data.recovered.unknown_date).to_owned(),
            |w| format!("{} {}", words::day(local_date(&w)), w.format("%H:%M")),
        );
        let size = t_string!(
            i18n,
            data.recovered.size,
            kb = words::num(k.bytes.div_ceil(1024))
        );
        let doing = {
            let key = key.clone();
            move || {
                action
                    .get()
                    .filter(|(k, _)| *k == key)
                    .map_or(Action::None, |(_, a)| a)
            }
        };
        let (k1, k2, k3, k4, k5) = (key.clone(), key.clone(), key.clone(), key.clone(), key);
        let described = heading_id.clone();
        view! {
            <li class="card">
                <h3 id=heading_id.clone()>{when}</h3>
                <p class="small">{size}</p>
                <div class="actions">
                    <button type="button" aria-describedby=described.clone() on:click=move |_| download(k1.clone())>{t!(i18n, data.recovered.download)}</button>
                    <button type="button" class="quiet" aria-describedby=described.clone() on:click=move |_| try_restore(k2.clone())>{t!(i18n, data.recovered.try_restore)}</button>
                    <button type="button" class="quiet" aria-describedby=described on:click=move |_| action.set(Some((k3.clone(), Action::ConfirmDelete)))>{t!(i18n, data.recovered.delete)}</button>
                </div>
                {move || match doing() {
                    Action::None => ().into_any(),
                    Action::ConfirmDelete => {
                        let k = k4.clone();
                        view! {
                            <div role="alert">
                                <p>{t!(i18n, data.recovered.confirm_delete)}</p>
                                <div class="actions">
                                    <button type="button" on:click=move |_| delete(k.clone())>{t!(i18n, data.recovered.delete_for_good)}</button>
                                    <button type="button" class="quiet" on:click=move |_| action.set(None)>{t!(i18n, data.recovered.keep)}</button>
                                </div>
                            </div>
                        }.into_any()
                    }
                    Action::Problem(p) => view! { <p class="share-problem" role="alert">{p}</p> }.into_any(),
                    // Waiting for the browser or for storage: kept copies say "Reading…".
                    Action::Restore(Restore::Reading | Restore::Opening | Restore::Saving) => view! { <p role="status">{t!(i18n, share.backup.reading)}</p> }.into_any(),
                    Action::Restore(r) => {
                        let k = k5.clone();
                        // A kept copy is never locked (see `preview_kept`): no passphrase question.
                        let no_passphrase = |_| ().into_any();
                        restore_view(i18n, r, no_passphrase, move || confirm_restore(k.clone()), move || action.set(None))
                    }
                }}
            </li>
        }
    };

    view! {
        <section class="card" aria-labelledby="recovered-title">
            <h2 id="recovered-title">{t!(i18n, data.recovered.title)}</h2>
            <p>{t!(i18n, data.recovered.intro)}</p>
            {move || {
                let items = list.get();
                if items.is_empty() {
                    view! { <p>{t!(i18n, data.recovered.none)}</p> }.into_any()
                } else {
                    view! { <ul>{items.into_iter().map(entry).collect_view()}</ul> }.into_any()
                }
            }}
            <p role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
}
