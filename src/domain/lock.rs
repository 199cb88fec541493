//! Privacy on a shared phone, the pure part: the envelope that keeps a passcode-locked journal (and
//! its drafts) in storage, the slowing-down of wrong passcodes, the auto-lock choices, the passcode
//! rules, and the device's list of people (nicknames only).
//!
//! The cryptography itself (PBKDF2-SHA-256 → AES-256-GCM) runs in the browser store through
//! WebCrypto; this module only defines and checks what is stored, like
//! [`EncryptedBackup`](super::exchange::backup::EncryptedBackup) does for backup files.

use crate::domain::struct_de::defaulted_de;
use serde::{Deserialize, Serialize};

/// The `format` of a locked journal in storage.
pub const JOURNAL_FORMAT: &str = "between-sessions/locked-journal";
/// The `format` of a locked profile's drafts (work in progress) in storage.
pub const DRAFTS_FORMAT: &str = "between-sessions/locked-drafts";
/// The envelope version this build writes and reads.
pub const VERSION: u32 = super::exchange::sealed::VERSION;
/// PBKDF2 rounds this build writes.
pub const ITERATIONS: u32 = super::exchange::sealed::ITERATIONS;
/// Salt length written, in bytes.
pub const SALT_LEN: usize = 16;
/// Shortest passcode accepted, in characters.
pub const MIN_PASSCODE_CHARS: usize = 4;
/// The longest wait after wrong passcodes, in seconds.
pub const MAX_RETRY_DELAY_SECS: u64 = 30;
/// Auto-lock choices in minutes (`None`: never).
pub const AUTOLOCK_CHOICES: [Option<u32>; 4] = [None, Some(1), Some(5), Some(15)];
/// Auto-lock once a passcode is set, in minutes.
pub const DEFAULT_AUTOLOCK_MINUTES: u32 = 5;
/// The profile every install starts with (existing users keep their data under it).
pub const DEFAULT_PROFILE: &str = "default";
/// The nickname shown for the first profile until someone names it.
pub const DEFAULT_NICKNAME: &str = "Me";
/// Longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 40;

/// A locked (encrypted) document as kept in storage: the one sealed envelope of the app
/// ([`Sealed`](super::exchange::sealed::Sealed), kind `Journal` or `Drafts`). The salt is the
/// passcode's (the same for the journal and the drafts); the IV is fresh for every save.
pub use super::exchange::sealed::{Kind, Sealed as Envelope, SealedError as EnvelopeError};

/// Whether stored text is a locked journal (cheap: looks at the start only, where this app writes
/// the format). A plain journal starts with its own format name.
pub fn looks_locked(text: &str) -> bool {
    let head: String = text.chars().take(200).collect();
    head.contains(&format!("\"{JOURNAL_FORMAT}\""))
}

/// How long to wait before the next try after `failures` wrong passcodes in a row: none at first,
/// then 1 s, 2 s, 4 s … capped at 30 s.
pub fn retry_delay_secs(failures: u32) -> u64 {
    if failures == 0 {
        return 0;
    }
    let doubled = 1u64.checked_shl(failures - 1).unwrap_or(u64::MAX);
    doubled.min(MAX_RETRY_DELAY_SECS)
}

/// Per-profile lock bookkeeping kept in plain storage (it holds nothing about her notes): wrong
/// passcodes in a row, when the next try is allowed, and the auto-lock choice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct LockState {
    /// Wrong passcodes in a row.
    pub failures: u32,
    /// The next try is allowed from this instant (milliseconds since 1970).
    pub wait_until_ms: i64,
    /// Lock after this many idle minutes (`None`: never).
    pub autolock_minutes: Option<u32>,
}
defaulted_de!(LockState {
    failures,
    wait_until_ms,
    autolock_minutes
});

impl Default for LockState {
    fn default() -> Self {
        LockState {
            failures: 0,
            wait_until_ms: 0,
            autolock_minutes: Some(DEFAULT_AUTOLOCK_MINUTES),
        }
    }
}

impl LockState {
    /// Read stored bookkeeping; unreadable text gives the defaults (it only slows tries down).
    pub fn parse(text: &str) -> Self {
        serde_json::from_str(text).unwrap_or_default()
    }

    /// The stored text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Seconds left before a try is allowed at `now_ms` (0: try now).
    pub fn wait_secs(&self, now_ms: i64) -> u64 {
        let left = self.wait_until_ms.saturating_sub(now_ms);
        if left <= 0 {
            0
        } else {
            u64::try_from(left).unwrap_or(0).div_ceil(1000)
        }
    }

    /// A wrong passcode at `now_ms`: one more failure and a longer wait. Returns the wait in seconds.
    pub fn record_failure(&mut self, now_ms: i64) -> u64 {
        self.failures = self.failures.saturating_add(1);
        let secs = retry_delay_secs(self.failures);
        self.wait_until_ms = now_ms.saturating_add(i64::try_from(secs * 1000).unwrap_or(0));
        secs
    }

    /// The right passcode: the count starts again.
    pub fn record_success(&mut self) {
        self.failures = 0;
        self.wait_until_ms = 0;
    }
}

/// Why a new passcode was refused. `Display` gives the English sentence; the UI says it in her
/// language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasscodeError {
    /// Shorter than `min` characters.
    TooShort { min: usize },
    /// The two boxes differ.
    NotSame,
}

impl std::fmt::Display for PasscodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PasscodeError::TooShort { min } => {
                write!(f, "Choose a passcode of at least {min} characters.")
            }
            PasscodeError::NotSame => {
                f.write_str("The two passcodes are not the same. Type it again in both boxes.")
            }
        }
    }
}

/// Check a new passcode typed twice.
pub fn check_new_passcode(first: &str, again: &str) -> Result<(), PasscodeError> {
    if first.chars().count() < MIN_PASSCODE_CHARS {
        return Err(PasscodeError::TooShort {
            min: MIN_PASSCODE_CHARS,
        });
    }
    if first != again {
        return Err(PasscodeError::NotSame);
    }
    Ok(())
}

/// One person using this device. Only the nickname is kept in plain storage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: String,
    pub nickname: String,
}

/// The device's people, from the stored index. No index (every install before profiles) means
/// the one default profile.
pub fn parse_profiles(text: Option<&str>) -> Vec<Profile> {
    let mut list: Vec<Profile> = text
        .and_then(|t| serde_json::from_str::<Vec<Profile>>(t).ok())
        .unwrap_or_default();
    list.retain(|p| valid_id(&p.id));
    let mut seen = std::collections::BTreeSet::new();
    list.retain(|p| seen.insert(p.id.clone()));
    if list.is_empty() {
        list.push(Profile {
            id: DEFAULT_PROFILE.into(),
            nickname: DEFAULT_NICKNAME.into(),
        });
    }
    list
}

/// The stored index text.
pub fn profiles_to_json(list: &[Profile]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

/// A profile id is used inside storage keys: letters, digits and dashes only, and never a name the
/// store uses for device-wide keys.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !matches!(
            id,
            "clinic" | "profiles" | "discreet" | "language" | "worker" | "caseload"
        )
}

/// Why a person could not be added to the phone. `Display` gives the English sentence; the UI
/// says it in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileError {
    /// No nickname.
    NicknameRequired,
    /// Longer than `max` characters.
    NicknameTooLong { max: usize },
    /// Someone on the phone already has that nickname (in any case).
    NicknameTaken,
    /// The new id is unusable or already taken.
    NotAdded,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::NicknameRequired => f.write_str("Write a nickname first."),
            ProfileError::NicknameTooLong { max } => {
                write!(f, "Keep the nickname to {max} characters or fewer.")
            }
            ProfileError::NicknameTaken => {
                f.write_str("Someone on this phone already has that nickname. Choose another.")
            }
            ProfileError::NotAdded => f.write_str("That person could not be added. Try again."),
        }
    }
}

/// Add a person with `nickname` and the new random `id`.
pub fn add_profile(list: &mut Vec<Profile>, nickname: &str, id: &str) -> Result<(), ProfileError> {
    let nickname = nickname.trim();
    if nickname.is_empty() {
        return Err(ProfileError::NicknameRequired);
    }
    if nickname.chars().count() > MAX_NICKNAME_CHARS {
        return Err(ProfileError::NicknameTooLong {
            max: MAX_NICKNAME_CHARS,
        });
    }
    if list
        .iter()
        .any(|p| p.nickname.to_lowercase() == nickname.to_lowercase())
    {
        return Err(ProfileError::NicknameTaken);
    }
    if !valid_id(id) || list.iter().any(|p| p.id == id) {
        return Err(ProfileError::NotAdded);
    }
    list.push(Profile {
        id: id.into(),
        nickname: nickname.into(),
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::exchange::backup::IV_LEN;

    fn env(kind: Kind) -> Envelope {
        Envelope {
            kind,
            iterations: ITERATIONS,
            salt: vec![7; SALT_LEN],
            iv: vec![9; IV_LEN],
            ciphertext: vec![1; 40],
        }
    }

    #[test]
    fn the_envelope_has_the_documented_fields_and_reads_back() {
        let e = env(Kind::Journal);
        let text = e.to_json();
        assert!(text.starts_with(
            r#"{"format":"between-sessions/locked-journal","version":1,"kdf":"PBKDF2-SHA-256","iterations":600000,"salt":"#
        ));
        for field in ["\"iv\":", "\"ciphertext\":"] {
            assert!(text.contains(field), "{field} in {text}");
        }
        assert_eq!(Envelope::parse(&text, Kind::Journal), Ok(e));
        assert!(looks_locked(&text));
        let drafts = env(Kind::Drafts);
        assert_eq!(
            Envelope::parse(&drafts.to_json(), Kind::Drafts),
            Ok(drafts.clone())
        );
        // A drafts envelope is not a journal, and the reverse.
        assert_eq!(
            Envelope::parse(&drafts.to_json(), Kind::Journal),
            Err(EnvelopeError::Foreign)
        );
        assert!(!looks_locked(&drafts.to_json()));
    }

    #[test]
    fn plain_journals_and_damaged_envelopes_are_told_apart() {
        let plain = r#"{"format":"between-sessions/journal","schema":1,"journal":{}}"#;
        assert!(!looks_locked(plain));
        assert_eq!(
            Envelope::parse(plain, Kind::Journal),
            Err(EnvelopeError::Foreign)
        );
        assert_eq!(
            Envelope::parse("not json", Kind::Journal),
            Err(EnvelopeError::Foreign)
        );
        let good = env(Kind::Journal).to_json();
        let newer = good.replace("\"version\":1", "\"version\":2");
        assert_eq!(
            Envelope::parse(&newer, Kind::Journal),
            Err(EnvelopeError::TooNew(2))
        );
        let weak = good.replace("600000", "1000");
        assert!(matches!(
            Envelope::parse(&weak, Kind::Journal),
            Err(EnvelopeError::Damaged(_))
        ));
        let mut short_iv = env(Kind::Journal);
        short_iv.iv = vec![1; 8];
        assert!(matches!(
            Envelope::parse(&short_iv.to_json(), Kind::Journal),
            Err(EnvelopeError::Damaged(_))
        ));
        let cut = good.replace("\"ciphertext\":", "\"cipher\":");
        assert!(matches!(
            Envelope::parse(&cut, Kind::Journal),
            Err(EnvelopeError::Damaged(_))
        ));
    }

    #[test]
    fn wrong_passcodes_wait_longer_each_time_up_to_thirty_seconds() {
        let delays: Vec<u64> = (0..9).map(retry_delay_secs).collect();
        assert_eq!(delays, vec![0, 1, 2, 4, 8, 16, 30, 30, 30]);
        assert_eq!(retry_delay_secs(u32::MAX), 30);
        let mut s = LockState::default();
        assert_eq!(s.wait_secs(1_000), 0);
        assert_eq!(s.record_failure(1_000), 1);
        assert_eq!(s.wait_secs(1_000), 1);
        assert_eq!(s.wait_secs(1_999), 1);
        assert_eq!(s.wait_secs(2_000), 0);
        assert_eq!(s.record_failure(2_000), 2);
        assert_eq!(s.wait_secs(2_500), 2);
        // Kept across a reload.
        let back = LockState::parse(&s.to_json());
        assert_eq!(back, s);
        s.record_success();
        assert_eq!((s.failures, s.wait_secs(0)), (0, 0));
        assert_eq!(s.autolock_minutes, Some(DEFAULT_AUTOLOCK_MINUTES));
        assert_eq!(LockState::parse("garbage"), LockState::default());
    }

    #[test]
    fn a_new_passcode_is_long_enough_and_typed_the_same_twice() {
        assert_eq!(
            check_new_passcode("abc", "abc"),
            Err(PasscodeError::TooShort { min: 4 })
        );
        assert_eq!(
            check_new_passcode("abcd", "abce"),
            Err(PasscodeError::NotSame)
        );
        assert_eq!(check_new_passcode("abcd", "abcd"), Ok(()));
        // Characters, not bytes.
        assert_eq!(check_new_passcode("ünï😀", "ünï😀"), Ok(()));
    }

    #[test]
    fn profiles_default_to_one_and_keep_only_nicknames() {
        let list = parse_profiles(None);
        assert_eq!(
            list,
            vec![Profile {
                id: "default".into(),
                nickname: "Me".into()
            }]
        );
        assert_eq!(parse_profiles(Some("broken")), list);
        let mut list = list;
        assert_eq!(add_profile(&mut list, "  Ama ", "a1b2-c3"), Ok(()));
        assert_eq!(
            add_profile(&mut list, "ama", "zz"),
            Err(ProfileError::NicknameTaken),
            "nicknames differ"
        );
        assert_eq!(
            add_profile(&mut list, " ", "zz"),
            Err(ProfileError::NicknameRequired)
        );
        assert_eq!(
            add_profile(&mut list, "Bea", "a1b2-c3"),
            Err(ProfileError::NotAdded),
            "ids differ"
        );
        assert_eq!(
            add_profile(&mut list, "Bea", "clinic"),
            Err(ProfileError::NotAdded),
            "never a device-wide key"
        );
        for device_wide in ["worker", "caseload", "language"] {
            assert_eq!(
                add_profile(&mut list, "Bea", device_wide),
                Err(ProfileError::NotAdded),
                "{device_wide} is a device-wide key"
            );
        }
        assert_eq!(
            add_profile(&mut list, "Bea", "has:colon"),
            Err(ProfileError::NotAdded)
        );
        let text = profiles_to_json(&list);
        assert_eq!(
            text,
            r#"[{"id":"default","nickname":"Me"},{"id":"a1b2-c3","nickname":"Ama"}]"#
        );
        assert_eq!(parse_profiles(Some(&text)), list);
        // A tampered index never yields an id that could reach another key.
        let bad = r#"[{"id":"x:journal","nickname":"X"},{"id":"ok","nickname":"Ok"},{"id":"ok","nickname":"Again"}]"#;
        assert_eq!(
            parse_profiles(Some(bad)),
            vec![Profile {
                id: "ok".into(),
                nickname: "Ok".into()
            }]
        );
    }
}
