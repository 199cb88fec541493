//! The summary's scores by week: the safety lines, the weekly table (older weeks condensed by
//! month), the series for the trend chart, and the trends.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};

use crate::domain::checkin::CheckIn;
use crate::domain::dates::{week_start, weekday_from_index};
use crate::domain::exchange::csv::{score_checkin_with, Measures, ScoredCheckIn};
use crate::domain::journal::Journal;
use crate::domain::record::{CollectionExt, Timestamp};

use super::in_range;
use super::model::*;

/// The check-ins of `from..=to`, scored, in date order (same day: in the order they were made).
pub(super) fn scored_checkins(j: &Journal, from: NaiveDate, to: NaiveDate) -> Vec<ScoredCheckIn> {
    let measures = Measures::builtin();
    let mut checkins: Vec<(NaiveDate, Timestamp, ScoredCheckIn)> = j
        .checkins
        .live()
        .filter(|r| in_range(r.data.date, from, to))
        .map(|r| {
            (
                r.data.date,
                r.created_at,
                score_checkin_with(&measures, &r.data),
            )
        })
        .collect();
    crate::domain::order::sort_by_key(&mut checkins, |a| (a.0, a.1));
    checkins.into_iter().map(|(_, _, s)| s).collect()
}

/// A line for every flagged check-in, newest first.
pub(super) fn safety_lines(scored: &[&ScoredCheckIn]) -> Vec<SafetyLine> {
    let mut safety: Vec<SafetyLine> = scored
        .iter()
        .filter(|s| s.safety_flag)
        .map(|s| SafetyLine {
            date: s.date,
            measure_name: s.measure_name.clone(),
            item_score: s.safety_item_score,
            text: safety_text(s),
        })
        .collect();
    safety.reverse();
    safety
}

pub(super) fn safety_text(s: &ScoredCheckIn) -> String {
    let score = s
        .safety_item_score
        .map_or_else(String::new, |n| format!(" (self-harm item scored {n})"));
    format!(
        "{} {}: self-harm thoughts reported{score}.",
        s.date.format("%Y-%m-%d"),
        s.measure_name
    )
}

/// Her check-in weekday (0 = Monday), without copying the rest of the settings.
pub(super) fn checkin_weekday(j: &Journal) -> u8 {
    j.settings
        .as_ref()
        .map_or_else(|| j.settings().checkin_weekday, |r| r.data.checkin_weekday)
}

/// What the share screen says about a date range before anything is made: how many weeks have
/// check-ins, and whether a self-harm item was answered above 0 in them (the summary then starts
/// with it). Much cheaper than building the summary.
pub fn range_overview(j: &Journal, from: NaiveDate, to: NaiveDate) -> (usize, bool) {
    let start_day = weekday_from_index(checkin_weekday(j));
    let measures = Measures::builtin();
    let mut weeks = std::collections::BTreeSet::new();
    let mut flagged = false;
    for r in j
        .checkins
        .live()
        .filter(|r| in_range(r.data.date, from, to))
    {
        weeks.insert(week_start(r.data.date, start_day));
        flagged = flagged || r.data.safety_flag || checkin_flagged(&measures, &r.data);
    }
    (weeks.len(), flagged)
}

/// Whether a check-in's self-harm item was answered above 0 (as the summary scores it).
pub(super) fn checkin_flagged(measures: &Measures, c: &CheckIn) -> bool {
    score_checkin_with(measures, c).safety_flag
}

/// The first day of the oldest week shown one row each, when the check-ins (in date order) span
/// more than [`RECENT_WEEKS`] weeks; `None` when every week has its row.
pub(super) fn recent_cutoff(
    checkins: &[&ScoredCheckIn],
    start_day: chrono::Weekday,
) -> Option<NaiveDate> {
    let mut week_days: Vec<NaiveDate> = checkins
        .iter()
        .map(|s| week_start(s.date, start_day))
        .collect();
    week_days.dedup();
    week_days
        .len()
        .checked_sub(RECENT_WEEKS)
        .filter(|skip| *skip > 0)
        .and_then(|skip| week_days.get(skip).copied())
}

/// The weeks of the table and the older weeks condensed into months, from the check-ins in date
/// order. The last [`RECENT_WEEKS`] weeks with check-ins keep a row each (with the week's latest
/// score per measure and, when `notes`, its latest note); every earlier week goes into the row of
/// the calendar month its first day is in (per measure: how many check-ins, lowest and highest
/// total, the last band, any safety flag).
pub(super) fn weekly_table(
    checkins: &[&ScoredCheckIn],
    start_day: chrono::Weekday,
    cutoff: Option<NaiveDate>,
    notes: bool,
) -> (Vec<WeekRow>, Vec<MonthRow>) {
    // week → measure → latest score (any flag that week); notes: latest non-empty.
    let mut weeks: BTreeMap<NaiveDate, (BTreeMap<&str, WeekScore>, String)> = BTreeMap::new();
    // month → (weeks, measure → condensed scores).
    let mut months: BTreeMap<NaiveDate, (BTreeSet<NaiveDate>, BTreeMap<&str, MonthScore>)> =
        BTreeMap::new();
    // Months from 1 January of the year before the weekly rows; whole years before that.
    let years_before = cutoff.and_then(|c| NaiveDate::from_ymd_opt(c.year() - 1, 1, 1));
    for s in checkins {
        let week_of = week_start(s.date, start_day);
        if cutoff.is_some_and(|c| week_of < c) {
            let month = if years_before.is_some_and(|y| week_of < y) {
                NaiveDate::from_ymd_opt(week_of.year(), 1, 1).unwrap_or(week_of)
            } else {
                week_of.with_day(1).unwrap_or(week_of)
            };
            let (in_month, scores) = months.entry(month).or_default();
            in_month.insert(week_of);
            let m = scores
                .entry(s.measure.as_str())
                .or_insert_with(|| MonthScore {
                    measure: s.measure.clone(),
                    measure_name: s.measure_name.clone(),
                    checkins: 0,
                    lowest: s.total,
                    highest: s.total,
                    max: s.max,
                    last_band: None,
                    safety_flag: false,
                });
            m.checkins += 1;
            m.lowest = m.lowest.min(s.total);
            m.highest = m.highest.max(s.total);
            m.max = m.max.max(s.max);
            m.last_band.clone_from(&s.band);
            m.safety_flag |= s.safety_flag;
            continue;
        }
        let entry = weeks.entry(week_of).or_default();
        let flag = entry
            .0
            .get(s.measure.as_str())
            .is_some_and(|w| w.safety_flag)
            || s.safety_flag;
        entry.0.insert(
            s.measure.as_str(),
            WeekScore {
                measure: s.measure.clone(),
                measure_name: s.measure_name.clone(),
                total: s.total,
                max: s.max,
                band: s.band.clone(),
                safety_flag: flag,
            },
        );
        if notes && !s.people_this_week.trim().is_empty() {
            entry.1 = s.people_this_week.trim().to_owned();
        }
    }
    let rows = weeks
        .into_iter()
        .map(|(week_of, (scores, note))| WeekRow {
            week_of,
            scores: scores.into_values().collect(),
            note,
        })
        .collect();
    let months = months
        .into_iter()
        .map(|(month, (in_month, scores))| MonthRow {
            month,
            whole_year: years_before.is_some_and(|y| month < y),
            weeks: in_month.len(),
            scores: scores.into_values().collect(),
        })
        .collect();
    (rows, months)
}

/// Every week of the range per measure: the week's latest total, flagged when any check-in of the
/// measure that week was.
pub(super) fn weekly_series(
    checkins: &[&ScoredCheckIn],
    start_day: chrono::Weekday,
) -> Vec<Series> {
    let mut by_measure: BTreeMap<&str, Series> = BTreeMap::new();
    for s in checkins {
        let week_of = week_start(s.date, start_day);
        let series = by_measure
            .entry(s.measure.as_str())
            .or_insert_with(|| Series {
                measure: s.measure.clone(),
                measure_name: s.measure_name.clone(),
                max: s.max,
                points: Vec::new(),
            });
        series.max = series.max.max(s.max);
        match series.points.last_mut() {
            Some(p) if p.week_of == week_of => {
                p.total = s.total;
                p.safety_flag |= s.safety_flag;
            }
            _ => series.points.push(Point {
                week_of,
                total: s.total,
                safety_flag: s.safety_flag,
            }),
        }
    }
    by_measure.into_values().collect()
}

pub(super) fn trend(s: &Series) -> Option<Trend> {
    let (first, last) = (s.points.first()?, s.points.last()?);
    let change = i32::from(last.total) - i32::from(first.total);
    let dir = match change {
        0 => "no change".to_owned(),
        c if c < 0 => format!("down {}", -c),
        c => format!("up {c}"),
    };
    let weeks = s.points.len();
    Some(Trend {
        measure_name: s.measure_name.clone(),
        first: first.total,
        last: last.total,
        weeks,
        text: format!(
            "{}: {} → {} over {weeks} weeks ({dir}).",
            s.measure_name, first.total, last.total
        ),
    })
}
