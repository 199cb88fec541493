//! FHIR R4 export: a Bundle of type "collection" holding a pseudonymous Patient, one Flag per
//! check-in whose self-harm item was answered above 0 (so the therapist's system shows it first),
//! and one QuestionnaireResponse per check-in, coded as `domain/instruments.md` says:
//! `questionnaire` = the LOINC panel's canonical URL (the app's own for the EPDS), items with
//! linkId "/" + LOINC item code, answers as `valueCoding` (LOINC answer codes, with each option's
//! score as the `ordinalValue` extension), and the total as `valueDecimal` under the LOINC total
//! code. The EPDS has no LOINC answer codes: its options keep the app's own letters.

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use super::csv::{live_checkins_in_range, score_checkin_with, Measures, ScoredCheckIn};
use crate::domain::checkin::CheckIn;
use crate::domain::instruments::{Definition, LOINC_SYSTEM};
use crate::domain::journal::Journal;
use crate::domain::record::{Rec, Timestamp};

/// Base of the app's own canonical URLs (Questionnaires and code systems that have no LOINC
/// equivalent). `.invalid` is reserved: it never points at anyone else's server.
pub const APP_CANONICAL_BASE: &str = "https://between-sessions.invalid/fhir";
/// FHIR extension carrying an option's score on its coding (R4).
pub const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

/// The canonical URL of a measure's Questionnaire.
pub fn questionnaire_url(def: &Definition) -> String {
    match (def.answer_system.as_deref(), def.panel_loinc.as_deref()) {
        (Some(LOINC_SYSTEM), Some(panel)) => format!("http://loinc.org/q/{panel}"),
        _ => format!("{APP_CANONICAL_BASE}/Questionnaire/{}", def.id),
    }
}

/// A UUID for `urn:uuid:` full URLs: the record id when it is one, otherwise a fresh one.
fn uuid_for(id: &str) -> String {
    uuid::Uuid::parse_str(id)
        .map(|u| u.hyphenated().to_string())
        .unwrap_or_else(|_| uuid::Uuid::new_v4().hyphenated().to_string())
}

/// When the check-in was authored, with its offset: the instant it was saved, or noon of its day
/// in the same offset when it was entered for another day.
fn authored(rec: &Rec<CheckIn>) -> String {
    let t = rec.created_at;
    if t.date_naive() == rec.data.date {
        return t.to_rfc3339();
    }
    rec.data
        .date
        .and_hms_opt(12, 0, 0)
        .and_then(|n| n.and_local_timezone(*t.offset()).single())
        .map_or_else(|| t.to_rfc3339(), |x| x.to_rfc3339())
}

fn link_id(item_id: &str, loinc: Option<&str>) -> String {
    loinc.map_or_else(|| item_id.to_owned(), |code| format!("/{code}"))
}

// The resources, as typed structs serialized straight to text: building a `serde_json::Value`
// tree first (and `json!` deep-copying every nested value into it) made a five-year export
// allocate and free the whole bundle three times.

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle<'a> {
    resource_type: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: String,
    entry: Vec<Entry<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    full_url: String,
    resource: Resource<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Resource<'a> {
    Patient(Patient<'a>),
    Flag(Flag<'a>),
    Response(Response<'a>),
}

#[derive(Serialize)]
struct Reference<'a> {
    reference: &'a str,
}

#[derive(Serialize)]
struct Text<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Patient<'a> {
    resource_type: &'static str,
    id: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<Text<'a>>,
}

#[derive(Serialize)]
struct Coding<'a> {
    system: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
}

#[derive(Serialize)]
struct Codings<'a> {
    coding: [Coding<'a>; 1],
}

#[derive(Serialize)]
struct Period {
    start: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Flag<'a> {
    resource_type: &'static str,
    id: String,
    status: &'static str,
    category: [Codings<'a>; 1],
    code: Text<'a>,
    subject: Reference<'a>,
    period: Period,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Response<'a> {
    resource_type: &'static str,
    id: &'a str,
    questionnaire: &'a str,
    status: &'static str,
    subject: Reference<'a>,
    source: Reference<'a>,
    authored: &'a str,
    item: Vec<ResponseItem<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResponseItem<'a> {
    link_id: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    text: std::borrow::Cow<'a, str>,
    answer: [Answer<'a>; 1],
}

#[derive(Serialize)]
#[serde(untagged)]
enum Answer<'a> {
    #[serde(rename_all = "camelCase")]
    Coding { value_coding: AnswerCoding<'a> },
    #[serde(rename_all = "camelCase")]
    Decimal { value_decimal: u16 },
}

#[derive(Serialize)]
struct AnswerCoding<'a> {
    system: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    extension: Option<[Ordinal; 1]>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Ordinal {
    url: &'static str,
    value_decimal: u8,
}

/// What one measure needs for every response: built once per export.
struct MeasureFhir<'d> {
    def: &'d Definition,
    questionnaire: String,
    system: String,
    link_ids: Vec<String>,
    total_link: String,
    total_text: String,
}

impl<'d> MeasureFhir<'d> {
    fn new(def: &'d Definition) -> Self {
        let total_link = match (def.answer_system.as_deref(), def.total_loinc.as_deref()) {
            (Some(LOINC_SYSTEM), Some(code)) => format!("/{code}"),
            _ => format!("{}.total", def.id),
        };
        MeasureFhir {
            def,
            questionnaire: questionnaire_url(def),
            system: def
                .answer_system
                .clone()
                .unwrap_or_else(|| format!("{APP_CANONICAL_BASE}/CodeSystem/{}-options", def.id)),
            link_ids: def
                .items
                .iter()
                .map(|i| link_id(&i.id, i.loinc.as_deref()))
                .collect(),
            total_link,
            total_text: format!("{} total score", def.name),
        }
    }

    fn items<'a>(&'a self, c: &'a CheckIn, total: u16) -> Vec<ResponseItem<'a>> {
        let mut items = Vec::with_capacity(self.def.items.len() + 1);
        for (item, link) in self.def.items.iter().zip(&self.link_ids) {
            let Some(a) = c.answers.iter().find(|a| a.item == item.id) else {
                continue;
            };
            let Some(choice) = item.options.iter().find(|o| o.code == a.option) else {
                continue;
            };
            items.push(ResponseItem {
                link_id: link.clone(),
                text: item.text.as_str().into(),
                answer: [Answer::Coding {
                    value_coding: AnswerCoding {
                        system: &self.system,
                        code: &choice.code,
                        display: (!choice.text.is_empty()).then_some(choice.text.as_str()),
                        extension: choice.score.map(|score| {
                            [Ordinal {
                                url: ORDINAL_VALUE,
                                value_decimal: score,
                            }]
                        }),
                    },
                }],
            });
        }
        items.push(ResponseItem {
            link_id: self.total_link.clone(),
            text: self.total_text.as_str().into(),
            answer: [Answer::Decimal {
                value_decimal: total,
            }],
        });
        items
    }
}

/// The FHIR R4 Bundle (type "collection") of the live check-ins from `from` to `to`, as the JSON
/// text of the file she saves. `patient_label` is only what the user typed for the therapist to
/// recognise her (a first name, initials or a code; may be empty); nothing else about her is
/// included. Compact, not pretty-printed: the file is for a health record system, and indenting
/// doubled a five-year file (1.8 MB instead of 0.9 MB).
pub fn fhir_bundle_json(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    patient_label: &str,
    now: Timestamp,
) -> String {
    let measures = Measures::builtin();
    let fhir: Vec<MeasureFhir> = instruments_in(&measures).map(MeasureFhir::new).collect();
    let recs = live_checkins_in_range(j, from, to);
    // Per check-in: (its definition's FHIR parts, score, response id, authored) kept alive here
    // so the resources can borrow them.
    struct Row<'a, 'd> {
        m: &'a MeasureFhir<'d>,
        rec: &'a Rec<CheckIn>,
        scored: ScoredCheckIn,
        id: String,
        authored: String,
    }
    let rows: Vec<Row> = recs
        .into_iter()
        .filter_map(|rec| {
            let m = fhir.iter().find(|m| m.def.id == rec.data.measure)?;
            Some(Row {
                m,
                rec,
                scored: score_checkin_with(&measures, &rec.data),
                id: uuid_for(rec.id.as_str()),
                authored: authored(rec),
            })
        })
        .collect();

    let patient_id = uuid::Uuid::new_v4().hyphenated().to_string();
    let patient_url = format!("urn:uuid:{patient_id}");
    let label = patient_label.trim();
    let mut entries = Vec::with_capacity(rows.len() + 1);
    entries.push(Entry {
        full_url: patient_url.clone(),
        resource: Resource::Patient(Patient {
            resource_type: "Patient",
            id: &patient_id,
            name: if label.is_empty() {
                Vec::new()
            } else {
                vec![Text { text: label }]
            },
        }),
    });
    let flag_texts: Vec<(String, String)> = rows
        .iter()
        .filter(|r| r.scored.safety_flag)
        .map(|r| {
            let item = r
                .scored
                .safety_item_score
                .map_or(String::new(), |s| format!(" (self-harm item scored {s})"));
            (
                uuid::Uuid::new_v4().hyphenated().to_string(),
                format!(
                    "Self-harm thoughts reported on the {} of {}{item}.",
                    r.scored.measure_name, r.rec.data.date
                ),
            )
        })
        .collect();
    for ((flag_id, text), r) in flag_texts
        .iter()
        .zip(rows.iter().filter(|r| r.scored.safety_flag))
    {
        entries.push(Entry {
            full_url: format!("urn:uuid:{flag_id}"),
            resource: Resource::Flag(Flag {
                resource_type: "Flag",
                id: flag_id.clone(),
                status: "active",
                category: [Codings {
                    coding: [Coding {
                        system: "http://terminology.hl7.org/CodeSystem/flag-category",
                        code: "clinical",
                        display: Some("Clinical"),
                    }],
                }],
                code: Text { text },
                subject: Reference {
                    reference: &patient_url,
                },
                period: Period {
                    start: r.authored.clone(),
                },
            }),
        });
    }
    for r in &rows {
        let complete = r.scored.item_scores.iter().all(Option::is_some);
        entries.push(Entry {
            full_url: format!("urn:uuid:{}", r.id),
            resource: Resource::Response(Response {
                resource_type: "QuestionnaireResponse",
                id: &r.id,
                questionnaire: &r.m.questionnaire,
                status: if complete { "completed" } else { "in-progress" },
                subject: Reference {
                    reference: &patient_url,
                },
                source: Reference {
                    reference: &patient_url,
                },
                authored: &r.authored,
                item: r.m.items(&r.rec.data, r.scored.total),
            }),
        });
    }
    let bundle = Bundle {
        resource_type: "Bundle",
        id: uuid::Uuid::new_v4().hyphenated().to_string(),
        kind: "collection",
        timestamp: now.to_rfc3339(),
        entry: entries,
    };
    serde_json::to_string(&bundle).unwrap_or_default()
}

/// The built-in definitions, for building each measure's FHIR parts once.
fn instruments_in(m: &Measures) -> impl Iterator<Item = &Definition> {
    ["phq9", "gad7", "epds"]
        .into_iter()
        .filter_map(|id| m.get(id))
}

/// The bundle of [`fhir_bundle_json`] as a JSON value (for reading it back).
pub fn fhir_bundle(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    patient_label: &str,
    now: Timestamp,
) -> Value {
    serde_json::from_str(&fhir_bundle_json(j, from, to, patient_label, now)).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::{d, sample_journal};
    use crate::domain::instruments;
    use crate::domain::record::tests::at;
    use crate::domain::record::CollectionExt;

    fn bundle() -> Value {
        fhir_bundle(
            &sample_journal(),
            d("2026-02-01"),
            d("2026-02-28"),
            "A.",
            at("2026-03-01T10:00:00+03:00"),
        )
    }

    fn resources(b: &Value, kind: &str) -> Vec<Value> {
        b["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["resource"].clone())
            .filter(|r| r["resourceType"] == kind)
            .collect()
    }

    #[test]
    fn bundle_is_a_collection_with_patient_flag_then_responses() {
        let b = bundle();
        assert_eq!(b["type"], "collection");
        let entries = b["entry"].as_array().unwrap();
        assert_eq!(entries.len(), 1 + 1 + 8);
        assert_eq!(entries[0]["resource"]["resourceType"], "Patient");
        assert_eq!(entries[0]["resource"]["name"][0]["text"], "A.");
        assert_eq!(entries[1]["resource"]["resourceType"], "Flag");
        let patient_url = entries[0]["fullUrl"].as_str().unwrap();
        for e in entries {
            assert!(e["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
        }
        for qr in resources(&b, "QuestionnaireResponse") {
            assert_eq!(qr["subject"]["reference"], patient_url);
            assert_eq!(qr["source"]["reference"], patient_url);
            assert_eq!(qr["status"], "completed");
        }
        let flag = &resources(&b, "Flag")[0];
        assert_eq!(
            flag["code"]["text"],
            "Self-harm thoughts reported on the PHQ-9 of 2026-02-02 (self-harm item scored 1)."
        );
    }

    #[test]
    fn the_file_is_compact_json_of_the_same_bundle() {
        let text = fhir_bundle_json(
            &sample_journal(),
            d("2026-02-01"),
            d("2026-02-28"),
            "A.",
            at("2026-03-01T10:00:00+03:00"),
        );
        assert!(!text.contains('\n'), "one line, no indentation");
        let b: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(b["resourceType"], "Bundle");
        assert_eq!(b["timestamp"], "2026-03-01T10:00:00+03:00");
        assert_eq!(b["entry"].as_array().unwrap().len(), 1 + 1 + 8);
    }

    #[test]
    fn phq9_response_is_coded_as_instruments_md_says() {
        let b = bundle();
        let qr = resources(&b, "QuestionnaireResponse")
            .into_iter()
            .find(|r| r["id"] == "20000000-0000-4000-8000-00000000000a")
            .unwrap();
        assert_eq!(qr["questionnaire"], "http://loinc.org/q/44249-1");
        assert_eq!(qr["authored"], "2026-02-02T21:00:00+03:00");
        let items = qr["item"].as_array().unwrap();
        assert_eq!(items[0]["linkId"], "/44250-9");
        assert_eq!(
            items[0]["text"],
            "Little interest or pleasure in doing things"
        );
        let coding = &items[0]["answer"][0]["valueCoding"];
        assert_eq!(coding["system"], "http://loinc.org");
        assert_eq!(coding["code"], "LA6570-1");
        assert_eq!(coding["display"], "More than half the days");
        assert_eq!(coding["extension"][0]["valueDecimal"], 2);
        assert_eq!(items[8]["linkId"], "/44260-8");
        assert_eq!(items[9]["linkId"], "/69722-7");
        assert_eq!(items[9]["answer"][0]["valueCoding"]["code"], "LA6573-5");
        assert!(items[9]["answer"][0]["valueCoding"]
            .get("extension")
            .is_none());
        assert_eq!(items[10]["linkId"], "/44261-6");
        assert_eq!(items[10]["answer"][0]["valueDecimal"], 17);
    }

    #[test]
    fn gad7_total_and_epds_own_codes() {
        let b = bundle();
        let gad = resources(&b, "QuestionnaireResponse")
            .into_iter()
            .find(|r| r["questionnaire"] == "http://loinc.org/q/69737-5")
            .unwrap();
        let items = gad["item"].as_array().unwrap();
        assert_eq!(items[7]["linkId"], "/70274-6");
        assert_eq!(items[7]["answer"][0]["valueDecimal"], 11);

        let mut j = Journal::default();
        let def = instruments::epds();
        let answers =
            crate::domain::exchange::sample::answers(&def, &[3, 2, 1, 0, 0, 1, 2, 3, 0, 1]);
        j.checkins.add(
            CheckIn {
                measure: "epds".into(),
                date: d("2026-03-02"),
                answers,
                safety_flag: true,
                since_last_met: String::new(),
                people_this_week: String::new(),
            },
            at("2026-03-02T08:00:00-05:00"),
        );
        let b = fhir_bundle(
            &j,
            d("2026-03-01"),
            d("2026-03-31"),
            "",
            at("2026-03-03T08:00:00-05:00"),
        );
        assert!(resources(&b, "Patient")[0].get("name").is_none());
        assert_eq!(resources(&b, "Flag").len(), 1);
        let qr = &resources(&b, "QuestionnaireResponse")[0];
        assert_eq!(
            qr["questionnaire"],
            format!("{APP_CANONICAL_BASE}/Questionnaire/epds")
        );
        let items = qr["item"].as_array().unwrap();
        assert_eq!(items[0]["linkId"], "epds.1");
        let coding = &items[0]["answer"][0]["valueCoding"];
        assert_ne!(coding["system"], "http://loinc.org");
        assert!(
            coding.get("display").is_none(),
            "no EPDS wording is exported"
        );
        assert_eq!(items[10]["linkId"], "epds.total");
        assert_eq!(items[10]["answer"][0]["valueDecimal"], 13);
        assert!(
            !b.to_string().contains("LA6"),
            "no LOINC answer codes invented"
        );
    }

    #[test]
    fn backdated_check_in_is_authored_on_its_own_day_with_offset() {
        let mut j = Journal::default();
        let def = instruments::gad7();
        j.checkins.add(
            CheckIn {
                measure: "gad7".into(),
                date: d("2026-03-01"),
                answers: crate::domain::exchange::sample::answers(&def, &[0; 7]),
                safety_flag: false,
                since_last_met: String::new(),
                people_this_week: String::new(),
            },
            at("2026-03-04T08:00:00-05:00"),
        );
        let b = fhir_bundle(
            &j,
            d("2026-03-01"),
            d("2026-03-31"),
            "",
            at("2026-03-04T08:00:00-05:00"),
        );
        assert_eq!(
            resources(&b, "QuestionnaireResponse")[0]["authored"],
            "2026-03-01T12:00:00-05:00"
        );
    }
}
