//! What she chose on the share screen: the dates and the sections. Carried to the summary and QR
//! pages in the query string (so a reload or the back button lands on the same summary) and kept
//! as a draft so an interruption loses nothing.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::exchange::summary::Sections;
use crate::domain::journal::Journal;
use crate::domain::record::CollectionExt;
use crate::i18n::{t_string, I18n};

/// The draft name for the share screen's choices.
pub const DRAFT: &str = "share";

/// How far back the suggested range reaches from the latest check-in: one 16-week course.
const COURSE_DAYS: u64 = 16 * 7;

/// The optional sections by their query names, in the share screen's order (labels:
/// [`section_label`]).
pub const SECTIONS: [&str; 6] = ["scores", "notes", "focus", "experiments", "plan", "people"];

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
        _ => {}
    }
}

fn sections_from_names(names: &str) -> Sections {
    let mut s = Sections {
        scores: false,
        notes: false,
        focus: false,
        experiments: false,
        plan: false,
        people: false,
    };
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

impl Choice {
    /// The suggested choice: up to today, from the first check-in of the latest 16-week stretch
    /// (four weeks back when there are none yet), every section.
    pub fn suggested(j: &Journal, today: NaiveDate) -> Choice {
        let days: Vec<NaiveDate> = j.checkins.live().map(|c| c.data.date).collect();
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

/// A section's label on the share screen, in her language.
pub fn section_label(i18n: I18n, name: &str) -> &'static str {
    match name {
        "scores" => t_string!(i18n, share.sections.scores),
        "notes" => t_string!(i18n, share.sections.notes),
        "focus" => t_string!(i18n, share.sections.focus),
        "experiments" => t_string!(i18n, share.sections.experiments),
        "plan" => t_string!(i18n, share.sections.plan),
        "people" => t_string!(i18n, share.sections.people),
        _ => "",
    }
}

/// The choice in the current location's query string, or the suggestion.
pub fn from_location(j: &Journal, today: NaiveDate) -> Choice {
    let query = leptos::prelude::window()
        .location()
        .search()
        .unwrap_or_default();
    Choice::from_query(&query, Choice::suggested(j, today))
}
