//! The journal: every record of one person, as one versioned document.
//!
//! The stored and exported document has an envelope (format name, schema version, app version,
//! created/updated instants) around the collections. Reading a document (parsing, migrating and
//! checking it) is `exchange::migrate::read_document`; this module does not depend on it.

use serde::{Deserialize, Serialize};

use super::checkin::CheckIn;
use super::ending::EndingPlan;
use super::experiment::Experiment;
use super::people::Person;
use super::record::{merge_collection, merge_single, Collection, MergeOutcome, Rec, Timestamp};
use super::selfcare::{SelfCareDay, SickRolePlan};
use super::settings::Settings;
use super::support::SupportWeek;
use super::timeline::LifeEvent;
use super::worksheets::{Focus, Worksheet};

/// The `format` field of every journal document and backup.
pub const FORMAT: &str = "between-sessions/journal";
/// The schema this build writes. Older documents are migrated on load (see `exchange::migrate`,
/// which reads every stored or imported document).
pub const SCHEMA_VERSION: u32 = 1;
/// This build's version, stamped into every document it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Every record of one person. Collections are keyed by record id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settings: Option<Rec<Settings>>,
    #[serde(with = "super::record::keyed")]
    pub checkins: Collection<CheckIn>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sick_role_plan: Option<Rec<SickRolePlan>>,
    #[serde(with = "super::record::keyed")]
    pub selfcare: Collection<SelfCareDay>,
    #[serde(with = "super::record::keyed")]
    pub people: Collection<Person>,
    #[serde(with = "super::record::keyed")]
    pub support: Collection<SupportWeek>,
    #[serde(with = "super::record::keyed")]
    pub events: Collection<LifeEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub focus: Option<Rec<Focus>>,
    #[serde(with = "super::record::keyed")]
    pub worksheets: Collection<Worksheet>,
    #[serde(with = "super::record::keyed")]
    pub experiments: Collection<Experiment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ending: Option<Rec<EndingPlan>>,
    /// Her own story for the inventory (added after schema 1; absent in older files).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub my_story: Option<Rec<super::people::story::MyStory>>,
    /// When the user last saved a full backup file (drives the backup nudge).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_backup_at: Option<Timestamp>,
}

/// The envelope around a journal, as stored and as backed up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub schema: u32,
    pub app_version: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub journal: Journal,
}

impl Document {
    /// A new, empty journal document.
    pub fn new(now: Timestamp) -> Self {
        Document {
            format: FORMAT.to_owned(),
            schema: SCHEMA_VERSION,
            app_version: APP_VERSION.to_owned(),
            created_at: now,
            updated_at: now,
            journal: Journal::default(),
        }
    }

    /// Serialize for storage or backup, stamping this app's version and `now`.
    pub fn to_json(&self) -> String {
        // Serializing these plain types cannot fail (string keys, no non-finite floats are
        // stored: see `selfcare`), but never panic on the way to storage: fall back to a
        // document with the same envelope.
        serde_json::to_string(self).unwrap_or_else(|e| {
            format!(r#"{{"format":"{FORMAT}","schema":{SCHEMA_VERSION},"error":"{e}"}}"#)
        })
    }

    /// Mark the document changed now.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated_at = now;
        self.app_version = APP_VERSION.to_owned();
    }
}

/// Counts of what a merge did, to tell the user.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
    pub conflicts: usize,
}

impl MergeReport {
    fn count(&mut self, outcomes: Vec<(super::record::Id, MergeOutcome)>) {
        for (_, o) in outcomes {
            match o {
                MergeOutcome::Added => self.added += 1,
                MergeOutcome::Updated => self.updated += 1,
                MergeOutcome::KeptOurs => self.kept += 1,
                MergeOutcome::Conflict => self.conflicts += 1,
            }
        }
    }
    fn single(&mut self, replaced: bool) {
        if replaced {
            self.updated += 1;
        }
    }
}

impl Journal {
    /// Merge another copy of this person's journal into this one, record by record.
    pub fn merge(&mut self, theirs: &Journal) -> MergeReport {
        let mut r = MergeReport::default();
        r.single(merge_single(&mut self.settings, &theirs.settings));
        r.count(merge_collection(&mut self.checkins, &theirs.checkins));
        r.single(merge_single(
            &mut self.sick_role_plan,
            &theirs.sick_role_plan,
        ));
        r.count(merge_collection(&mut self.selfcare, &theirs.selfcare));
        r.count(merge_collection(&mut self.people, &theirs.people));
        r.count(merge_collection(&mut self.support, &theirs.support));
        r.count(merge_collection(&mut self.events, &theirs.events));
        r.single(merge_single(&mut self.focus, &theirs.focus));
        r.count(merge_collection(&mut self.worksheets, &theirs.worksheets));
        r.count(merge_collection(&mut self.experiments, &theirs.experiments));
        r.single(merge_single(&mut self.ending, &theirs.ending));
        r.single(merge_single(&mut self.my_story, &theirs.my_story));
        self.last_backup_at = match (self.last_backup_at, theirs.last_backup_at) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        r
    }

    /// The settings, or the defaults when none were saved yet.
    pub fn settings(&self) -> Settings {
        self.settings
            .as_ref()
            .map(|r| r.data.clone())
            .unwrap_or_default()
    }

    /// Replace the settings.
    pub fn set_settings(&mut self, settings: Settings, now: Timestamp) {
        match &mut self.settings {
            Some(rec) => {
                rec.data = settings;
                rec.updated_at = now;
            }
            None => self.settings = Some(Rec::new(settings, now)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::tests::at;

    #[test]
    fn a_new_document_has_this_builds_envelope() {
        let doc = Document::new(at("2026-03-01T08:00:00-05:00"));
        let json = doc.to_json();
        assert!(json.starts_with(&format!(
            r#"{{"format":"{FORMAT}","schema":{SCHEMA_VERSION},"#
        )));
        assert_eq!(doc.created_at, doc.updated_at);
    }
}
