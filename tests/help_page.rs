//! The static help page (`public/help.js`, no WASM) carries a copy of the few texts it needs: the
//! copy must say what the app says, in every language, so the help page never drifts from it.

#![allow(clippy::expect_used)]

use std::path::Path;

use serde_json::Value;

fn locale_text(locale: &str, namespace: &str, path: &str) -> String {
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join(format!("{namespace}.json"));
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(file).expect("locale file")).expect("json");
    for k in path.split('.') {
        v = v.get(k).cloned().unwrap_or(Value::Null);
    }
    v.as_str().unwrap_or_default().to_owned()
}

#[test]
fn the_help_page_texts_are_the_apps() {
    let js = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/help.js"))
        .expect("help.js");
    let start = js.find("var TEXT = ").expect("TEXT") + "var TEXT = ".len();
    let end = start + js[start..].find(";\n").expect("end of TEXT");
    let table: Value = serde_json::from_str(&js[start..end]).expect("TEXT is JSON");
    let pairs = [
        ("title", "safety", "title"),
        ("lead", "safety", "lead"),
        ("crisis_title", "safety", "crisis_title"),
        ("crisis_title_in", "safety", "crisis_title_in"),
        ("call", "safety", "call"),
        ("sms", "safety", "sms"),
        ("choose_here", "safety", "choose_here"),
        ("local_help", "safety", "local_help"),
        ("emergency", "safety", "names.emergency"),
        ("local_emergency", "safety", "names.local_emergency"),
        ("own_title", "safety", "own.title"),
        ("call_name", "safety", "people.call"),
        ("hurt_title", "safety", "hurt.title"),
        ("hurt_no_line", "safety", "hurt.no_line"),
        ("hurt_teaser", "safety", "hurt.teaser"),
        ("not_chosen", "common", "settings.not_chosen"),
        ("note_violence_line", "safety", "notes.violence_line"),
        ("note_immediate_danger", "safety", "notes.immediate_danger"),
        ("note_local_emergency", "safety", "notes.local_emergency"),
    ];
    for locale in ["en", "es", "fr", "ar", "sw"] {
        for (key, ns, path) in pairs {
            let copy = table[locale][key].as_str().unwrap_or_default();
            assert!(!copy.is_empty(), "{locale}: help.js has no {key}");
            assert_eq!(
                copy,
                locale_text(locale, ns, path),
                "{locale}: help.js {key}"
            );
        }
    }
}
