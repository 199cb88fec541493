//! Every language has every English key, non-empty, with the same `{{ variables }}`: a missing
//! key would silently show English in the middle of an Arabic page (leptos_i18n only warns).

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

#[test]
fn locales_are_complete() {
    let mut problems = Vec::new();
    for ns in namespaces() {
        let english = read("en", &ns);
        for locale in LOCALES {
            let theirs = read(locale, &ns);
            for (key, en_text) in &english {
                match theirs.iter().find(|(k, _)| k == key) {
                    None => problems.push(format!("{locale}/{ns}: missing {key}")),
                    Some((_, text)) if text.trim().is_empty() => {
                        problems.push(format!("{locale}/{ns}: empty {key}"))
                    }
                    Some((_, text)) if variables(text) != variables(en_text) => {
                        problems.push(format!(
                            "{locale}/{ns}: {key} has variables {:?}, English has {:?}",
                            variables(text),
                            variables(en_text)
                        ))
                    }
                    Some(_) => {}
                }
            }
            for (key, _) in &theirs {
                if !english.iter().any(|(k, _)| k == key) {
                    problems.push(format!("{locale}/{ns}: {key} is not in English"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_missing_translation_is_caught() {
    // The check above must be able to fail: a key only English has is reported.
    let english = vec![("a.b".to_string(), "Hello {{ name }}".to_string())];
    let theirs: Vec<(String, String)> = vec![("a.b".to_string(), "Hola".to_string())];
    let (_, en_text) = &english[0];
    let (_, text) = &theirs[0];
    assert_ne!(variables(text), variables(en_text));
    assert_eq!(variables(en_text), BTreeSet::from(["name".to_string()]));
}
