//! The therapist reads the summary: its self-care lines never speak to "you" (as the People week
//! view does, which she reads), in every language.

#![allow(clippy::expect_used)]

use std::path::Path;

use serde_json::Value;

/// The summary's self-care lines of `locale`: (key, text).
fn did_lines(locale: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join("share.json");
    let text = std::fs::read_to_string(&path).expect("share.json");
    let value: Value = serde_json::from_str(&text).expect("share.json is JSON");
    let summary = value
        .get("summary")
        .and_then(Value::as_object)
        .expect("share.summary");
    let lines: Vec<(String, String)> = summary
        .iter()
        .filter(|(k, _)| k.starts_with("did_") || k.starts_with("sessions_"))
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
        .collect();
    // Six kinds of line (and the course's sessions) in four plural forms each.
    assert_eq!(lines.len(), 28, "{locale}: {lines:?}");
    lines
}

/// Words that address the reader (or speak as her) in each language.
fn second_person(locale: &str) -> &'static [&'static str] {
    match locale {
        "en" => &[" you", " your", " i ", " my "],
        "es" => &[" tu ", " te ", "aste ", " fuiste", " fui ", " usted"],
        "fr" => &[" vous", " votre", " je ", " j’", " mon "],
        // The second person feminine ending (تِ, كِ) and the first person (تُ).
        "ar" => &["تِ", "كِ", "تُ", "هدفك"],
        "sw" => &[" uli", " lako", " nili", " wako"],
        _ => &[],
    }
}

#[test]
fn the_summary_self_care_lines_speak_of_her_not_to_her_in_every_language() {
    for locale in ["en", "es", "fr", "ar", "sw"] {
        for (key, text) in did_lines(locale) {
            // Spaces around, so a word is matched at its start: " uli" (you did), not "kuliandikwa".
            let lower = format!(" {} ", text.to_lowercase());
            for word in second_person(locale) {
                assert!(
                    !lower.contains(&word.to_lowercase()),
                    "{locale} share.summary.{key} speaks to her ({word:?}): {text}"
                );
            }
        }
    }
}

#[test]
fn the_people_week_view_still_speaks_to_her() {
    // The same counts on her own week page are hers to read: the test above would catch them.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/people.json");
    let value: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("people.json")).expect("JSON");
    let line = value
        .pointer("/week/did_days_one")
        .and_then(Value::as_str)
        .expect("people.week.did_days_one");
    assert!(line.starts_with("You "), "{line}");
}
