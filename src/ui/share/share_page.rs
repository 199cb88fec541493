//! `/share`: she picks the weeks and what to include, sees how much is in them, and chooses how
//! to hand it over: the printable summary, a QR code, or files (CSV, FHIR).

use std::time::Duration;

use leptos::prelude::*;

use super::choices::{section_label, Choice, DRAFT, SECTIONS};
use super::files::{self, OutFile};
use super::words;
use crate::domain::dates::local_date;
use crate::domain::exchange::csv::checkins_csv;
use crate::domain::exchange::fhir::fhir_bundle_json;
use crate::domain::exchange::summary::range_overview;
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::ui::state::{use_app, AppState};

/// File names that say what and which dates ("between-sessions-checkins-2026-02-01-to-2026-02-28.csv").
fn file_name(kind: &str, c: &Choice, ext: &str) -> String {
    let (from, to) = c.range();
    format!("between-sessions-{kind}-{from}-to-{to}.{ext}")
}

/// The CSV file of check-ins for the choice.
pub fn csv_file(app: &AppState, c: &Choice) -> OutFile {
    let (from, to) = c.range();
    OutFile {
        name: file_name("checkins", c, "csv"),
        mime: files::CSV,
        text: app
            .journal
            .doc
            .with_untracked(|d| checkins_csv(&d.journal, from, to)),
    }
}

/// The FHIR R4 Bundle file for the choice.
pub fn fhir_file(app: &AppState, c: &Choice) -> OutFile {
    let (from, to) = c.range();
    let now = store::now();
    OutFile {
        name: file_name("fhir", c, "json"),
        mime: files::JSON,
        text: app.journal.doc.with_untracked(|d| {
            let label = d.journal.settings().share_label;
            fhir_bundle_json(&d.journal, from, to, label.trim(), now)
        }),
    }
}

/// Save the name for the therapist through the settings.
fn save_label(app: &AppState, text: String) {
    app.edit(move |j, now| {
        let mut s = j.settings();
        s.share_label = text;
        j.set_settings(s, now);
    });
}

#[component]
pub fn SharePage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let today = local_date(&store::now());
    let start = store::load_draft::<Choice>(&profile, DRAFT).unwrap_or_else(|| {
        app.journal
            .doc
            .with_untracked(|d| Choice::suggested(&d.journal, today))
    });
    let choice = RwSignal::new(start);
    Effect::new(move |_| {
        let c = choice.get();
        // Only work in progress: a full phone is reported when the journal is saved.
        let _ = store::save_draft(&profile, DRAFT, &c);
    });

    let set_date = move |which: &'static str, ev: leptos::ev::Event| {
        if let Ok(d) = event_target_value(&ev).parse() {
            choice.update(|c| {
                if which == "from" {
                    c.from = d;
                } else {
                    c.to = d;
                }
            });
        }
    };

    // Weeks with check-ins and whether any was flagged: all this screen needs before she picks
    // how to hand it over (the summary itself is built on its own page).
    let range = Memo::new(move |_| choice.with(Choice::range));
    let overview = Memo::new(move |_| {
        let (from, to) = range.get();
        app.with_journal(|j| range_overview(j, from, to))
    });
    let preview = move || {
        let (from, to) = range.get();
        let (from, to) = (words::day(from), words::day(to));
        match overview.get().0 {
            0 => t_string!(i18n, share.page.preview_none, from, to),
            n => words::counted!(
                i18n,
                n,
                page.preview_one,
                preview_two,
                preview_few,
                preview_many,
                from = &from,
                to = &to
            ),
        }
    };
    let flagged = move || overview.get().1;

    let query = move || choice.get().to_query();
    let status = RwSignal::new(String::new());

    let give = move |make: fn(&AppState, &Choice) -> OutFile, via_share: bool| {
        let file = make(&app, &choice.get_untracked());
        if via_share {
            let title = file.name.clone();
            leptos::task::spawn_local(async move {
                match files::share(&file, &title).await {
                    Ok(true) => status.set(t_string!(i18n, share.page.shared, name = &file.name)),
                    Ok(false) => status.set(String::new()),
                    Err(e) => status.set(files::error_text(i18n, e)),
                }
            });
        } else {
            match files::download(&file) {
                Ok(()) => status.set(t_string!(i18n, share.page.saved, name = &file.name)),
                Err(e) => status.set(files::error_text(i18n, e)),
            }
        }
    };
    let can_share_csv = files::can_share_files(files::CSV);
    let can_share_json = files::can_share_files(files::JSON);

    view! {
        <h1 tabindex="-1">{t!(i18n, share.page.title)}</h1>
        <p class="lead">{t!(i18n, share.page.lead)}</p>

        <section class="card" aria-labelledby="share-weeks">
            <h2 id="share-weeks">{t!(i18n, share.page.weeks_heading)}</h2>
            <div class="share-dates">
                <div class="field">
                    <label for="share-from">{t!(i18n, share.page.first_day)}</label>
                    <input id="share-from" type="date" prop:value=move || choice.get().from.to_string()
                        on:change=move |ev| set_date("from", ev)/>
                </div>
                <div class="field">
                    <label for="share-to">{t!(i18n, share.page.last_day)}</label>
                    <input id="share-to" type="date" prop:value=move || choice.get().to.to_string()
                        on:change=move |ev| set_date("to", ev)/>
                </div>
            </div>
            <p role="status" class="share-preview">{preview}</p>
        </section>

        <section class="card" aria-labelledby="share-what">
            <h2 id="share-what">{t!(i18n, share.page.what_heading)}</h2>
            <p class="small">{t!(i18n, share.page.safety_note)}</p>
            <ul class="share-checks">
                {SECTIONS.iter().map(|name| {
                    let name = *name;
                    let id = format!("share-{name}");
                    view! {
                        <li>
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || super::choices::section_on(&choice.get().sections, name)
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    choice.update(|c| super::choices::set_section(&mut c.sections, name, on));
                                }/>
                            <label for=id>{move || section_label(i18n, name)}</label>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ShareLabel/>
        </section>

        <section class="card" aria-labelledby="share-how">
            <h2 id="share-how">{t!(i18n, share.page.how_heading)}</h2>
            <Show when=flagged>
                <p class="share-flag">{t!(i18n, share.page.flagged)}</p>
            </Show>
            <div class="actions">
                <a class="button" href=move || format!("/share/summary?{}", query())>{t!(i18n, share.page.see_summary)}</a>
                <a class="button quiet" href=move || format!("/share/qr?{}", query())>{t!(i18n, share.page.show_qr)}</a>
            </div>
            <p class="small">{t!(i18n, share.page.how_note)}</p>

            <h3>{t!(i18n, share.page.files_heading)}</h3>
            <div class="share-file">
                <p>{t!(i18n, share.page.csv_label)}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| give(csv_file, false)>{t!(i18n, share.page.csv_download)}</button>
                    {can_share_csv.then(|| view! {
                        <button type="button" class="quiet" on:click=move |_| give(csv_file, true)>{t!(i18n, share.page.csv_send)}</button>
                    })}
                </div>
            </div>
            <div class="share-file">
                <p>{t!(i18n, share.page.fhir_label)}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| give(fhir_file, false)>{t!(i18n, share.page.fhir_download)}</button>
                    {can_share_json.then(|| view! {
                        <button type="button" class="quiet" on:click=move |_| give(fhir_file, true)>{t!(i18n, share.page.fhir_send)}</button>
                    })}
                </div>
            </div>
            <p role="status" aria-live="polite" class="small">{move || status.get()}</p>
        </section>

        <section class="card" aria-labelledby="share-backup">
            <h2 id="share-backup">{t!(i18n, share.page.keep_heading)}</h2>
            <p>{t!(i18n, share.page.keep_text)}</p>
            <a class="button quiet" href="/share/backup">{t!(i18n, share.page.backup_link)}</a>
        </section>
    }
}

/// "Your name for your therapist": saved as she types (after a short pause, and when she leaves
/// the field or the page), so an interruption loses nothing. A failed save keeps the text here.
#[component]
fn ShareLabel() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let text = RwSignal::new(app.with_journal(|j| j.settings().share_label));
    // The text not yet saved, shared by the timer, blur and leaving the page.
    let pending = StoredValue::new(None::<String>);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let flush = move || {
        if let Some(h) = timer.try_update_value(Option::take).flatten() {
            h.clear();
        }
        if let Some(t) = pending.try_update_value(Option::take).flatten() {
            save_label(&app, t);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        text.set(v.clone());
        pending.set_value(Some(v));
        if let Some(h) = timer.try_update_value(Option::take).flatten() {
            h.clear();
        }
        if let Ok(h) = set_timeout_with_handle(flush, Duration::from_millis(400)) {
            timer.set_value(Some(h));
        }
    };
    on_cleanup(flush);
    // Another tab changed the name (and nothing is waiting here): show theirs.
    Effect::new(move |_| {
        let saved = app.with_journal(|j| j.settings().share_label);
        if pending.with_value(Option::is_none) && saved != text.get_untracked() {
            text.set(saved);
        }
    });

    view! {
        <div class="field">
            <label for="share-label">{t!(i18n, share.page.label_field)}</label>
            <input id="share-label" type="text" autocomplete="off" aria-describedby="share-label-hint"
                prop:value=move || text.get() on:input=on_input on:blur=move |_| flush()/>
            <span id="share-label-hint" class="small">{t!(i18n, share.page.label_hint)}</span>
        </div>
    }
}
