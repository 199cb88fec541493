//! Every language has every English key, non-empty, with the same `{{ variables }}`: a missing
//! key would silently show English in the middle of an Arabic page (build.rs only warns and shows English).

#![allow(clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

const LOCALES: [&str; 4] = ["es", "fr", "ar", "sw"];

fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

fn read(locale: &str, namespace: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(locale)
        .join(format!("{namespace}.json"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    flatten("", &value, &mut out);
    out
}

/// The `{{ name }}` variables of a translation.
fn variables(text: &str) -> BTreeSet<String> {
    text.split("{{")
        .skip(1)
        .filter_map(|rest| rest.split_once("}}"))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}

fn namespaces() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join("en");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("locales/en")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".json"))
                .map(String::from)
        })
        .collect();
    names.sort();
    names
}

type Entries = Vec<(String, String)>;

/// What is wrong with one language's file against English.
fn problems_between(label: &str, english: &Entries, theirs: &Entries) -> Vec<String> {
    let mut problems = Vec::new();
    for (key, en_text) in english {
        match theirs.iter().find(|(k, _)| k == key) {
            None => problems.push(format!("{label}: missing {key}")),
            Some((_, text)) if text.trim().is_empty() => {
                problems.push(format!("{label}: empty {key}"));
            }
            Some((_, text)) if variables(text) != variables(en_text) => problems.push(format!(
                "{label}: {key} has variables {:?}, English has {:?}",
                variables(text),
                variables(en_text)
            )),
            Some(_) => {}
        }
    }
    for (key, _) in theirs {
        if !english.iter().any(|(k, _)| k == key) {
            problems.push(format!("{label}: {key} is not in English"));
        }
    }
    problems
}

#[test]
fn locales_are_complete() {
    let mut problems = Vec::new();
    for ns in namespaces() {
        let english = read("en", &ns);
        for locale in LOCALES {
            problems.extend(problems_between(
                &format!("{locale}/{ns}"),
                &english,
                &read(locale, &ns),
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn missing_empty_and_mismatched_translations_are_caught() {
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
    let english = vec![
        pair("a", "Hello {{ name }}"),
        pair("b", "Bye"),
        pair("c", "Yes"),
    ];
    let theirs = vec![pair("a", "Hola"), pair("c", " "), pair("d", "Extra")];
    let problems = problems_between("es/x", &english, &theirs);
    assert_eq!(
        problems,
        [
            "es/x: a has variables {}, English has {\"name\"}",
            "es/x: missing b",
            "es/x: empty c",
            "es/x: d is not in English",
        ]
    );
}
