//! The privacy screens' sentences that are made in code: counts of seconds and minutes, and the
//! passcode, profile and storage errors, in the chosen language. An error this module does not
//! know keeps its English text rather than showing nothing.

use crate::domain::lock::{
    Profile, DEFAULT_NICKNAME, DEFAULT_PROFILE, MAX_NICKNAME_CHARS, MIN_PASSCODE_CHARS,
};
use crate::i18n::t_string;
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

/// A storage refusal, for her.
pub(crate) fn store_error(i18n: I18n, e: &StoreError) -> String {
    match e {
        StoreError::Unavailable => t_string!(i18n, privacy.errors.store_unavailable).to_owned(),
        StoreError::QuotaExceeded => t_string!(i18n, privacy.errors.store_full).to_owned(),
        StoreError::Newer => t_string!(i18n, data.newer.not_saved).to_owned(),
        StoreError::Locked => t_string!(i18n, privacy.errors.store_locked).to_owned(),
        StoreError::Other(detail) => {
            t_string!(i18n, privacy.errors.store_other, detail = detail.as_str())
        }
    }
}

/// Why locked notes could not be read (the store's detail sentences, by their English text).
fn damaged(i18n: I18n, d: &str) -> String {
    match d {
        "There are no locked notes here." => {
            return t_string!(i18n, privacy.errors.no_locked_notes).to_owned()
        }
        "The notes could not be read." => {
            return t_string!(i18n, privacy.errors.unreadable).to_owned()
        }
        "These are not locked notes from this app." => {
            return t_string!(i18n, privacy.errors.foreign).to_owned()
        }
        _ => {}
    }
    if let Some(version) = d
        .strip_prefix("These notes were locked by a newer version of the app (lock version ")
        .and_then(|rest| rest.split(')').next())
    {
        return t_string!(i18n, privacy.errors.too_new, version);
    }
    if let Some(detail) = d
        .strip_prefix("The locked notes are damaged (")
        .and_then(|rest| rest.strip_suffix(")."))
    {
        return t_string!(i18n, privacy.errors.damaged, detail);
    }
    d.to_owned()
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
        LockError::Damaged(d) => damaged(i18n, d),
        LockError::Crypto(detail) => {
            t_string!(i18n, privacy.errors.crypto, detail = detail.as_str())
        }
        LockError::Store(s) => store_error(i18n, s),
    }
}

/// `check_new_passcode` and `add_profile` sentences, by their English text.
pub(crate) fn domain_error(i18n: I18n, e: &str) -> String {
    if e == format!("Choose a passcode of at least {MIN_PASSCODE_CHARS} characters.") {
        return t_string!(
            i18n,
            privacy.errors.too_short,
            n = num(MIN_PASSCODE_CHARS as u64)
        );
    }
    if e == format!("Keep the nickname to {MAX_NICKNAME_CHARS} characters or fewer.") {
        return t_string!(
            i18n,
            privacy.errors.nickname_long,
            n = num(MAX_NICKNAME_CHARS as u64)
        );
    }
    match e {
        "The two passcodes are not the same. Type it again in both boxes." => {
            t_string!(i18n, privacy.errors.not_same).to_owned()
        }
        "Write a nickname first." => t_string!(i18n, privacy.errors.nickname_empty).to_owned(),
        "Someone on this phone already has that nickname. Choose another." => {
            t_string!(i18n, privacy.errors.nickname_taken).to_owned()
        }
        "That person could not be added. Try again." => {
            t_string!(i18n, privacy.errors.add_failed).to_owned()
        }
        other => other.to_owned(),
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
