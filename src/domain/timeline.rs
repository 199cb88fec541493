//! The timeline: life events placed beside mood, to see the temporal link.
//!
//! Events are records in `Journal::events`. [`timeline_series`] merges them with the weekly
//! check-in totals into one ordered series (for the chart) and [`timeline_text`] gives the same
//! content as a plain list (the accessible alternative).

use crate::domain::struct_de::defaulted_de;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::instruments::measure_name;
use super::journal::Journal;
use super::people::{person_label, Person};
use super::record::{Collection, CollectionExt, Id, Rec, Timestamp};

/// Which way mood moved around an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoodDirection {
    Drops,
    Improves,
    Steady,
}

impl MoodDirection {
    /// Plain label for lists and screen readers.
    pub fn label(self) -> &'static str {
        match self {
            MoodDirection::Drops => "Mood drops",
            MoodDirection::Improves => "Mood improves",
            MoodDirection::Steady => "Mood steady",
        }
    }
}

/// One life event.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct LifeEvent {
    pub date: NaiveDate,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub text: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Id>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mood: Option<MoodDirection>,
}
defaulted_de!(LifeEvent {
    date,
    text,
    people,
    mood
});

/// Longest event text, in characters.
pub const EVENT_TEXT_MAX: usize = 500;

/// Why a life event was refused. `Display` gives the English sentence; the UI says it in her
/// language with one `match`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventError {
    /// No text.
    TextRequired,
    /// Longer than `max` characters.
    TooLong { max: usize },
    /// The event was deleted meanwhile.
    Gone,
}

impl std::fmt::Display for EventError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventError::TextRequired => f.write_str("Please write what happened."),
            EventError::TooLong { max } => {
                write!(f, "Please keep the event to {max} characters or fewer.")
            }
            EventError::Gone => f.write_str("This event was removed."),
        }
    }
}

fn clean(people_now: &Collection<Person>, event: &LifeEvent) -> Result<LifeEvent, EventError> {
    let text = event.text.trim().to_owned();
    if text.is_empty() {
        return Err(EventError::TextRequired);
    }
    if text.chars().count() > EVENT_TEXT_MAX {
        return Err(EventError::TooLong {
            max: EVENT_TEXT_MAX,
        });
    }
    let mut people: Vec<Id> = Vec::new();
    for id in &event.people {
        if people_now.get_live(id).is_some() && !people.contains(id) {
            people.push(id.clone());
        }
    }
    Ok(LifeEvent {
        date: event.date,
        text,
        people,
        mood: event.mood,
    })
}

/// Add a life event (text required; people not in the inventory are dropped). Returns its id.
pub fn add_event(
    events: &mut Collection<LifeEvent>,
    people: &Collection<Person>,
    event: &LifeEvent,
    now: Timestamp,
) -> Result<Id, EventError> {
    let e = clean(people, event)?;
    Ok(events.add(e, now))
}

/// Change a life event, with the same checks as [`add_event`].
pub fn update_event(
    events: &mut Collection<LifeEvent>,
    people: &Collection<Person>,
    id: &Id,
    event: &LifeEvent,
    now: Timestamp,
) -> Result<(), EventError> {
    let e = clean(people, event)?;
    if events.update(id, e, now) {
        Ok(())
    } else {
        Err(EventError::Gone)
    }
}

/// Live events in date order (same day: in the order they were added).
pub fn events_chronological(events: &Collection<LifeEvent>) -> Vec<&Rec<LifeEvent>> {
    let mut v: Vec<&Rec<LifeEvent>> = events.live().collect();
    crate::domain::order::sort_by(&mut v, |a, b| {
        a.data
            .date
            .cmp(&b.data.date)
            .then_with(|| a.created_at.cmp(&b.created_at))
            .then_with(|| a.id.cmp(&b.id))
    });
    v
}

/// What a point on the timeline is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PointKind {
    /// A weekly check-in total.
    Score {
        checkin: Id,
        /// Measure id ("phq9", "epds", "gad7").
        measure: String,
        total: u32,
    },
    /// A life event, with the people named resolved to labels now.
    Event {
        event: Id,
        text: String,
        people: Vec<String>,
        mood: Option<MoodDirection>,
    },
}

/// One point of the merged series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelinePoint {
    pub date: NaiveDate,
    /// Days since the first point of the series (the chart's x).
    pub x: i64,
    pub kind: PointKind,
}

/// Events and scores in one ordered series.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineSeries {
    /// In date order; on the same day scores come before events.
    pub points: Vec<TimelinePoint>,
    /// Days from the first to the last point (0 with one point or none): the chart's x range.
    pub span_days: i64,
    /// Highest total seen, per measure id (for the y range), in measure id order.
    pub max_total: Vec<(String, u32)>,
}

fn event_labels(journal: &Journal, e: &LifeEvent) -> Vec<String> {
    e.people
        .iter()
        .map(|id| person_label(&journal.people, id))
        .collect()
}

/// Merge live events and check-in totals into one series with x positions for a chart.
pub fn timeline_series(journal: &Journal) -> TimelineSeries {
    // (date, 0 = score / 1 = event, tiebreak, point)
    let mut items: Vec<(NaiveDate, u8, String, PointKind)> = Vec::new();
    let mut max_total: Vec<(String, u32)> = Vec::new();
    for rec in journal.checkins.live() {
        let total = u32::from(rec.data.total());
        match max_total.iter_mut().find(|(m, _)| *m == rec.data.measure) {
            Some((_, t)) => *t = (*t).max(total),
            None => max_total.push((rec.data.measure.clone(), total)),
        }
        items.push((
            rec.data.date,
            0,
            format!("{}{}", rec.data.measure, rec.id),
            PointKind::Score {
                checkin: rec.id.clone(),
                measure: rec.data.measure.clone(),
                total,
            },
        ));
    }
    for (i, rec) in events_chronological(&journal.events)
        .into_iter()
        .enumerate()
    {
        items.push((
            rec.data.date,
            1,
            format!("{i:09}"),
            PointKind::Event {
                event: rec.id.clone(),
                text: rec.data.text.clone(),
                people: event_labels(journal, &rec.data),
                mood: rec.data.mood,
            },
        ));
    }
    crate::domain::order::sort_by(&mut items, |a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    crate::domain::order::sort(&mut max_total);
    let first = items.first().map(|i| i.0);
    let points: Vec<TimelinePoint> = items
        .into_iter()
        .map(|(date, _, _, kind)| TimelinePoint {
            date,
            x: first.map_or(0, |f| (date - f).num_days()),
            kind,
        })
        .collect();
    TimelineSeries {
        span_days: points.last().map_or(0, |p| p.x),
        points,
        max_total,
    }
}

/// One line of the text alternative to the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineLine {
    pub date: NaiveDate,
    /// Day, month, year, e.g. "2 March 2026".
    pub date_text: String,
    /// What happened, as one sentence or two.
    pub text: String,
}

/// The timeline as a list, in the same order as the chart: the accessible alternative.
pub fn timeline_text(journal: &Journal) -> Vec<TimelineLine> {
    timeline_series(journal)
        .points
        .into_iter()
        .map(|p| {
            let text = match p.kind {
                PointKind::Score { measure, total, .. } => {
                    format!("{} score {total}.", measure_name(&measure))
                }
                PointKind::Event {
                    text, people, mood, ..
                } => {
                    let mut s = text;
                    if !s.ends_with(['.', '!', '?']) {
                        s.push('.');
                    }
                    if !people.is_empty() {
                        s.push_str(&format!(" With {}.", people.join(", ")));
                    }
                    if let Some(m) = mood {
                        s.push_str(&format!(" {}.", m.label()));
                    }
                    s
                }
            };
            TimelineLine {
                date: p.date,
                date_text: p.date.format("%-d %B %Y").to_string(),
                text,
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::checkin::CheckIn;
    use crate::domain::instruments::Answer;
    use crate::domain::people::{add_person, Person};
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    fn checkin(measure: &str, date: &str, scores: &[Option<u8>]) -> CheckIn {
        CheckIn {
            measure: measure.into(),
            date: d(date),
            answers: scores
                .iter()
                .enumerate()
                .map(|(i, s)| Answer {
                    item: format!("{measure}.{}", i + 1),
                    option: "x".into(),
                    score: *s,
                })
                .collect(),
            safety_flag: false,
            since_last_met: String::new(),
            people_this_week: String::new(),
        }
    }

    fn event(date: &str, text: &str) -> LifeEvent {
        LifeEvent {
            date: d(date),
            text: text.into(),
            ..LifeEvent::default()
        }
    }

    #[test]
    fn events_need_text_and_sort_by_date() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        assert_eq!(
            add_event(&mut j.events, &j.people, &event("2026-01-10", "   "), t),
            Err(EventError::TextRequired)
        );
        add_event(
            &mut j.events,
            &j.people,
            &event("2026-02-01", "Quits her job"),
            t,
        )
        .unwrap();
        let first = add_event(
            &mut j.events,
            &j.people,
            &event("2025-11-20", " Learns she is pregnant "),
            t,
        )
        .unwrap();
        add_event(
            &mut j.events,
            &j.people,
            &event("2026-01-05", "Tells her parents"),
            t,
        )
        .unwrap();
        let texts: Vec<&str> = events_chronological(&j.events)
            .iter()
            .map(|r| r.data.text.as_str())
            .collect();
        assert_eq!(
            texts,
            [
                "Learns she is pregnant",
                "Tells her parents",
                "Quits her job"
            ]
        );
        let mut moved = j.events[&first].data.clone();
        moved.date = d("2026-03-01");
        update_event(&mut j.events, &j.people, &first, &moved, t).unwrap();
        assert_eq!(
            events_chronological(&j.events).last().map(|r| r.id.clone()),
            Some(first)
        );
    }

    #[test]
    fn series_merges_scores_and_events_with_day_offsets() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        let sam = add_person(
            &mut j.people,
            &Person {
                name: "Sam".into(),
                ..Person::default()
            },
            t,
        )
        .unwrap();
        j.checkins
            .add(checkin("phq9", "2026-01-05", &[Some(2), Some(3), None]), t);
        j.checkins.add(
            checkin("phq9", "2026-01-12", &[Some(3), Some(3), Some(1)]),
            t,
        );
        j.checkins.add(checkin("epds", "2026-01-12", &[Some(2)]), t);
        let mut tell = event("2026-01-12", "Partner and she take a break");
        tell.people = vec![sam.clone()];
        tell.mood = Some(MoodDirection::Drops);
        add_event(&mut j.events, &j.people, &tell, t).unwrap();
        add_event(
            &mut j.events,
            &j.people,
            &event("2026-01-01", "Learns she is pregnant (unplanned)"),
            t,
        )
        .unwrap();
        let gone = j.checkins.add(checkin("phq9", "2026-01-19", &[Some(9)]), t);
        j.checkins.delete(&gone, t);

        let s = timeline_series(&j);
        let summary: Vec<(i64, String)> = s
            .points
            .iter()
            .map(|p| {
                let what = match &p.kind {
                    PointKind::Score { measure, total, .. } => format!("{measure} {total}"),
                    PointKind::Event { text, .. } => text.clone(),
                };
                (p.x, what)
            })
            .collect();
        assert_eq!(
            summary,
            [
                (0, "Learns she is pregnant (unplanned)".to_owned()),
                (4, "phq9 5".to_owned()),
                (11, "epds 2".to_owned()),
                (11, "phq9 7".to_owned()),
                (11, "Partner and she take a break".to_owned()),
            ]
        );
        assert_eq!(s.span_days, 11);
        assert_eq!(
            s.max_total,
            [("epds".to_owned(), 2), ("phq9".to_owned(), 7)]
        );
        assert_eq!(
            timeline_series(&Journal::default()),
            TimelineSeries::default()
        );
    }

    #[test]
    fn text_list_says_the_same_as_the_chart_and_survives_removed_people() {
        let mut j = Journal::default();
        let t = at("2026-03-01T10:00:00Z");
        let mum = add_person(
            &mut j.people,
            &Person {
                name: "Mum".into(),
                ..Person::default()
            },
            t,
        )
        .unwrap();
        let mut e = event("2026-01-05", "Tells her parents, who are judgmental");
        e.people = vec![mum.clone()];
        e.mood = Some(MoodDirection::Drops);
        add_event(&mut j.events, &j.people, &e, t).unwrap();
        j.checkins
            .add(checkin("epds", "2026-01-06", &[Some(3), Some(2)]), t);
        let lines = timeline_text(&j);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].date_text, "5 January 2026");
        assert_eq!(
            lines[0].text,
            "Tells her parents, who are judgmental. With Mum. Mood drops."
        );
        assert_eq!(lines[1].text, "EPDS score 5.");
        j.people.delete(&mum, t);
        assert_eq!(
            timeline_text(&j)[0].text,
            "Tells her parents, who are judgmental. With Removed person. Mood drops."
        );
    }
}
