//! The one passphrase-sealed envelope: a passphrase-protected backup file, a passcode-locked
//! journal in storage, and a locked profile's drafts are all this JSON, told apart by `format`:
//! `{"format":…,"version":1,"kdf":"PBKDF2-SHA-256","iterations":…,"salt":…,"iv":…,"ciphertext":…}`
//! (byte fields in standard base64). The encryption itself (PBKDF2-SHA-256 → AES-256-GCM) is done
//! by WebCrypto in the browser store; the domain only defines and checks the envelope. The
//! ciphertext includes the GCM tag, as WebCrypto returns it.

use serde::{Deserialize, Serialize};

use super::base64;

/// The envelope version this build writes and reads.
pub const VERSION: u32 = 1;
/// The key-derivation function named in the envelope.
pub const KDF: &str = "PBKDF2-SHA-256";
/// PBKDF2 rounds this build writes (OWASP 2023 guidance for PBKDF2-HMAC-SHA-256).
pub const ITERATIONS: u32 = 600_000;
/// Fewest rounds accepted when reading: a weaker envelope was not made by this app.
pub const MIN_ITERATIONS: u32 = 600_000;
/// Most rounds accepted when reading, so a hostile file cannot freeze the phone.
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// AES-GCM nonce length in bytes.
pub const IV_LEN: usize = 12;
/// Shortest salt accepted, in bytes.
pub const MIN_SALT_LEN: usize = 16;
/// Shortest ciphertext accepted: the 16-byte GCM tag.
const TAG_LEN: usize = 16;

/// What an envelope holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A passphrase-protected backup file (the backup JSON).
    Backup,
    /// A passcode-locked journal document in storage.
    Journal,
    /// A locked profile's drafts (name → draft text).
    Drafts,
    /// A lay health worker's caseload, locked with her own passcode.
    Caseload,
}

impl Kind {
    /// The envelope's `format` value.
    pub fn format(self) -> &'static str {
        match self {
            Kind::Backup => "between-sessions/encrypted-backup",
            Kind::Journal => "between-sessions/locked-journal",
            Kind::Drafts => "between-sessions/locked-drafts",
            Kind::Caseload => "between-sessions/locked-caseload",
        }
    }
}

/// Why an envelope cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedError {
    /// Not an envelope of the expected kind.
    Foreign,
    /// Written by a newer version of the app (its envelope version).
    TooNew(u32),
    /// A field is missing or wrong (the detail names it).
    Damaged(String),
}

impl std::fmt::Display for SealedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SealedError::Foreign => write!(f, "These are not locked notes from this app."),
            SealedError::TooNew(v) => write!(
                f,
                "These notes were locked by a newer version of the app (lock version {v}). Update the app to open them."
            ),
            SealedError::Damaged(d) => write!(f, "The locked notes are damaged ({d})."),
        }
    }
}

/// A sealed envelope, checked: the salt and rounds of the key derivation, the fresh nonce, and
/// the ciphertext.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub kind: Kind,
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
struct Json {
    format: String,
    version: u32,
    kdf: String,
    iterations: u32,
    salt: String,
    iv: String,
    ciphertext: String,
}

impl Sealed {
    /// The envelope text.
    pub fn to_json(&self) -> String {
        let env = Json {
            format: self.kind.format().into(),
            version: VERSION,
            kdf: KDF.into(),
            iterations: self.iterations,
            salt: base64::encode(&self.salt),
            iv: base64::encode(&self.iv),
            ciphertext: base64::encode(&self.ciphertext),
        };
        serde_json::to_string(&env).unwrap_or_default()
    }

    /// Read an envelope of `kind`, checking every field. Never panics.
    pub fn parse(text: &str, kind: Kind) -> Result<Self, SealedError> {
        #[derive(Deserialize)]
        struct Head {
            format: Option<String>,
            version: Option<u64>,
        }
        let text = text.trim_start_matches('\u{feff}');
        let head: Head = serde_json::from_str(text).map_err(|_| SealedError::Foreign)?;
        if head.format.as_deref() != Some(kind.format()) {
            return Err(SealedError::Foreign);
        }
        match head.version {
            None | Some(0) => return Err(SealedError::Damaged("no lock version".into())),
            Some(v) if v > u64::from(VERSION) => {
                return Err(SealedError::TooNew(u32::try_from(v).unwrap_or(u32::MAX)))
            }
            Some(_) => {}
        }
        let env: Json = serde_json::from_str(text)
            .map_err(|e| SealedError::Damaged(format!("incomplete: {e}")))?;
        let damaged = |d: &str| SealedError::Damaged(d.to_owned());
        if env.kdf != KDF {
            return Err(SealedError::Damaged(format!(
                "unknown key derivation {:?}",
                env.kdf.chars().take(40).collect::<String>()
            )));
        }
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&env.iterations) {
            return Err(SealedError::Damaged(format!(
                "{} key-derivation rounds is outside what this app uses",
                env.iterations
            )));
        }
        let salt = base64::decode(&env.salt).ok_or_else(|| damaged("the salt is not valid"))?;
        let iv = base64::decode(&env.iv).ok_or_else(|| damaged("the nonce is not valid"))?;
        let ciphertext = base64::decode(&env.ciphertext)
            .ok_or_else(|| damaged("the encrypted data is not valid"))?;
        if salt.len() < MIN_SALT_LEN {
            return Err(damaged("the salt is too short"));
        }
        if iv.len() != IV_LEN {
            return Err(damaged("the nonce has the wrong length"));
        }
        if ciphertext.len() < TAG_LEN {
            return Err(damaged("the encrypted data is cut short"));
        }
        Ok(Sealed {
            kind,
            iterations: env.iterations,
            salt,
            iv,
            ciphertext,
        })
    }
}

/// Whether `text` names itself an envelope of `kind` (cheap: looks at the start only, where this
/// app writes the format).
pub fn looks_like(text: &str, kind: Kind) -> bool {
    let head: String = text.chars().take(200).collect();
    head.contains(&format!("\"{}\"", kind.format()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sealed(kind: Kind) -> Sealed {
        Sealed {
            kind,
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            iv: (0..12).collect(),
            ciphertext: (0..40).collect(),
        }
    }

    #[test]
    fn one_envelope_for_backups_journals_and_drafts() {
        for kind in [Kind::Backup, Kind::Journal, Kind::Drafts, Kind::Caseload] {
            let text = sealed(kind).to_json();
            assert!(text.starts_with(&format!(
                r#"{{"format":"{}","version":1,"kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"#,
                kind.format()
            )));
            assert!(looks_like(&text, kind));
            assert_eq!(Sealed::parse(&text, kind), Ok(sealed(kind)));
            for other in [Kind::Backup, Kind::Journal, Kind::Drafts, Kind::Caseload] {
                if other != kind {
                    assert_eq!(Sealed::parse(&text, other), Err(SealedError::Foreign));
                }
            }
        }
    }
}
