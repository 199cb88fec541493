//! Calendar helpers. "Which day" is always a local calendar date chosen when the record is made,
//! so a record never moves to another day when the timezone or daylight-saving time changes.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::record::Timestamp;

/// The local calendar day of an instant, in the offset it was recorded with.
pub fn local_date(t: &Timestamp) -> NaiveDate {
    t.date_naive()
}

/// Weekday from its index, 0 = Monday … 6 = Sunday (out of range: Monday).
pub fn weekday_from_index(i: u8) -> Weekday {
    match i {
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        6 => Weekday::Sun,
        _ => Weekday::Mon,
    }
}

/// The first day of the week containing `date`, for weeks that start on `start`.
pub fn week_start(date: NaiveDate, start: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - start.num_days_from_monday()) % 7;
    date.checked_sub_days(Days::new(u64::from(back)))
        .unwrap_or(date)
}

/// The seven days of the week that starts on `start_day`.
pub fn week_days(start_day: NaiveDate) -> [NaiveDate; 7] {
    let mut days = [start_day; 7];
    for (i, d) in days.iter_mut().enumerate() {
        *d = start_day
            .checked_add_days(Days::new(i as u64))
            .unwrap_or(start_day);
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::tests::at;
    use crate::domain::record::tests::d;

    #[test]
    fn local_date_keeps_the_day_it_was_recorded_in() {
        // 23:30 in Nairobi is 20:30 UTC the same day; 00:30 in Honolulu on the 2nd is 10:30 UTC.
        assert_eq!(
            local_date(&at("2026-03-01T23:30:00+03:00")),
            d("2026-03-01")
        );
        assert_eq!(
            local_date(&at("2026-03-02T00:30:00-10:00")),
            d("2026-03-02")
        );
    }

    #[test]
    fn week_start_for_each_start_day() {
        // 2026-11-25 is a Wednesday.
        let wed = d("2026-11-25");
        assert_eq!(week_start(wed, Weekday::Mon), d("2026-11-23"));
        assert_eq!(week_start(wed, Weekday::Wed), wed);
        assert_eq!(week_start(wed, Weekday::Thu), d("2026-11-19"));
        assert_eq!(week_start(wed, Weekday::Sun), d("2026-11-22"));
        assert_eq!(weekday_from_index(6), Weekday::Sun);
        assert_eq!(weekday_from_index(9), Weekday::Mon);
    }

    #[test]
    fn week_days_cross_month_and_dst_boundaries_by_calendar_day() {
        // Europe's DST change on 2026-03-29 does not matter to calendar days.
        let days = week_days(d("2026-03-26"));
        assert_eq!(days[0], d("2026-03-26"));
        assert_eq!(days[6], d("2026-04-01"));
    }
}
