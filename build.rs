//! Generates the UI text tables (`crate::i18n`) from `locales/<locale>/<namespace>.json` for the
//! browser build: a `Locale` enum and one constant per key (so a wrong key is a compile error).
//! The texts themselves are files of their own, `dist/lang/<code>-<hash>.txt` (written by
//! scripts/lang-packs.mjs, named in index.html), English too in the release (`split`) build, so a
//! change of wording changes one small file and never the WASM; other builds (tests, clippy) keep
//! English compiled in as one string. A key
//! with `{{ variables }}` gets a typed constant that carries their names, so `t_string!` checks
//! at compile time that every variable is given.
//! A key missing from another language falls back to English with a warning; the host test
//! `tests/locales.rs` fails on it.
//!
//! Why not leptos_i18n (used until 2026-11): measured on this app (1,139 keys, 5 languages), its
//! per-call-site `match` over every language cost ~127 KB gzip of WASM beyond the text itself;
//! this table costs a few hundred bytes of code. See the README, "Measured".

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

#[path = "build/helplines.rs"]
mod helplines;

/// Languages offered, English first (the fallback), in `Locale` order.
const LOCALES: [&str; 5] = ["en", "es", "fr", "ar", "sw"];
/// One file of keys per room of the app.
const NAMESPACES: [&str; 11] = [
    "common", "checkin", "people", "work", "learn", "safety", "share", "privacy", "data", "rooms",
    "caseload",
];
/// Separates the texts of one language in its string (never typed by a translator).
const SEPARATOR: char = '\u{1f}';

type Flat = BTreeMap<String, String>;

fn flatten(prefix: &str, v: &Value, out: &mut Flat) -> Result<(), String> {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}.{k}"), v, out)?;
            }
            Ok(())
        }
        Value::String(s) => {
            out.insert(prefix.trim_start_matches('.').to_string(), s.clone());
            Ok(())
        }
        _ => Err(format!("{prefix}: a translation must be a string")),
    }
}

fn read(dir: &Path, locale: &str) -> Result<Flat, String> {
    let mut flat = Flat::new();
    for ns in NAMESPACES {
        let path = dir.join(locale).join(format!("{ns}.json"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: Value =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        flatten(ns, &value, &mut flat)?;
    }
    Ok(flat)
}

/// The `{{ name }}` variables of a text, in order of first use.
fn variables(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for rest in text.split("{{").skip(1) {
        if let Some((name, _)) = rest.split_once("}}") {
            let name = name.trim().to_string();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

const KEYWORDS: [&str; 12] = [
    "as", "break", "const", "fn", "for", "if", "impl", "in", "loop", "match", "mod", "type",
];

fn ident(name: &str) -> String {
    if KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_string()
    }
}

/// Nested modules of key constants, `keys::common::banner::update`.
#[derive(Default)]
struct Tree {
    leaves: Vec<(String, usize, Vec<String>)>,
    children: BTreeMap<String, Tree>,
}

impl Tree {
    fn insert(&mut self, path: &[&str], index: usize, vars: Vec<String>) {
        match path {
            [leaf] => self.leaves.push((leaf.to_string(), index, vars)),
            [first, rest @ ..] => self
                .children
                .entry(first.to_string())
                .or_default()
                .insert(rest, index, vars),
            [] => {}
        }
    }

    fn write(&self, out: &mut String, depth: usize) {
        let up = "super::".repeat(depth);
        for (name, index, vars) in &self.leaves {
            if vars.is_empty() {
                let _ = writeln!(out, "pub const {}: {up}K = {up}K({index});", ident(name));
            } else {
                let names: Vec<String> = vars.iter().map(|v| format!("{v:?}")).collect();
                let _ = writeln!(
                    out,
                    "pub const {}: {up}V<{}> = {up}V({index}, [{}]);",
                    ident(name),
                    vars.len(),
                    names.join(", ")
                );
            }
        }
        for (name, child) in &self.children {
            let _ = writeln!(out, "pub mod {} {{", ident(name));
            child.write(out, depth + 1);
            out.push_str("}\n");
        }
    }
}

fn main() -> Result<(), String> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    // The crisis numbers: needed by the domain on every target (host tests too).
    helplines::generate(&manifest, &out)?;
    // Only the browser build has a UI; host builds (domain tests) skip the generation.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?)
        .join("locales");
    let english = read(&dir, LOCALES[0])?;
    let mut tree = Tree::default();
    for (index, (key, text)) in english.iter().enumerate() {
        let path: Vec<&str> = key.split('.').collect();
        tree.insert(&path, index, variables(text));
    }
    let mut out = String::new();
    out.push_str("/// The languages of the UI, as their ISO 639-1 codes.\n");
    out.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]\n");
    out.push_str("#[allow(non_camel_case_types)]\npub enum Locale {\n");
    for l in LOCALES {
        let _ = writeln!(out, "    {l},");
    }
    out.push_str("}\n\n/// Every language, English first.\n");
    let _ = writeln!(
        out,
        "pub const LOCALES: [Locale; {}] = [{}];",
        LOCALES.len(),
        LOCALES.map(|l| format!("Locale::{l}")).join(", ")
    );
    let _ = writeln!(
        out,
        "const CODES: [&str; {}] = {:?};",
        LOCALES.len(),
        LOCALES
    );
    let _ = writeln!(
        out,
        "/// How many texts each language has.\npub const KEYS: usize = {};",
        english.len()
    );
    let _ = writeln!(out, "const SEPARATOR: char = {SEPARATOR:?};");
    for locale in LOCALES {
        // (English is checked below like the others: no separator inside a text.)
        let other;
        let flat = if locale == LOCALES[0] {
            &english
        } else {
            other = read(&dir, locale)?;
            &other
        };
        let mut joined = String::new();
        for (index, (key, en)) in english.iter().enumerate() {
            let text = match flat.get(key) {
                Some(t) if !t.trim().is_empty() => t,
                _ => {
                    println!("cargo::warning={locale} has no text for {key}: English is shown");
                    en
                }
            };
            if text.contains(SEPARATOR) {
                return Err(format!("{locale} {key}: contains U+001F"));
            }
            let (mut mine, mut theirs) = (variables(text), variables(en));
            mine.sort();
            theirs.sort();
            if mine != theirs {
                println!(
                    "cargo::warning={locale} {key}: variables {mine:?}, English has {theirs:?}"
                );
            }
            if index > 0 {
                joined.push(SEPARATOR);
            }
            joined.push_str(text);
        }
        // The release build reads English from its file like the others (scripts/lang-packs.mjs
        // writes the same bytes), so the WASM does not change when a text does.
        if locale == LOCALES[0] {
            let _ = writeln!(
                out,
                "/// English, in key order, separated by U+001F.\n#[cfg(not(feature = \"split\"))]\nstatic EN: &str = {joined:?};"
            );
        }
    }
    out.push_str("\n/// One constant per key, `keys::<namespace>::<key>`.\n");
    out.push_str("#[allow(non_upper_case_globals, missing_docs)]\npub mod keys {\n");
    tree.write(&mut out, 1);
    out.push_str("}\n");
    let file = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?).join("i18n.rs");
    std::fs::write(&file, out).map_err(|e| format!("{}: {e}", file.display()))
}
