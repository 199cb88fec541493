//! "Now", read from the browser with the user's current UTC offset.

use chrono::{DateTime, FixedOffset, Offset, Utc};

use crate::domain::record::Timestamp;

/// The current instant in the user's current offset.
pub fn now() -> Timestamp {
    let date = js_sys::Date::new_0();
    let millis = date.get_time() as i64;
    // getTimezoneOffset is minutes *behind* UTC (UTC+3 gives -180).
    let offset_secs = -(date.get_timezone_offset() as i32) * 60;
    let offset = FixedOffset::east_opt(offset_secs).unwrap_or_else(|| Utc.fix());
    DateTime::from_timestamp_millis(millis)
        .unwrap_or_default()
        .with_timezone(&offset)
}
