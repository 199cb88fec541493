//! The offline QR handoff: the chosen weeks of the therapist summary, packed into the fragment of
//! a link to the app itself (`<app url>#handoff=bs1.<data>`). The fragment never leaves the
//! phone that opens it (browsers do not send it to any server), and an installed copy of the app
//! decodes and shows it with no network: a therapist's or a lay worker's phone can read it.
//!
//! The data is a small binary record, base64url-encoded (no padding), behind a version prefix:
//! - varint: number of weeks; varint: first week's day number (days since 2000-01-01);
//! - per week: varint gap in days from the previous week (0 for the first), u8 score count, then
//!   per score u8 `measure code | 0x08 if flagged` and varint total;
//! - u8 focus area (0 none, 1 grief, 2 role dispute, 3 role transition, 4 loneliness) and, when
//!   set, varint day number of "since";
//! - u8 number of lines, then per line varint byte length and UTF-8 text.
//!
//! Scores are totals (bands are recomputed from the definitions when shown) plus the safety flag,
//! so a flagged week is never lost in the handoff.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::base64;
use super::summary::{area_label, Block, Field, TherapistSummary};
use crate::domain::instruments;
use crate::domain::worksheets::ProblemArea;

/// Version prefix of the encoded data.
pub const PREFIX: &str = "bs1.";
/// The fragment key: links look like `<app url>#handoff=bs1.…`.
pub const FRAGMENT_KEY: &str = "handoff=";
/// Byte-mode capacity of the largest QR code (version 40, error correction L).
pub const QR_MAX_BYTES: usize = 2953;
/// A link length most phone cameras scan reliably from a printed or on-screen code.
pub const QR_COMFORTABLE_CHARS: usize = 1000;
/// Longest line carried, in characters.
pub const MAX_LINE_CHARS: usize = 72;
/// Most lines carried.
pub const MAX_LINES: usize = 4;

/// One score in a handoff week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoffScore {
    /// "phq9", "gad7" or "epds" (a decoded code never carries another: see `measure_id`).
    pub measure: String,
    pub total: u16,
    pub safety_flag: bool,
}

impl HandoffScore {
    /// The measure's name ("PHQ-9"), from the one [`instruments::measure_name`].
    pub fn measure_name(&self) -> String {
        instruments::measure_name(&self.measure)
    }

    /// The band of the total, from this build's definition.
    pub fn band(&self) -> Option<String> {
        instruments::by_id(&self.measure)
            .and_then(|d| d.band_for(self.total).map(|b| b.label.clone()))
    }
}

/// One week in a handoff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandoffWeek {
    pub week_of: NaiveDate,
    pub scores: Vec<HandoffScore>,
}

/// What the QR code carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub weeks: Vec<HandoffWeek>,
    pub focus: Option<(ProblemArea, NaiveDate)>,
    /// A few short lines (experiment outcomes, worksheet titles), each at most
    /// [`MAX_LINE_CHARS`] characters.
    pub lines: Vec<String>,
}

impl Handoff {
    /// Any week has a safety flag: show it first.
    pub fn has_safety_flag(&self) -> bool {
        self.weeks
            .iter()
            .any(|w| w.scores.iter().any(|s| s.safety_flag))
    }

    /// The focus as text ("Role transition, since 2026-02-16.").
    pub fn focus_text(&self) -> Option<String> {
        self.focus
            .map(|(a, since)| format!("{}, since {since}.", area_label(a)))
    }
}

fn shorten(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MAX_LINE_CHARS {
        return one_line;
    }
    let mut out: String = one_line.chars().take(MAX_LINE_CHARS - 1).collect();
    out.push('…');
    out
}

/// The handoff's short lines: the experiments, newest first (each with its outcome), then the
/// worksheet titles, at most [`MAX_LINES`], each shortened to [`MAX_LINE_CHARS`]. `title` words a
/// block's title (in English: [`Block::title`]; the UI passes its own words).
pub fn handoff_lines(s: &TherapistSummary, title: impl Fn(&Block) -> String) -> Vec<String> {
    let outcomes = s.experiments.iter().rev().map(|x| {
        let outcome = x
            .line(Field::WhatHappened)
            .or_else(|| x.line(Field::WhyNotDone));
        match outcome {
            Some(o) => format!("{}: {o}", title(x)),
            None => title(x),
        }
    });
    outcomes
        .chain(s.highlights.iter().map(&title))
        .take(MAX_LINES)
        .map(|l| shorten(&l))
        .collect()
}

/// The handoff for a summary: its weeks (optionally only the last `max_weeks`, from every week of
/// the range: the table's condensed months too), focus, and up to [`MAX_LINES`] short lines in
/// English from the newest experiments and the worksheets.
pub fn handoff_from_summary(
    s: &TherapistSummary,
    focus: Option<(ProblemArea, NaiveDate)>,
    max_weeks: Option<usize>,
) -> Handoff {
    // Week → scores, measures in id order (as in the summary's table).
    let mut by_week: BTreeMap<NaiveDate, Vec<HandoffScore>> = BTreeMap::new();
    for series in &s.series {
        for p in &series.points {
            by_week.entry(p.week_of).or_default().push(HandoffScore {
                measure: series.measure.clone(),
                total: p.total,
                safety_flag: p.safety_flag,
            });
        }
    }
    let skip = max_weeks.map_or(0, |m| by_week.len().saturating_sub(m));
    let weeks = by_week
        .into_iter()
        .skip(skip)
        .map(|(week_of, scores)| HandoffWeek { week_of, scores })
        .collect();
    Handoff {
        weeks,
        focus: if s.sections.focus { focus } else { None },
        lines: handoff_lines(s, |b| b.title.clone()),
    }
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default()
}

fn day_number(d: NaiveDate) -> u64 {
    u64::try_from((d - epoch()).num_days()).unwrap_or(0)
}

/// The day `n` days after 2000-01-01, if it is not after `latest`.
fn from_day_number(n: u64, latest: NaiveDate) -> Result<NaiveDate, HandoffError> {
    epoch()
        .checked_add_days(Days::new(n))
        .filter(|d| *d <= latest)
        .ok_or(HandoffError::Damaged)
}

/// The code of a measure the handoff carries (`None`: not carried).
fn measure_code(m: &str) -> Option<u8> {
    match m {
        "phq9" => Some(0),
        "gad7" => Some(1),
        "epds" => Some(2),
        _ => None,
    }
}

fn measure_id(code: u8) -> Option<&'static str> {
    match code {
        0 => Some("phq9"),
        1 => Some("gad7"),
        2 => Some("epds"),
        _ => None,
    }
}

/// Bit of the measure byte that carries the safety flag; the low three bits are the measure and
/// every other bit is zero.
const FLAG_BIT: u8 = 0x08;

fn area_code(a: Option<ProblemArea>) -> u8 {
    match a {
        None => 0,
        Some(ProblemArea::Grief) => 1,
        Some(ProblemArea::RoleDispute) => 2,
        Some(ProblemArea::RoleTransition) => 3,
        Some(ProblemArea::Loneliness) => 4,
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

/// Why a handoff code could not be read (each has a sentence for the user in English,
/// [`HandoffError::message`]; the UI words it in the chosen language by the variant).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandoffError {
    /// The page was opened without a code.
    NoCode,
    NotACode,
    Newer,
    /// Unreadable, or holding a value this app never writes (a total above the measure's
    /// maximum, a flag on a measure without a self-harm question, a date in the future, more or
    /// longer lines than the app writes): none of it is shown.
    Damaged,
    CutShort,
}

impl HandoffError {
    /// The sentence for the user, in English.
    pub fn message(self) -> &'static str {
        match self {
            HandoffError::NoCode => "This page shows a summary shared by QR code. Scan the code on the phone of the person who shared it.",
            HandoffError::NotACode => "This is not a Between Sessions handoff code.",
            HandoffError::Newer => "This handoff code was made by a newer version of Between Sessions. Update the app, then scan again.",
            HandoffError::Damaged => "This code is damaged or was not made by this app.",
            HandoffError::CutShort => CUT_SHORT,
        }
    }
}

impl std::fmt::Display for HandoffError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

const CUT_SHORT: &str = "This handoff code is incomplete. Scan it again, closer and steadier.";

impl Reader<'_> {
    fn u8(&mut self) -> Result<u8, HandoffError> {
        let b = self
            .bytes
            .get(self.pos)
            .copied()
            .ok_or(HandoffError::CutShort)?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, HandoffError> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(HandoffError::Damaged)
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8], HandoffError> {
        let end = self.pos.checked_add(n).ok_or(HandoffError::CutShort)?;
        let s = self
            .bytes
            .get(self.pos..end)
            .ok_or(HandoffError::CutShort)?;
        self.pos = end;
        Ok(s)
    }
}

/// The binary form of a handoff.
fn to_bytes(h: &Handoff) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, h.weeks.len() as u64);
    let mut prev = h.weeks.first().map_or(0, |w| day_number(w.week_of));
    put_varint(&mut out, prev);
    for w in &h.weeks {
        let day = day_number(w.week_of);
        put_varint(&mut out, day.saturating_sub(prev));
        prev = day;
        let scores: Vec<(u8, &HandoffScore)> = w
            .scores
            .iter()
            .filter_map(|s| Some((measure_code(&s.measure)?, s)))
            .take(255)
            .collect();
        out.push(scores.len() as u8);
        for (code, s) in scores {
            out.push(code | if s.safety_flag { FLAG_BIT } else { 0 });
            put_varint(&mut out, u64::from(s.total));
        }
    }
    out.push(area_code(h.focus.map(|f| f.0)));
    if let Some((_, since)) = h.focus {
        put_varint(&mut out, day_number(since));
    }
    let lines: Vec<String> = h.lines.iter().take(MAX_LINES).map(|l| shorten(l)).collect();
    out.push(lines.len() as u8);
    for l in lines {
        put_varint(&mut out, l.len() as u64);
        out.extend_from_slice(l.as_bytes());
    }
    out
}

/// Most weeks a code may carry (more than the largest QR code holds).
const MAX_WEEKS: u64 = 1000;

/// Per measure code: the lowest and highest total and whether it has a self-harm question, from
/// this build's definitions (worked out once).
fn measure_limits() -> &'static [(u16, u16, bool)] {
    static LIMITS: std::sync::OnceLock<Vec<(u16, u16, bool)>> = std::sync::OnceLock::new();
    LIMITS.get_or_init(|| {
        (0u8..)
            .map_while(measure_id)
            .map(|id| match instruments::by_id(id) {
                Some(def) => {
                    let (lo, hi) = def.total_range();
                    (lo, hi, !def.safety_items.is_empty())
                }
                // Never: every code names a built-in measure. Nothing fits an empty range.
                None => (1, 0, false),
            })
            .collect()
    })
}

/// One score as read, checked against this build's definition of its measure: a total the
/// measure can give, a flag only on a measure with a self-harm question.
fn read_score(m: u8, total: u64) -> Result<HandoffScore, HandoffError> {
    let code = m & !FLAG_BIT;
    let measure = measure_id(code).ok_or(HandoffError::Damaged)?;
    let &(lo, hi, can_flag) = measure_limits()
        .get(usize::from(code))
        .ok_or(HandoffError::Damaged)?;
    let safety_flag = m & FLAG_BIT != 0;
    let total = u16::try_from(total).map_err(|_| HandoffError::Damaged)?;
    if total < lo || total > hi || (safety_flag && !can_flag) {
        return Err(HandoffError::Damaged);
    }
    Ok(HandoffScore {
        measure: measure.to_owned(),
        total,
        safety_flag,
    })
}

fn from_bytes(bytes: &[u8], latest: NaiveDate) -> Result<Handoff, HandoffError> {
    let mut r = Reader { bytes, pos: 0 };
    let n = r.varint()?;
    if n > MAX_WEEKS {
        return Err(HandoffError::Damaged);
    }
    let mut day = r.varint()?;
    let mut weeks = Vec::new();
    for i in 0..n {
        let gap = r.varint()?;
        // The first week is at the start day itself; each later one after the one before.
        if (i == 0) != (gap == 0) {
            return Err(HandoffError::Damaged);
        }
        day = day.checked_add(gap).ok_or(HandoffError::Damaged)?;
        let week_of = from_day_number(day, latest)?;
        let k = r.u8()?;
        let mut scores: Vec<HandoffScore> = Vec::new();
        for _ in 0..k {
            let m = r.u8()?;
            let score = read_score(m, r.varint()?)?;
            if scores.iter().any(|s| s.measure == score.measure) {
                return Err(HandoffError::Damaged);
            }
            scores.push(score);
        }
        weeks.push(HandoffWeek { week_of, scores });
    }
    let focus = match r.u8()? {
        0 => None,
        code => {
            let area = match code {
                1 => ProblemArea::Grief,
                2 => ProblemArea::RoleDispute,
                3 => ProblemArea::RoleTransition,
                4 => ProblemArea::Loneliness,
                _ => return Err(HandoffError::Damaged),
            };
            Some((area, from_day_number(r.varint()?, latest)?))
        }
    };
    let count = usize::from(r.u8()?);
    if count > MAX_LINES {
        return Err(HandoffError::Damaged);
    }
    let mut lines = Vec::new();
    for _ in 0..count {
        let len = usize::try_from(r.varint()?).map_err(|_| HandoffError::Damaged)?;
        // A character is at most four bytes: check the length before reading the bytes.
        if len > MAX_LINE_CHARS * 4 {
            return Err(HandoffError::Damaged);
        }
        let text = std::str::from_utf8(r.bytes(len)?).map_err(|_| HandoffError::Damaged)?;
        let written = text.chars().count() <= MAX_LINE_CHARS
            && !text.trim().is_empty()
            && !text.chars().any(char::is_control)
            && shorten(text) == text;
        if !written {
            return Err(HandoffError::Damaged);
        }
        lines.push(text.to_owned());
    }
    if r.pos != bytes.len() {
        return Err(HandoffError::Damaged);
    }
    Ok(Handoff {
        weeks,
        focus,
        lines,
    })
}

/// The text code ("bs1.…") for a handoff.
pub fn encode_handoff(h: &Handoff) -> String {
    format!("{PREFIX}{}", base64::encode_url(&to_bytes(h)))
}

/// The link to put in the QR code: `<app_url>#handoff=bs1.…` (`app_url` without a fragment).
pub fn handoff_link(app_url: &str, h: &Handoff) -> String {
    let base = app_url.split('#').next().unwrap_or(app_url);
    format!("{base}#{FRAGMENT_KEY}{}", encode_handoff(h))
}

/// Read a handoff from a scanned link, its fragment, or the bare code, on the day `today`: a code
/// holding any value the app never writes (see [`HandoffError::Damaged`]), including a week after
/// tomorrow, is refused whole.
pub fn decode_handoff(text: &str, today: NaiveDate) -> Result<Handoff, HandoffError> {
    let text = text.trim();
    let code = match text.rfind(FRAGMENT_KEY) {
        Some(i) => text.get(i + FRAGMENT_KEY.len()..).unwrap_or(""),
        None => text.rsplit('#').next().unwrap_or(text),
    };
    let Some(data) = code.strip_prefix(PREFIX) else {
        if code.starts_with("bs") && code.contains('.') {
            return Err(HandoffError::Newer);
        }
        return Err(HandoffError::NotACode);
    };
    let bytes = base64::decode_url(data).ok_or(HandoffError::Damaged)?;
    let latest = today.checked_add_days(Days::new(1)).unwrap_or(today);
    from_bytes(&bytes, latest)
}

/// A handoff of `weeks` typical weeks (PHQ-9 and GAD-7 each week, totals in two digits), a focus
/// and [`MAX_LINES`] full-length lines: the worst realistic case for sizing.
fn sizing_sample(weeks: usize) -> Handoff {
    let start = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    Handoff {
        weeks: (0..weeks)
            .map(|i| HandoffWeek {
                week_of: start
                    .checked_add_days(Days::new(7 * i as u64))
                    .unwrap_or(start),
                scores: vec![
                    HandoffScore {
                        measure: "phq9".into(),
                        total: 27,
                        safety_flag: true,
                    },
                    HandoffScore {
                        measure: "gad7".into(),
                        total: 21,
                        safety_flag: false,
                    },
                ],
            })
            .collect(),
        focus: Some((ProblemArea::RoleTransition, start)),
        lines: vec!["x".repeat(MAX_LINE_CHARS); MAX_LINES],
    }
}

/// How many weeks (PHQ-9 and GAD-7 each week, with focus and full lines) fit in a link of at most
/// `max_chars` characters to an app at `app_url`.
pub fn weeks_that_fit(app_url: &str, max_chars: usize) -> usize {
    let fits = |n: usize| handoff_link(app_url, &sizing_sample(n)).len() <= max_chars;
    if !fits(0) {
        return 0;
    }
    let (mut lo, mut hi) = (0usize, 1000usize);
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::{d, sample_journal};
    use crate::domain::exchange::summary::{therapist_summary, Sections};

    fn today() -> NaiveDate {
        d("2026-12-01")
    }

    fn sample() -> Handoff {
        let j = sample_journal();
        let s = therapist_summary(&j, d("2026-02-01"), d("2026-02-28"), Sections::all());
        let focus = j.focus.as_ref().map(|f| (f.data.area, f.data.since));
        handoff_from_summary(&s, focus, None)
    }

    #[test]
    fn round_trips_through_a_link() {
        let h = sample();
        assert_eq!(h.weeks.len(), 4);
        assert!(h.has_safety_flag());
        assert_eq!(
            h.lines[0],
            "Experiment with Amani, 2026-02-21 (done): He agreed to Tuesdays"
        );
        let link = handoff_link("https://example.org/app/#/home", &h);
        assert!(
            link.starts_with("https://example.org/app/#handoff=bs1."),
            "{link}"
        );
        assert!(link.len() < 300, "{} chars", link.len());
        let back = decode_handoff(&link, today()).unwrap();
        assert_eq!(back, h);
        assert_eq!(back.weeks[0].scores[1].measure_name(), "PHQ-9");
        assert_eq!(
            back.weeks[0].scores[1].band().as_deref(),
            Some("Moderately severe")
        );
        assert_eq!(
            back.focus_text().as_deref(),
            Some("Role transition, since 2026-02-16.")
        );
        assert_eq!(decode_handoff(&encode_handoff(&h), today()), Ok(h));
    }

    #[test]
    fn a_chosen_number_of_last_weeks() {
        let j = sample_journal();
        let s = therapist_summary(&j, d("2026-02-01"), d("2026-02-28"), Sections::all());
        let h = handoff_from_summary(&s, None, Some(2));
        assert_eq!(
            h.weeks.iter().map(|w| w.week_of).collect::<Vec<_>>(),
            vec![d("2026-02-16"), d("2026-02-23")]
        );
        assert!(!h.has_safety_flag());
    }

    #[test]
    fn bad_codes_get_clear_errors() {
        let code = encode_handoff(&sample());
        assert_eq!(
            decode_handoff("hello", today()),
            Err(HandoffError::NotACode)
        );
        assert_eq!(
            HandoffError::NotACode.to_string(),
            "This is not a Between Sessions handoff code."
        );
        assert_eq!(
            decode_handoff("bs9.AAAA", today()),
            Err(HandoffError::Newer)
        );
        assert!(HandoffError::Newer.message().contains("newer version"));
        assert_eq!(
            decode_handoff("bs1.%%%", today()),
            Err(HandoffError::Damaged)
        );
        let cut = &code[..code.len() - 20];
        let err = decode_handoff(cut, today()).unwrap_err();
        assert!(
            err == HandoffError::CutShort || err == HandoffError::Damaged,
            "{err}"
        );
        for n in 0..code.len() {
            // Never panics on any prefix.
            let _ = decode_handoff(&code[..n], today());
        }
    }

    #[test]
    fn long_lines_are_shortened() {
        let mut h = sample();
        h.lines = vec!["word ".repeat(40)];
        let back = decode_handoff(&encode_handoff(&h), today()).unwrap();
        assert_eq!(back.lines[0].chars().count(), MAX_LINE_CHARS);
        assert!(back.lines[0].ends_with('…'));
    }

    #[test]
    fn how_many_weeks_fit_in_one_code() {
        let url = "https://clinic.example.org/between-sessions/";
        let comfortable = weeks_that_fit(url, QR_COMFORTABLE_CHARS);
        let largest = weeks_that_fit(url, QR_MAX_BYTES);
        // Each PHQ-9 + GAD-7 week costs 6 bytes (8 characters); the focus and four full
        // 72-character lines take about 400 characters.
        assert_eq!((comfortable, largest), (68, 312));
        assert!(handoff_link(url, &sizing_sample(comfortable)).len() <= QR_COMFORTABLE_CHARS);
        assert!(handoff_link(url, &sizing_sample(comfortable + 1)).len() > QR_COMFORTABLE_CHARS);
    }

    #[test]
    fn a_long_range_carries_its_newest_weeks_and_experiments() {
        use crate::domain::experiment::{Experiment, Status};
        use crate::domain::record::tests::at;
        use crate::domain::record::CollectionExt;
        let mut j = sample_journal();
        // Six more experiments in January, older than the sample's one of 21 February.
        for day in 10..16 {
            j.experiments.add(
                Experiment {
                    goal: format!("January {day}"),
                    what_happened: format!("Old outcome {day}"),
                    when: Some(d(&format!("2026-01-{day}"))),
                    status: Status::Done,
                    ..Default::default()
                },
                at(&format!("2026-01-{day}T20:00:00+03:00")),
            );
        }
        let s = therapist_summary(&j, d("2025-01-01"), d("2026-12-31"), Sections::all());
        let h = handoff_from_summary(&s, None, Some(2));
        assert_eq!(
            h.weeks.iter().map(|w| w.week_of).collect::<Vec<_>>(),
            vec![d("2026-02-16"), d("2026-02-23")]
        );
        assert_eq!(
            h.lines,
            vec![
                "Experiment with Amani, 2026-02-21 (done): He agreed to Tuesdays",
                "Experiment, 2026-01-15 (done): Old outcome 15",
                "Experiment, 2026-01-14 (done): Old outcome 14",
                "Experiment, 2026-01-13 (done): Old outcome 13",
            ]
        );
    }

    /// A code written byte by byte: weeks as (day number, [(measure byte, total)]), focus none,
    /// then the lines.
    fn raw(weeks: &[(u64, &[(u8, u64)])], lines: &[&str]) -> String {
        let mut out = Vec::new();
        put_varint(&mut out, weeks.len() as u64);
        let first = weeks.first().map_or(0, |w| w.0);
        put_varint(&mut out, first);
        let mut prev = first;
        for (day, scores) in weeks {
            put_varint(&mut out, day - prev);
            prev = *day;
            out.push(scores.len() as u8);
            for (m, total) in *scores {
                out.push(*m);
                put_varint(&mut out, *total);
            }
        }
        out.push(0);
        out.push(lines.len() as u8);
        for l in lines {
            put_varint(&mut out, l.len() as u64);
            out.extend_from_slice(l.as_bytes());
        }
        format!("{PREFIX}{}", base64::encode_url(&out))
    }

    fn monday() -> u64 {
        day_number(d("2026-11-30"))
    }

    #[test]
    fn what_the_app_can_write_is_read() {
        let full = "x".repeat(MAX_LINE_CHARS);
        let code = raw(
            &[
                (monday(), &[(0, 27), (1, 21), (2 | FLAG_BIT, 30)]),
                (monday() + 1, &[(FLAG_BIT, 3)]),
            ],
            &[&full, "b", "c", "d"],
        );
        let h = decode_handoff(&code, today()).unwrap();
        assert_eq!(h.weeks[0].scores[0].total, 27);
        assert_eq!(h.weeks[0].scores[1].band().as_deref(), Some("Severe"));
        assert!(h.weeks[0].scores[2].safety_flag);
        assert_eq!(h.weeks[1].week_of, d("2026-12-01"));
        assert_eq!(h.lines.len(), MAX_LINES);
        // Tomorrow is still "today" somewhere; the day after is not.
        assert!(decode_handoff(&raw(&[(monday() + 2, &[])], &[]), today()).is_ok());
        assert_eq!(
            decode_handoff(&raw(&[(monday() + 3, &[])], &[]), today()),
            Err(HandoffError::Damaged)
        );
    }

    #[test]
    fn impossible_codes_are_damaged_and_show_nothing() {
        let w = monday();
        let long = "x".repeat(20_000);
        let many: Vec<&str> = vec!["line"; 255];
        let week_2199 = day_number(d("2199-06-01"));
        let cases: Vec<(&str, String)> = vec![
            ("PHQ-9 total 65,535", raw(&[(w, &[(0, 65_535)])], &[])),
            ("PHQ-9 total 99", raw(&[(w, &[(0, 99)])], &[])),
            ("PHQ-9 total 28", raw(&[(w, &[(0, 28)])], &[])),
            ("GAD-7 total 50", raw(&[(w, &[(1, 50)])], &[])),
            ("GAD-7 total 22", raw(&[(w, &[(1, 22)])], &[])),
            ("EPDS total 31", raw(&[(w, &[(2, 31)])], &[])),
            ("a total past u16", raw(&[(w, &[(0, 70_000)])], &[])),
            (
                "a self-harm flag on GAD-7",
                raw(&[(w, &[(1 | FLAG_BIT, 5)])], &[]),
            ),
            ("255 lines", raw(&[], &many)),
            ("five lines", raw(&[], &["a", "b", "c", "d", "e"])),
            ("a 20,000-character line", raw(&[], &[&long])),
            ("a 73-character line", raw(&[], &["y".repeat(73).as_str()])),
            ("a line with a newline", raw(&[], &["two\nlines"])),
            ("an empty line", raw(&[], &[""])),
            (
                "measure byte with high bits",
                raw(&[(w, &[(0x80, 3)])], &[]),
            ),
            ("measure byte 0x10", raw(&[(w, &[(0x10, 3)])], &[])),
            ("measure code 3", raw(&[(w, &[(3, 3)])], &[])),
            ("the old 'other' measure code", raw(&[(w, &[(7, 3)])], &[])),
            (
                "the same measure twice in a week",
                raw(&[(w, &[(0, 3), (0, 4)])], &[]),
            ),
            ("a week in 2199", raw(&[(week_2199, &[(0, 3)])], &[])),
            ("the same week twice", raw(&[(w, &[]), (w, &[])], &[])),
        ];
        for (what, code) in cases {
            assert_eq!(
                decode_handoff(&code, today()),
                Err(HandoffError::Damaged),
                "{what}"
            );
        }
        assert_eq!(
            HandoffError::Damaged.to_string(),
            "This code is damaged or was not made by this app."
        );
    }

    #[test]
    fn a_first_week_with_a_gap_is_damaged() {
        let mut out = Vec::new();
        put_varint(&mut out, 1);
        put_varint(&mut out, monday());
        put_varint(&mut out, 7);
        out.extend_from_slice(&[0, 0, 0]);
        let code = format!("{PREFIX}{}", base64::encode_url(&out));
        assert_eq!(decode_handoff(&code, today()), Err(HandoffError::Damaged));
    }
}
