//! The passcode lock: an unlocked profile's key (non-extractable, in memory only), its drafts kept
//! in memory and stored encrypted, and the ordered save queue.
//!
//! Every write of a journal or a drafts envelope goes through one queue per storage key: a write
//! that has to wait for encryption is never overtaken by an earlier one finishing late, and a
//! later save replaces one that has not started yet. With no passcode and nothing waiting, a save
//! is written at once (synchronously), as before the lock existed.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::CryptoKey;

use super::crypto::{self, CryptoError};
use super::{
    drafts_key, journal_key, keep_for_recovery, lock_state_key, read_raw, remove_raw, storage,
    write_raw, Loaded, StoreError, PREFIX,
};
use crate::domain::exchange::migrate::read_document;
use crate::domain::journal::Document;
use crate::domain::lock::{
    looks_locked, Envelope, EnvelopeError, Kind, LockState, ITERATIONS, SALT_LEN,
};

/// What a save reports when it is done.
pub type Done = Rc<dyn Fn(Result<(), StoreError>)>;

/// The key a locked profile is sealed with.
#[derive(Clone)]
struct Seal {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

/// The unlocked profile.
struct Session {
    profile: String,
    seal: Seal,
    /// Drafts of this profile (name → JSON text); stored only encrypted.
    drafts: BTreeMap<String, String>,
}

enum Action {
    Write {
        text: String,
        sealed: Option<(Seal, Kind)>,
    },
    Remove,
}

struct Job {
    action: Action,
    done: Option<Done>,
}

#[derive(Default)]
struct Queue {
    busy: bool,
    pending: Option<Job>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
    static QUEUES: RefCell<HashMap<String, Queue>> = RefCell::new(HashMap::new());
    /// The profile whose passcode is being removed: its saves are plain, queued in order.
    static UNSEALING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Why a passcode action did not happen. Every message is a calm sentence for her.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LockError {
    /// That passcode does not open these notes; the next try is allowed after this many seconds.
    Wrong { wait_secs: u64 },
    /// Too many tries: wait this many seconds first.
    Wait { secs: u64 },
    /// There are no locked notes for this person.
    NoLockedNotes,
    /// The locked notes could not be decrypted into a journal.
    Unreadable,
    /// The stored envelope cannot be used (the domain says why).
    Envelope(EnvelopeError),
    /// The browser cannot do the encryption here.
    Crypto(CryptoError),
    /// Storage refused.
    Store(StoreError),
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::Wrong { wait_secs } => write!(
                f,
                "That passcode did not open the notes. Please wait {} before trying again.",
                seconds(*wait_secs)
            ),
            LockError::Wait { secs } => {
                write!(f, "Please wait {} before trying again.", seconds(*secs))
            }
            LockError::NoLockedNotes => f.write_str("There are no locked notes here."),
            LockError::Unreadable => f.write_str("The notes could not be read."),
            LockError::Envelope(e) => write!(f, "{e}"),
            LockError::Crypto(CryptoError::Unavailable) => f.write_str(
                "This browser could not do the locking (no WebCrypto). Nothing was changed.",
            ),
            LockError::Crypto(CryptoError::Failed(d)) => write!(
                f,
                "This browser could not do the locking ({d}). Nothing was changed."
            ),
            LockError::Store(e) => write!(f, "{e}"),
        }
    }
}

/// "1 second", "4 seconds".
pub fn seconds(n: u64) -> String {
    if n == 1 {
        "1 second".into()
    } else {
        format!("{n} seconds")
    }
}

impl From<CryptoError> for LockError {
    fn from(e: CryptoError) -> Self {
        LockError::Crypto(e)
    }
}

impl From<StoreError> for LockError {
    fn from(e: StoreError) -> Self {
        LockError::Store(e)
    }
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

// ---- the ordered save queue --------------------------------------------------------------------

fn submit(storage_key: String, job: Job) {
    let sync = matches!(
        job.action,
        Action::Remove | Action::Write { sealed: None, .. }
    );
    let start = QUEUES.with(|q| {
        let mut q = q.borrow_mut();
        let entry = q.entry(storage_key.clone()).or_default();
        if entry.busy {
            // Replaces an older waiting save: only the newest state needs writing.
            entry.pending = Some(job);
            None
        } else {
            if !sync {
                entry.busy = true;
            }
            Some(job)
        }
    });
    let Some(job) = start else { return };
    if sync {
        let result = run_plain(&storage_key, &job.action);
        if let Some(done) = job.done {
            done(result);
        }
        return;
    }
    wasm_bindgen_futures::spawn_local(drain(storage_key, job));
}

fn run_plain(storage_key: &str, action: &Action) -> Result<(), StoreError> {
    match action {
        Action::Remove => remove_raw(storage_key),
        Action::Write { text, .. } => write_raw(storage_key, text),
    }
}

async fn run(storage_key: &str, action: &Action) -> Result<(), StoreError> {
    match action {
        Action::Write {
            text,
            sealed: Some((seal, kind)),
        } => {
            let envelope = seal_text(seal, *kind, text)
                .await
                .map_err(|e| StoreError::Other(e.to_string()))?;
            write_raw(storage_key, &envelope)
        }
        plain => run_plain(storage_key, plain),
    }
}

async fn drain(storage_key: String, first: Job) {
    let mut job = first;
    loop {
        let result = run(&storage_key, &job.action).await;
        if let Some(done) = job.done.take() {
            done(result);
        }
        let next = QUEUES.with(|q| {
            let mut q = q.borrow_mut();
            let entry = q.entry(storage_key.clone()).or_default();
            let next = entry.pending.take();
            if next.is_none() {
                entry.busy = false;
            }
            next
        });
        match next {
            Some(j) => job = j,
            None => break,
        }
    }
}

async fn seal_text(seal: &Seal, kind: Kind, text: &str) -> Result<String, CryptoError> {
    let (iv, ciphertext) = crypto::seal(&seal.key, text.as_bytes()).await?;
    Ok(Envelope {
        kind,
        iterations: seal.iterations,
        salt: seal.salt.clone(),
        iv,
        ciphertext,
    }
    .to_json())
}

async fn open_text(key: &CryptoKey, env: &Envelope) -> Option<String> {
    let bytes = crypto::open(key, &env.iv, &env.ciphertext).await?;
    String::from_utf8(bytes).ok()
}

/// Wait `ms` milliseconds.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        } else {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether every waiting save has been written.
pub fn is_settled() -> bool {
    QUEUES.with(|q| q.borrow().values().all(|e| !e.busy))
}

/// Wait until every waiting save has been written (at most `max_ms`). Whether it was.
pub async fn settled(max_ms: i32) -> bool {
    let mut waited = 0;
    while !is_settled() {
        if waited >= max_ms {
            return false;
        }
        sleep_ms(10).await;
        waited += 10;
    }
    true
}

// ---- the session -------------------------------------------------------------------------------

fn session_seal(profile: &str) -> Option<Seal> {
    SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| s.profile == profile)
            .map(|s| s.seal.clone())
    })
}

/// Whether `profile` is open with its passcode (its key is in memory).
pub fn is_unlocked(profile: &str) -> bool {
    session_seal(profile).is_some()
}

/// Whether `profile`'s stored journal is locked with a passcode.
pub fn has_passcode(profile: &str) -> bool {
    read_raw(&journal_key(profile))
        .ok()
        .flatten()
        .is_some_and(|t| looks_locked(&t))
}

fn is_unsealing(profile: &str) -> bool {
    UNSEALING.with(|u| u.borrow().as_deref() == Some(profile))
}

/// Forget the key and the drafts held in memory. Saves already waiting still finish (encrypted).
pub fn end_session() {
    SESSION.with(|s| s.borrow_mut().take());
}

/// Save `doc` for `profile`, encrypted when the profile is unlocked with a passcode, and report
/// the result through `done` (at once, or when the encrypted write is done). A profile that is
/// locked and not open refuses: nothing readable is ever written over locked notes.
pub fn save_then(profile: &str, doc: &Document, done: Done) {
    let key = journal_key(profile);
    if super::is_newer(profile) {
        // A newer version's journal is never written over.
        done(Err(StoreError::Newer));
    } else if let Some(seal) = session_seal(profile) {
        let action = Action::Write {
            text: doc.to_json(),
            sealed: Some((seal, Kind::Journal)),
        };
        submit(
            key,
            Job {
                action,
                done: Some(done),
            },
        );
    } else if has_passcode(profile) && !is_unsealing(profile) {
        done(Err(StoreError::Locked));
    } else {
        let action = Action::Write {
            text: doc.to_json(),
            sealed: None,
        };
        submit(
            key,
            Job {
                action,
                done: Some(done),
            },
        );
    }
}

/// For [`super::save_draft`]: `Some(result)` when the profile's drafts are kept locked.
pub(super) fn save_draft_text(
    profile: &str,
    name: &str,
    text: String,
) -> Option<Result<(), StoreError>> {
    let sealed = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let session = s.as_mut().filter(|s| s.profile == profile)?;
        session.drafts.insert(name.to_owned(), text);
        Some((session.seal.clone(), drafts_json(&session.drafts)))
    });
    match sealed {
        Some((seal, json)) => {
            submit_drafts(profile, seal, json);
            Some(Ok(()))
        }
        None if has_passcode(profile) => Some(Err(StoreError::Locked)),
        None => None,
    }
}

/// For [`super::load_draft`]: `Some(text)` when the profile's drafts are kept locked (`Some(None)`:
/// locked and none, or not open).
pub(super) fn load_draft_text(profile: &str, name: &str) -> Option<Option<String>> {
    let found = SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| s.profile == profile)
            .map(|s| s.drafts.get(name).cloned())
    });
    match found {
        Some(t) => Some(t),
        None if has_passcode(profile) => Some(None),
        None => None,
    }
}

/// For [`super::clear_draft`]: `Some(result)` when the profile's drafts are kept locked.
pub(super) fn clear_draft_text(profile: &str, name: &str) -> Option<Result<(), StoreError>> {
    let sealed = SESSION.with(|s| {
        let mut s = s.borrow_mut();
        let session = s.as_mut().filter(|s| s.profile == profile)?;
        session.drafts.remove(name);
        Some((session.seal.clone(), drafts_json(&session.drafts)))
    });
    match sealed {
        Some((seal, json)) => {
            submit_drafts(profile, seal, json);
            Some(Ok(()))
        }
        None if has_passcode(profile) => Some(Ok(())),
        None => None,
    }
}

fn drafts_json(drafts: &BTreeMap<String, String>) -> String {
    serde_json::to_string(drafts).unwrap_or_default()
}

fn submit_drafts(profile: &str, seal: Seal, json: String) {
    submit(
        drafts_key(profile),
        Job {
            action: Action::Write {
                text: json,
                sealed: Some((seal, Kind::Drafts)),
            },
            done: None,
        },
    );
}

/// The plain drafts of `profile` (name → text) and their storage keys.
fn plain_drafts(profile: &str) -> Vec<(String, String, String)> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{PREFIX}:{profile}:draft:");
    let len = store.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter_map(|k| {
            let name = k.strip_prefix(&prefix)?.to_owned();
            let text = store.get_item(&k).ok().flatten()?;
            Some((k, name, text))
        })
        .collect()
}

/// A kept text as she can read it: a locked copy opened with the key in memory, anything else
/// as it is (a locked copy this session cannot open stays as it is).
pub(super) async fn open_kept(profile: &str, text: String) -> String {
    let Ok(env) = Envelope::parse(&text, Kind::Journal) else {
        return text;
    };
    match session_seal(profile) {
        Some(seal) => open_text(&seal.key, &env).await.unwrap_or(text),
        None => text,
    }
}

pub(super) fn recovery_keys(profile: &str) -> Vec<String> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    let prefix = format!("{PREFIX}:{profile}:recovery:");
    let len = store.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(&prefix))
        .collect()
}

/// Re-key the copies kept for recovery: open each with `old` (when locked) and write it sealed
/// with `new` (or plain). A copy that cannot be opened is left as it is.
async fn rekey_recovery(profile: &str, old: Option<&CryptoKey>, new: Option<&Seal>) {
    for k in recovery_keys(profile) {
        let Ok(Some(text)) = read_raw(&k) else {
            continue;
        };
        let plain = match Envelope::parse(&text, Kind::Journal) {
            Ok(env) => match old {
                Some(key) => match open_text(key, &env).await {
                    Some(p) => p,
                    None => continue,
                },
                None => continue,
            },
            Err(_) => text,
        };
        let out = match new {
            Some(seal) => match seal_text(seal, Kind::Journal, &plain).await {
                Ok(t) => t,
                Err(_) => continue,
            },
            None => plain,
        };
        let _kept_as_it_was_if_refused = write_raw(&k, &out);
    }
}

// ---- passcode bookkeeping ----------------------------------------------------------------------

/// The lock bookkeeping of `profile` (wrong tries, wait, auto-lock).
pub fn lock_state(profile: &str) -> LockState {
    read_raw(&lock_state_key(profile))
        .ok()
        .flatten()
        .map(|t| LockState::parse(&t))
        .unwrap_or_default()
}

/// Keep the lock bookkeeping of `profile`.
pub fn save_lock_state(profile: &str, state: &LockState) -> Result<(), StoreError> {
    write_raw(&lock_state_key(profile), &state.to_json())
}

/// Seconds before `profile` may try a passcode again (0: now).
pub fn wait_secs(profile: &str) -> u64 {
    lock_state(profile).wait_secs(now_ms())
}

/// Check `passcode` against the stored locked journal of `profile`, slowing down wrong tries.
/// Gives the key and the envelope.
async fn verify(profile: &str, passcode: &str) -> Result<(CryptoKey, Envelope), LockError> {
    let mut state = lock_state(profile);
    let wait = state.wait_secs(now_ms());
    if wait > 0 {
        return Err(LockError::Wait { secs: wait });
    }
    let raw = read_raw(&journal_key(profile))?.ok_or(LockError::NoLockedNotes)?;
    let env = Envelope::parse(&raw, Kind::Journal).map_err(LockError::Envelope)?;
    let key = crypto::derive_key(passcode, &env.salt, env.iterations).await?;
    if crypto::open(&key, &env.iv, &env.ciphertext).await.is_none() {
        let wait_secs = state.record_failure(now_ms());
        let _slowing_down_is_best_effort = save_lock_state(profile, &state);
        return Err(LockError::Wrong { wait_secs });
    }
    if state.failures > 0 {
        state.record_success();
        let _ = save_lock_state(profile, &state);
    }
    Ok((key, env))
}

/// Open `profile` with `passcode`: the key stays in memory (never stored), its drafts are read,
/// and the journal is given back.
pub async fn unlock(profile: &str, passcode: &str) -> Result<Loaded, LockError> {
    let (key, env) = verify(profile, passcode).await?;
    let plain = open_text(&key, &env).await.ok_or(LockError::Unreadable)?;
    let drafts = match read_raw(&drafts_key(profile)).ok().flatten() {
        Some(t) => match Envelope::parse(&t, Kind::Drafts) {
            Ok(d) => open_text(&key, &d)
                .await
                .and_then(|p| serde_json::from_str::<BTreeMap<String, String>>(&p).ok())
                .unwrap_or_default(),
            Err(_) => BTreeMap::new(),
        },
        None => BTreeMap::new(),
    };
    let loaded = match read_document(&plain, None) {
        Ok(doc) => Loaded::Existing(doc),
        Err(reason) => {
            super::mark_newer(profile, &reason);
            // The encrypted text is kept as it is (it stays locked) for recovery.
            let raw = read_raw(&journal_key(profile))?.unwrap_or_default();
            Loaded::Recovered {
                doc: Document::new(super::now()),
                recovery_key: keep_for_recovery(profile, &raw)?,
                reason,
            }
        }
    };
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            profile: profile.to_owned(),
            seal: Seal {
                key,
                salt: env.salt,
                iterations: env.iterations,
            },
            drafts,
        })
    });
    Ok(loaded)
}

async fn new_seal(passcode: &str) -> Result<Seal, LockError> {
    let salt = crypto::random_bytes(SALT_LEN)?;
    let key = crypto::derive_key(passcode, &salt, ITERATIONS).await?;
    Ok(Seal {
        key,
        salt,
        iterations: ITERATIONS,
    })
}

/// Write `doc` and the drafts sealed with `seal`, in order after any save waiting, and wait for it.
async fn write_sealed(
    profile: &str,
    seal: &Seal,
    doc: &Document,
    drafts: &BTreeMap<String, String>,
) -> Result<(), LockError> {
    let result: Rc<RefCell<Option<Result<(), StoreError>>>> = Rc::new(RefCell::new(None));
    let out = result.clone();
    submit(
        journal_key(profile),
        Job {
            action: Action::Write {
                text: doc.to_json(),
                sealed: Some((seal.clone(), Kind::Journal)),
            },
            done: Some(Rc::new(move |r| *out.borrow_mut() = Some(r))),
        },
    );
    submit_drafts(profile, seal.clone(), drafts_json(drafts));
    settled(60_000).await;
    let written = result.borrow_mut().take();
    match written {
        Some(Ok(())) => Ok(()),
        Some(Err(e)) => Err(LockError::Store(e)),
        None => Err(LockError::Store(StoreError::Other(
            "the save did not finish".into(),
        ))),
    }
}

/// Lock `profile` with a new passcode: the journal and drafts are stored encrypted from now on,
/// and the plain copies are removed. The profile stays open (unlocked) afterwards.
pub async fn set_passcode(profile: &str, passcode: &str, doc: &Document) -> Result<(), LockError> {
    let seal = new_seal(passcode).await?;
    let plain = plain_drafts(profile);
    let drafts: BTreeMap<String, String> = plain
        .iter()
        .map(|(_, n, t)| (n.clone(), t.clone()))
        .collect();
    // The session first: a save made while this runs is sealed too, and queued after this one.
    start_session(profile, seal.clone(), drafts.clone());
    if let Err(e) = write_sealed(profile, &seal, doc, &drafts).await {
        // The plain journal is still there (the write failed); nothing changed.
        end_session();
        let _ = remove_raw(&drafts_key(profile));
        return Err(e);
    }
    for (k, _, _) in &plain {
        let _ = remove_raw(k);
    }
    rekey_recovery(profile, None, Some(&seal)).await;
    let _ = save_lock_state(profile, &LockState::default());
    Ok(())
}

fn start_session(profile: &str, seal: Seal, drafts: BTreeMap<String, String>) {
    SESSION.with(|s| {
        *s.borrow_mut() = Some(Session {
            profile: profile.to_owned(),
            seal,
            drafts,
        })
    });
}

fn session_drafts(profile: &str) -> BTreeMap<String, String> {
    SESSION.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|s| s.profile == profile)
            .map(|s| s.drafts.clone())
            .unwrap_or_default()
    })
}

/// Change the passcode of the open `profile` after checking the current one. Nothing is lost:
/// the journal and drafts are written again with the new key.
pub async fn change_passcode(
    profile: &str,
    current: &str,
    new: &str,
    doc: &Document,
) -> Result<(), LockError> {
    let (old_key, _) = verify(profile, current).await?;
    let seal = new_seal(new).await?;
    let drafts = session_drafts(profile);
    let old_seal = session_seal(profile);
    start_session(profile, seal.clone(), drafts.clone());
    if let Err(e) = write_sealed(profile, &seal, doc, &drafts).await {
        // The journal stored is still the one sealed with the current passcode.
        match old_seal {
            Some(old) => start_session(profile, old, drafts),
            None => end_session(),
        }
        return Err(e);
    }
    rekey_recovery(profile, Some(&old_key), Some(&seal)).await;
    Ok(())
}

/// Remove the passcode of the open `profile` after checking the current one: the journal and
/// drafts are stored plain again. Nothing is lost.
pub async fn remove_passcode(
    profile: &str,
    current: &str,
    doc: &Document,
) -> Result<(), LockError> {
    let (old_key, env) = verify(profile, current).await?;
    let (env_salt, env_iterations) = (env.salt, env.iterations);
    let drafts = session_drafts(profile);
    // From here saves are plain, queued after this one.
    end_session();
    UNSEALING.with(|u| *u.borrow_mut() = Some(profile.to_owned()));
    let result: Rc<RefCell<Option<Result<(), StoreError>>>> = Rc::new(RefCell::new(None));
    let out = result.clone();
    submit(
        journal_key(profile),
        Job {
            action: Action::Write {
                text: doc.to_json(),
                sealed: None,
            },
            done: Some(Rc::new(move |r| *out.borrow_mut() = Some(r))),
        },
    );
    settled(60_000).await;
    UNSEALING.with(|u| u.borrow_mut().take());
    let written = result.borrow_mut().take();
    match written {
        Some(Ok(())) => {}
        Some(Err(e)) => {
            // Still locked with the current passcode, and open with it.
            start_session(
                profile,
                Seal {
                    key: old_key,
                    salt: env_salt,
                    iterations: env_iterations,
                },
                drafts,
            );
            return Err(LockError::Store(e));
        }
        None => {
            return Err(LockError::Store(StoreError::Other(
                "the save did not finish".into(),
            )))
        }
    }
    for (name, text) in &drafts {
        let _ = write_raw(&super::draft_key(profile, name), text);
    }
    submit(
        drafts_key(profile),
        Job {
            action: Action::Remove,
            done: None,
        },
    );
    rekey_recovery(profile, Some(&old_key), None).await;
    let _ = remove_raw(&lock_state_key(profile));
    Ok(())
}

/// What another tab saved for the open profile, opened with the key in memory.
pub enum Incoming {
    /// A plain journal: no passcode (any more).
    Plain(Document),
    /// A locked journal this tab could open.
    Sealed(Document),
    /// A locked journal this tab cannot open (locked elsewhere, or the passcode changed): lock.
    CannotOpen,
    /// Nothing to merge.
    Ignore,
}

/// Read a journal text another tab saved for `profile`.
pub async fn read_incoming(profile: &str, text: &str) -> Incoming {
    if !looks_locked(text) {
        return match read_document(text, None) {
            Ok(doc) => Incoming::Plain(doc),
            Err(_) => Incoming::Ignore,
        };
    }
    let Ok(env) = Envelope::parse(text, Kind::Journal) else {
        return Incoming::Ignore;
    };
    let Some(seal) = session_seal(profile) else {
        return Incoming::CannotOpen;
    };
    if seal.salt != env.salt {
        return Incoming::CannotOpen;
    }
    match open_text(&seal.key, &env).await {
        Some(plain) => match read_document(&plain, None) {
            Ok(doc) => Incoming::Sealed(doc),
            Err(_) => Incoming::Ignore,
        },
        None => Incoming::CannotOpen,
    }
}
