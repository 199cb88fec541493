//! Dates and numbers in the chosen language, formatted by the browser's own `Intl` (its locale
//! data is already on the phone, so this costs the app no bytes of calendar data). Formatters are
//! built once per language and style and reused: a five-year table formats hundreds of dates.
//! The cache is the phone's, not a journal's (it holds no words of hers), and lives for the app in
//! context ([`provide_formats`]).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use leptos::prelude::{
    provide_context, use_context, LocalStorage, StoredValue, UpdateValue, WithValue,
};
use wasm_bindgen::JsValue;

use crate::i18n::{I18n, Locale};

/// How much of a date to show.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum DateStyle {
    /// "Wednesday 25 November": headings of a day.
    WeekdayDayMonth,
    /// "Wed 25 Nov 2026": a row in a list of check-ins.
    ShortWeekdayDate,
    /// "25 Nov 2026": table cells and ranges.
    DayMonYear,
    /// "25 November 2026": a date in a sentence.
    DayMonthYear,
    /// "25 Nov": chart axes.
    DayMon,
    /// "Wed 25": a day in a week strip.
    ShortWeekdayDay,
    /// "Wednesday": the name of a day of the week.
    Weekday,
    /// "Nov 2026": a month in a condensed table.
    MonYear,
}

/// The browser's formatters built in this visit, and the language the shell last saw.
struct Cache {
    tag: &'static str,
    dates: HashMap<(&'static str, DateStyle), Function>,
    numbers: HashMap<&'static str, Function>,
}

/// The formatter cache, shared through context (Copy).
#[derive(Clone, Copy)]
struct Formats(StoredValue<Cache, LocalStorage>);

/// Offer dates and numbers in `locale` to every screen (called once by the shell).
pub fn provide_formats(locale: Locale) {
    provide_context(Formats(StoredValue::new_local(Cache {
        tag: intl_tag(locale),
        dates: HashMap::new(),
        numbers: HashMap::new(),
    })));
}

fn formats() -> Option<Formats> {
    use_context::<Formats>()
}

/// The BCP 47 tag `Intl` gets for a UI language. English uses British order ("25 November"),
/// which reads the same day-month way as most of the world.
pub fn intl_tag(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en-GB",
        Locale::es => "es",
        Locale::fr => "fr",
        Locale::ar => "ar",
        Locale::sw => "sw",
    }
}

/// Follow the chosen language (called by the shell whenever it changes).
pub fn set_locale(locale: Locale) {
    if let Some(f) = formats() {
        f.0.update_value(|c| c.tag = intl_tag(locale));
    }
}

/// The chosen language's `Intl` tag. Inside a component or a reactive closure this reads (and
/// tracks) the i18n context, so the text is redrawn when she changes language; elsewhere it uses
/// the last language the shell saw.
fn current_tag() -> &'static str {
    use_context::<I18n>()
        .map(|i18n| intl_tag(i18n.get_locale()))
        .or_else(|| formats().map(|f| f.0.with_value(|c| c.tag)))
        .unwrap_or("en-GB")
}

fn set(o: &Object, key: &str, value: &str) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &JsValue::from_str(value));
}

fn date_options(style: DateStyle) -> Object {
    let o = Object::new();
    // The date is a calendar day: format it in UTC so no time zone can move it.
    set(&o, "timeZone", "UTC");
    let (weekday, month, year) = match style {
        DateStyle::WeekdayDayMonth => (Some("long"), "long", false),
        DateStyle::ShortWeekdayDate => (Some("short"), "short", true),
        DateStyle::DayMonYear => (None, "short", true),
        DateStyle::DayMonthYear => (None, "long", true),
        DateStyle::DayMon => (None, "short", false),
        DateStyle::ShortWeekdayDay => (Some("short"), "", false),
        DateStyle::Weekday => {
            set(&o, "weekday", "long");
            return o;
        }
        DateStyle::MonYear => {
            set(&o, "month", "short");
            set(&o, "year", "numeric");
            return o;
        }
    };
    if let Some(w) = weekday {
        set(&o, "weekday", w);
    }
    set(&o, "day", "numeric");
    if !month.is_empty() {
        set(&o, "month", month);
    }
    if year {
        set(&o, "year", "numeric");
    }
    o
}

fn locales(tag: &str) -> Array {
    Array::of1(&JsValue::from_str(tag))
}

/// A calendar day in the chosen language, e.g. "25 Nov 2026" or "25 نوفمبر 2026" (digits as the
/// browser's locale data writes them for that language).
pub fn date(d: NaiveDate, style: DateStyle) -> String {
    let tag = current_tag();
    let build = || Intl::DateTimeFormat::new(&locales(tag), &date_options(style)).format();
    let format = match formats() {
        Some(f) => {
            f.0.try_update_value(|c| c.dates.entry((tag, style)).or_insert_with(build).clone())
                .unwrap_or_else(build)
        }
        None => build(),
    };
    let ms = Date::utc(f64::from(d.year()), f64::from(d.month0()))
        + f64::from(d.day().saturating_sub(1)) * 86_400_000.0
        + 43_200_000.0;
    format
        .call1(&JsValue::UNDEFINED, &Date::new(&JsValue::from_f64(ms)))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| d.to_string())
}

/// The name of a day of the week in the chosen language; `index` 0 is Monday.
pub fn weekday(index: u8) -> String {
    // 1 January 2024 was a Monday.
    let monday = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
    date(
        monday + chrono::Days::new(u64::from(index.min(6))),
        DateStyle::Weekday,
    )
}

/// A whole number in the chosen language's digits and grouping, e.g. "1,234" or "1 234".
pub fn number(n: i64) -> String {
    let tag = current_tag();
    let build = || Intl::NumberFormat::new(&locales(tag), &Object::new()).format();
    let format = match formats() {
        Some(f) => {
            f.0.try_update_value(|c| c.numbers.entry(tag).or_insert_with(build).clone())
                .unwrap_or_else(build)
        }
        None => build(),
    };
    // Journal counts and scores are far inside f64's exact range.
    #[allow(clippy::cast_precision_loss)]
    let value = JsValue::from_f64(n as f64);
    format
        .call1(&JsValue::UNDEFINED, &value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}
