//! The one-page therapist summary, as pure data for the print page: safety flags first, then the
//! weekly scores table and trend, the current focus and worksheet highlights, experiments with
//! their outcomes, the sick-role plan and the inventory circle. She picks the date range and the
//! sections; the safety flags are always included.
//!
//! [`model`] is the summary's shape, [`weeks`] the scores by week (and the safety lines), and
//! [`blocks`] the worksheet, experiment, plan and circle blocks, [`detail`] the weeks in her words
//! (notes, who-questions, events, self-care), the course, expectations and the ending plan;
//! [`condense`] what the printed page condenses to stay one A4 sheet.

mod blocks;
mod condense;
mod detail;
mod model;
mod weeks;

use chrono::NaiveDate;

use crate::domain::dates::weekday_from_index;
use crate::domain::instruments::SCREENING_NOTE;
use crate::domain::journal::Journal;
use crate::domain::record::Timestamp;

pub use blocks::{
    area_label, english_title, person_name, ring_label, status_label, summary_worksheets,
};
pub use condense::*;
pub use model::*;
pub use weeks::range_overview;

pub(super) fn in_range(d: NaiveDate, from: NaiveDate, to: NaiveDate) -> bool {
    d >= from && d <= to
}

pub(super) fn local_day(t: &Timestamp) -> NaiveDate {
    t.date_naive()
}

/// Build the summary of `from..=to` with the chosen sections.
pub fn therapist_summary(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    sections: Sections,
) -> TherapistSummary {
    let start_day = weekday_from_index(weeks::checkin_weekday(j));
    let checkins = weeks::scored_checkins(j, from, to);
    let scored: Vec<_> = checkins.iter().collect();
    let cutoff = weeks::recent_cutoff(&scored, start_day);
    let (table, months, series) = if sections.scores || sections.notes {
        let (mut table, months) = weeks::weekly_table(&scored, start_day, cutoff, sections.notes);
        if !sections.scores {
            // The rows are there for the notes only: no score she chose to leave out.
            for row in &mut table {
                row.scores.clear();
            }
        }
        (table, months, weeks::weekly_series(&scored, start_day))
    } else {
        (Vec::new(), Vec::new(), Vec::new())
    };
    let trends = if sections.scores {
        series.iter().filter_map(weeks::trend).collect()
    } else {
        Vec::new()
    };
    let focus = if sections.focus {
        blocks::focus(j, from, to, cutoff)
    } else {
        blocks::Focus::default()
    };
    let (experiments, older_experiments) = if sections.experiments {
        blocks::experiments(j, from, to, cutoff)
    } else {
        (Vec::new(), None)
    };
    let week_details = detail::week_details(j, from, to, start_day, cutoff, sections);
    TherapistSummary {
        from,
        to,
        sections,
        safety: weeks::safety_lines(&scored),
        weeks: table,
        months,
        series,
        trends,
        focus: focus.line,
        focus_area: focus.area,
        highlights: focus.highlights,
        older_worksheets: focus.older,
        experiments,
        older_experiments,
        plan: if sections.plan {
            blocks::plan(j)
        } else {
            Vec::new()
        },
        circle: if sections.people {
            blocks::circle(j)
        } else {
            Vec::new()
        },
        expectations: if sections.people {
            detail::expectations(j)
        } else {
            Vec::new()
        },
        week_details,
        course: detail::course_line(j, from, to),
        ending: sections.ending.then(|| detail::ending(j)).flatten(),
        screening_note: SCREENING_NOTE,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod shared_tests;
