//! The only code that touches browser storage. The domain speaks in documents; this module reads
//! and writes them, and turns every storage failure into a value the UI can show.
//!
//! Keys (`<profile>` is `default` or a random id from the profile index):
//! - `between-sessions:profiles` — the device's people: a list of {id, nickname}, nothing else
//! - `between-sessions:discreet` — "on" when the app shows a neutral name and icon
//! - `between-sessions:<profile>:journal` — the journal document (JSON), or with a passcode its
//!   locked envelope (`domain::lock::Envelope`, AES-GCM; see [`lock`])
//! - `between-sessions:<profile>:drafts` — with a passcode: the drafts, in a locked envelope
//! - `between-sessions:<profile>:lock-state` — wrong tries and auto-lock choice (no notes)
//! - `between-sessions:<profile>:recovery:<when>` — a stored document that could not be read, kept
//!   untouched for recovery
//! - `between-sessions:<profile>:draft:<name>` — work in progress (a half-done check-in); never
//!   written for a profile with a passcode (its drafts are in the locked envelope)
//! - `between-sessions:clinic:<measure>` — a clinic's questionnaire text file (raw JSON), kept
//!   for the whole device (not per profile) so the clinic's wording works offline

pub mod caseload;
pub mod clock;
pub mod crypto;
pub mod kept;
pub mod lock;
pub mod safety;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

use crate::domain::exchange::migrate::{read_document, DocumentError};
use crate::domain::journal::Document;
use crate::domain::lock::{
    looks_locked, parse_profiles, profiles_to_json, Envelope, Kind, Profile,
};
use crate::domain::worker::WorkerSettings;

pub use clock::now;

const PREFIX: &str = "between-sessions";

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no storage (private mode, disabled, blocked).
    Unavailable,
    /// The phone's storage for this app is full.
    QuotaExceeded,
    /// The notes are locked with a passcode and not open: nothing is written over them.
    Locked,
    /// The stored journal was saved by a newer version of the app: it is never written over.
    Newer,
    /// Anything else the browser reported.
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable => write!(
                f,
                "This browser is not letting the app save anything (private mode or blocked storage)."
            ),
            StoreError::QuotaExceeded => write!(
                f,
                "Your phone's storage for this app is full, so this was not saved."
            ),
            StoreError::Locked => write!(
                f,
                "The notes are locked, so this was not saved. Unlock them and try again."
            ),
            StoreError::Newer => write!(
                f,
                "This journal was saved by a newer version of the app, so nothing is saved over it. Update the app to open it."
            ),
            StoreError::Other(e) => write!(f, "This could not be saved ({e})."),
        }
    }
}

/// What was found in storage at start-up.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet: a new journal.
    Fresh(Document),
    /// The stored journal.
    Existing(Document),
    /// The stored journal could not be read. Its raw text is kept under `recovery_key` and in the
    /// main key, untouched until the next save; the app starts with an empty journal. When the
    /// reason is `TooNew`, there is no next save: the profile is read-only ([`is_newer`]).
    Recovered {
        doc: Document,
        recovery_key: String,
        reason: DocumentError,
    },
    /// The journal is locked with a passcode: ask for it ([`lock::unlock`]).
    Locked,
}

/// The profile whose journal is open.
pub fn journal_key(profile: &str) -> String {
    format!("{PREFIX}:{profile}:journal")
}

fn draft_key(profile: &str, name: &str) -> String {
    format!("{PREFIX}:{profile}:draft:{name}")
}

/// A locked profile's drafts envelope.
fn drafts_key(profile: &str) -> String {
    format!("{PREFIX}:{profile}:drafts")
}

fn lock_state_key(profile: &str) -> String {
    format!("{PREFIX}:{profile}:lock-state")
}

/// The device's list of people (nicknames only).
pub const PROFILES_KEY: &str = "between-sessions:profiles";
const DISCREET_KEY: &str = "between-sessions:discreet";
const LANGUAGE_KEY: &str = "between-sessions:language";
/// The worker-mode settings of this device (nothing about any client).
const WORKER_KEY: &str = "between-sessions:worker";

fn storage() -> Result<Storage, StoreError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

fn classify(err: JsValue) -> StoreError {
    if let Some(ex) = err.dyn_ref::<web_sys::DomException>() {
        let name = ex.name();
        // Chromium: QuotaExceededError (code 22); old Firefox: NS_ERROR_DOM_QUOTA_REACHED.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || ex.code() == 22 {
            return StoreError::QuotaExceeded;
        }
        return StoreError::Other(format!("{name}: {}", ex.message()));
    }
    StoreError::Other(err.as_string().unwrap_or_else(|| "unknown error".into()))
}

/// Read one raw value.
pub fn read_raw(key: &str) -> Result<Option<String>, StoreError> {
    storage()?.get_item(key).map_err(classify)
}

/// Write one raw value.
pub fn write_raw(key: &str, value: &str) -> Result<(), StoreError> {
    storage()?.set_item(key, value).map_err(classify)
}

/// Remove one value.
pub fn remove_raw(key: &str) -> Result<(), StoreError> {
    storage()?.remove_item(key).map_err(classify)
}

/// Load the journal of `profile`. A document that cannot be read is copied to a recovery key and
/// never replaced silently.
pub fn load(profile: &str) -> Result<Loaded, StoreError> {
    let key = journal_key(profile);
    let now = now();
    let Some(raw) = read_raw(&key)? else {
        return Ok(Loaded::Fresh(Document::new(now)));
    };
    if looks_locked(&raw) {
        if Envelope::parse(&raw, Kind::Journal).is_ok() {
            return Ok(Loaded::Locked);
        }
        // A damaged lock: kept untouched for recovery like any unreadable journal.
        let recovery_key = keep_for_recovery(profile, &raw)?;
        return Ok(Loaded::Recovered {
            doc: Document::new(now),
            recovery_key,
            reason: DocumentError::Malformed("the locked notes are damaged".into()),
        });
    }
    match read_document(&raw, None) {
        Ok(doc) => Ok(Loaded::Existing(doc)),
        Err(reason) => {
            mark_newer(profile, &reason);
            let recovery_key = keep_for_recovery(profile, &raw)?;
            Ok(Loaded::Recovered {
                doc: Document::new(now),
                recovery_key,
                reason,
            })
        }
    }
}

thread_local! {
    /// Profiles whose stored journal a newer version of the app saved: read-only until updated.
    static NEWER: std::cell::RefCell<std::collections::BTreeSet<String>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

/// Remember that `profile`'s stored journal is newer than this app (when `reason` says so), so
/// nothing is ever saved over it.
pub(crate) fn mark_newer(profile: &str, reason: &DocumentError) {
    if matches!(reason, DocumentError::TooNew { .. }) {
        NEWER.with(|n| n.borrow_mut().insert(profile.to_owned()));
    }
}

/// Whether `profile`'s stored journal was saved by a newer version of the app: it is shown as
/// such, nothing can be edited, and no save ever writes over it.
pub fn is_newer(profile: &str) -> bool {
    NEWER.with(|n| n.borrow().contains(profile))
}

/// The stored journal text of `profile` exactly as it is (opened with the key in memory when it
/// is locked), for her to keep as a file.
pub async fn stored_journal_text(profile: &str) -> Result<Option<String>, StoreError> {
    match read_raw(&journal_key(profile))? {
        Some(raw) => Ok(Some(lock::open_kept(profile, raw).await)),
        None => Ok(None),
    }
}

/// Copy unreadable raw text to a recovery key (reusing one that already holds the same text).
fn keep_for_recovery(profile: &str, raw: &str) -> Result<String, StoreError> {
    let store = storage()?;
    let prefix = format!("{PREFIX}:{profile}:recovery:");
    let len = store.length().map_err(classify)?;
    for i in 0..len {
        if let Ok(Some(k)) = store.key(i) {
            if k.starts_with(&prefix) && store.get_item(&k).ok().flatten().as_deref() == Some(raw) {
                return Ok(k);
            }
        }
    }
    let key = format!("{prefix}{}", now().to_rfc3339());
    store.set_item(&key, raw).map_err(classify)?;
    Ok(key)
}

/// Save the journal of `profile` (encrypted when it is unlocked with a passcode; refused when it
/// is locked and not open). An encrypted save is reported `Ok` once queued; use
/// [`lock::save_then`] to hear when it is written.
pub fn save(profile: &str, doc: &Document) -> Result<(), StoreError> {
    if is_newer(profile) {
        return Err(StoreError::Newer);
    }
    let out = std::rc::Rc::new(std::cell::RefCell::new(None));
    let seen = out.clone();
    lock::save_then(
        profile,
        doc,
        std::rc::Rc::new(move |r| *seen.borrow_mut() = Some(r)),
    );
    let result = out.borrow_mut().take();
    result.unwrap_or(Ok(()))
}

/// Keep a draft (any serializable work in progress).
pub fn save_draft<T: serde::Serialize>(
    profile: &str,
    name: &str,
    draft: &T,
) -> Result<(), StoreError> {
    let text = serde_json::to_string(draft).map_err(|e| StoreError::Other(e.to_string()))?;
    if let Some(locked) = lock::save_draft_text(profile, name, text.clone()) {
        return locked;
    }
    write_raw(&draft_key(profile, name), &text)
}

/// Read a draft; a draft that no longer parses is dropped (it is only work in progress).
pub fn load_draft<T: serde::de::DeserializeOwned>(profile: &str, name: &str) -> Option<T> {
    let raw = match lock::load_draft_text(profile, name) {
        Some(locked) => locked?,
        None => read_raw(&draft_key(profile, name)).ok().flatten()?,
    };
    serde_json::from_str(&raw).ok()
}

/// Forget a draft (after it was saved as a record, or discarded).
pub fn clear_draft(profile: &str, name: &str) -> Result<(), StoreError> {
    if let Some(locked) = lock::clear_draft_text(profile, name) {
        return locked;
    }
    remove_raw(&draft_key(profile, name))
}

/// The device's people. No list yet means the one `default` profile.
pub fn profiles() -> Vec<Profile> {
    parse_profiles(read_raw(PROFILES_KEY).ok().flatten().as_deref())
}

/// Keep the device's people (nicknames only).
pub fn save_profiles(list: &[Profile]) -> Result<(), StoreError> {
    write_raw(PROFILES_KEY, &profiles_to_json(list))
}

/// A new random profile id.
pub fn new_profile_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Whether the app shows its discreet name and icon on this device.
pub fn discreet() -> bool {
    read_raw(DISCREET_KEY).ok().flatten().as_deref() == Some("on")
}

/// Turn the discreet name and icon on or off for this device.
pub fn set_discreet(on: bool) -> Result<(), StoreError> {
    if on {
        write_raw(DISCREET_KEY, "on")
    } else {
        remove_raw(DISCREET_KEY)
    }
}

/// The language she chose in Settings for this device (a locale code such as `ar`), if any. It is
/// a device setting, not part of a journal: the lock screen and the picker need it before any
/// journal is open.
pub fn language() -> Option<String> {
    read_raw(LANGUAGE_KEY).ok().flatten()
}

/// Keep the chosen language for this device.
pub fn set_language(code: &str) -> Result<(), StoreError> {
    write_raw(LANGUAGE_KEY, code)
}

/// This device's worker-mode settings (off when none are kept or they cannot be read).
pub fn worker() -> WorkerSettings {
    WorkerSettings::parse(read_raw(WORKER_KEY).ok().flatten().as_deref())
}

/// Keep this device's worker-mode settings (the caller has checked them with
/// [`WorkerSettings::validate`]).
pub fn save_worker(settings: &WorkerSettings) -> Result<(), StoreError> {
    write_raw(WORKER_KEY, &settings.to_json())
}

fn clinic_key(measure: &str) -> String {
    format!("{PREFIX}:clinic:{measure}")
}

/// Keep a clinic's questionnaire text file (already accepted by `instruments::apply_texts`) for
/// this device, so the wording stays available offline.
pub fn save_clinic_text(measure: &str, text: &str) -> Result<(), StoreError> {
    write_raw(&clinic_key(measure), text)
}

/// Every clinic questionnaire text kept on this device, as (measure id, raw text), by measure.
/// Unreadable storage gives none: the built-in wording is used.
pub fn load_clinic_texts() -> Vec<(String, String)> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    let prefix = clinic_key("");
    let len = store.length().unwrap_or(0);
    let mut out: Vec<(String, String)> = (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| {
            let measure = k.strip_prefix(&prefix)?.to_owned();
            let text = store.get_item(&k).ok().flatten()?;
            Some((measure, text))
        })
        .collect();
    crate::domain::order::sort(&mut out);
    out
}

/// Ask the browser to keep this app's storage when space runs low. Resolves to whether it will.
pub async fn request_persistence() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let storage = window.navigator().storage();
    let Ok(promise) = storage.persist() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
