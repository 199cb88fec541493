//! The privacy screens' sentences that are made in code: counts of seconds and minutes, and the
//! passcode, profile and lock errors, in the chosen language: one `match` per error type.

use crate::domain::lock::{
    EnvelopeError, PasscodeError, Profile, ProfileError, DEFAULT_NICKNAME, DEFAULT_PROFILE,
};
use crate::i18n::t_string;
use crate::store::crypto::CryptoError;
use crate::store::lock::LockError;
use crate::store::StoreError;
use crate::ui::fmt;

pub(crate) use crate::i18n::I18n;

/// The count forms that differ between the five languages (Arabic has all four; the others use
/// "one" and "many" alike for every count above one).
enum Count {
    One,
    Two,
    Few,
    Many,
}

fn count(n: u64) -> Count {
    match (n, n % 100) {
        (1, _) => Count::One,
        (2, _) => Count::Two,
        (_, 3..=10) => Count::Few,
        _ => Count::Many,
    }
}

fn num(n: u64) -> String {
    fmt::number(i64::try_from(n).unwrap_or(i64::MAX))
}

/// "1 second", "4 seconds".
pub(crate) fn seconds(i18n: I18n, secs: u64) -> String {
    let n = num(secs);
    match count(secs) {
        Count::One => t_string!(i18n, privacy.time.second_one).to_owned(),
        Count::Two => t_string!(i18n, privacy.time.seconds_two).to_owned(),
        Count::Few => t_string!(i18n, privacy.time.seconds_few, n),
        Count::Many => t_string!(i18n, privacy.time.seconds_many, n),
    }
}

/// "1 minute", "15 minutes".
pub(crate) fn minutes(i18n: I18n, mins: u32) -> String {
    let n = num(u64::from(mins));
    match count(u64::from(mins)) {
        Count::One => t_string!(i18n, privacy.time.minute_one).to_owned(),
        Count::Two => t_string!(i18n, privacy.time.minutes_two).to_owned(),
        Count::Few => t_string!(i18n, privacy.time.minutes_few, n),
        Count::Many => t_string!(i18n, privacy.time.minutes_many, n),
    }
}

/// A storage refusal, for her (the app's one translation of it).
pub(crate) fn store_error(i18n: I18n, e: &StoreError) -> String {
    crate::ui::store_error_text(i18n, e)
}

/// Why a locked envelope cannot be used, for her.
fn envelope_error(i18n: I18n, e: &EnvelopeError) -> String {
    match e {
        EnvelopeError::Foreign => t_string!(i18n, privacy.errors.foreign).to_owned(),
        EnvelopeError::TooNew(version) => {
            t_string!(i18n, privacy.errors.too_new, version = *version)
        }
        EnvelopeError::Damaged(detail) => {
            t_string!(i18n, privacy.errors.damaged, detail = detail.as_str())
        }
    }
}

/// A passcode action that did not happen, for her.
pub(crate) fn lock_error(i18n: I18n, e: &LockError) -> String {
    match e {
        LockError::Wrong { wait_secs } => {
            let time = seconds(i18n, *wait_secs);
            t_string!(i18n, privacy.errors.wrong, time)
        }
        LockError::Wait { secs } => {
            let time = seconds(i18n, *secs);
            t_string!(i18n, privacy.errors.wait, time)
        }
        LockError::NoLockedNotes => t_string!(i18n, privacy.errors.no_locked_notes).to_owned(),
        LockError::Unreadable => t_string!(i18n, privacy.errors.unreadable).to_owned(),
        LockError::Envelope(e) => envelope_error(i18n, e),
        LockError::Crypto(CryptoError::Unavailable) => {
            t_string!(i18n, privacy.errors.no_crypto).to_owned()
        }
        LockError::Crypto(CryptoError::Failed(detail)) => {
            t_string!(i18n, privacy.errors.crypto, detail = detail.as_str())
        }
        LockError::Store(s) => store_error(i18n, s),
    }
}

/// Why a new passcode was refused, for her.
pub(crate) fn passcode_error(i18n: I18n, e: &PasscodeError) -> String {
    match e {
        PasscodeError::TooShort { min } => t_string!(
            i18n,
            privacy.errors.too_short,
            n = num(u64::try_from(*min).unwrap_or(u64::MAX))
        ),
        PasscodeError::NotSame => t_string!(i18n, privacy.errors.not_same).to_owned(),
    }
}

/// Why a person could not be added, for her.
pub(crate) fn profile_error(i18n: I18n, e: &ProfileError) -> String {
    match e {
        ProfileError::NicknameRequired => t_string!(i18n, privacy.errors.nickname_empty).to_owned(),
        ProfileError::NicknameTooLong { max } => t_string!(
            i18n,
            privacy.errors.nickname_long,
            n = num(u64::try_from(*max).unwrap_or(u64::MAX))
        ),
        ProfileError::NicknameTaken => t_string!(i18n, privacy.errors.nickname_taken).to_owned(),
        ProfileError::NotAdded => t_string!(i18n, privacy.errors.add_failed).to_owned(),
    }
}

/// The name shown for a person. The first person's nickname was given by the app ("Me"), so it is
/// shown in the chosen language, unless someone else on the phone already goes by that word.
pub(crate) fn nickname(i18n: I18n, p: &Profile, all: &[Profile]) -> String {
    if p.id != DEFAULT_PROFILE || p.nickname != DEFAULT_NICKNAME {
        return p.nickname.clone();
    }
    let me = t_string!(i18n, privacy.picker.me);
    let taken = all
        .iter()
        .any(|o| o.id != p.id && o.nickname.to_lowercase() == me.to_lowercase());
    if taken {
        p.nickname.clone()
    } else {
        me.to_owned()
    }
}
