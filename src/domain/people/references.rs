//! Where a person from the inventory is named elsewhere in the journal, and what happens to
//! those places when she deletes the person.
//!
//! Deleting asks first (when the person is named anywhere) and offers two choices: keep their
//! name in those notes, or remove them from those notes. Either way no link is left dangling:
//! a link either becomes text, is dropped, or (where a record has no text field for a name)
//! stays and resolves to "Removed person" at display time. Deleting is a tombstone, and
//! [`undo_delete`] puts the person and every changed note back.

use chrono::NaiveDate;

use crate::domain::ending::EndingPlan;
use crate::domain::experiment::Experiment;
use crate::domain::journal::Journal;
use crate::domain::people::{person_label, PersonError};
use crate::domain::record::{CollectionExt, Id, Timestamp};
use crate::domain::selfcare::SickRolePlan;
use crate::domain::support::{SupportWeek, WhoQuestion};
use crate::domain::timeline::LifeEvent;
use crate::domain::worksheets::Worksheet;

/// A place that names a person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A helper in the sick-role plan ("Who should be able to come to your assistance?").
    Helper,
    /// One answer of a week's who-questions.
    Support {
        week: Id,
        week_of: NaiveDate,
        question: WhoQuestion,
    },
    /// A life event on the timeline.
    Event { event: Id },
    /// A role dispute, communication analysis or decision analysis.
    Worksheet { worksheet: Id },
    /// An interpersonal experiment.
    Experiment { experiment: Id },
    /// "Whom I will contact" in the ending plan.
    Ending,
}

/// One place a person is named, with a description she can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub place: Place,
    /// The description in English (exports, tests).
    pub description: String,
    /// The parts of the description, for a UI to say it in another language.
    pub parts: Described,
}

/// What a [`Reference`] description is made of: which kind of note, and the day and the quote
/// of her words it shows (a quote is already in quotation marks, at most 40 characters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Described {
    /// "Sick-role plan: who should be able to come to your assistance".
    Helper,
    /// "Who-questions, week of 2 March 2026: “Who can help?”".
    Support {
        week_of: NaiveDate,
        question: WhoQuestion,
    },
    /// "Timeline, 20 January 2026: “…”".
    Event { date: NaiveDate, quote: String },
    /// "Role dispute: “…”" or "Role dispute".
    RoleDispute { quote: Option<String> },
    /// "Communication analysis, 10 March 2026" or "Communication analysis".
    CommunicationAnalysis { date: Option<NaiveDate> },
    /// "Decision analysis: “…”" or "Decision analysis".
    DecisionAnalysis { quote: Option<String> },
    /// "Experiment: “…”" or "Experiment".
    Experiment { quote: Option<String> },
    /// "Ending well: whom I will contact".
    Ending,
}

fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// A short quote of her words: the first 40 characters, in quotation marks.
fn quote(text: &str) -> String {
    let t = text.trim();
    let mut s: String = t.chars().take(40).collect();
    if t.chars().count() > 40 {
        s.push('…');
    }
    format!("“{s}”")
}

fn worksheet_person(w: &Worksheet) -> Option<&Id> {
    match w {
        Worksheet::RoleDispute(x) => x.with_whom.as_ref(),
        Worksheet::CommunicationAnalysis(x) => x.person.as_ref(),
        Worksheet::DecisionAnalysis(x) => x.person.as_ref(),
        Worksheet::RoleTransition(_) | Worksheet::Grief(_) | Worksheet::Loneliness(_) => None,
    }
}

fn worksheet_parts(w: &Worksheet) -> Described {
    match w {
        Worksheet::RoleDispute(x) if !x.about.trim().is_empty() => Described::RoleDispute {
            quote: Some(quote(&x.about)),
        },
        Worksheet::CommunicationAnalysis(x) => Described::CommunicationAnalysis { date: x.date },
        Worksheet::DecisionAnalysis(x) if !x.problem.trim().is_empty() => {
            Described::DecisionAnalysis {
                quote: Some(quote(&x.problem)),
            }
        }
        Worksheet::DecisionAnalysis(_) => Described::DecisionAnalysis { quote: None },
        _ => Described::RoleDispute { quote: None },
    }
}

fn worksheet_description(w: &Worksheet) -> String {
    match w {
        Worksheet::RoleDispute(x) if !x.about.trim().is_empty() => {
            format!("Role dispute: {}", quote(&x.about))
        }
        Worksheet::CommunicationAnalysis(x) => match x.date {
            Some(d) => format!("Communication analysis, {}", day(d)),
            None => "Communication analysis".to_owned(),
        },
        Worksheet::DecisionAnalysis(x) if !x.problem.trim().is_empty() => {
            format!("Decision analysis: {}", quote(&x.problem))
        }
        Worksheet::DecisionAnalysis(_) => "Decision analysis".to_owned(),
        _ => "Role dispute".to_owned(),
    }
}

/// Every live place in the journal that links to `person`, in a fixed order: the sick-role plan,
/// who-questions (oldest week first), timeline events (by date), worksheets, experiments, the
/// ending plan.
pub fn find_references(journal: &Journal, person: &Id) -> Vec<Reference> {
    let mut out = Vec::new();
    if let Some(plan) = journal.sick_role_plan.as_ref().filter(|r| r.is_live()) {
        for _ in plan
            .data
            .helpers
            .iter()
            .filter(|h| h.person.as_ref() == Some(person))
        {
            out.push(Reference {
                place: Place::Helper,
                description: "Sick-role plan: who should be able to come to your assistance"
                    .to_owned(),
                parts: Described::Helper,
            });
        }
    }
    let mut weeks: Vec<_> = journal.support.live().collect();
    crate::domain::order::sort_by(&mut weeks, |a, b| {
        (a.data.week_of, &a.id).cmp(&(b.data.week_of, &b.id))
    });
    for w in weeks {
        for q in WhoQuestion::ALL {
            if q.answer(&w.data).people.contains(person) {
                out.push(Reference {
                    place: Place::Support {
                        week: w.id.clone(),
                        week_of: w.data.week_of,
                        question: q,
                    },
                    description: format!(
                        "Who-questions, week of {}: “{}”",
                        day(w.data.week_of),
                        q.prompt()
                    ),
                    parts: Described::Support {
                        week_of: w.data.week_of,
                        question: q,
                    },
                });
            }
        }
    }
    let mut events: Vec<_> = journal.events.live().collect();
    crate::domain::order::sort_by(&mut events, |a, b| {
        (a.data.date, &a.id).cmp(&(b.data.date, &b.id))
    });
    for e in events
        .into_iter()
        .filter(|e| e.data.people.contains(person))
    {
        out.push(Reference {
            place: Place::Event {
                event: e.id.clone(),
            },
            description: format!("Timeline, {}: {}", day(e.data.date), quote(&e.data.text)),
            parts: Described::Event {
                date: e.data.date,
                quote: quote(&e.data.text),
            },
        });
    }
    for w in journal.worksheets.live() {
        if worksheet_person(&w.data) == Some(person) {
            out.push(Reference {
                place: Place::Worksheet {
                    worksheet: w.id.clone(),
                },
                description: worksheet_description(&w.data),
                parts: worksheet_parts(&w.data),
            });
        }
    }
    for x in journal.experiments.live() {
        if x.data.person.as_ref() == Some(person) {
            let goal = (!x.data.goal.trim().is_empty()).then(|| quote(&x.data.goal));
            let description = match &goal {
                None => "Experiment".to_owned(),
                Some(q) => format!("Experiment: {q}"),
            };
            out.push(Reference {
                place: Place::Experiment {
                    experiment: x.id.clone(),
                },
                description,
                parts: Described::Experiment { quote: goal },
            });
        }
    }
    if let Some(end) = journal.ending.as_ref().filter(|r| r.is_live()) {
        if end.data.will_contact.contains(person) {
            out.push(Reference {
                place: Place::Ending,
                description: "Ending well: whom I will contact".to_owned(),
                parts: Described::Ending,
            });
        }
    }
    out
}

/// What to do with the notes that name a person being deleted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDelete {
    /// Keep their name in those notes: the link becomes text where the note has a text field
    /// (plan helpers keep name and phone; a who-question answer or an event gets the name added
    /// to its text, in brackets, unless her words already name them; a role dispute keeps it as
    /// "with whom"; the ending plan adds it as a line of "whom I will contact").
    /// Experiments, communication and decision analyses have no such place: the link stays and
    /// shows as "Removed person".
    KeepName,
    /// Remove them from those notes: the link is dropped everywhere (a plan helper who was this
    /// person is taken off the list). Her own words are never changed.
    RemoveFromNotes,
}

impl OnDelete {
    /// The choice as offered to her.
    pub fn label(self) -> &'static str {
        match self {
            OnDelete::KeepName => "Keep their name in those notes",
            OnDelete::RemoveFromNotes => "Remove them from those notes",
        }
    }
}

/// The question asked before deleting someone who is named elsewhere, or `None` when the person
/// is named nowhere (then delete at once, with undo).
pub fn delete_question(journal: &Journal, person: &Id) -> Option<String> {
    let n = find_references(journal, person).len();
    let name = person_label(&journal.people, person);
    match n {
        0 => None,
        1 => Some(format!(
            "{name} is named in 1 other place. What should happen there?"
        )),
        n => Some(format!(
            "{name} is named in {n} other places. What should happen there?"
        )),
    }
}

/// What a delete changed, to undo it. Hold it while "Undo" is offered.
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    pub person: Id,
    /// The instant of the delete; a note changed again after it is not rolled back.
    pub at: Timestamp,
    plan: Option<SickRolePlan>,
    support: Vec<(Id, SupportWeek)>,
    events: Vec<(Id, LifeEvent)>,
    worksheets: Vec<(Id, Worksheet)>,
    experiments: Vec<(Id, Experiment)>,
    ending: Option<EndingPlan>,
}

impl Removal {
    /// How many notes the delete changed.
    pub fn notes_changed(&self) -> usize {
        usize::from(self.plan.is_some())
            + self.support.len()
            + self.events.len()
            + self.worksheets.len()
            + self.experiments.len()
            + usize::from(self.ending.is_some())
    }
}

/// Drop `person` from `ids`; when keeping the name, write it into `text` unless her words
/// already contain it.
fn unlink(ids: &mut Vec<Id>, text: &mut String, person: &Id, name: &str, keep: bool) {
    let before = ids.len();
    ids.retain(|i| i != person);
    if !keep || ids.len() == before || name.is_empty() {
        return;
    }
    if text.to_lowercase().contains(&name.to_lowercase()) {
        return;
    }
    let t = text.trim_end();
    *text = if t.is_empty() {
        name.to_owned()
    } else {
        format!("{t} ({name})")
    };
}

/// Delete a person (a tombstone), handling every note that names them as `choice` says.
/// Returns what changed so the delete can be undone.
pub fn delete_person(
    journal: &mut Journal,
    person: &Id,
    choice: OnDelete,
    now: Timestamp,
) -> Result<Removal, PersonError> {
    let Some(rec) = journal.people.get_live(person) else {
        return Err(PersonError::AlreadyRemoved);
    };
    let name = rec.data.name.trim().to_owned();
    let phone = rec.data.phone.trim().to_owned();
    let keep = choice == OnDelete::KeepName;
    let mut removal = Removal {
        person: person.clone(),
        at: now,
        plan: None,
        support: Vec::new(),
        events: Vec::new(),
        worksheets: Vec::new(),
        experiments: Vec::new(),
        ending: None,
    };

    if let Some(plan) = journal.sick_role_plan.as_mut().filter(|r| r.is_live()) {
        if plan
            .data
            .helpers
            .iter()
            .any(|h| h.person.as_ref() == Some(person))
        {
            removal.plan = Some(plan.data.clone());
            if keep {
                for h in plan
                    .data
                    .helpers
                    .iter_mut()
                    .filter(|h| h.person.as_ref() == Some(person))
                {
                    h.person = None;
                    if h.name.trim().is_empty() {
                        h.name = name.clone();
                    }
                    if h.phone.trim().is_empty() {
                        h.phone = phone.clone();
                    }
                }
            } else {
                plan.data
                    .helpers
                    .retain(|h| h.person.as_ref() != Some(person));
            }
            plan.updated_at = now;
        }
    }

    for rec in journal.support.values_mut().filter(|r| r.is_live()) {
        if WhoQuestion::ALL
            .iter()
            .any(|q| q.answer(&rec.data).people.contains(person))
        {
            removal.support.push((rec.id.clone(), rec.data.clone()));
            for q in WhoQuestion::ALL {
                let a = q.answer_mut(&mut rec.data);
                unlink(&mut a.people, &mut a.text, person, &name, keep);
            }
            rec.updated_at = now;
        }
    }

    for rec in journal.events.values_mut().filter(|r| r.is_live()) {
        if rec.data.people.contains(person) {
            removal.events.push((rec.id.clone(), rec.data.clone()));
            let e = &mut rec.data;
            unlink(&mut e.people, &mut e.text, person, &name, keep);
            rec.updated_at = now;
        }
    }

    for rec in journal.worksheets.values_mut().filter(|r| r.is_live()) {
        if worksheet_person(&rec.data) != Some(person) {
            continue;
        }
        let before = rec.data.clone();
        match &mut rec.data {
            Worksheet::RoleDispute(x) => {
                x.with_whom = None;
                if keep && x.with_whom_text.trim().is_empty() {
                    x.with_whom_text = name.clone();
                }
            }
            // No place for a name: keeping the name keeps the link ("Removed person").
            Worksheet::CommunicationAnalysis(x) if !keep => x.person = None,
            Worksheet::DecisionAnalysis(x) if !keep => x.person = None,
            _ => {}
        }
        if rec.data != before {
            removal.worksheets.push((rec.id.clone(), before));
            rec.updated_at = now;
        }
    }

    if !keep {
        for rec in journal.experiments.values_mut().filter(|r| r.is_live()) {
            if rec.data.person.as_ref() == Some(person) {
                removal.experiments.push((rec.id.clone(), rec.data.clone()));
                rec.data.person = None;
                rec.updated_at = now;
            }
        }
    }

    if let Some(end) = journal.ending.as_mut().filter(|r| r.is_live()) {
        if end.data.will_contact.contains(person) {
            removal.ending = Some(end.data.clone());
            end.data.will_contact.retain(|i| i != person);
            // The typed contacts are one name per line (see `EndingPlan::contact_names`).
            let listed = end
                .data
                .will_contact_text
                .lines()
                .any(|l| l.trim().eq_ignore_ascii_case(&name));
            if keep && !name.is_empty() && !listed {
                let t = end.data.will_contact_text.trim_end();
                end.data.will_contact_text = if t.is_empty() {
                    name.clone()
                } else {
                    format!("{t}\n{name}")
                };
            }
            end.updated_at = now;
        }
    }

    journal.people.delete(person, now);
    Ok(removal)
}

/// Undo a delete: the person comes back and every note the delete changed gets its link back,
/// unless that note was changed again since (then her later edit is kept).
pub fn undo_delete(
    journal: &mut Journal,
    removal: &Removal,
    now: Timestamp,
) -> Result<(), PersonError> {
    if !journal.people.restore(&removal.person, now) {
        return Err(PersonError::AlreadyBack);
    }
    let untouched = |updated: Timestamp| updated == removal.at;
    if let (Some(before), Some(rec)) = (&removal.plan, journal.sick_role_plan.as_mut()) {
        if untouched(rec.updated_at) {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    for (id, before) in &removal.support {
        if let Some(rec) = journal
            .support
            .get_mut(id)
            .filter(|r| untouched(r.updated_at))
        {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    for (id, before) in &removal.events {
        if let Some(rec) = journal
            .events
            .get_mut(id)
            .filter(|r| untouched(r.updated_at))
        {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    for (id, before) in &removal.worksheets {
        if let Some(rec) = journal
            .worksheets
            .get_mut(id)
            .filter(|r| untouched(r.updated_at))
        {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    for (id, before) in &removal.experiments {
        if let Some(rec) = journal
            .experiments
            .get_mut(id)
            .filter(|r| untouched(r.updated_at))
        {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    if let (Some(before), Some(rec)) = (&removal.ending, journal.ending.as_mut()) {
        if untouched(rec.updated_at) {
            rec.data = before.clone();
            rec.updated_at = now;
        }
    }
    Ok(())
}

/// Bring back a deleted person without an undo record (e.g. from a list of removed people).
/// Links that were kept resolve to them again; links that were dropped stay dropped.
pub fn restore_person(
    journal: &mut Journal,
    person: &Id,
    now: Timestamp,
) -> Result<(), PersonError> {
    if journal.people.restore(person, now) {
        Ok(())
    } else {
        Err(PersonError::NothingToRestore)
    }
}

/// Ids named anywhere in the live journal that do not resolve to a live person. Used by tests
/// and by import checks; shown as "Removed person", never an error.
pub fn unresolved_links(journal: &Journal) -> Vec<Id> {
    let mut ids: Vec<Id> = Vec::new();
    let mut push = |id: &Id| {
        if journal.people.get_live(id).is_none() && !ids.contains(id) {
            ids.push(id.clone());
        }
    };
    if let Some(p) = journal.sick_role_plan.as_ref().filter(|r| r.is_live()) {
        p.data
            .helpers
            .iter()
            .filter_map(|h| h.person.as_ref())
            .for_each(&mut push);
    }
    for w in journal.support.live() {
        for q in WhoQuestion::ALL {
            q.answer(&w.data).people.iter().for_each(&mut push);
        }
    }
    for e in journal.events.live() {
        e.data.people.iter().for_each(&mut push);
    }
    for w in journal.worksheets.live() {
        worksheet_person(&w.data).into_iter().for_each(&mut push);
    }
    for x in journal.experiments.live() {
        x.data.person.iter().for_each(&mut push);
    }
    if let Some(e) = journal.ending.as_ref().filter(|r| r.is_live()) {
        e.data.will_contact.iter().for_each(&mut push);
    }
    ids
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::people::{add_person, Person};
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;
    use crate::domain::record::Rec;
    use crate::domain::selfcare::{add_helper, helpers_for_safety, Helper, SafetyHelper};
    use crate::domain::support::{answer_people_labels, save_week, week_or_blank};
    use crate::domain::timeline::{add_event, timeline_text};
    use crate::domain::worksheets::{CommunicationAnalysis, DecisionAnalysis, RoleDispute};

    const T0: &str = "2026-03-01T10:00:00+03:00";
    const T_DEL: &str = "2026-03-20T10:00:00+03:00";

    /// A journal where Sam (partner, with a phone) is named in every kind of place, and Mum in
    /// one event.
    fn journal() -> (Journal, Id, Id) {
        let mut j = Journal::default();
        let t = at(T0);
        let sam = add_person(
            &mut j.people,
            &Person {
                name: "Sam".into(),
                phone: "0712 345 678".into(),
                ..Person::default()
            },
            t,
        )
        .unwrap();
        let mum = add_person(
            &mut j.people,
            &Person {
                name: "Mum".into(),
                ..Person::default()
            },
            t,
        )
        .unwrap();
        add_helper(
            &mut j,
            &Helper {
                person: Some(sam.clone()),
                ..Helper::default()
            },
            t,
        )
        .unwrap();
        let mut w = week_or_blank(&j.support, d("2026-03-02"));
        w.who_can_help.text = "He could do the night feed".into();
        w.who_can_help.people = vec![sam.clone()];
        w.spend_time_with.people = vec![sam.clone(), mum.clone()];
        save_week(&mut j.support, &j.people, &w, t).unwrap();
        add_event(
            &mut j.events,
            &j.people,
            &LifeEvent {
                date: d("2026-01-20"),
                text: "Partner and she take a break".into(),
                people: vec![sam.clone(), mum.clone()],
                ..LifeEvent::default()
            },
            t,
        )
        .unwrap();
        j.worksheets.add(
            Worksheet::RoleDispute(RoleDispute {
                with_whom: Some(sam.clone()),
                about: "Who gets up at night".into(),
                ..RoleDispute::default()
            }),
            t,
        );
        j.worksheets.add(
            Worksheet::CommunicationAnalysis(CommunicationAnalysis {
                person: Some(sam.clone()),
                date: Some(d("2026-03-10")),
                ..CommunicationAnalysis::default()
            }),
            t,
        );
        j.worksheets.add(
            Worksheet::DecisionAnalysis(DecisionAnalysis {
                person: Some(mum.clone()),
                problem: "Visits".into(),
                ..DecisionAnalysis::default()
            }),
            t,
        );
        j.experiments.add(
            Experiment {
                person: Some(sam.clone()),
                goal: "Ask Sam to take one night feed a week".into(),
                ..Experiment::default()
            },
            t,
        );
        j.ending = Some(Rec::new(
            EndingPlan {
                will_contact: vec![sam.clone()],
                will_contact_text: "my midwife".into(),
                ..EndingPlan::default()
            },
            t,
        ));
        (j, sam, mum)
    }

    #[test]
    fn finds_every_place_with_a_readable_description() {
        let (j, sam, mum) = journal();
        // The parts a UI translates say the same as the English description.
        let parts: Vec<Described> = find_references(&j, &sam)
            .into_iter()
            .map(|r| r.parts)
            .collect();
        assert_eq!(parts[0], Described::Helper);
        assert!(matches!(
            parts[1],
            Described::Support {
                question: WhoQuestion::CanHelp,
                ..
            }
        ));
        assert!(
            matches!(&parts[3], Described::Event { quote, .. } if quote == "“Partner and she take a break”")
        );
        assert_eq!(parts.last(), Some(&Described::Ending));
        let found: Vec<String> = find_references(&j, &sam)
            .into_iter()
            .map(|r| r.description)
            .collect();
        assert_eq!(found.len(), 8);
        assert_eq!(
            found[..4],
            [
                "Sick-role plan: who should be able to come to your assistance",
                "Who-questions, week of 2 March 2026: “Who can help?”",
                "Who-questions, week of 2 March 2026: “With whom might you like to spend time?”",
                "Timeline, 20 January 2026: “Partner and she take a break”",
            ]
        );
        assert_eq!(
            found[6..],
            [
                "Experiment: “Ask Sam to take one night feed a week”",
                "Ending well: whom I will contact",
            ]
        );
        // Worksheets come in id order (random ids): compare them sorted.
        let mut sheets: Vec<&str> = found[4..6].iter().map(String::as_str).collect();
        sheets.sort();
        assert_eq!(
            sheets,
            [
                "Communication analysis, 10 March 2026",
                "Role dispute: “Who gets up at night”"
            ]
        );
        assert_eq!(find_references(&j, &mum).len(), 3);
        assert_eq!(
            delete_question(&j, &sam),
            Some("Sam is named in 8 other places. What should happen there?".to_owned())
        );
        assert_eq!(find_references(&j, &Id::from("nobody")), vec![]);
    }

    #[test]
    fn keep_name_turns_links_into_text_and_keeps_the_safety_helper_callable() {
        let (mut j, sam, mum) = journal();
        let r = delete_person(&mut j, &sam, OnDelete::KeepName, at(T_DEL)).unwrap();
        assert!(j.people.get_live(&sam).is_none());
        assert_eq!(
            helpers_for_safety(&j),
            vec![SafetyHelper {
                name: "Sam".into(),
                phone: "0712 345 678".into(),
                dial: "0712345678".into()
            }]
        );
        let week = &j.support.live().next().unwrap().data;
        assert!(week.who_can_help.people.is_empty());
        assert_eq!(week.who_can_help.text, "He could do the night feed (Sam)");
        assert_eq!(
            answer_people_labels(&j.people, &week.spend_time_with),
            ["Mum"]
        );
        assert_eq!(week.spend_time_with.text, "Sam");
        assert_eq!(
            timeline_text(&j)[0].text,
            "Partner and she take a break (Sam). With Mum."
        );
        let dispute = j
            .worksheets
            .live()
            .find_map(|w| match &w.data {
                Worksheet::RoleDispute(x) => Some(x.clone()),
                _ => None,
            })
            .unwrap();
        assert_eq!(
            (dispute.with_whom, dispute.with_whom_text.as_str()),
            (None, "Sam")
        );
        let end = &j.ending.as_ref().unwrap().data;
        assert!(end.will_contact.is_empty());
        assert_eq!(end.will_contact_text, "my midwife\nSam");
        assert_eq!(end.contact_names(&j.people), ["my midwife", "Sam"]);
        // Only the experiment and the communication analysis keep the (now removed) link.
        assert_eq!(unresolved_links(&j), vec![sam.clone()]);
        let exp = j.experiments.live().next().unwrap();
        assert_eq!(
            person_label(&j.people, exp.data.person.as_ref().unwrap()),
            "Removed person"
        );
        assert_eq!(r.notes_changed(), 5);
        // Mum untouched.
        assert!(j.people.get_live(&mum).is_some());
        assert_eq!(find_references(&j, &mum).len(), 3);
    }

    #[test]
    fn remove_from_notes_drops_every_link_and_leaves_no_dangling_id() {
        let (mut j, sam, mum) = journal();
        delete_person(&mut j, &sam, OnDelete::RemoveFromNotes, at(T_DEL)).unwrap();
        assert!(unresolved_links(&j).is_empty());
        assert!(helpers_for_safety(&j).is_empty());
        let week = &j.support.live().next().unwrap().data;
        assert!(week.who_can_help.people.is_empty());
        assert_eq!(week.spend_time_with.people, vec![mum.clone()]);
        assert_eq!(week.who_can_help.text, "He could do the night feed");
        assert_eq!(
            timeline_text(&j)[0].text,
            "Partner and she take a break. With Mum."
        );
        let end = &j.ending.as_ref().unwrap().data;
        assert_eq!(end.will_contact_text, "my midwife");
        assert!(j.experiments.live().all(|x| x.data.person.is_none()));
        // Everything changed carries the delete instant, so merges propagate it.
        assert_eq!(j.events.values().next().unwrap().updated_at, at(T_DEL));
    }

    #[test]
    fn undo_puts_the_person_and_every_link_back() {
        for choice in [OnDelete::KeepName, OnDelete::RemoveFromNotes] {
            let (mut j, sam, _) = journal();
            let before = j.clone();
            let r = delete_person(&mut j, &sam, choice, at(T_DEL)).unwrap();
            undo_delete(&mut j, &r, at("2026-03-20T10:00:05+03:00")).unwrap();
            assert_eq!(person_label(&j.people, &sam), "Sam");
            assert_eq!(find_references(&j, &sam), find_references(&before, &sam));
            assert!(unresolved_links(&j).is_empty());
            // Data is exactly as before; only update times moved forward.
            let data = |j: &Journal| {
                (
                    j.sick_role_plan.as_ref().map(|r| r.data.clone()),
                    j.support
                        .values()
                        .map(|r| r.data.clone())
                        .collect::<Vec<_>>(),
                    j.events
                        .values()
                        .map(|r| r.data.clone())
                        .collect::<Vec<_>>(),
                    j.worksheets
                        .values()
                        .map(|r| r.data.clone())
                        .collect::<Vec<_>>(),
                    j.experiments
                        .values()
                        .map(|r| r.data.clone())
                        .collect::<Vec<_>>(),
                    j.ending.as_ref().map(|r| r.data.clone()),
                )
            };
            assert_eq!(data(&j), data(&before), "{choice:?}");
            assert_eq!(
                undo_delete(&mut j, &r, at("2026-03-20T10:00:06+03:00")),
                Err(PersonError::AlreadyBack)
            );
        }
    }

    #[test]
    fn undo_keeps_a_note_she_edited_after_the_delete() {
        let (mut j, sam, _) = journal();
        let r = delete_person(&mut j, &sam, OnDelete::RemoveFromNotes, at(T_DEL)).unwrap();
        let eid = j.events.keys().next().unwrap().clone();
        let mut e = j.events[&eid].data.clone();
        e.text = "Edited later".into();
        j.events.update(&eid, e, at("2026-03-20T11:00:00+03:00"));
        undo_delete(&mut j, &r, at("2026-03-20T11:00:05+03:00")).unwrap();
        assert_eq!(j.events[&eid].data.text, "Edited later");
        assert!(!j.events[&eid].data.people.contains(&sam));
        // Other notes got their link back.
        assert_eq!(helpers_for_safety(&j).len(), 1);
    }

    #[test]
    fn deleting_someone_named_nowhere_and_restoring_them() {
        let mut j = Journal::default();
        let t = at(T0);
        let id = add_person(
            &mut j.people,
            &Person {
                name: "Old friend".into(),
                ..Person::default()
            },
            t,
        )
        .unwrap();
        assert_eq!(delete_question(&j, &id), None);
        let r = delete_person(&mut j, &id, OnDelete::KeepName, at(T_DEL)).unwrap();
        assert_eq!(r.notes_changed(), 0);
        assert_eq!(person_label(&j.people, &id), "Removed person");
        assert_eq!(
            delete_person(&mut j, &id, OnDelete::KeepName, at(T_DEL)),
            Err(PersonError::AlreadyRemoved)
        );
        restore_person(&mut j, &id, at(T_DEL)).unwrap();
        assert_eq!(person_label(&j.people, &id), "Old friend");
        assert_eq!(
            restore_person(&mut j, &id, at(T_DEL)),
            Err(PersonError::NothingToRestore)
        );
    }
}
