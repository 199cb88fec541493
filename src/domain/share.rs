//! What she chose to share: the dates and the sections. Carried to the summary and QR pages in
//! the query string (so a reload or the back button lands on the same summary) and kept as a
//! draft (its JSON names the sections) so an interruption loses nothing.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::exchange::summary::Sections;
use crate::domain::journal::Journal;
use crate::domain::record::{CollectionExt, Rec};

/// How far back the suggested range reaches from the latest check-in: one 16-week course.
const COURSE_DAYS: u64 = 16 * 7;

/// The optional sections by their query names, in the share screen's order.
pub const SECTIONS: [&str; 10] = [
    "scores",
    "notes",
    "support",
    "timeline",
    "focus",
    "experiments",
    "selfcare",
    "plan",
    "people",
    "ending",
];

/// Dates (inclusive) and sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(with = "sections_serde")]
    pub sections: Sections,
}

/// Whether section `name` is on.
pub fn section_on(s: &Sections, name: &str) -> bool {
    match name {
        "scores" => s.scores,
        "notes" => s.notes,
        "focus" => s.focus,
        "experiments" => s.experiments,
        "plan" => s.plan,
        "people" => s.people,
        "support" => s.support,
        "timeline" => s.timeline,
        "selfcare" => s.selfcare,
        "ending" => s.ending,
        _ => false,
    }
}

/// Turn section `name` on or off.
pub fn set_section(s: &mut Sections, name: &str, on: bool) {
    match name {
        "scores" => s.scores = on,
        "notes" => s.notes = on,
        "focus" => s.focus = on,
        "experiments" => s.experiments = on,
        "plan" => s.plan = on,
        "people" => s.people = on,
        "support" => s.support = on,
        "timeline" => s.timeline = on,
        "selfcare" => s.selfcare = on,
        "ending" => s.ending = on,
        _ => {}
    }
}

fn sections_from_names(names: &str) -> Sections {
    let mut s = Sections::none();
    for n in names.split(',') {
        set_section(&mut s, n.trim(), true);
    }
    s
}

fn section_names(s: &Sections) -> String {
    SECTIONS
        .iter()
        .filter(|n| section_on(s, n))
        .copied()
        .collect::<Vec<_>>()
        .join(",")
}

mod sections_serde {
    use super::*;
    pub fn serialize<S: serde::Serializer>(s: &Sections, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(&section_names(s))
    }
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(de: D) -> Result<Sections, D::Error> {
        let text = String::deserialize(de)?;
        Ok(sections_from_names(&text))
    }
}

/// The days she did something the summary shows: check-ins by their date, the rest by the day
/// they were written or last changed (and a planned day that has come).
fn activity_days(j: &Journal, today: NaiveDate) -> Vec<NaiveDate> {
    fn touched<T>(r: &Rec<T>) -> [NaiveDate; 2] {
        [r.created_at.date_naive(), r.updated_at.date_naive()]
    }
    let mut days: Vec<NaiveDate> = j.checkins.live().map(|c| c.data.date).collect();
    days.extend(j.experiments.live().flat_map(|x| {
        let planned = x.data.when.filter(|w| *w <= today);
        touched(x).into_iter().chain(planned)
    }));
    days.extend(j.worksheets.live().flat_map(touched));
    days.extend(j.support.live().flat_map(touched));
    days.extend(j.events.live().flat_map(touched));
    days.extend(j.selfcare.live().map(|r| r.data.date));
    days
}

impl Choice {
    /// The suggested choice: up to today, from the first day she did anything in the latest
    /// 16-week stretch (a check-in, who-questions, an event, a worksheet, an experiment, a
    /// self-care day; four weeks back when there is nothing yet), every section.
    pub fn suggested(j: &Journal, today: NaiveDate) -> Choice {
        let days = activity_days(j, today);
        let from = match days.iter().max() {
            Some(latest) => {
                let floor = latest.checked_sub_days(Days::new(COURSE_DAYS - 1));
                days.iter()
                    .copied()
                    .filter(|d| floor.is_none_or(|f| *d >= f))
                    .min()
                    .unwrap_or(*latest)
            }
            None => today.checked_sub_days(Days::new(27)).unwrap_or(today),
        };
        Choice {
            from: from.min(today),
            to: today,
            sections: Sections::all(),
        }
    }

    /// The dates in order (she may pick them the wrong way round).
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        (self.from.min(self.to), self.from.max(self.to))
    }

    /// The query string (`from=…&to=…&show=…`), without `?`.
    pub fn to_query(&self) -> String {
        let (from, to) = self.range();
        format!("from={from}&to={to}&show={}", section_names(&self.sections))
    }

    /// Read a query string (with or without `?`); missing or unreadable parts fall back to
    /// `fallback`.
    pub fn from_query(query: &str, fallback: Choice) -> Choice {
        let mut c = fallback;
        for pair in query.trim_start_matches('?').split('&') {
            let Some((k, v)) = pair.split_once('=') else {
                continue;
            };
            match k {
                "from" => {
                    if let Ok(d) = v.parse() {
                        c.from = d;
                    }
                }
                "to" => {
                    if let Ok(d) = v.parse() {
                        c.to = d;
                    }
                }
                "show" => c.sections = sections_from_names(&v.replace("%2C", ",")),
                _ => {}
            }
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checkin::CheckIn;
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    fn with_checkins(days: &[&str]) -> Journal {
        let mut j = Journal::default();
        for day in days {
            let c = CheckIn {
                measure: "phq9".into(),
                date: d(day),
                answers: Vec::new(),
                safety_flag: false,
                since_last_met: String::new(),
                people_this_week: String::new(),
            };
            j.checkins.add(c, at("2026-01-01T10:00:00Z"));
        }
        j
    }

    #[test]
    fn the_query_carries_dates_in_order_and_the_chosen_sections() {
        let mut sections = Sections::all();
        sections.notes = false;
        sections.people = false;
        let c = Choice {
            from: d("2026-03-20"),
            to: d("2026-01-05"),
            sections,
        };
        assert_eq!(
            c.to_query(),
            "from=2026-01-05&to=2026-03-20&show=scores,support,timeline,focus,experiments,selfcare,plan,ending"
        );
        let fallback = Choice {
            from: d("2025-01-01"),
            to: d("2025-01-02"),
            sections: Sections::all(),
        };
        let back = Choice::from_query(&format!("?{}", c.to_query()), fallback);
        assert_eq!(back.range(), (d("2026-01-05"), d("2026-03-20")));
        assert_eq!(back.sections, sections);
        // A comma escaped by the browser, unknown parts and an unreadable date.
        let odd = Choice::from_query(
            "from=soon&to=2026-02-01&show=notes%2Cplan&x=1&junk",
            fallback,
        );
        assert_eq!((odd.from, odd.to), (d("2025-01-01"), d("2026-02-01")));
        assert!(odd.sections.notes && odd.sections.plan);
        assert!(!odd.sections.scores && !odd.sections.people);
        // Nothing chosen at all.
        assert_eq!(Choice::from_query("", fallback), fallback);
    }

    #[test]
    fn the_draft_names_the_sections() {
        let c = Choice {
            from: d("2026-01-05"),
            to: d("2026-03-20"),
            sections: Sections::all(),
        };
        let json = serde_json::to_string(&c).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"from":"2026-01-05","to":"2026-03-20","sections":"scores,notes,support,timeline,focus,experiments,selfcare,plan,people,ending"}"#
        );
        assert_eq!(serde_json::from_str::<Choice>(&json).ok(), Some(c));
    }

    #[test]
    fn the_suggested_range_is_the_latest_course_up_to_today() {
        let today = d("2026-06-30");
        // No check-ins: the last four weeks.
        let none = Choice::suggested(&Journal::default(), today);
        assert_eq!(none.range(), (d("2026-06-03"), today));
        assert_eq!(none.sections, Sections::all());
        // Check-ins over more than 16 weeks: from the first within 112 days of the latest
        // (2026-03-03 is 111 days before 2026-06-22; 2026-03-02 is one day too early).
        let j = with_checkins(&["2026-01-05", "2026-03-02", "2026-03-03", "2026-06-22"]);
        assert_eq!(
            Choice::suggested(&j, today).range(),
            (d("2026-03-03"), today)
        );
        // A check-in dated after today (another phone's clock) never starts the range later.
        let j = with_checkins(&["2026-07-10"]);
        assert_eq!(Choice::suggested(&j, today).range(), (today, today));
    }
}
