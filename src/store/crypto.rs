//! The browser's WebCrypto, for passphrase-protected backups and the passcode lock: a key derived
//! from the passphrase by PBKDF2-SHA-256 (600,000 rounds, random 16-byte salt) encrypts with
//! AES-256-GCM (random 12-byte nonce for every message). The domain defines and checks the
//! envelopes ([`EncryptedBackup`], [`crate::domain::lock::Envelope`]); this module only does the
//! cryptography, which must stay in the browser.
//!
//! General API: [`derive_key`] (a non-extractable key that lives only in memory), [`seal`] and
//! [`open`]; the backup functions are built on them.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::exchange::backup::{EncryptedBackup, ImportError, ITERATIONS, IV_LEN};

/// Salt length written into new backups, in bytes.
const SALT_LEN: usize = 16;

/// Why a backup could not be locked with a passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser offers no WebCrypto here (an old browser, or a page not served securely).
    Unavailable,
    /// WebCrypto refused (the detail is the browser's).
    Failed(String),
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::Unavailable => write!(
                f,
                "This browser cannot lock a backup with a passphrase. You can still save it without one."
            ),
            CryptoError::Failed(e) => write!(f, "The backup could not be locked ({e})."),
        }
    }
}

fn describe(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

fn crypto() -> Result<web_sys::Crypto, CryptoError> {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let c = crypto()?;
    // `crypto.subtle` is undefined outside secure contexts; check before calling into it.
    let has = Reflect::get(&c, &"subtle".into())
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has {
        return Err(CryptoError::Unavailable);
    }
    Ok(c.subtle())
}

/// `n` random bytes from the browser's cryptographic generator.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut buf = vec![0u8; n];
    crypto()?
        .get_random_values_with_u8_array(&mut buf)
        .map_err(|e| CryptoError::Failed(describe(&e)))?;
    Ok(buf)
}

fn set(obj: &Object, key: &str, value: &JsValue) -> Result<(), JsValue> {
    Reflect::set(obj, &key.into(), value).map(|_| ())
}

/// The AES-256-GCM key for `passphrase`, `salt` and `iterations`, usable for `usages`.
async fn derive_key_with(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usages: &Array,
) -> Result<CryptoKey, JsValue> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &raw,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?
    .dyn_into::<CryptoKey>()?;
    let kdf = Object::new();
    set(&kdf, "name", &"PBKDF2".into())?;
    set(&kdf, "salt", &Uint8Array::from(salt))?;
    set(&kdf, "iterations", &JsValue::from(iterations))?;
    set(&kdf, "hash", &"SHA-256".into())?;
    let aes = Object::new();
    set(&aes, "name", &"AES-GCM".into())?;
    set(&aes, "length", &JsValue::from(256))?;
    JsFuture::from(subtle.derive_key_with_object_and_object(&kdf, &base, &aes, false, usages)?)
        .await?
        .dyn_into::<CryptoKey>()
}

/// The AES-256-GCM key for `passphrase`, `salt` and `iterations`, for both encrypting and
/// decrypting. Not extractable: the key never leaves WebCrypto, and it is gone once dropped.
/// Takes about a second on a phone (slow on purpose).
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    derive_key_with(&subtle, passphrase, salt, iterations, &usages)
        .await
        .map_err(|e| CryptoError::Failed(describe(&e)))
}

/// Encrypt `plain` with `key` under a fresh random nonce: (nonce, ciphertext with its tag).
pub async fn seal(key: &CryptoKey, plain: &[u8]) -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    let subtle = subtle()?;
    let iv = random_bytes(IV_LEN)?;
    let run = async {
        let data = Uint8Array::from(plain);
        let out = JsFuture::from(subtle.encrypt_with_object_and_js_u8_array(
            &gcm_params(&iv)?,
            key,
            &data,
        )?)
        .await?;
        Ok::<Vec<u8>, JsValue>(Uint8Array::new(&out).to_vec())
    };
    let ciphertext = run.await.map_err(|e| CryptoError::Failed(describe(&e)))?;
    Ok((iv, ciphertext))
}

/// Decrypt and authenticate. `None` when the key does not match or the data was changed.
pub async fn open(key: &CryptoKey, iv: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let subtle = subtle().ok()?;
    let run = async {
        let data = Uint8Array::from(ciphertext);
        let out = JsFuture::from(subtle.decrypt_with_object_and_js_u8_array(
            &gcm_params(iv)?,
            key,
            &data,
        )?)
        .await?;
        Ok::<Vec<u8>, JsValue>(Uint8Array::new(&out).to_vec())
    };
    run.await.ok()
}

fn gcm_params(iv: &[u8]) -> Result<Object, JsValue> {
    let p = Object::new();
    set(&p, "name", &"AES-GCM".into())?;
    set(&p, "iv", &Uint8Array::from(iv))?;
    Ok(p)
}

/// Lock the backup text with `passphrase`. Takes about a second on a phone (the key derivation is
/// slow on purpose).
pub async fn encrypt_backup(plain: &str, passphrase: &str) -> Result<EncryptedBackup, CryptoError> {
    let subtle = subtle()?;
    let salt = random_bytes(SALT_LEN)?;
    let iv = random_bytes(IV_LEN)?;
    let run = async {
        let usage = Array::of1(&"encrypt".into());
        let key = derive_key_with(&subtle, passphrase, &salt, ITERATIONS, &usage).await?;
        let data = Uint8Array::from(plain.as_bytes());
        let out = JsFuture::from(subtle.encrypt_with_object_and_js_u8_array(
            &gcm_params(&iv)?,
            &key,
            &data,
        )?)
        .await?;
        Ok::<Vec<u8>, JsValue>(Uint8Array::new(&out).to_vec())
    };
    let ciphertext = run.await.map_err(|e| CryptoError::Failed(describe(&e)))?;
    Ok(EncryptedBackup {
        kind: crate::domain::exchange::sealed::Kind::Backup,
        iterations: ITERATIONS,
        salt,
        iv,
        ciphertext,
    })
}

/// Open a locked backup with `passphrase`: the backup JSON text, or
/// [`ImportError::WrongPassphrase`] when the passphrase (or the data) does not match, or
/// [`ImportError::CannotOpenHere`] when this browser has no WebCrypto.
pub async fn decrypt_backup(
    backup: &EncryptedBackup,
    passphrase: &str,
) -> Result<String, ImportError> {
    let subtle = subtle().map_err(|_| ImportError::CannotOpenHere)?;
    let run = async {
        let usage = Array::of1(&"decrypt".into());
        let key =
            derive_key_with(&subtle, passphrase, &backup.salt, backup.iterations, &usage).await?;
        let data = Uint8Array::from(backup.ciphertext.as_slice());
        let out = JsFuture::from(subtle.decrypt_with_object_and_js_u8_array(
            &gcm_params(&backup.iv)?,
            &key,
            &data,
        )?)
        .await?;
        Ok::<Vec<u8>, JsValue>(Uint8Array::new(&out).to_vec())
    };
    // AES-GCM authenticates: a wrong passphrase and tampered data both fail here.
    let bytes = run.await.map_err(|_| ImportError::WrongPassphrase)?;
    String::from_utf8(bytes)
        .map_err(|_| ImportError::Damaged("the opened backup is not text".into()))
}
