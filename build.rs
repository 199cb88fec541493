//! Generates the `i18n` module (locales, keys, the `t!` macros) from
//! `locales/<locale>/<namespace>.json` for the browser build. Keys are checked at compile time:
//! a key missing from English is an error; one missing from another language falls back to
//! English and is reported as a warning (and by the host test `locales_are_complete`).

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::path::PathBuf;

/// Languages offered, English first (the fallback). Keep in step with `src/ui/i18n.rs`.
const LOCALES: [&str; 5] = ["en", "es", "fr", "ar", "sw"];
/// One file of keys per room of the app.
const NAMESPACES: [&str; 8] = [
    "common", "checkin", "people", "work", "learn", "safety", "share", "privacy",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    // Only the browser build has a UI; host builds (domain tests) skip the generation.
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let cfg = Config::new(LOCALES[0])?
        .add_locales(&LOCALES[1..])?
        .add_namespaces(NAMESPACES)?
        // `t_string!` with {{ variables }} (for aria-labels and titles), not only `t!` views.
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    infos.generate_i18n_module(out.join("i18n"))?;
    Ok(())
}
