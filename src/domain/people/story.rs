//! Her own story, for the interpersonal inventory: the perinatal topics the deck adds to the
//! inventory ("Attitude toward pregnancy", "Birth Story", "Relationship with baby") and the
//! people of her past ("Who raised you?", past relationships), each a text she can write.
//! (The relationship with the partner is written on the partner's own page.)
//!
//! Stored as one record in the journal (`Journal::my_story`), added after schema 1 as an
//! optional field: older journals load with no story, unchanged.

use crate::domain::struct_de::defaulted_de;
use serde::Serialize;

use crate::domain::people::{add_person, Person, PersonError, Ring, ANSWER_MAX};
use crate::domain::record::{Collection, CollectionExt, Id, Rec, Timestamp};

/// The writable topics of her story.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct MyStory {
    /// "Relationship with baby".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub baby: String,
    /// "Attitude toward pregnancy": her feelings about the pregnancy.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pregnancy: String,
    /// "Birth Story".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub birth: String,
    /// "Who raised you?"
    #[serde(skip_serializing_if = "String::is_empty")]
    pub raised_by: String,
    /// Past relationships, good and bad.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub past_relationships: String,
}
defaulted_de!(MyStory {
    baby,
    pregnancy,
    birth,
    raised_by,
    past_relationships
});

/// One topic of her story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Baby,
    Pregnancy,
    Birth,
    RaisedBy,
    PastRelationships,
}

impl Topic {
    /// The perinatal topics, then the past, in the order the page shows them.
    pub const ALL: [Topic; 5] = [
        Topic::Baby,
        Topic::Pregnancy,
        Topic::Birth,
        Topic::RaisedBy,
        Topic::PastRelationships,
    ];

    /// A topic's text.
    pub fn get(self, story: &MyStory) -> &str {
        match self {
            Topic::Baby => &story.baby,
            Topic::Pregnancy => &story.pregnancy,
            Topic::Birth => &story.birth,
            Topic::RaisedBy => &story.raised_by,
            Topic::PastRelationships => &story.past_relationships,
        }
    }

    fn slot(self, story: &mut MyStory) -> &mut String {
        match self {
            Topic::Baby => &mut story.baby,
            Topic::Pregnancy => &mut story.pregnancy,
            Topic::Birth => &mut story.birth,
            Topic::RaisedBy => &mut story.raised_by,
            Topic::PastRelationships => &mut story.past_relationships,
        }
    }
}

/// A story text longer than `ANSWER_MAX` characters (nothing is saved then).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong {
    pub max: usize,
}

/// Her story, or a blank one.
pub fn story(my_story: &Option<Rec<MyStory>>) -> MyStory {
    my_story
        .as_ref()
        .filter(|r| r.is_live())
        .map(|r| r.data.clone())
        .unwrap_or_default()
}

/// Write one topic (trimmed). Refused, with nothing changed, when it is too long.
pub fn write(
    my_story: &mut Option<Rec<MyStory>>,
    topic: Topic,
    text: &str,
    now: Timestamp,
) -> Result<(), TooLong> {
    let text = text.trim();
    if text.chars().count() > ANSWER_MAX {
        return Err(TooLong { max: ANSWER_MAX });
    }
    match my_story {
        Some(rec) => {
            let slot = topic.slot(&mut rec.data);
            if slot != text || rec.deleted_at.is_some() {
                *slot = text.to_owned();
                rec.deleted_at = None;
                rec.updated_at = now;
            }
        }
        None => {
            let mut s = MyStory::default();
            *topic.slot(&mut s) = text.to_owned();
            *my_story = Some(Rec::new(s, now));
        }
    }
    Ok(())
}

/// Whether anyone in her circle is her baby, by the relationship she gave them (any of
/// `words`, compared without case or surrounding spaces: the UI passes "baby" in her language
/// and in English). Until then the People page offers to add the baby.
pub fn has_baby(people: &Collection<Person>, words: &[&str]) -> bool {
    people.live().any(|r| {
        let rel = r.data.relationship.trim().to_lowercase();
        words.iter().any(|w| rel == w.trim().to_lowercase())
    })
}

/// Add the baby to the innermost circle, named as she chooses (she can change it later).
pub fn add_baby(
    people: &mut Collection<Person>,
    name: &str,
    relationship: &str,
    now: Timestamp,
) -> Result<Id, PersonError> {
    let baby = Person {
        name: name.to_owned(),
        relationship: relationship.to_owned(),
        ring: Ring::Most,
        ..Person::default()
    };
    add_person(people, &baby, now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::Document;
    use crate::domain::journal::Journal;
    use crate::domain::record::tests::at;

    #[test]
    fn each_topic_is_written_on_its_own_and_kept() {
        let mut j = Journal::default();
        assert_eq!(story(&j.my_story), MyStory::default());
        let t = at("2026-03-01T09:00:00+03:00");
        assert_eq!(
            write(
                &mut j.my_story,
                Topic::Birth,
                "  A long night, then Amani. ",
                t
            ),
            Ok(())
        );
        assert_eq!(
            write(&mut j.my_story, Topic::RaisedBy, "My grandmother", t),
            Ok(())
        );
        let s = story(&j.my_story);
        assert_eq!(Topic::Birth.get(&s), "A long night, then Amani.");
        assert_eq!(Topic::RaisedBy.get(&s), "My grandmother");
        assert_eq!(Topic::Baby.get(&s), "");
        // Too long: refused, and what was saved stays.
        let long = "x".repeat(ANSWER_MAX + 1);
        assert_eq!(
            write(&mut j.my_story, Topic::Birth, &long, t),
            Err(TooLong { max: ANSWER_MAX })
        );
        assert_eq!(story(&j.my_story).birth, "A long night, then Amani.");
    }

    #[test]
    fn a_journal_without_a_story_loads_unchanged_and_one_with_it_round_trips() {
        let doc = Document::new(at("2026-03-01T09:00:00+03:00"));
        let mut text = doc.to_json();
        assert!(
            !text.contains("my_story"),
            "nothing written: nothing stored"
        );
        let parsed = crate::domain::exchange::migrate::read_document(&text, None);
        assert_eq!(parsed.as_ref().map(|d| &d.journal.my_story), Ok(&None));
        let mut doc = doc;
        let t = at("2026-03-02T09:00:00+03:00");
        let _ = write(
            &mut doc.journal.my_story,
            Topic::Pregnancy,
            "Unplanned, then wanted",
            t,
        );
        text = doc.to_json();
        assert_eq!(
            crate::domain::exchange::migrate::read_document(&text, None),
            Ok(doc)
        );
    }

    #[test]
    fn two_copies_of_the_story_merge_newest_first() {
        let mut a = Journal::default();
        let mut b = Journal::default();
        let _ = write(
            &mut a.my_story,
            Topic::Baby,
            "Close",
            at("2026-03-01T09:00:00Z"),
        );
        b.my_story = a.my_story.clone();
        let _ = write(
            &mut b.my_story,
            Topic::Baby,
            "Closer every day",
            at("2026-03-05T09:00:00Z"),
        );
        a.merge(&b);
        assert_eq!(story(&a.my_story).baby, "Closer every day");
    }

    #[test]
    fn the_baby_is_offered_until_someone_in_the_circle_is_the_baby() {
        let mut j = Journal::default();
        let words = ["Bebé", "baby"];
        assert!(!has_baby(&j.people, &words));
        let t = at("2026-03-01T09:00:00Z");
        let id = add_baby(&mut j.people, "Amani", " bebé ", t);
        assert!(id.is_ok());
        assert!(has_baby(&j.people, &words));
        let baby = id
            .ok()
            .and_then(|id| j.people.get(&id).map(|r| r.data.clone()));
        assert_eq!(
            baby.map(|p| (p.name, p.ring)),
            Some(("Amani".into(), Ring::Most))
        );
        // A name is still needed, as for anyone.
        assert!(add_baby(&mut j.people, " ", "baby", t).is_err());
    }
}
