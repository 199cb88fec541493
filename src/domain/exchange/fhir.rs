//! FHIR R4 export: a Bundle of type "collection" holding a pseudonymous Patient, one Flag per
//! check-in whose self-harm item was answered above 0 (so the therapist's system shows it first),
//! and one QuestionnaireResponse per check-in, coded as `domain/instruments.md` says:
//! `questionnaire` = the LOINC panel's canonical URL (the app's own for the EPDS), items with
//! linkId "/" + LOINC item code, answers as `valueCoding` (LOINC answer codes, with each option's
//! score as the `ordinalValue` extension), and the total as `valueDecimal` under the LOINC total
//! code. The EPDS has no LOINC answer codes: its options keep the app's own letters.

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::csv::score_checkin;
use crate::domain::checkin::CheckIn;
use crate::domain::instruments::{self, Definition, LOINC_SYSTEM};
use crate::domain::journal::Journal;
use crate::domain::record::{CollectionExt, Rec, Timestamp};

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

fn items_json(def: &Definition, c: &CheckIn, total: u16) -> Vec<Value> {
    let mut items = Vec::new();
    for item in &def.items {
        let Some(a) = c.answers.iter().find(|a| a.item == item.id) else {
            continue;
        };
        let Some(choice) = item.options.iter().find(|o| o.code == a.option) else {
            continue;
        };
        let system = def
            .answer_system
            .clone()
            .unwrap_or_else(|| format!("{APP_CANONICAL_BASE}/CodeSystem/{}-options", def.id));
        let mut coding = json!({ "system": system, "code": choice.code });
        if !choice.text.is_empty() {
            coding["display"] = json!(choice.text);
        }
        if let Some(score) = choice.score {
            coding["extension"] = json!([{ "url": ORDINAL_VALUE, "valueDecimal": score }]);
        }
        let mut it = json!({
            "linkId": link_id(&item.id, item.loinc.as_deref()),
            "answer": [{ "valueCoding": coding }],
        });
        if !item.text.is_empty() {
            it["text"] = json!(item.text);
        }
        items.push(it);
    }
    let total_link = match (def.answer_system.as_deref(), def.total_loinc.as_deref()) {
        (Some(LOINC_SYSTEM), Some(code)) => format!("/{code}"),
        _ => format!("{}.total", def.id),
    };
    items.push(json!({
        "linkId": total_link,
        "text": format!("{} total score", def.name),
        "answer": [{ "valueDecimal": total }],
    }));
    items
}

/// The FHIR R4 Bundle (type "collection") of the live check-ins from `from` to `to`. `patient_label`
/// is only what the user typed for the therapist to recognise her (a first name, initials or a
/// code; may be empty); nothing else about her is included.
pub fn fhir_bundle(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    patient_label: &str,
    now: Timestamp,
) -> Value {
    let patient_id = uuid::Uuid::new_v4().hyphenated().to_string();
    let patient_ref = json!({ "reference": format!("urn:uuid:{patient_id}") });
    let mut patient = json!({ "resourceType": "Patient", "id": patient_id });
    if !patient_label.trim().is_empty() {
        patient["name"] = json!([{ "text": patient_label.trim() }]);
    }
    let mut entries =
        vec![json!({ "fullUrl": format!("urn:uuid:{patient_id}"), "resource": patient })];
    let mut flags = Vec::new();
    let mut responses = Vec::new();
    let mut recs: Vec<&Rec<CheckIn>> = j
        .checkins
        .live()
        .filter(|r| r.data.date >= from && r.data.date <= to)
        .collect();
    recs.sort_by(|a, b| {
        (a.data.date, &a.data.measure, a.created_at).cmp(&(
            b.data.date,
            &b.data.measure,
            b.created_at,
        ))
    });
    for rec in recs {
        let Some(def) = instruments::by_id(&rec.data.measure) else {
            continue;
        };
        let scored = score_checkin(&rec.data);
        let complete = scored.item_scores.iter().all(Option::is_some);
        let id = uuid_for(rec.id.as_str());
        let qr = json!({
            "resourceType": "QuestionnaireResponse",
            "id": id,
            "questionnaire": questionnaire_url(&def),
            "status": if complete { "completed" } else { "in-progress" },
            "subject": patient_ref,
            "source": patient_ref,
            "authored": authored(rec),
            "item": items_json(&def, &rec.data, scored.total),
        });
        if scored.safety_flag {
            let flag_id = uuid::Uuid::new_v4().hyphenated().to_string();
            let item = scored
                .safety_item_score
                .map_or(String::new(), |s| format!(" (self-harm item scored {s})"));
            flags.push(json!({
                "fullUrl": format!("urn:uuid:{flag_id}"),
                "resource": {
                    "resourceType": "Flag",
                    "id": flag_id,
                    "status": "active",
                    "category": [{ "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/flag-category",
                        "code": "clinical",
                        "display": "Clinical"
                    }]}],
                    "code": { "text": format!(
                        "Self-harm thoughts reported on the {} of {}{item}.",
                        scored.measure_name, rec.data.date.format("%Y-%m-%d")
                    )},
                    "subject": patient_ref,
                    "period": { "start": authored(rec) },
                }
            }));
        }
        responses.push(json!({ "fullUrl": format!("urn:uuid:{id}"), "resource": qr }));
    }
    entries.extend(flags);
    entries.extend(responses);
    json!({
        "resourceType": "Bundle",
        "id": uuid::Uuid::new_v4().hyphenated().to_string(),
        "type": "collection",
        "timestamp": now.to_rfc3339(),
        "entry": entries,
    })
}

/// The bundle as pretty JSON text, for the file the user saves.
pub fn fhir_bundle_json(
    j: &Journal,
    from: NaiveDate,
    to: NaiveDate,
    patient_label: &str,
    now: Timestamp,
) -> String {
    serde_json::to_string_pretty(&fhir_bundle(j, from, to, patient_label, now)).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::exchange::sample::{d, sample_journal};
    use crate::domain::record::tests::at;

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
