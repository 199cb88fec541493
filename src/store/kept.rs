//! The copies kept for recovery (`between-sessions:<profile>:recovery:<when>`): a stored journal
//! that could not be read is copied there byte for byte. Settings → "Recovered notes" lists them,
//! so nothing kept is ever out of her reach: download, try restoring, or delete.

use super::{read_raw, remove_raw, StoreError, PREFIX};

/// One copy kept for recovery.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// The storage key.
    pub key: String,
    /// When it was kept (RFC 3339, from the key), if the key says.
    pub when: Option<crate::domain::record::Timestamp>,
    /// Its size in bytes (as stored: a locked copy is its envelope).
    pub bytes: usize,
}

fn prefix(profile: &str) -> String {
    format!("{PREFIX}:{profile}:recovery:")
}

/// Every copy kept for `profile`, newest first.
pub fn list(profile: &str) -> Vec<Kept> {
    let prefix = prefix(profile);
    let mut out: Vec<Kept> = super::lock::recovery_keys(profile)
        .into_iter()
        .filter_map(|key| {
            let text = read_raw(&key).ok().flatten()?;
            let when = key
                .strip_prefix(&prefix)
                .and_then(|w| chrono::DateTime::parse_from_rfc3339(w).ok());
            Some(Kept {
                bytes: text.len(),
                when,
                key,
            })
        })
        .collect();
    out.sort_by(|a, b| b.when.cmp(&a.when).then_with(|| a.key.cmp(&b.key)));
    out
}

/// The text of a kept copy as she can read it (a locked copy opened with the key in memory).
pub async fn read(profile: &str, key: &str) -> Result<Option<String>, StoreError> {
    if !key.starts_with(&prefix(profile)) {
        return Ok(None);
    }
    match read_raw(key)? {
        Some(text) => Ok(Some(super::lock::open_kept(profile, text).await)),
        None => Ok(None),
    }
}

/// Delete a kept copy of `profile` (after she confirmed). Only recovery keys can be deleted here.
pub fn delete(profile: &str, key: &str) -> Result<(), StoreError> {
    if !key.starts_with(&prefix(profile)) {
        return Ok(());
    }
    remove_raw(key)
}
