//! The course of therapy: IPT is time-limited ("time as leverage"), so the app knows which week
//! of how many she is in, and which phase that week belongs to.
//!
//! Weeks are counted in local calendar days from the day of her first session
//! (`Settings::course_start`): week 1 is that day and the six days after it, week 2 the next
//! seven days, and so on. Dates are local calendar dates, as everywhere in the journal
//! (`dates`), so travelling across time zones or a change to or from daylight-saving time
//! never moves her to another week.
//!
//! # Phases
//! The training deck gives "Initial (1-3 sessions) … Middle (8-12 sessions) … Ending or
//! Termination (final 1-2 sessions or discharge)". For the usual course of 10 or more weeks the
//! app calls weeks 1–3 the **initial** phase (the deck's sessions 1–3), and the **last three
//! weeks** the **ending** phase: the deck's final one or two sessions plus the week before them,
//! so the ending is named while there is still time to prepare for it (the deck's "a good
//! goodbye", and IPT's use of the time limit). Everything between is the **middle** phase.
//! Shorter courses keep a middle phase by giving the initial and ending phases two weeks each
//! (6–9 weeks) or one week each (4–5 weeks).

use chrono::{Days, NaiveDate};

use super::settings::Settings;

/// The usual length of a course, in weekly sessions (IPT is 12–16 weeks; the deck's courses
/// are 16).
pub const DEFAULT_WEEKS: u8 = 16;
/// The shortest course she can set.
pub const MIN_WEEKS: u8 = 4;
/// The longest course she can set.
pub const MAX_WEEKS: u8 = 30;
/// How far ahead the first session can be (a course being planned).
pub const MAX_DAYS_AHEAD: u64 = 366;
/// How far back the first session can be.
pub const MAX_DAYS_BACK: u64 = 3 * 366;

/// The phases of IPT.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Forming an alliance, the sick role, the inventory, choosing a focus.
    Initial,
    /// Working on the problem area.
    Middle,
    /// Review of gains, the contingency plan, a good goodbye.
    Ending,
}

/// A course of weekly sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Course {
    /// The day of the first session (local calendar date).
    pub start: NaiveDate,
    /// How many weeks, `MIN_WEEKS..=MAX_WEEKS`.
    pub weeks: u8,
}

/// Where today falls in the course.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// The first session is still ahead.
    NotStarted { starts: NaiveDate },
    /// Week `week` of `of` (1-based), in `phase`.
    Week { week: u8, of: u8, phase: Phase },
    /// The last week is over: it ended on `last_day`.
    Finished { last_day: NaiveDate, of: u8 },
}

/// Why a course cannot be set as given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CourseError {
    /// Fewer than `MIN_WEEKS` or more than `MAX_WEEKS`.
    Weeks,
    /// The first session is more than a year ahead.
    StartTooFarAhead,
    /// The first session is more than three years ago.
    StartTooLongAgo,
}

/// The course she set, if any.
pub fn of(settings: &Settings) -> Option<Course> {
    let start = settings.course_start?;
    let weeks = settings
        .course_weeks
        .unwrap_or(DEFAULT_WEEKS)
        .clamp(MIN_WEEKS, MAX_WEEKS);
    Some(Course { start, weeks })
}

/// Check a course before it is saved: a length she can have, and a first session neither more
/// than a year ahead nor more than three years ago.
pub fn validate(start: NaiveDate, weeks: u8, today: NaiveDate) -> Result<Course, CourseError> {
    if !(MIN_WEEKS..=MAX_WEEKS).contains(&weeks) {
        return Err(CourseError::Weeks);
    }
    if today
        .checked_add_days(Days::new(MAX_DAYS_AHEAD))
        .is_some_and(|latest| start > latest)
    {
        return Err(CourseError::StartTooFarAhead);
    }
    if today
        .checked_sub_days(Days::new(MAX_DAYS_BACK))
        .is_some_and(|earliest| start < earliest)
    {
        return Err(CourseError::StartTooLongAgo);
    }
    Ok(Course { start, weeks })
}

impl Course {
    /// How many of the first weeks are the initial phase (see the module notes).
    pub fn initial_weeks(&self) -> u8 {
        match self.weeks {
            10.. => 3,
            6..=9 => 2,
            _ => 1,
        }
    }

    /// How many of the last weeks are the ending phase (see the module notes).
    pub fn ending_weeks(&self) -> u8 {
        self.initial_weeks()
    }

    /// The phase of week `week` (1-based; weeks past the end count as ending).
    pub fn phase(&self, week: u8) -> Phase {
        if week <= self.initial_weeks() {
            Phase::Initial
        } else if week > self.weeks.saturating_sub(self.ending_weeks()) {
            Phase::Ending
        } else {
            Phase::Middle
        }
    }

    /// The last day of the last week.
    pub fn last_day(&self) -> NaiveDate {
        self.start
            .checked_add_days(Days::new(u64::from(self.weeks) * 7 - 1))
            .unwrap_or(self.start)
    }

    /// The first day of week `week` (1-based).
    pub fn week_starts(&self, week: u8) -> NaiveDate {
        self.start
            .checked_add_days(Days::new(u64::from(week.saturating_sub(1)) * 7))
            .unwrap_or(self.start)
    }

    /// Where `today` (her local calendar date) falls.
    pub fn position(&self, today: NaiveDate) -> Position {
        if today < self.start {
            return Position::NotStarted { starts: self.start };
        }
        let days = (today - self.start).num_days();
        let week = days / 7 + 1;
        match u8::try_from(week) {
            Ok(week) if week <= self.weeks => Position::Week {
                week,
                of: self.weeks,
                phase: self.phase(week),
            },
            _ => Position::Finished {
                last_day: self.last_day(),
                of: self.weeks,
            },
        }
    }

    /// Whether the gentle "ending" card belongs on screen: in the ending phase, and for four
    /// weeks after the last session (her plan for afterwards is still fresh).
    pub fn ending_near(&self, today: NaiveDate) -> bool {
        match self.position(today) {
            Position::Week { phase, .. } => phase == Phase::Ending,
            Position::Finished { last_day, .. } => (today - last_day).num_days() <= 28,
            Position::NotStarted { .. } => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::local_date;
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    fn sixteen() -> Course {
        // Wednesday 2026-09-02, 16 weeks: the last day is Tuesday 2026-12-22.
        Course {
            start: d("2026-09-02"),
            weeks: 16,
        }
    }

    fn week(c: &Course, day: &str) -> Position {
        c.position(d(day))
    }

    #[test]
    fn the_first_session_day_is_week_1_of_the_initial_phase() {
        let c = sixteen();
        assert_eq!(
            week(&c, "2026-09-01"),
            Position::NotStarted {
                starts: d("2026-09-02")
            }
        );
        let w1 = Position::Week {
            week: 1,
            of: 16,
            phase: Phase::Initial,
        };
        assert_eq!(week(&c, "2026-09-02"), w1);
        assert_eq!(week(&c, "2026-09-08"), w1);
        assert_eq!(
            week(&c, "2026-09-09"),
            Position::Week {
                week: 2,
                of: 16,
                phase: Phase::Initial
            }
        );
    }

    #[test]
    fn phase_boundaries_of_a_16_week_course() {
        let c = sixteen();
        let phases: Vec<Phase> = (1..=16).map(|w| c.phase(w)).collect();
        let mut want = vec![Phase::Initial; 3];
        want.extend([Phase::Middle; 10]);
        want.extend([Phase::Ending; 3]);
        assert_eq!(phases, want);
        // Week 3 ends on 2026-09-22; week 4 (middle) starts on the 23rd.
        assert_eq!(
            week(&c, "2026-09-22"),
            Position::Week {
                week: 3,
                of: 16,
                phase: Phase::Initial
            }
        );
        assert_eq!(
            week(&c, "2026-09-23"),
            Position::Week {
                week: 4,
                of: 16,
                phase: Phase::Middle
            }
        );
        // Week 14, the first of the ending phase, starts on 2026-12-02.
        assert_eq!(c.week_starts(14), d("2026-12-02"));
        assert_eq!(
            week(&c, "2026-12-01"),
            Position::Week {
                week: 13,
                of: 16,
                phase: Phase::Middle
            }
        );
        assert_eq!(
            week(&c, "2026-12-02"),
            Position::Week {
                week: 14,
                of: 16,
                phase: Phase::Ending
            }
        );
    }

    #[test]
    fn week_16_ends_on_the_last_day_and_after_it_the_course_is_finished() {
        let c = sixteen();
        assert_eq!(c.last_day(), d("2026-12-22"));
        let w16 = Position::Week {
            week: 16,
            of: 16,
            phase: Phase::Ending,
        };
        assert_eq!(week(&c, "2026-12-16"), w16);
        assert_eq!(week(&c, "2026-12-22"), w16);
        let done = Position::Finished {
            last_day: d("2026-12-22"),
            of: 16,
        };
        assert_eq!(week(&c, "2026-12-23"), done);
        assert_eq!(week(&c, "2030-01-01"), done);
    }

    #[test]
    fn the_ending_card_shows_in_the_last_three_weeks_and_four_weeks_after() {
        let c = sixteen();
        assert!(!c.ending_near(d("2026-09-01")));
        assert!(!c.ending_near(d("2026-12-01")));
        assert!(c.ending_near(d("2026-12-02")));
        assert!(c.ending_near(d("2026-12-23")));
        assert!(c.ending_near(d("2027-01-19")));
        assert!(!c.ending_near(d("2027-01-20")));
    }

    #[test]
    fn a_time_zone_change_never_moves_her_to_another_week() {
        let c = sixteen();
        // Late on the last evening of week 1 in Nairobi (+03:00) is already the next day in
        // UTC+14, and still the same day in Honolulu: the week follows her local date.
        let nairobi = at("2026-09-08T23:30:00+03:00");
        let kiritimati = at("2026-09-09T10:30:00+14:00");
        assert_eq!(nairobi, kiritimati, "the same instant");
        assert_eq!(
            c.position(local_date(&nairobi)),
            Position::Week {
                week: 1,
                of: 16,
                phase: Phase::Initial
            }
        );
        assert_eq!(
            c.position(local_date(&kiritimati)),
            Position::Week {
                week: 2,
                of: 16,
                phase: Phase::Initial
            }
        );
        // Over Europe's change to summer time (2027-03-28) weeks stay seven calendar days.
        let spring = Course {
            start: d("2027-03-24"),
            weeks: 12,
        };
        assert_eq!(spring.week_starts(2), d("2027-03-31"));
        assert_eq!(
            spring.position(local_date(&at("2027-03-30T23:59:00+02:00"))),
            Position::Week {
                week: 1,
                of: 12,
                phase: Phase::Initial
            }
        );
    }

    #[test]
    fn short_courses_keep_a_middle_phase() {
        let eight = Course {
            start: d("2026-01-05"),
            weeks: 8,
        };
        let phases: Vec<Phase> = (1..=8).map(|w| eight.phase(w)).collect();
        assert_eq!(
            phases,
            [
                Phase::Initial,
                Phase::Initial,
                Phase::Middle,
                Phase::Middle,
                Phase::Middle,
                Phase::Middle,
                Phase::Ending,
                Phase::Ending
            ]
        );
        let four = Course { weeks: 4, ..eight };
        let phases: Vec<Phase> = (1..=4).map(|w| four.phase(w)).collect();
        assert_eq!(
            phases,
            [Phase::Initial, Phase::Middle, Phase::Middle, Phase::Ending]
        );
        let twelve = Course { weeks: 12, ..eight };
        assert_eq!(twelve.phase(9), Phase::Middle);
        assert_eq!(twelve.phase(10), Phase::Ending);
    }

    #[test]
    fn the_course_comes_from_settings_with_16_weeks_by_default() {
        let mut s = Settings::default();
        assert_eq!(of(&s), None);
        s.course_start = Some(d("2026-09-02"));
        assert_eq!(of(&s), Some(sixteen()));
        s.course_weeks = Some(12);
        assert_eq!(of(&s).map(|c| c.weeks), Some(12));
        // A stored length out of range (an edited file) is brought back within range.
        s.course_weeks = Some(200);
        assert_eq!(of(&s).map(|c| c.weeks), Some(MAX_WEEKS));
    }

    #[test]
    fn validation_refuses_lengths_and_dates_out_of_range() {
        let today = d("2026-11-25");
        assert_eq!(
            validate(d("2026-09-02"), 16, today),
            Ok(sixteen()),
            "a course under way"
        );
        assert_eq!(validate(d("2026-09-02"), 3, today), Err(CourseError::Weeks));
        assert_eq!(
            validate(d("2026-09-02"), 31, today),
            Err(CourseError::Weeks)
        );
        assert!(validate(d("2026-09-02"), 4, today).is_ok());
        assert!(validate(d("2026-09-02"), 30, today).is_ok());
        assert!(validate(d("2027-11-26"), 16, today).is_ok());
        assert_eq!(
            validate(d("2027-11-27"), 16, today),
            Err(CourseError::StartTooFarAhead)
        );
        assert_eq!(
            validate(d("2023-11-01"), 16, today),
            Err(CourseError::StartTooLongAgo)
        );
    }
}
