//! CSV of check-ins for a spreadsheet: one row per check-in, RFC 4180 quoting (CRLF line ends,
//! fields with commas, quotes or line breaks quoted, quotes doubled) and a guard against formula
//! injection (a cell starting with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`
//! so a spreadsheet shows it as text instead of running it).

use chrono::NaiveDate;

use crate::domain::checkin::CheckIn;
use crate::domain::instruments::{self, Definition};
use crate::domain::journal::Journal;
use crate::domain::record::{CollectionExt, Rec};

/// One check-in, scored for export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoredCheckIn {
    pub date: NaiveDate,
    /// Measure id ("phq9").
    pub measure: String,
    /// Measure name ("PHQ-9"), or the id for a measure this build does not know.
    pub measure_name: String,
    /// Scores of the scored items in printed order (`None` when unanswered).
    pub item_scores: Vec<Option<u8>>,
    /// Sum of the answered scored items.
    pub total: u16,
    /// Highest possible total (0 when the measure is unknown).
    pub max: u16,
    /// Band label, once every scored item is answered.
    pub band: Option<String>,
    /// A self-harm item was answered above 0.
    pub safety_flag: bool,
    /// The score of the self-harm item, when the measure has one and it was answered.
    pub safety_item_score: Option<u8>,
    /// The PHQ-9 difficulty answer (text, or its code when no text is available).
    pub difficulty: String,
    pub since_last_met: String,
    pub people_this_week: String,
}

/// The built-in definitions, built once for a whole export instead of once per check-in (a
/// definition is a few hundred small strings).
pub struct Measures {
    defs: Vec<Definition>,
}

impl Measures {
    /// Every built-in measure.
    pub fn builtin() -> Self {
        Measures {
            defs: instruments::all(),
        }
    }

    /// The definition of measure `id`, if this build knows it.
    pub fn get(&self, id: &str) -> Option<&Definition> {
        self.defs.iter().find(|d| d.id == id)
    }
}

/// Score one check-in with the built-in definitions. Never fails: an unknown measure or answers
/// that do not match the definition still give the sum of the stored scores.
pub fn score_checkin(c: &CheckIn) -> ScoredCheckIn {
    score_with(instruments::by_id(&c.measure).as_ref(), c)
}

/// [`score_checkin`] with definitions built once for many check-ins.
pub fn score_checkin_with(measures: &Measures, c: &CheckIn) -> ScoredCheckIn {
    score_with(measures.get(&c.measure), c)
}

fn score_with(def: Option<&Definition>, c: &CheckIn) -> ScoredCheckIn {
    let stored_total: u16 = c
        .answers
        .iter()
        .filter_map(|a| a.score)
        .map(u16::from)
        .sum();
    let mut out = ScoredCheckIn {
        date: c.date,
        measure: c.measure.clone(),
        measure_name: def.map_or_else(|| c.measure.clone(), |d| d.name.clone()),
        item_scores: Vec::new(),
        total: stored_total,
        max: 0,
        band: None,
        safety_flag: c.safety_flag,
        safety_item_score: None,
        difficulty: String::new(),
        since_last_met: c.since_last_met.clone(),
        people_this_week: c.people_this_week.clone(),
    };
    let Some(def) = def else {
        out.item_scores = c.answers.iter().filter_map(|a| a.score.map(Some)).collect();
        return out;
    };
    fill_from_definition(&mut out, def, c);
    out
}

fn fill_from_definition(out: &mut ScoredCheckIn, def: &Definition, c: &CheckIn) {
    let score_of = |item: &str| {
        c.answers
            .iter()
            .find(|a| a.item == item)
            .and_then(|a| a.score)
    };
    out.item_scores = def
        .items
        .iter()
        .filter(|i| i.scored)
        .map(|i| score_of(&i.id))
        .collect();
    out.max = def.total_range().1;
    out.safety_item_score = def.safety_items.iter().filter_map(|s| score_of(s)).max();
    if let Ok(scored) = instruments::score(def, &c.answers) {
        out.total = scored.total;
        out.band = scored.band.map(|b| b.label);
        out.safety_flag = out.safety_flag || scored.safety_flag;
    } else if let Some(band) = def.band_for(out.total) {
        // Answers that do not match this build's definition: keep the stored sum, show no band
        // unless every scored item has a score.
        if out.item_scores.iter().all(Option::is_some) {
            out.band = Some(band.label.clone());
        }
    }
    out.safety_flag = out.safety_flag || out.safety_item_score.unwrap_or(0) > 0;
    if let Some(item) = def.items.iter().find(|i| !i.scored) {
        if let Some(a) = c.answers.iter().find(|a| a.item == item.id) {
            out.difficulty = item
                .options
                .iter()
                .find(|o| o.code == a.option && !o.text.is_empty())
                .map_or_else(|| a.option.clone(), |o| o.text.clone());
        }
    }
}

/// Live check-ins whose day is within `from..=to`, oldest first (then by measure), scored.
pub fn checkins_in_range(j: &Journal, from: NaiveDate, to: NaiveDate) -> Vec<ScoredCheckIn> {
    let measures = Measures::builtin();
    live_checkins_in_range(j, from, to)
        .into_iter()
        .map(|r| score_checkin_with(&measures, &r.data))
        .collect()
}

/// Live check-in records whose day is within `from..=to`, oldest first (then by measure, then by
/// when they were made).
pub fn live_checkins_in_range(j: &Journal, from: NaiveDate, to: NaiveDate) -> Vec<&Rec<CheckIn>> {
    let mut recs: Vec<&Rec<CheckIn>> = j
        .checkins
        .live()
        .filter(|r| r.data.date >= from && r.data.date <= to)
        .collect();
    crate::domain::order::sort_by(&mut recs, |a, b| {
        (a.data.date, &a.data.measure, a.created_at).cmp(&(
            b.data.date,
            &b.data.measure,
            b.created_at,
        ))
    });
    recs
}

/// One CSV cell: formula guard, then RFC 4180 quoting when needed.
pub fn cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// Append one row (cells quoted as needed, CRLF line end).
pub fn push_row(out: &mut String, cells: &[String]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(c));
    }
    out.push_str("\r\n");
}

/// The CSV file of check-ins from `from` to `to` (inclusive). Columns: date, measure,
/// item_1 … item_N (N = the most scored items of any measure included), total, max, band,
/// safety_flag ("yes"/"no"), self_harm_item, difficulty, since_last_met, people_this_week.
pub fn checkins_csv(j: &Journal, from: NaiveDate, to: NaiveDate) -> String {
    let rows = checkins_in_range(j, from, to);
    let n = rows.iter().map(|r| r.item_scores.len()).max().unwrap_or(0);
    let mut header: Vec<String> = vec!["date".into(), "measure".into()];
    header.extend((1..=n).map(|i| format!("item_{i}")));
    header.extend(
        [
            "total",
            "max",
            "band",
            "safety_flag",
            "self_harm_item",
            "difficulty",
            "since_last_met",
            "people_this_week",
        ]
        .map(String::from),
    );
    let mut out = String::with_capacity(256 * (rows.len() + 1));
    push_row(&mut out, &header);
    for r in rows {
        let mut cells = vec![r.date.to_string(), r.measure_name];
        cells.extend((0..n).map(|i| {
            r.item_scores
                .get(i)
                .copied()
                .flatten()
                .map_or(String::new(), |s| s.to_string())
        }));
        cells.push(r.total.to_string());
        cells.push(if r.max > 0 {
            r.max.to_string()
        } else {
            String::new()
        });
        cells.push(r.band.unwrap_or_default());
        cells.push(if r.safety_flag { "yes" } else { "no" }.into());
        cells.push(r.safety_item_score.map_or(String::new(), |s| s.to_string()));
        cells.push(r.difficulty);
        cells.push(r.since_last_met);
        cells.push(r.people_this_week);
        push_row(&mut out, &cells);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::{d, sample_journal};

    #[test]
    fn quoting_follows_rfc_4180_and_blocks_formulas() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+254 700"), "'+254 700");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn one_row_per_check_in_with_scores_total_band_and_flag() {
        let csv = checkins_csv(&sample_journal(), d("2026-02-01"), d("2026-02-28"));
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "date,measure,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,total,max,band,safety_flag,self_harm_item,difficulty,since_last_met,people_this_week"
        );
        // 4 weeks x 2 measures (the deleted duplicate is left out), the header and the final "".
        assert_eq!(lines.len(), 10);
        assert_eq!(
            lines[1],
            "2026-02-02,GAD-7,2,2,2,1,1,2,1,,,11,21,Moderate,no,,,,"
        );
        assert!(lines[2].starts_with(
            "2026-02-02,PHQ-9,2,3,2,3,1,2,2,1,1,17,27,Moderately severe,yes,1,Somewhat difficult,\"Very low, crying a lot, = not sleeping\","
        ), "{}", lines[2]);
        assert!(
            lines[2].contains("\"Very low, crying a lot, = not sleeping\""),
            "{}",
            lines[2]
        );
        assert!(
            lines[2].ends_with("\"Argued with Amani about night feeds,\nthen talked it through\"")
        );
        assert!(
            lines[4].contains(",PHQ-9,2,2,2,2,1,2,1,1,0,13,27,Moderate,no,0,"),
            "{}",
            lines[4]
        );
    }

    #[test]
    fn range_is_inclusive_and_empty_range_gives_just_the_header() {
        let j = sample_journal();
        assert_eq!(
            checkins_in_range(&j, d("2026-02-09"), d("2026-02-16")).len(),
            4
        );
        let empty = checkins_csv(&j, d("2027-01-01"), d("2027-02-01"));
        assert_eq!(
            empty,
            "date,measure,total,max,band,safety_flag,self_harm_item,difficulty,since_last_met,people_this_week\r\n"
        );
    }

    #[test]
    fn unknown_measure_still_exports_its_stored_scores() {
        let c = CheckIn {
            measure: "k10".into(),
            date: d("2026-03-01"),
            answers: vec![crate::domain::checkin::Answer {
                item: "k10.1".into(),
                option: "x".into(),
                score: Some(4),
            }],
            safety_flag: false,
            since_last_met: String::new(),
            people_this_week: String::new(),
        };
        let s = score_checkin(&c);
        assert_eq!((s.measure_name.as_str(), s.total, s.band), ("k10", 4, None));
        assert_eq!(s.item_scores, vec![Some(4)]);
    }
}
