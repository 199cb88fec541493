//! The interpersonal inventory: the people in her life and the closeness circle.
//!
//! People are records in `Journal::people`; the functions here take that collection, not the
//! whole journal. Everything here is pure: validation, ring moves,
//! sorted views per ring, the clinicians' prompts, and the geometry of the closeness circle
//! (returned as numbers; the UI draws the SVG). Deleting a person who is named elsewhere is
//! handled in [`references`].

use crate::domain::struct_de::defaulted_de;
use serde::{Deserialize, Serialize};

use super::record::{Collection, CollectionExt, Id, Timestamp};

pub mod references;
// Her own story (perinatal topics, the people of her past).
pub mod story;

/// The closeness circle around "Me".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ring {
    Most,
    #[default]
    Moderately,
    Somewhat,
}

impl Ring {
    /// The three rings, from the centre outward.
    pub const ALL: [Ring; 3] = [Ring::Most, Ring::Moderately, Ring::Somewhat];

    /// The clinicians' label for the ring.
    pub fn label(self) -> &'static str {
        match self {
            Ring::Most => "Most involved",
            Ring::Moderately => "Moderately involved",
            Ring::Somewhat => "Somewhat involved",
        }
    }

    /// 0 for the ring nearest "Me", 2 for the outermost.
    pub fn index(self) -> usize {
        match self {
            Ring::Most => 0,
            Ring::Moderately => 1,
            Ring::Somewhat => 2,
        }
    }

    /// One ring closer to "Me", or `None` when already in the closest ring.
    pub fn inward(self) -> Option<Ring> {
        match self {
            Ring::Most => None,
            Ring::Moderately => Some(Ring::Most),
            Ring::Somewhat => Some(Ring::Moderately),
        }
    }

    /// One ring further from "Me", or `None` when already in the outermost ring.
    pub fn outward(self) -> Option<Ring> {
        match self {
            Ring::Most => Some(Ring::Moderately),
            Ring::Moderately => Some(Ring::Somewhat),
            Ring::Somewhat => None,
        }
    }
}

/// One important person, with the four inventory questions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct Person {
    /// Name or nickname.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Relationship ("partner", "mother", "neighbour").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub relationship: String,
    pub ring: Ring,
    /// Nature of interactions with them.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub interactions: String,
    /// Expectations of each party; are they met?
    #[serde(skip_serializing_if = "String::is_empty")]
    pub expectations: String,
    /// Satisfying and unsatisfying aspects of the relationship.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub satisfying: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unsatisfying: String,
    /// What she would change about it.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub would_change: String,
    /// Phone number, for tap-to-call from the safety screen.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub phone: String,
}
defaulted_de!(Person {
    name,
    relationship,
    ring,
    interactions,
    expectations,
    satisfying,
    unsatisfying,
    would_change,
    phone
});

/// Longest name or nickname, in characters.
pub const NAME_MAX: usize = 60;
/// Longest relationship, in characters.
pub const RELATIONSHIP_MAX: usize = 60;
/// Longest phone number, in characters.
pub const PHONE_MAX: usize = 32;
/// Longest answer to one inventory question, in characters.
pub const ANSWER_MAX: usize = 4000;

/// The label shown wherever a referenced person no longer exists (deleted or never merged in).
pub const REMOVED_PERSON: &str = "Removed person";
/// The label shown for a person whose stored name is blank (only possible in damaged data).
pub const UNNAMED_PERSON: &str = "Unnamed person";

/// The prompts of the inventory, to help her think of the important people (ipt.md §3).
pub const INVENTORY_PROMPTS: [&str; 8] = [
    "Who are the important people in your life?",
    "Who raised you?",
    "Whom do you turn to for support?",
    "Whom do you confide in?",
    "Who turns to you?",
    "How close do you get to other people?",
    "How much do you trust others?",
    "How do you get angry at other people?",
];

/// The follow-up the source uses with every prompt.
pub const INVENTORY_FOLLOW_UP: &str = "Can you tell me about… an example?";

/// Perinatal additions to the inventory (ipt.md §3).
pub const PERINATAL_PROMPTS: [&str; 4] = [
    "Relationship with the baby",
    "Relationship with the partner",
    "Attitude toward the pregnancy",
    "Birth story",
];

/// One of the inventory questions asked about each person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InventoryField {
    Interactions,
    Expectations,
    Satisfying,
    Unsatisfying,
    WouldChange,
}

impl InventoryField {
    /// The questions in the order they are asked. The source's third question (satisfying and
    /// unsatisfying aspects) is two fields so each can be answered on its own.
    pub const ALL: [InventoryField; 5] = [
        InventoryField::Interactions,
        InventoryField::Expectations,
        InventoryField::Satisfying,
        InventoryField::Unsatisfying,
        InventoryField::WouldChange,
    ];

    /// The question, in the clinicians' words.
    pub fn label(self) -> &'static str {
        match self {
            InventoryField::Interactions => "Nature of interactions with them",
            InventoryField::Expectations => "Expectations of each party (are they met?)",
            InventoryField::Satisfying => "Satisfying aspects of the relationship",
            InventoryField::Unsatisfying => "Unsatisfying aspects of the relationship",
            InventoryField::WouldChange => "What would you change about it?",
        }
    }

    /// Her answer to this question about `person`.
    pub fn get(self, person: &Person) -> &str {
        match self {
            InventoryField::Interactions => &person.interactions,
            InventoryField::Expectations => &person.expectations,
            InventoryField::Satisfying => &person.satisfying,
            InventoryField::Unsatisfying => &person.unsatisfying,
            InventoryField::WouldChange => &person.would_change,
        }
    }

    /// Replace her answer to this question about `person`.
    pub fn set(self, person: &mut Person, text: String) {
        match self {
            InventoryField::Interactions => person.interactions = text,
            InventoryField::Expectations => person.expectations = text,
            InventoryField::Satisfying => person.satisfying = text,
            InventoryField::Unsatisfying => person.unsatisfying = text,
            InventoryField::WouldChange => person.would_change = text,
        }
    }
}

/// Why a change to her people was refused. `Display` gives the English sentence (exports, tests);
/// the UI says it in her language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonError {
    /// The name is blank.
    NameRequired,
    /// The name is longer than `max` characters.
    NameTooLong { max: usize },
    /// The relationship is longer than `max` characters.
    RelationshipTooLong { max: usize },
    /// The phone number cannot be dialled.
    Phone(PhoneError),
    /// An inventory answer is longer than `max` characters.
    AnswerTooLong { field: InventoryField, max: usize },
    /// The person is no longer in her inventory.
    Gone,
    /// Moving inward from the closest circle.
    AlreadyClosest,
    /// Moving outward from the outer circle.
    AlreadyOuter,
    /// Deleting a person already deleted.
    AlreadyRemoved,
    /// Undoing a delete of a person already back.
    AlreadyBack,
    /// Bringing back a person who was not removed.
    NothingToRestore,
}

impl std::fmt::Display for PersonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PersonError::NameRequired => f.write_str("Please write a name or nickname."),
            PersonError::NameTooLong { max } => {
                write!(f, "Please keep the name to {max} characters or fewer.")
            }
            PersonError::RelationshipTooLong { max } => {
                write!(
                    f,
                    "Please keep the relationship to {max} characters or fewer."
                )
            }
            PersonError::Phone(e) => e.fmt(f),
            PersonError::AnswerTooLong { field, max } => write!(
                f,
                "The answer to “{}” is too long; please keep it to {max} characters.",
                field.label()
            ),
            PersonError::Gone => f.write_str("This person is no longer in your inventory."),
            PersonError::AlreadyClosest => f.write_str("They are already in the closest circle."),
            PersonError::AlreadyOuter => f.write_str("They are already in the outer circle."),
            PersonError::AlreadyRemoved => f.write_str("This person was already removed."),
            PersonError::AlreadyBack => {
                f.write_str("This person is already back in your inventory.")
            }
            PersonError::NothingToRestore => {
                f.write_str("There is no removed person to bring back.")
            }
        }
    }
}

/// Why a phone number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PhoneError {
    /// Longer than [`PHONE_MAX`] characters.
    TooLong,
    /// Something other than digits, spaces and `+ - . ( )`, or no digit at all.
    Chars,
}

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PhoneError::TooLong => "That phone number is too long.",
            PhoneError::Chars => "A phone number can only have digits, spaces and + - ( ).",
        })
    }
}

impl From<PhoneError> for PersonError {
    fn from(e: PhoneError) -> Self {
        PersonError::Phone(e)
    }
}

/// Check a person before saving: returns the person with name, relationship and phone trimmed,
/// or what to fix.
pub fn validate(person: &Person) -> Result<Person, PersonError> {
    let mut p = person.clone();
    p.name = p.name.trim().to_owned();
    p.relationship = p.relationship.trim().to_owned();
    p.phone = p.phone.trim().to_owned();
    if p.name.is_empty() {
        return Err(PersonError::NameRequired);
    }
    if p.name.chars().count() > NAME_MAX {
        return Err(PersonError::NameTooLong { max: NAME_MAX });
    }
    if p.relationship.chars().count() > RELATIONSHIP_MAX {
        return Err(PersonError::RelationshipTooLong {
            max: RELATIONSHIP_MAX,
        });
    }
    validate_phone(&p.phone)?;
    for field in InventoryField::ALL {
        if field.get(&p).chars().count() > ANSWER_MAX {
            return Err(PersonError::AnswerTooLong {
                field,
                max: ANSWER_MAX,
            });
        }
    }
    Ok(p)
}

/// Check a phone number as typed: empty, or digits with spaces, `+`, `-`, `.`, `(`, `)`.
pub fn validate_phone(phone: &str) -> Result<(), PhoneError> {
    let phone = phone.trim();
    if phone.is_empty() {
        return Ok(());
    }
    if phone.chars().count() > PHONE_MAX {
        return Err(PhoneError::TooLong);
    }
    let allowed = |c: char| c.is_ascii_digit() || " +-.()".contains(c);
    if !phone.chars().all(allowed) || !phone.chars().any(|c| c.is_ascii_digit()) {
        return Err(PhoneError::Chars);
    }
    Ok(())
}

/// What to dial for a `tel:` link: the digits, with a leading `+` kept. Empty when none.
pub fn dial_string(phone: &str) -> String {
    let phone = phone.trim();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return String::new();
    }
    if phone.starts_with('+') {
        format!("+{digits}")
    } else {
        digits
    }
}

/// Add a person after validating; returns the new id.
pub fn add_person(
    people: &mut Collection<Person>,
    person: &Person,
    now: Timestamp,
) -> Result<Id, PersonError> {
    let p = validate(person)?;
    Ok(people.add(p, now))
}

/// Replace a person's details after validating.
pub fn update_person(
    people: &mut Collection<Person>,
    id: &Id,
    person: &Person,
    now: Timestamp,
) -> Result<(), PersonError> {
    let p = validate(person)?;
    if people.update(id, p, now) {
        Ok(())
    } else {
        Err(PersonError::Gone)
    }
}

/// Put a person in `ring`. Setting the ring they are already in changes nothing.
pub fn set_ring(
    people: &mut Collection<Person>,
    id: &Id,
    ring: Ring,
    now: Timestamp,
) -> Result<(), PersonError> {
    let Some(rec) = people.get_live(id) else {
        return Err(PersonError::Gone);
    };
    if rec.data.ring == ring {
        return Ok(());
    }
    let mut p = rec.data.clone();
    p.ring = ring;
    people.update(id, p, now);
    Ok(())
}

/// Move a person one ring closer to "Me"; returns the new ring. At the centre ring this is an
/// error the UI can show (better: disable the control when `Ring::inward` is `None`).
pub fn move_inward(
    people: &mut Collection<Person>,
    id: &Id,
    now: Timestamp,
) -> Result<Ring, PersonError> {
    move_ring(people, id, now, Ring::inward, PersonError::AlreadyClosest)
}

/// Move a person one ring further from "Me"; returns the new ring. At the outer ring this is an
/// error the UI can show.
pub fn move_outward(
    people: &mut Collection<Person>,
    id: &Id,
    now: Timestamp,
) -> Result<Ring, PersonError> {
    move_ring(people, id, now, Ring::outward, PersonError::AlreadyOuter)
}

/// Move a person one ring by `step`, refused with `at_edge` when there is no ring that way.
fn move_ring(
    people: &mut Collection<Person>,
    id: &Id,
    now: Timestamp,
    step: fn(Ring) -> Option<Ring>,
    at_edge: PersonError,
) -> Result<Ring, PersonError> {
    let ring = people.get_live(id).ok_or(PersonError::Gone)?.data.ring;
    let to = step(ring).ok_or(at_edge)?;
    set_ring(people, id, to, now)?;
    Ok(to)
}

/// How a person id reads, before it becomes text: her own name for them, or one of the two
/// fixed labels (which a UI can say in another language).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PersonName {
    /// The live person's name, trimmed.
    Named(String),
    /// A live person whose stored name is blank ([`UNNAMED_PERSON`]).
    Unnamed,
    /// A deleted or unknown id ([`REMOVED_PERSON`]).
    Removed,
}

/// What a person id reads as: see [`PersonName`].
pub fn person_name(people: &Collection<Person>, id: &Id) -> PersonName {
    match people.get_live(id) {
        Some(rec) => {
            let name = rec.data.name.trim();
            if name.is_empty() {
                PersonName::Unnamed
            } else {
                PersonName::Named(name.to_owned())
            }
        }
        None => PersonName::Removed,
    }
}

/// The label for a person id wherever it is shown: the live person's name, or "Removed person"
/// for a deleted or unknown id. Never fails.
pub fn person_label(people: &Collection<Person>, id: &Id) -> String {
    match person_name(people, id) {
        PersonName::Named(name) => name,
        PersonName::Unnamed => UNNAMED_PERSON.to_owned(),
        PersonName::Removed => REMOVED_PERSON.to_owned(),
    }
}

/// Live people sorted for display: by name ignoring case, then by id for a stable order.
pub fn sorted_people(people: &Collection<Person>) -> Vec<(&Id, &Person)> {
    let mut v: Vec<(&Id, &Person)> = people.live().map(|r| (&r.id, &r.data)).collect();
    crate::domain::order::sort_by(&mut v, |a, b| {
        a.1.name
            .trim()
            .to_lowercase()
            .cmp(&b.1.name.trim().to_lowercase())
            .then_with(|| a.0.cmp(b.0))
    });
    v
}

/// The live people of one ring, sorted by name.
pub fn people_in_ring(people: &Collection<Person>, ring: Ring) -> Vec<(&Id, &Person)> {
    sorted_people(people)
        .into_iter()
        .filter(|(_, p)| p.ring == ring)
        .collect()
}

/// The list view (the accessible alternative to the circle): each ring, innermost first, with
/// its people sorted by name. Empty rings are included so the list always has three headings.
pub fn rings_view(people: &Collection<Person>) -> Vec<(Ring, Vec<(&Id, &Person)>)> {
    Ring::ALL
        .iter()
        .map(|&ring| (ring, people_in_ring(people, ring)))
        .collect()
}

/// One sentence per ring for screen readers (the circle's accessible name), e.g.
/// "Most involved: Mum, Sam. Moderately involved: no one yet. Somewhat involved: Joy."
pub fn circle_description(people: &Collection<Person>) -> String {
    rings_view(people)
        .into_iter()
        .map(|(ring, people)| {
            let names: Vec<&str> = people.iter().map(|(_, p)| p.name.trim()).collect();
            if names.is_empty() {
                format!("{}: no one yet.", ring.label())
            } else {
                format!("{}: {}.", ring.label(), names.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Size of the square SVG viewBox of the closeness circle (`0 0 VIEW_SIZE VIEW_SIZE`).
pub const VIEW_SIZE: f64 = 300.0;
/// Radius of the "Me" circle at the centre.
pub const ME_RADIUS: f64 = 22.0;
/// Radii of the three rings, innermost first.
pub const RING_RADII: [f64; 3] = [62.0, 96.0, 130.0];
/// Largest radius of a person's dot; smaller when a ring is crowded.
pub const DOT_RADIUS_MAX: f64 = 15.0;

/// One person placed on the closeness circle.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedPerson {
    pub id: Id,
    pub ring: Ring,
    /// Centre of the dot, in viewBox units (y grows downward).
    pub x: f64,
    pub y: f64,
    /// Radius of the dot; the same for everyone on a ring.
    pub r: f64,
    /// Angle in degrees, clockwise from twelve o'clock (for placing the label outside).
    pub angle_deg: f64,
}

/// The geometry of the closeness circle: where to draw "Me", the rings and each person.
#[derive(Clone, Debug, PartialEq)]
pub struct CircleLayout {
    /// Side of the square viewBox.
    pub size: f64,
    /// Centre ("Me").
    pub cx: f64,
    pub cy: f64,
    pub me_radius: f64,
    /// Ring and its radius, innermost first.
    pub rings: Vec<(Ring, f64)>,
    /// People, ring by ring, each ring in the order given.
    pub people: Vec<PlacedPerson>,
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Lay out people around "Me". `people` is (id, ring) in display order (e.g. from
/// [`sorted_people`]); the result is deterministic for the same input. People of one ring are
/// spaced evenly, the first at twelve o'clock turned by a third of the ring's step per ring
/// outward (0 for the inner ring) so that rings do not line up; dots shrink on crowded rings so that neighbours never overlap (checked up to 40 per
/// ring), and no dot crosses into the next ring or the "Me" circle.
pub fn circle_layout(people: &[(Id, Ring)]) -> CircleLayout {
    let c = VIEW_SIZE / 2.0;
    let mut placed = Vec::with_capacity(people.len());
    for ring in Ring::ALL {
        let members: Vec<&Id> = people
            .iter()
            .filter(|(_, r)| *r == ring)
            .map(|(id, _)| id)
            .collect();
        let n = members.len();
        if n == 0 {
            continue;
        }
        let radius = RING_RADII
            .get(ring.index())
            .copied()
            .unwrap_or(RING_RADII[2]);
        let step = 360.0 / n as f64;
        // Half the chord between neighbours, with a 10% gap.
        let dot = if n == 1 {
            DOT_RADIUS_MAX
        } else {
            (radius * (std::f64::consts::PI / n as f64).sin() * 0.9).min(DOT_RADIUS_MAX)
        };
        // A turn per ring (a third of a step, times the ring index) so rings do not line up.
        let turn = step / 3.0 * ring.index() as f64;
        for (i, id) in members.into_iter().enumerate() {
            let angle = turn + step * i as f64;
            let rad = angle.to_radians();
            placed.push(PlacedPerson {
                id: id.clone(),
                ring,
                x: round2(c + radius * rad.sin()),
                y: round2(c - radius * rad.cos()),
                r: round2(dot),
                angle_deg: round2(angle),
            });
        }
    }
    CircleLayout {
        size: VIEW_SIZE,
        cx: c,
        cy: c,
        me_radius: ME_RADIUS,
        rings: Ring::ALL
            .iter()
            .zip(RING_RADII.iter())
            .map(|(r, rad)| (*r, *rad))
            .collect(),
        people: placed,
    }
}

/// Where keyboard focus goes from a person on the circle: arrow keys move around a ring
/// (`Next`/`Previous`, wrapping) or between rings (`Inward`/`Outward`: the person at the nearest
/// angle on the next ring that has anyone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusMove {
    Next,
    Previous,
    Inward,
    Outward,
}

/// The person to focus after a focus move from `from` on `layout`, or `None` when there is no
/// one in that direction (focus stays). Pure, so keyboard navigation of the SVG is testable.
pub fn focus_after(layout: &CircleLayout, from: &Id, mv: FocusMove) -> Option<Id> {
    let current = layout.people.iter().find(|p| &p.id == from)?;
    let same: Vec<&PlacedPerson> = layout
        .people
        .iter()
        .filter(|p| p.ring == current.ring)
        .collect();
    let pos = same.iter().position(|p| p.id == *from)?;
    let n = same.len();
    // The nearest person by angle on the first non-empty ring in that direction.
    let pick_ring = |step: fn(Ring) -> Option<Ring>| -> Option<Id> {
        let mut ring = step(current.ring);
        while let Some(r) = ring {
            let nearest = layout.people.iter().filter(|p| p.ring == r).min_by(|a, b| {
                angle_gap(a.angle_deg, current.angle_deg)
                    .total_cmp(&angle_gap(b.angle_deg, current.angle_deg))
            });
            if let Some(p) = nearest {
                return Some(p.id.clone());
            }
            ring = step(r);
        }
        None
    };
    match mv {
        FocusMove::Next => same.get((pos + 1) % n).map(|p| p.id.clone()),
        FocusMove::Previous => same.get((pos + n - 1) % n).map(|p| p.id.clone()),
        FocusMove::Inward => pick_ring(Ring::inward),
        FocusMove::Outward => pick_ring(Ring::outward),
    }
}

fn angle_gap(a: f64, b: f64) -> f64 {
    let d = (a - b).rem_euclid(360.0);
    d.min(360.0 - d)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::journal::Journal;
    use crate::domain::record::tests::at;

    fn person(name: &str, ring: Ring) -> Person {
        Person {
            name: name.into(),
            ring,
            ..Person::default()
        }
    }

    fn names(v: &[(&Id, &Person)]) -> Vec<String> {
        v.iter().map(|(_, p)| p.name.clone()).collect()
    }

    #[test]
    fn ring_moves_stop_at_the_centre_and_the_edge() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00+01:00");
        let id = add_person(&mut j.people, &person("Amara", Ring::Somewhat), t).unwrap();
        assert_eq!(move_inward(&mut j.people, &id, t), Ok(Ring::Moderately));
        assert_eq!(move_inward(&mut j.people, &id, t), Ok(Ring::Most));
        assert_eq!(
            move_inward(&mut j.people, &id, t),
            Err(PersonError::AlreadyClosest)
        );
        assert_eq!(j.people[&id].data.ring, Ring::Most);
        assert_eq!(move_outward(&mut j.people, &id, t), Ok(Ring::Moderately));
        assert_eq!(move_outward(&mut j.people, &id, t), Ok(Ring::Somewhat));
        assert!(move_outward(&mut j.people, &id, t).is_err());
        assert_eq!(j.people[&id].data.ring, Ring::Somewhat);
    }

    #[test]
    fn set_ring_records_the_change_and_refuses_removed_people() {
        let mut j = Journal::default();
        let id = add_person(
            &mut j.people,
            &person("Mum", Ring::Most),
            at("2026-03-01T10:00:00Z"),
        )
        .unwrap();
        set_ring(
            &mut j.people,
            &id,
            Ring::Somewhat,
            at("2026-03-02T10:00:00Z"),
        )
        .unwrap();
        assert_eq!(j.people[&id].data.ring, Ring::Somewhat);
        assert_eq!(j.people[&id].updated_at, at("2026-03-02T10:00:00Z"));
        // Same ring again: nothing changes, not even the update time (no needless merge churn).
        set_ring(
            &mut j.people,
            &id,
            Ring::Somewhat,
            at("2026-03-03T10:00:00Z"),
        )
        .unwrap();
        assert_eq!(j.people[&id].updated_at, at("2026-03-02T10:00:00Z"));
        j.people.delete(&id, at("2026-03-04T10:00:00Z"));
        assert_eq!(
            set_ring(&mut j.people, &id, Ring::Most, at("2026-03-05T10:00:00Z")),
            Err(PersonError::Gone)
        );
        assert!(move_inward(&mut j.people, &id, at("2026-03-05T10:00:00Z")).is_err());
    }

    #[test]
    fn validation_trims_and_requires_a_name_within_limits() {
        let p = validate(&Person {
            name: "  Sam \n".into(),
            relationship: " partner ".into(),
            phone: " +254 712 345 678 ".into(),
            ..Person::default()
        })
        .unwrap();
        assert_eq!(p.name, "Sam");
        assert_eq!(p.relationship, "partner");
        assert_eq!(p.phone, "+254 712 345 678");
        assert_eq!(
            validate(&person("   ", Ring::Most)),
            Err(PersonError::NameRequired)
        );
        // 60 characters of a multi-byte script are fine; 61 are not.
        assert!(validate(&person(&"é".repeat(60), Ring::Most)).is_ok());
        assert_eq!(
            validate(&person(&"é".repeat(61), Ring::Most)),
            Err(PersonError::NameTooLong { max: 60 })
        );
        let mut long = person("Ana", Ring::Most);
        long.would_change = "x".repeat(ANSWER_MAX + 1);
        assert_eq!(
            validate(&long),
            Err(PersonError::AnswerTooLong {
                field: InventoryField::WouldChange,
                max: ANSWER_MAX
            })
        );
        let mut bad_phone = person("Ana", Ring::Most);
        bad_phone.phone = "call me".into();
        assert_eq!(
            validate(&bad_phone),
            Err(PersonError::Phone(PhoneError::Chars))
        );
        let mut j = Journal::default();
        assert!(add_person(
            &mut j.people,
            &person("", Ring::Most),
            at("2026-03-01T10:00:00Z")
        )
        .is_err());
        assert_eq!(j.people.len(), 0, "nothing saved on a validation error");
    }

    #[test]
    fn dial_string_keeps_digits_and_a_leading_plus() {
        assert_eq!(dial_string(" +254 (712) 345-678 "), "+254712345678");
        assert_eq!(dial_string("0712 345 678"), "0712345678");
        assert_eq!(dial_string(""), "");
    }

    #[test]
    fn rings_list_sorted_by_name_ignoring_case_and_skipping_removed() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        add_person(&mut j.people, &person("zoe", Ring::Most), t).unwrap();
        add_person(&mut j.people, &person("Baby Lila", Ring::Most), t).unwrap();
        add_person(&mut j.people, &person("aunt Rose", Ring::Most), t).unwrap();
        let gone = add_person(&mut j.people, &person("Boss", Ring::Somewhat), t).unwrap();
        add_person(&mut j.people, &person("Neighbour", Ring::Somewhat), t).unwrap();
        j.people.delete(&gone, t);
        let view = rings_view(&j.people);
        assert_eq!(view.len(), 3);
        assert_eq!(view[0].0, Ring::Most);
        assert_eq!(names(&view[0].1), ["aunt Rose", "Baby Lila", "zoe"]);
        assert!(view[1].1.is_empty(), "empty ring still listed");
        assert_eq!(names(&view[2].1), ["Neighbour"]);
    }

    #[test]
    fn circle_description_reads_every_ring() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        add_person(&mut j.people, &person("Sam", Ring::Most), t).unwrap();
        add_person(&mut j.people, &person("Mum", Ring::Most), t).unwrap();
        add_person(&mut j.people, &person("Joy", Ring::Somewhat), t).unwrap();
        assert_eq!(
            circle_description(&j.people),
            "Most involved: Mum, Sam. Moderately involved: no one yet. Somewhat involved: Joy."
        );
    }

    #[test]
    fn person_label_never_fails() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        let id = add_person(&mut j.people, &person("Sam", Ring::Most), t).unwrap();
        assert_eq!(person_label(&j.people, &id), "Sam");
        assert_eq!(
            person_label(&j.people, &Id::from("nobody")),
            "Removed person"
        );
        assert_eq!(person_name(&j.people, &id), PersonName::Named("Sam".into()));
        assert_eq!(
            person_name(&j.people, &Id::from("nobody")),
            PersonName::Removed
        );
        j.people.delete(&id, t);
        assert_eq!(person_label(&j.people, &id), "Removed person");
    }

    #[test]
    fn prompts_are_the_clinicians_words() {
        assert_eq!(
            INVENTORY_PROMPTS[0],
            "Who are the important people in your life?"
        );
        assert_eq!(INVENTORY_PROMPTS[2], "Whom do you turn to for support?");
        assert_eq!(PERINATAL_PROMPTS[3], "Birth story");
        assert_eq!(
            InventoryField::Expectations.label(),
            "Expectations of each party (are they met?)"
        );
        let mut p = Person::default();
        for (i, f) in InventoryField::ALL.iter().enumerate() {
            f.set(&mut p, format!("answer {i}"));
        }
        assert_eq!(p.interactions, "answer 0");
        assert_eq!(p.would_change, "answer 4");
        assert_eq!(InventoryField::Unsatisfying.get(&p), "answer 3");
    }

    fn ids(n: usize, prefix: &str) -> Vec<Id> {
        (0..n).map(|i| Id(format!("{prefix}{i:02}"))).collect()
    }

    #[test]
    fn layout_puts_the_first_person_at_twelve_o_clock_and_is_deterministic() {
        let input = vec![
            (Id::from("a"), Ring::Most),
            (Id::from("b"), Ring::Most),
            (Id::from("c"), Ring::Somewhat),
        ];
        let l = circle_layout(&input);
        assert_eq!((l.cx, l.cy), (150.0, 150.0));
        let a = &l.people[0];
        assert_eq!((a.x, a.y, a.r, a.angle_deg), (150.0, 88.0, 15.0, 0.0));
        let b = &l.people[1];
        assert_eq!((b.x, b.y, b.angle_deg), (150.0, 212.0, 180.0));
        // The only person of the outer ring: turned two thirds of its step (240°), so rings
        // with one person each do not line up; a full-size dot.
        let c = &l.people[2];
        assert_eq!((c.x, c.y, c.r, c.angle_deg), (37.42, 215.0, 15.0, 240.0));
        assert_eq!(circle_layout(&input), l);
    }

    #[test]
    fn layout_never_overlaps_up_to_forty_per_ring_and_stays_in_the_view() {
        for n in 1..=40 {
            let mut input = Vec::new();
            for ring in Ring::ALL {
                for id in ids(n, &format!("{:?}", ring)) {
                    input.push((id, ring));
                }
            }
            let l = circle_layout(&input);
            assert_eq!(l.people.len(), 3 * n);
            for (i, p) in l.people.iter().enumerate() {
                assert!(p.r > 0.0);
                // Inside the view.
                assert!(p.x - p.r >= 0.0 && p.x + p.r <= l.size, "n={n} {p:?}");
                assert!(p.y - p.r >= 0.0 && p.y + p.r <= l.size, "n={n} {p:?}");
                // Clear of "Me".
                let dc = ((p.x - l.cx).powi(2) + (p.y - l.cy).powi(2)).sqrt();
                assert!(dc - p.r > l.me_radius, "n={n} {p:?}");
                for q in l.people.iter().skip(i + 1) {
                    let d = ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt();
                    assert!(d > p.r + q.r, "overlap at n={n}: {p:?} {q:?}");
                }
            }
        }
    }

    #[test]
    fn up_to_twenty_per_ring_dots_stay_big_enough_to_tap() {
        let input: Vec<(Id, Ring)> = ids(20, "m").into_iter().map(|i| (i, Ring::Most)).collect();
        let l = circle_layout(&input);
        // 62 * sin(9°) * 0.9 = 8.73 units: with the circle 300 units across a 320 px screen,
        // a ~19 px dot (the UI adds a larger invisible hit area).
        assert_eq!(l.people[0].r, 8.73);
    }

    #[test]
    fn keyboard_focus_moves_around_and_between_rings() {
        let input = vec![
            (Id::from("a"), Ring::Most),
            (Id::from("b"), Ring::Most),
            (Id::from("c"), Ring::Most),
            (Id::from("far"), Ring::Somewhat),
        ];
        let l = circle_layout(&input);
        let a = Id::from("a");
        assert_eq!(focus_after(&l, &a, FocusMove::Next), Some(Id::from("b")));
        assert_eq!(
            focus_after(&l, &a, FocusMove::Previous),
            Some(Id::from("c"))
        );
        // No one on the middle ring: focus skips it.
        assert_eq!(
            focus_after(&l, &a, FocusMove::Outward),
            Some(Id::from("far"))
        );
        assert_eq!(focus_after(&l, &a, FocusMove::Inward), None);
        let far = Id::from("far");
        assert_eq!(focus_after(&l, &far, FocusMove::Next), Some(far.clone()));
        // "far" sits at 240°; inward lands on the nearest by angle: "c" (also 240°).
        assert_eq!(
            focus_after(&l, &far, FocusMove::Inward),
            Some(Id::from("c"))
        );
        assert_eq!(focus_after(&l, &Id::from("x"), FocusMove::Next), None);
    }
}
