//! Which clinic questionnaire files sit beside the app: `clinic/manifest.json`, written by the
//! build (`scripts/clinic-manifest.mjs`) and by a clinic after placing its files. The app asks only
//! for the files listed, so a normal start makes no failing request.
//!
//! Format: `{"format":"between-sessions/clinic-files","version":1,"files":["epds.json"]}`.

use serde::Deserialize;

/// The `format` of the manifest.
pub const MANIFEST_FORMAT: &str = "between-sessions/clinic-files";
/// The path of the manifest beside the app.
pub const MANIFEST_PATH: &str = "/clinic/manifest.json";

#[derive(Deserialize)]
struct Manifest {
    format: String,
    version: u32,
    files: Vec<String>,
}

/// The measures of `known` whose file (`<measure>.json`) the manifest lists, in `known`'s order.
/// A manifest that cannot be read lists nothing (the built-in wording is used).
pub fn listed<'a>(manifest: &str, known: &[&'a str]) -> Vec<&'a str> {
    let Ok(m) = serde_json::from_str::<Manifest>(manifest) else {
        return Vec::new();
    };
    if m.format != MANIFEST_FORMAT || m.version != 1 {
        return Vec::new();
    }
    known
        .iter()
        .copied()
        .filter(|k| m.files.iter().any(|f| f.strip_suffix(".json") == Some(k)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 3] = ["epds", "phq9", "gad7"];

    #[test]
    fn only_listed_files_of_known_measures_are_asked_for() {
        let m = r#"{"format":"between-sessions/clinic-files","version":1,"files":["gad7.json","k10.json","epds.json"]}"#;
        assert_eq!(listed(m, &KNOWN), vec!["epds", "gad7"]);
        let none = r#"{"format":"between-sessions/clinic-files","version":1,"files":[]}"#;
        assert!(listed(none, &KNOWN).is_empty());
    }

    #[test]
    fn an_unreadable_or_foreign_manifest_lists_nothing() {
        for m in [
            "",
            "<html>",
            r#"{"format":"other","version":1,"files":["epds.json"]}"#,
            r#"{"format":"between-sessions/clinic-files","version":2,"files":["epds.json"]}"#,
            r#"{"format":"between-sessions/clinic-files","version":1,"files":"epds.json"}"#,
        ] {
            assert!(listed(m, &KNOWN).is_empty(), "{m}");
        }
    }
}
