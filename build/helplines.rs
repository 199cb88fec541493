//! Generates `crate::domain::safety::COUNTRIES` from `public/helplines.json` (the same file the
//! static help page reads), so the numbers live in one place and the app carries them as plain
//! constants: no JSON parser or text in the WASM for them (the sources stay in the file: the app
//! does not show them). Refuses (fails the build) an entry without a source, a number with anything but digits and a leading '+', or an unknown note.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

const NOTES: [(&str, &str); 8] = [
    ("crisis_support", "CrisisSupport"),
    ("call_or_text", "CallOrText"),
    ("free", "Free"),
    ("free_confidential", "FreeConfidential"),
    ("maternal_hotline", "CallOrTextEnglishSpanishNotCrisis"),
    ("not_crisis_line", "NotACrisisLine"),
    ("violence_line", "ViolenceLine"),
    ("immediate_danger", "ImmediateDanger"),
];
const KINDS: [(&str, &str); 3] = [
    ("crisis", "Crisis"),
    ("maternal", "Maternal"),
    ("violence", "Violence"),
];
const SOURCE_KINDS: [(&str, &str); 4] = [
    ("operator", "Operator"),
    ("government", "Government"),
    ("partner", "Partner"),
    ("press", "Press"),
];

fn text<'a>(v: &'a Value, key: &str, at: &str) -> Result<&'a str, String> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| format!("helplines.json: {at} has no \"{key}\""))
}

fn pick<'a>(table: &[(&str, &'a str)], key: &str, at: &str) -> Result<&'a str, String> {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .ok_or_else(|| format!("helplines.json: {at}: unknown value \"{key}\""))
}

fn source(v: &Value, at: &str) -> Result<(), String> {
    let s = v
        .get("source")
        .ok_or_else(|| format!("helplines.json: {at} has no source"))?;
    let organisation = text(s, "organisation", at)?;
    let url = text(s, "url", at)?;
    if !url.starts_with("https://") {
        return Err(format!(
            "helplines.json: {at}: the source must be an https page"
        ));
    }
    let _ = organisation;
    pick(&SOURCE_KINDS, text(s, "kind", at)?, at).map(|_| ())
}

fn dial<'a>(v: &'a Value, at: &str) -> Result<&'a str, String> {
    let d = text(v, "dial", at)?;
    let ok = d
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || (c == '+' && i == 0));
    if ok {
        Ok(d)
    } else {
        Err(format!(
            "helplines.json: {at}: \"{d}\" is not a number to dial"
        ))
    }
}

pub fn generate(manifest: &Path, out: &Path) -> Result<(), String> {
    let path = manifest.join("public").join("helplines.json");
    println!("cargo::rerun-if-changed={}", path.display());
    println!("cargo::rerun-if-changed=build/helplines.rs");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let doc: Value = serde_json::from_str(&raw).map_err(|e| format!("helplines.json: {e}"))?;
    let countries = doc
        .get("countries")
        .and_then(Value::as_array)
        .ok_or("helplines.json: no countries")?;
    let mut rs = String::from("/// Generated from public/helplines.json by build.rs.\npub const COUNTRIES: &[Country] = &[\n");
    for c in countries {
        let code = text(c, "code", "a country")?;
        let name = text(c, "name", code)?;
        let _ = writeln!(
            rs,
            "    Country {{ code: {code:?}, name: {name:?}, lines: &["
        );
        for (i, l) in c
            .get("lines")
            .and_then(Value::as_array)
            .ok_or_else(|| format!("helplines.json: {code} has no lines list"))?
            .iter()
            .enumerate()
        {
            let at = format!("{code} line {}", i + 1);
            let line_name = text(l, "name", &at)?;
            let note = pick(&NOTES, text(l, "note", &at)?, &at)?;
            let kind = pick(&KINDS, text(l, "kind", &at)?, &at)?;
            let sms = l.get("text").and_then(Value::as_bool).unwrap_or(false);
            let _ = writeln!(
                rs,
                "        line({line_name:?}, LineKind::{kind}, {:?}, {:?}, Note::{note}, {sms}),",
                dial(l, &at)?,
                text(l, "shown", &at)?,
            );
            // Checked here (the build fails without it); kept in the data file, not in the WASM.
            source(l, &at)?;
        }
        rs.push_str("    ], emergency: ");
        match c.get("emergency") {
            None | Some(Value::Null) => rs.push_str("None"),
            Some(e) => {
                let at = format!("{code} emergency");
                source(e, &at)?;
                let _ = write!(
                    rs,
                    "Some(emergency({:?}, {:?}))",
                    dial(e, &at)?,
                    text(e, "shown", &at)?,
                );
            }
        }
        rs.push_str(" },\n");
    }
    rs.push_str("];\n");
    std::fs::write(out.join("helplines.rs"), rs).map_err(|e| e.to_string())
}
