//! The lay health worker's caseload in storage: one sealed envelope (kind `Caseload`) locked with
//! the WORKER's own passcode (PBKDF2 → AES-GCM, `crypto`), at `between-sessions:caseload`. Her key
//! lives in memory only while she works (never stored), and is dropped when she locks, switches
//! person or quick-exits. Wrong passcodes wait longer each time, as for a client's lock
//! (`LockState`, kept under the reserved id "caseload").
//!
//! Every write seals the whole caseload; a write that finishes encrypting after a newer one
//! started is not stored (the newer one holds everything it had). A stored caseload that cannot be
//! read is never written over: nothing is saved until one is opened.

use std::cell::{Cell, RefCell};

use web_sys::CryptoKey;

use super::crypto;
use super::lock::LockError;
use super::{read_raw, write_raw, StoreError};
use crate::domain::caseload::{Caseload, CaseloadError};
use crate::domain::lock::{Envelope, Kind, ITERATIONS, SALT_LEN};

/// Where the sealed caseload is kept.
pub const CASELOAD_KEY: &str = "between-sessions:caseload";
/// The reserved id its wrong-passcode bookkeeping is kept under.
const LOCK_ID: &str = "caseload";

#[derive(Clone)]
struct WorkerKey {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

thread_local! {
    static WORKER: RefCell<Option<WorkerKey>> = const { RefCell::new(None) };
    /// Writes started and the newest one stored (a write older than the newest stored is dropped).
    static STARTED: Cell<u64> = const { Cell::new(0) };
    static STORED: Cell<u64> = const { Cell::new(0) };
}

/// Why the caseload could not be opened or saved. The UI says each in the worker's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkerError {
    /// The passcode, the envelope, the encryption or storage refused (as for a client's lock).
    Lock(LockError),
    /// The caseload opened but cannot be used (the domain says why); it is left as it is.
    Caseload(CaseloadError),
    /// There is already a worker passcode on this phone.
    AlreadySet,
    /// The caseload is not open (her passcode is needed again).
    NotOpen,
}

impl std::fmt::Display for WorkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkerError::Lock(e) => write!(f, "{e}"),
            WorkerError::Caseload(e) => write!(f, "{e}"),
            WorkerError::AlreadySet => f.write_str("This phone already has a worker passcode."),
            WorkerError::NotOpen => f.write_str("Type the worker passcode first."),
        }
    }
}

impl From<LockError> for WorkerError {
    fn from(e: LockError) -> Self {
        WorkerError::Lock(e)
    }
}

impl From<StoreError> for WorkerError {
    fn from(e: StoreError) -> Self {
        WorkerError::Lock(LockError::Store(e))
    }
}

impl From<crypto::CryptoError> for WorkerError {
    fn from(e: crypto::CryptoError) -> Self {
        WorkerError::Lock(e.into())
    }
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Whether this phone keeps a caseload (and so has a worker passcode).
pub fn exists() -> bool {
    read_raw(CASELOAD_KEY).ok().flatten().is_some()
}

/// Whether the worker's key is in memory.
pub fn is_open() -> bool {
    WORKER.with(|w| w.borrow().is_some())
}

/// Forget the worker's key.
pub fn end_session() {
    WORKER.with(|w| w.borrow_mut().take());
}

/// Seconds before the worker may try a passcode again (0: now).
pub fn wait_secs() -> u64 {
    super::lock::lock_state(LOCK_ID).wait_secs(now_ms())
}

async fn seal_and_write(key: &WorkerKey, caseload: &Caseload) -> Result<(), WorkerError> {
    let n = STARTED.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    let (iv, ciphertext) = crypto::seal(&key.key, caseload.to_json().as_bytes()).await?;
    if STORED.with(Cell::get) > n {
        // A newer write (holding everything this one had) is already stored.
        return Ok(());
    }
    let text = Envelope {
        kind: Kind::Caseload,
        iterations: key.iterations,
        salt: key.salt.clone(),
        iv,
        ciphertext,
    }
    .to_json();
    write_raw(CASELOAD_KEY, &text)?;
    STORED.with(|s| s.set(s.get().max(n)));
    Ok(())
}

/// Turn on the caseload with a new worker passcode: an empty caseload is stored sealed, and the
/// key stays in memory. Refused when one is already kept (nothing is written over it).
pub async fn create(passcode: &str) -> Result<(), WorkerError> {
    if exists() {
        return Err(WorkerError::AlreadySet);
    }
    let salt = crypto::random_bytes(SALT_LEN)?;
    let key = WorkerKey {
        key: crypto::derive_key(passcode, &salt, ITERATIONS).await?,
        salt,
        iterations: ITERATIONS,
    };
    seal_and_write(&key, &Caseload::default()).await?;
    let _ = super::lock::save_lock_state(LOCK_ID, &Default::default());
    WORKER.with(|w| *w.borrow_mut() = Some(key));
    Ok(())
}

/// The stored envelope and the caseload in it, opened with `key`.
async fn read_with(key: &CryptoKey) -> Result<Caseload, WorkerError> {
    let raw = read_raw(CASELOAD_KEY)?.ok_or(LockError::NoLockedNotes)?;
    let env = Envelope::parse(&raw, Kind::Caseload).map_err(LockError::Envelope)?;
    let plain = crypto::open(key, &env.iv, &env.ciphertext)
        .await
        .ok_or(LockError::Unreadable)?;
    let text = String::from_utf8(plain).map_err(|_| LockError::Unreadable)?;
    Caseload::parse(&text).map_err(WorkerError::Caseload)
}

/// Open the caseload with the worker's passcode, slowing down wrong tries. The key stays in
/// memory only when the caseload could be read, so a damaged one is never saved over.
pub async fn open(passcode: &str) -> Result<Caseload, WorkerError> {
    let mut state = super::lock::lock_state(LOCK_ID);
    let wait = state.wait_secs(now_ms());
    if wait > 0 {
        return Err(LockError::Wait { secs: wait }.into());
    }
    let raw = read_raw(CASELOAD_KEY)?.ok_or(LockError::NoLockedNotes)?;
    let env = Envelope::parse(&raw, Kind::Caseload).map_err(LockError::Envelope)?;
    let key = crypto::derive_key(passcode, &env.salt, env.iterations).await?;
    let Some(plain) = crypto::open(&key, &env.iv, &env.ciphertext).await else {
        let wait_secs = state.record_failure(now_ms());
        let _slowing_down_is_best_effort = super::lock::save_lock_state(LOCK_ID, &state);
        return Err(LockError::Wrong { wait_secs }.into());
    };
    if state.failures > 0 {
        state.record_success();
        let _ = super::lock::save_lock_state(LOCK_ID, &state);
    }
    let text = String::from_utf8(plain).map_err(|_| LockError::Unreadable)?;
    let caseload = Caseload::parse(&text).map_err(WorkerError::Caseload)?;
    WORKER.with(|w| {
        *w.borrow_mut() = Some(WorkerKey {
            key,
            salt: env.salt,
            iterations: env.iterations,
        })
    });
    Ok(caseload)
}

/// Store `caseload` sealed with the worker's key in memory. `Ok` only once storage has it.
pub async fn save(caseload: &Caseload) -> Result<(), WorkerError> {
    let key = WORKER
        .with(|w| w.borrow().clone())
        .ok_or(WorkerError::NotOpen)?;
    seal_and_write(&key, caseload).await
}

/// Change the stored caseload with `f` (read afresh, so a change made elsewhere is kept), while
/// the worker's key is in memory. Nothing is written when it cannot be read.
pub async fn update(f: impl FnOnce(&mut Caseload)) -> Result<Caseload, WorkerError> {
    let key = WORKER
        .with(|w| w.borrow().clone())
        .ok_or(WorkerError::NotOpen)?;
    let mut caseload = read_with(&key.key).await?;
    f(&mut caseload);
    seal_and_write(&key, &caseload).await?;
    Ok(caseload)
}
