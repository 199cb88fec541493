//! The weekly check-in reminder as an iCalendar file (RFC 5545) she can add to her own calendar:
//! the app sends no notifications and knows nothing of her calendar.
//!
//! The event is in floating local time (no time zone), so it stays at her chosen hour wherever
//! she is, and repeats weekly on her chosen weekday. Its words are discreet: nothing in the title
//! says "therapy" or "depression" to someone glancing at her phone.

use chrono::{Datelike, Days, NaiveDate, Utc};

use super::dates::weekday_from_index;
use super::record::Timestamp;

/// Title of the reminder event.
pub const REMINDER_TITLE: &str = "Weekly check-in";
/// Description of the reminder event.
pub const REMINDER_DESCRIPTION: &str =
    "A few minutes for your weekly check-in: how you have been, and what happened with people \
in your life this week.";

/// The RFC 5545 two-letter day of a weekday index (0 = Monday … 6 = Sunday; out of range:
/// Monday, as everywhere else).
fn byday(weekday: u8) -> &'static str {
    match weekday {
        1 => "TU",
        2 => "WE",
        3 => "TH",
        4 => "FR",
        5 => "SA",
        6 => "SU",
        _ => "MO",
    }
}

/// Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines.
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold one content line to at most 75 octets per line (RFC 5545 §3.1), never splitting a
/// UTF-8 character, and end every line with CRLF. Continuation lines begin with one space,
/// which counts toward their 75 octets.
fn fold(line: &str, out: &mut String) {
    let mut used = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
}

/// Why a reminder could not be made. `Display` gives the English sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderError {
    /// The hour or minute does not exist.
    NotATime { hour: u8, minute: u8 },
    /// The event id is empty (after dropping control characters).
    NoId,
    /// The first day would be past the end of the calendar.
    TooFar,
}

impl std::fmt::Display for ReminderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReminderError::NotATime { hour, minute } => write!(
                f,
                "{hour:02}:{minute:02} is not a time of day; choose a time from 00:00 to 23:59."
            ),
            ReminderError::NoId => f.write_str("The reminder needs an id."),
            ReminderError::TooFar => f.write_str("That start date is too far in the future."),
        }
    }
}

/// A weekly reminder as the text of an `.ics` file.
///
/// - `weekday`: 0 = Monday … 6 = Sunday (`Settings::checkin_weekday`).
/// - `hour`, `minute`: her local time of day.
/// - `start`: the first occurrence is the first chosen weekday on or after this day.
/// - `now`: stamped as DTSTAMP (in UTC).
/// - `uid`: a stable unique id, so re-downloading updates rather than duplicates the event
///   (control characters are dropped).
///
/// Refused when the time of day does not exist.
pub fn weekly_reminder_ics(
    weekday: u8,
    hour: u8,
    minute: u8,
    start: NaiveDate,
    now: Timestamp,
    uid: &str,
) -> Result<String, ReminderError> {
    let words = (REMINDER_TITLE, REMINDER_DESCRIPTION);
    weekly_reminder_ics_in(weekday, hour, minute, start, now, uid, words)
}

/// [`weekly_reminder_ics`] with the event's (title, description) in her language.
pub fn weekly_reminder_ics_in(
    weekday: u8,
    hour: u8,
    minute: u8,
    start: NaiveDate,
    now: Timestamp,
    uid: &str,
    (title, description): (&str, &str),
) -> Result<String, ReminderError> {
    if hour > 23 || minute > 59 {
        return Err(ReminderError::NotATime { hour, minute });
    }
    let uid: String = uid.chars().filter(|c| !c.is_control()).collect();
    if uid.trim().is_empty() {
        return Err(ReminderError::NoId);
    }
    let wd = weekday_from_index(weekday);
    let ahead = (7 + wd.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    let first = start
        .checked_add_days(Days::new(u64::from(ahead)))
        .ok_or(ReminderError::TooFar)?;
    let stamp = now.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ");
    let lines = [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Between Sessions//Weekly check-in reminder//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}T{hour:02}{minute:02}00", first.format("%Y%m%d")),
        "DURATION:PT15M".to_string(),
        format!("RRULE:FREQ=WEEKLY;BYDAY={}", byday(weekday)),
        format!("SUMMARY:{}", escape_text(title)),
        format!("DESCRIPTION:{}", escape_text(description)),
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        format!("DESCRIPTION:{}", escape_text(title)),
        "TRIGGER:PT0M".to_string(),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ];
    let mut out = String::new();
    for l in &lines {
        fold(l, &mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    fn ics(weekday: u8, hour: u8, minute: u8, start: &str) -> String {
        match weekly_reminder_ics(
            weekday,
            hour,
            minute,
            d(start),
            at("2026-11-25T21:30:00+02:00"),
            "checkin-reminder-1234@between-sessions",
        ) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn the_event_words_can_be_in_her_language() {
        let words = ("المتابعة الأسبوعية", "بضع دقائق، للمتابعة الأسبوعية");
        let now = at("2026-11-25T21:30:00+02:00");
        let s = match weekly_reminder_ics_in(2, 19, 0, d("2026-11-25"), now, "x@y", words) {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        let lines = unfold(&s);
        assert!(lines.contains(&"SUMMARY:المتابعة الأسبوعية".to_string()));
        assert!(lines.contains(&"DESCRIPTION:بضع دقائق، للمتابعة الأسبوعية".to_string()));
        assert!(!s.contains(&format!("SUMMARY:{REMINDER_TITLE}")));
    }

    /// Unfold (RFC 5545 §3.1) into logical lines.
    fn unfold(s: &str) -> Vec<String> {
        s.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn weekly_rule_on_the_chosen_day_and_time_in_floating_local_time() {
        // 2026-11-25 is a Wednesday; Friday (4) at 19:05 first falls on the 27th.
        let s = ics(4, 19, 5, "2026-11-25");
        let lines = unfold(&s);
        assert!(lines.contains(&"RRULE:FREQ=WEEKLY;BYDAY=FR".to_string()));
        assert!(lines.contains(&"DTSTART:20261127T190500".to_string()));
        // DTSTAMP is UTC: 21:30 at +02:00 is 19:30Z.
        assert!(lines.contains(&"DTSTAMP:20261125T193000Z".to_string()));
        assert!(lines.contains(&"UID:checkin-reminder-1234@between-sessions".to_string()));
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        for must in [
            "VERSION:2.0",
            "BEGIN:VEVENT",
            "BEGIN:VALARM",
            "TRIGGER:PT0M",
            "END:VEVENT",
        ] {
            assert!(lines.contains(&must.to_string()), "{must}");
        }
        // On the chosen day itself, the first occurrence is that day.
        assert!(
            unfold(&ics(2, 8, 0, "2026-11-25")).contains(&"DTSTART:20261125T080000".to_string())
        );
        // Sunday (6), and an out-of-range index falls back to Monday.
        assert!(ics(6, 8, 0, "2026-11-25").contains("BYDAY=SU\r\n"));
        assert!(ics(9, 8, 0, "2026-11-25").contains("BYDAY=MO\r\n"));
        assert!(ics(9, 8, 0, "2026-11-25").contains("DTSTART:20261130T080000\r\n"));
    }

    #[test]
    fn every_line_ends_with_crlf_and_no_bare_newline() {
        let s = ics(0, 9, 30, "2026-11-25");
        assert!(s.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(s.matches('\n').count(), s.matches("\r\n").count());
        assert_eq!(s.matches('\r').count(), s.matches("\r\n").count());
    }

    #[test]
    fn long_lines_are_folded_at_75_octets() {
        let s = ics(0, 9, 30, "2026-11-25");
        for line in s.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // The description is longer than 75 octets, so it was folded and unfolds intact,
        // with its comma escaped.
        assert!(s.contains("\r\n "));
        let want = format!("DESCRIPTION:{}", REMINDER_DESCRIPTION.replace(',', "\\,"));
        assert!(want.len() > 75);
        assert!(unfold(&s).contains(&want));
    }

    #[test]
    fn folding_never_splits_a_multibyte_character() {
        let mut out = String::new();
        // 80 two-octet characters after the name.
        let line = format!("SUMMARY:{}", "é".repeat(80));
        fold(&line, &mut out);
        let parts: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(parts[0].len(), 74); // "SUMMARY:" (8) + 33 × 2; a 34th would make 76.
        assert!(parts.iter().all(|p| p.len() <= 75));
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn text_values_are_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn impossible_times_and_empty_ids_are_refused() {
        let now = at("2026-11-25T21:30:00+02:00");
        assert_eq!(
            weekly_reminder_ics(0, 24, 0, d("2026-11-25"), now, "x"),
            Err(ReminderError::NotATime {
                hour: 24,
                minute: 0
            })
        );
        assert_eq!(
            ReminderError::NotATime {
                hour: 24,
                minute: 0
            }
            .to_string(),
            "24:00 is not a time of day; choose a time from 00:00 to 23:59."
        );
        assert_eq!(
            weekly_reminder_ics(0, 23, 60, d("2026-11-25"), now, "x"),
            Err(ReminderError::NotATime {
                hour: 23,
                minute: 60
            })
        );
        assert_eq!(
            weekly_reminder_ics(0, 8, 0, d("2026-11-25"), now, "\r\n"),
            Err(ReminderError::NoId)
        );
        // A newline in the id cannot inject a property.
        let s = match weekly_reminder_ics(0, 8, 0, d("2026-11-25"), now, "a\r\nX-EVIL:1") {
            Ok(s) => s,
            Err(e) => panic!("{e}"),
        };
        assert!(s.contains("UID:aX-EVIL:1\r\n"));
    }
}
