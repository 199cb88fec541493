//! The clinic's questionnaire wording: the licensed EPDS texts, or a translation of any measure.
//!
//! A clinic puts `/clinic/<measure>.json` beside the app (format: `domain::instruments::texts`),
//! listed in `/clinic/manifest.json` (`domain::exchange::clinic_files`). Once per start the app
//! fetches the files listed; a file `apply_texts` accepts is kept on the device
//! (`store::save_clinic_text`) so the wording works offline. Staff can also load a file from
//! Settings. The definitions the screens use are the built-in ones with these texts applied.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::I18n;
use crate::domain::exchange::clinic_files::{listed, MANIFEST_PATH};
use crate::domain::instruments::{all, apply_texts, by_id, epds, Definition};
use crate::i18n::{t, t_string, use_i18n};
use crate::store;

/// Measures whose texts a clinic may supply, in the order tried.
const MEASURES: [&str; 3] = ["epds", "phq9", "gad7"];
/// A questionnaire text file is a few kilobytes; anything far larger is not one.
const MAX_FILE_BYTES: f64 = 1_000_000.0;

/// The clinic texts in use on this phone, (measure, raw text). They are the device's, not a
/// journal's (a clinic's wording serves everyone on the phone), so they live for the app, in
/// context ([`provide_clinic_texts`]).
#[derive(Clone, Copy)]
pub struct ClinicTexts {
    texts: RwSignal<Vec<(String, String)>>,
    /// The clinic's files beside the app were tried in this visit.
    fetched: StoredValue<bool>,
}

/// Read the kept clinic texts and offer them to every screen (called once by the app).
pub fn provide_clinic_texts() {
    provide_context(ClinicTexts {
        texts: RwSignal::new(store::load_clinic_texts()),
        fetched: StoredValue::new(false),
    });
}

fn clinic() -> Option<ClinicTexts> {
    use_context::<ClinicTexts>()
}

fn with_texts(base: Definition) -> Definition {
    let apply = |all: &Vec<(String, String)>| {
        all.iter()
            .find(|(m, _)| *m == base.id)
            .and_then(|(_, text)| apply_texts(&base, text).ok())
    };
    let applied = match clinic() {
        Some(c) => c.texts.with(apply),
        // Outside the app's tree (never in practice): what is kept on the device.
        None => apply(&store::load_clinic_texts()),
    };
    applied.unwrap_or(base)
}

/// The measure with this id, with the clinic's wording when one is kept (reactive).
pub fn definition(id: &str) -> Option<Definition> {
    by_id(id).map(with_texts)
}

/// Every built-in measure with the clinic's wording applied (reactive).
pub fn definitions() -> Vec<Definition> {
    all().into_iter().map(with_texts).collect()
}

/// Keep an accepted text file: on the device, and in use at once.
fn accept(clinic: ClinicTexts, measure: &str, text: String) -> Result<(), store::StoreError> {
    let saved = store::save_clinic_text(measure, &text);
    clinic.texts.update(|all| {
        all.retain(|(m, _)| m != measure);
        all.push((measure.to_owned(), text));
        crate::domain::order::sort(all);
    });
    saved
}

/// Try the clinic's files beside the app, once per start. Missing files are normal (most
/// installs have none); a file that `apply_texts` refuses is ignored and the kept one stays.
pub fn fetch_once() {
    let Some(clinic) = clinic() else { return };
    if clinic.fetched.get_value() {
        return;
    }
    clinic.fetched.set_value(true);
    if !window().navigator().on_line() {
        return;
    }
    leptos::task::spawn_local(async move {
        // Only the files the build (or the clinic) listed beside the app: no failing request.
        let Some(manifest) = fetch_text(MANIFEST_PATH).await else {
            return;
        };
        for measure in listed(&manifest, &MEASURES) {
            let Some(text) = fetch_text(&format!("/clinic/{measure}.json")).await else {
                continue;
            };
            let Some(base) = by_id(measure) else { continue };
            if apply_texts(&base, &text).is_err() {
                continue;
            }
            let unchanged = clinic
                .texts
                .with_untracked(|all| all.iter().any(|(m, t)| m == measure && *t == text));
            if !unchanged {
                let _kept_for_this_visit_even_if_storage_refuses = accept(clinic, measure, text);
            }
        }
    });
}

async fn fetch_text(url: &str) -> Option<String> {
    let resp = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let resp: web_sys::Response = resp.dyn_into().ok()?;
    if !resp.ok() {
        return None;
    }
    JsFuture::from(resp.text().ok()?).await.ok()?.as_string()
}

/// Check a file's text and use it: Ok(a sentence saying what is now in use) or Err(why not).
fn load_file_text(clinic: ClinicTexts, i18n: I18n, text: String) -> Result<String, String> {
    // The file names its measure; an unknown one is reported against the EPDS, which gives a
    // clear "this file is for …" message from the domain.
    let named = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("measure").and_then(|m| m.as_str()).map(str::to_owned));
    let base = named.as_deref().and_then(by_id).unwrap_or_else(epds);
    let def = apply_texts(&base, &text).map_err(|e| super::texts_error(i18n, &e))?;
    let measure = def.id.clone();
    let language = super::language_name(i18n, &def.language);
    let name = def.name.clone();
    match accept(clinic, &measure, text) {
        Ok(()) => Ok(t_string!(
            i18n,
            checkin.clinic.loaded,
            name = name,
            language = language
        )
        .to_string()),
        Err(e) => Ok(t_string!(
            i18n,
            checkin.clinic.not_kept,
            name = name,
            error = crate::ui::store_error_text(i18n, &e)
        )
        .to_string()),
    }
}

/// Settings card for clinic staff: which wording is in use, and loading a clinic file.
#[component]
pub fn ClinicTextsLoader() -> impl IntoView {
    fetch_once();
    let i18n = use_i18n();
    let clinic = clinic();
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let on_change = move |ev: web_sys::Event| {
        let Some((input, file)) = crate::ui::components::file_input::chosen(&ev) else {
            return;
        };
        status.set(String::new());
        problem.set(String::new());
        if file.size() > MAX_FILE_BYTES {
            problem.set(t_string!(i18n, checkin.clinic.too_large).to_owned());
            input.set_value("");
            return;
        }
        let promise = file.text();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            match text.zip(clinic) {
                None => problem.set(t_string!(i18n, checkin.clinic.unreadable).to_owned()),
                Some((text, clinic)) => match load_file_text(clinic, i18n, text) {
                    Ok(msg) => status.set(msg),
                    Err(e) => problem
                        .set(t_string!(i18n, checkin.clinic.not_used, reason = e).to_string()),
                },
            }
        });
    };
    let in_use = move || {
        definitions()
            .into_iter()
            .map(|d| {
                let words = if d.texts_available {
                    super::wording_source(i18n, &d)
                } else {
                    t_string!(i18n, checkin.not_enabled).to_owned()
                };
                view! { <li><strong>{d.name.clone()}</strong>": "{words}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="card checkin-clinic" aria-labelledby="clinic-texts-title">
            <h2 id="clinic-texts-title">{t!(i18n, checkin.clinic.title)}</h2>
            <p class="small">{t!(i18n, checkin.clinic.intro)}</p>
            <ul class="checkin-plain-list">{in_use}</ul>
            <div class="field">
                <label for="clinic-file">{t!(i18n, checkin.clinic.load)}</label>
                <input id="clinic-file" type="file" accept=".json,application/json" on:change=on_change/>
            </div>
            <p role="status" class="checkin-status">{move || status.get()}</p>
            <p role="alert" class="checkin-problem">{move || problem.get()}</p>
        </section>
    }
}
