//! What the safety features keep outside the journal, readable while the notes are locked:
//!
//! - `between-sessions:<profile>:locked-lines` — the country code whose helplines the lock screen
//!   may show, written only when she opts in ("Show my country's helplines while locked");
//!   absent by default, so the lock screen reveals nothing of her.
//! - `between-sessions:help` — what the static help page (`/help.html`, no WASM) may show: with no
//!   passcode her country and care team; with a passcode only her country, and only when she
//!   opted in to show it while locked; else absent. Written by the app, read by `help.js`.

use super::{read_raw, remove_raw, write_raw, StoreError, PREFIX};

fn locked_lines_key(profile: &str) -> String {
    format!("{PREFIX}:{profile}:locked-lines")
}

/// The key the static help page reads.
pub const HELP_KEY: &str = "between-sessions:help";

/// The country whose lines the lock screen of `profile` shows, if she opted in.
pub fn locked_lines(profile: &str) -> Option<String> {
    read_raw(&locked_lines_key(profile))
        .ok()
        .flatten()
        .filter(|c| c.len() == 2 && c.chars().all(|ch| ch.is_ascii_alphabetic()))
}

/// Opt in (with her country) or out.
pub fn set_locked_lines(profile: &str, country: Option<&str>) -> Result<(), StoreError> {
    match country {
        Some(c) if !c.is_empty() => write_raw(&locked_lines_key(profile), c),
        _ => remove_raw(&locked_lines_key(profile)),
    }
}

/// Write (or, with `None`, remove) the static help page's entry.
pub fn set_help(json: Option<&str>) -> Result<(), StoreError> {
    match json {
        Some(j) => write_raw(HELP_KEY, j),
        None => remove_raw(HELP_KEY),
    }
}
