//! Records and collections: the unit of storage, merge and undo.
//!
//! Every record carries an id, its creation and last-update instants and, once deleted, a
//! `deleted_at` tombstone. Collections are maps keyed by id, so two copies of a journal (a restored
//! backup, a second tab) merge record by record, the newest `updated_at` winning.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// An instant with the user's UTC offset kept for display (RFC 3339 in JSON).
pub type Timestamp = DateTime<FixedOffset>;

/// A random record id (UUID v4 text). Never an array position.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub String);

impl Id {
    /// A fresh random id.
    pub fn new() -> Self {
        Id(uuid::Uuid::new_v4().to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Id {
    fn default() -> Self {
        Id::new()
    }
}

impl std::fmt::Display for Id {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(s: &str) -> Self {
        Id(s.to_owned())
    }
}

/// One record: metadata plus the payload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rec<T> {
    pub id: Id,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<Timestamp>,
    pub data: T,
}

impl<T> Rec<T> {
    pub fn new(data: T, now: Timestamp) -> Self {
        Rec {
            id: Id::new(),
            created_at: now,
            updated_at: now,
            deleted_at: None,
            data,
        }
    }

    pub fn is_live(&self) -> bool {
        self.deleted_at.is_none()
    }
}

/// A collection of records keyed by id (JSON object: id → record).
pub type Collection<T> = BTreeMap<Id, Rec<T>>;

/// Serde for a [`Collection`] field: a JSON object keyed by id whose records do not repeat their
/// id inside (it is the key). Storing the id once saves about 45 bytes a record, a tenth of a
/// five-year journal. Records written with an inner `id` still load (it is ignored).
pub mod keyed {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{MapAccess, Visitor};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{Collection, Id, Rec, Timestamp};

    #[derive(Serialize)]
    struct Out<'a, T> {
        created_at: &'a Timestamp,
        updated_at: &'a Timestamp,
        #[serde(skip_serializing_if = "Option::is_none")]
        deleted_at: &'a Option<Timestamp>,
        data: &'a T,
    }

    #[derive(Deserialize)]
    struct In<T> {
        created_at: Timestamp,
        updated_at: Timestamp,
        #[serde(default)]
        deleted_at: Option<Timestamp>,
        data: T,
    }

    /// Write records without their inner id.
    pub fn serialize<S: Serializer, T: Serialize>(
        c: &Collection<T>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(c.iter().map(|(id, r)| {
            (
                id,
                Out {
                    created_at: &r.created_at,
                    updated_at: &r.updated_at,
                    deleted_at: &r.deleted_at,
                    data: &r.data,
                },
            )
        }))
    }

    /// Read records, taking each id from its key. Straight into the collection: no map of
    /// half-read records in between (one map type per record type less in the WASM).
    pub fn deserialize<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
        d: D,
    ) -> Result<Collection<T>, D::Error> {
        struct Records<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Records<T> {
            type Value = Collection<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("records keyed by id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Collection<T>, A::Error> {
                let mut out = Collection::new();
                while let Some((id, r)) = map.next_entry::<Id, In<T>>()? {
                    let rec = Rec {
                        id: id.clone(),
                        created_at: r.created_at,
                        updated_at: r.updated_at,
                        deleted_at: r.deleted_at,
                        data: r.data,
                    };
                    // A JSON object may repeat a key; a repeated id would silently drop a record.
                    if out.insert(id, rec).is_some() {
                        return Err(serde::de::Error::custom("a record id appears twice"));
                    }
                }
                Ok(out)
            }
        }

        d.deserialize_map(Records(PhantomData))
    }
}

/// What happened to one record in a merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    /// Only the incoming copy had it: added.
    Added,
    /// Both had it; the incoming copy was newer and replaced ours.
    Updated,
    /// Both had it; ours was newer or the same: kept ours.
    KeptOurs,
    /// Both changed it at the same instant with different content: ours kept, theirs kept as a
    /// conflict copy so nothing is silently dropped.
    Conflict,
}

/// Operations on a collection. Implemented for [`Collection`].
pub trait CollectionExt<T> {
    /// Live (not deleted) records, in id order.
    fn live(&self) -> Box<dyn Iterator<Item = &Rec<T>> + '_>;
    /// Live record by id.
    fn get_live(&self, id: &Id) -> Option<&Rec<T>>;
    /// Add a new record, returning its id.
    fn add(&mut self, data: T, now: Timestamp) -> Id;
    /// Replace the payload of a live record. Returns false if there is no such live record.
    fn update(&mut self, id: &Id, data: T, now: Timestamp) -> bool;
    /// Mark deleted (tombstone). Returns false if there is no such live record.
    fn delete(&mut self, id: &Id, now: Timestamp) -> bool;
    /// Undo a delete. Returns false if there is no such deleted record.
    fn restore(&mut self, id: &Id, now: Timestamp) -> bool;
    /// Count of live records.
    fn live_count(&self) -> usize;
}

impl<T: 'static> CollectionExt<T> for Collection<T> {
    fn live(&self) -> Box<dyn Iterator<Item = &Rec<T>> + '_> {
        Box::new(self.values().filter(|r| r.is_live()))
    }

    fn get_live(&self, id: &Id) -> Option<&Rec<T>> {
        self.get(id).filter(|r| r.is_live())
    }

    fn add(&mut self, data: T, now: Timestamp) -> Id {
        let rec = Rec::new(data, now);
        let id = rec.id.clone();
        self.insert(id.clone(), rec);
        id
    }

    fn update(&mut self, id: &Id, data: T, now: Timestamp) -> bool {
        match self.get_mut(id) {
            Some(rec) if rec.is_live() => {
                rec.data = data;
                rec.updated_at = now;
                true
            }
            _ => false,
        }
    }

    fn delete(&mut self, id: &Id, now: Timestamp) -> bool {
        match self.get_mut(id) {
            Some(rec) if rec.is_live() => {
                rec.deleted_at = Some(now);
                rec.updated_at = now;
                true
            }
            _ => false,
        }
    }

    fn restore(&mut self, id: &Id, now: Timestamp) -> bool {
        match self.get_mut(id) {
            Some(rec) if !rec.is_live() => {
                rec.deleted_at = None;
                rec.updated_at = now;
                true
            }
            _ => false,
        }
    }

    fn live_count(&self) -> usize {
        self.values().filter(|r| r.is_live()).count()
    }
}

/// Merge `theirs` into `ours`, record by record. The newest `updated_at` wins; a record changed
/// in both at the same instant with different content is kept twice (theirs under a new id, in
/// `conflicts`), never dropped. Returns the outcome per id in `theirs`.
pub fn merge_collection<T: Clone + PartialEq>(
    ours: &mut Collection<T>,
    theirs: &Collection<T>,
) -> Vec<(Id, MergeOutcome)> {
    let mut outcomes = Vec::with_capacity(theirs.len());
    let mut conflict_copies = Vec::new();
    for (id, incoming) in theirs {
        let outcome = match ours.get(id) {
            None => {
                ours.insert(id.clone(), incoming.clone());
                MergeOutcome::Added
            }
            Some(existing) if incoming.updated_at > existing.updated_at => {
                ours.insert(id.clone(), incoming.clone());
                MergeOutcome::Updated
            }
            Some(existing)
                if incoming.updated_at == existing.updated_at
                    && (incoming.data != existing.data
                        || incoming.deleted_at != existing.deleted_at) =>
            {
                let mut copy = incoming.clone();
                copy.id = Id::new();
                conflict_copies.push(copy);
                MergeOutcome::Conflict
            }
            Some(_) => MergeOutcome::KeptOurs,
        };
        outcomes.push((id.clone(), outcome));
    }
    for copy in conflict_copies {
        ours.insert(copy.id.clone(), copy);
    }
    outcomes
}

/// Merge a singleton record (a plan, the settings): the newer wins; ours is kept on a tie.
pub fn merge_single<T: Clone>(ours: &mut Option<Rec<T>>, theirs: &Option<Rec<T>>) -> bool {
    match (ours.as_ref(), theirs) {
        (_, None) => false,
        (None, Some(t)) => {
            *ours = Some(t.clone());
            true
        }
        (Some(o), Some(t)) if t.updated_at > o.updated_at => {
            *ours = Some(t.clone());
            true
        }
        _ => false,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn at(s: &str) -> Timestamp {
        match DateTime::parse_from_rfc3339(s) {
            Ok(t) => t,
            Err(e) => panic!("bad test timestamp {s}: {e}"),
        }
    }

    /// A calendar day written "YYYY-MM-DD" (tests only).
    pub fn d(s: &str) -> chrono::NaiveDate {
        match chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => d,
            Err(e) => panic!("bad test day {s}: {e}"),
        }
    }

    #[test]
    fn ids_are_random_and_unique() {
        let a = Id::new();
        let b = Id::new();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 36);
    }

    #[test]
    fn delete_then_restore_is_an_undo() {
        let mut c: Collection<String> = Collection::new();
        let id = c.add("note".into(), at("2026-01-05T09:00:00+01:00"));
        assert!(c.delete(&id, at("2026-01-05T09:01:00+01:00")));
        assert_eq!(c.live_count(), 0);
        assert!(c.get_live(&id).is_none());
        assert!(
            !c.delete(&id, at("2026-01-05T09:02:00+01:00")),
            "already deleted"
        );
        assert!(c.restore(&id, at("2026-01-05T09:03:00+01:00")));
        assert_eq!(c.get_live(&id).map(|r| r.data.as_str()), Some("note"));
    }

    #[test]
    fn update_refuses_deleted_records_and_bumps_updated_at() {
        let mut c: Collection<String> = Collection::new();
        let id = c.add("a".into(), at("2026-01-05T09:00:00Z"));
        assert!(c.update(&id, "b".into(), at("2026-01-06T09:00:00Z")));
        assert_eq!(c[&id].updated_at, at("2026-01-06T09:00:00Z"));
        assert_eq!(c[&id].created_at, at("2026-01-05T09:00:00Z"));
        c.delete(&id, at("2026-01-07T09:00:00Z"));
        assert!(!c.update(&id, "c".into(), at("2026-01-08T09:00:00Z")));
        assert_eq!(c[&id].data, "b");
    }

    #[test]
    fn merge_newest_wins_and_nothing_is_dropped() {
        let mut ours: Collection<String> = Collection::new();
        let kept = ours.add("ours newer".into(), at("2026-02-01T10:00:00Z"));
        let replaced = ours.add("ours older".into(), at("2026-02-01T10:00:00Z"));
        let clash = ours.add("ours same instant".into(), at("2026-02-01T10:00:00Z"));
        let mut theirs = ours.clone();
        ours.update(&kept, "ours newer".into(), at("2026-02-03T10:00:00Z"));
        theirs.update(&kept, "theirs older".into(), at("2026-02-02T10:00:00Z"));
        theirs.update(&replaced, "theirs newer".into(), at("2026-02-02T10:00:00Z"));
        ours.update(&clash, "ours edit".into(), at("2026-02-02T10:00:00Z"));
        theirs.update(&clash, "theirs edit".into(), at("2026-02-02T10:00:00Z"));
        let added = theirs.add("only theirs".into(), at("2026-02-04T10:00:00Z"));

        let outcomes = merge_collection(&mut ours, &theirs);
        let outcome = |id: &Id| {
            outcomes
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, o)| o.clone())
        };
        assert_eq!(outcome(&kept), Some(MergeOutcome::KeptOurs));
        assert_eq!(outcome(&replaced), Some(MergeOutcome::Updated));
        assert_eq!(outcome(&clash), Some(MergeOutcome::Conflict));
        assert_eq!(outcome(&added), Some(MergeOutcome::Added));
        assert_eq!(ours[&kept].data, "ours newer");
        assert_eq!(ours[&replaced].data, "theirs newer");
        assert_eq!(ours[&clash].data, "ours edit");
        let texts: Vec<&str> = ours.values().map(|r| r.data.as_str()).collect();
        assert!(
            texts.contains(&"theirs edit"),
            "conflicting copy kept: {texts:?}"
        );
        assert!(texts.contains(&"only theirs"));
        assert_eq!(ours.len(), 5);
    }

    #[test]
    fn merge_carries_tombstones_so_deletes_propagate() {
        let mut ours: Collection<String> = Collection::new();
        let id = ours.add("x".into(), at("2026-02-01T10:00:00Z"));
        let mut theirs = ours.clone();
        theirs.delete(&id, at("2026-02-02T10:00:00Z"));
        merge_collection(&mut ours, &theirs);
        assert_eq!(ours.live_count(), 0);
    }

    #[test]
    fn collections_store_each_id_once_and_read_it_back_from_the_key() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Holder {
            #[serde(with = "keyed")]
            c: Collection<String>,
        }
        let mut c: Collection<String> = Collection::new();
        let id = c.add("note".into(), at("2026-01-05T09:00:00+01:00"));
        c.delete(&id, at("2026-01-06T09:00:00+01:00"));
        let h = Holder { c };
        let json = serde_json::to_string(&h).unwrap_or_default();
        assert_eq!(json.matches(id.as_str()).count(), 1, "{json}");
        let back: Holder = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, h);
        // An older record that still carries its id inside loads the same.
        let old = format!(
            r#"{{"c":{{"{id}":{{"id":"{id}","created_at":"2026-01-05T09:00:00+01:00","updated_at":"2026-01-06T09:00:00+01:00","deleted_at":"2026-01-06T09:00:00+01:00","data":"note"}}}}}}"#
        );
        let back: Holder = serde_json::from_str(&old).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back, h);
    }
}
