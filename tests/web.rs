//! Browser tier: the store against real localStorage in headless Chromium
//! (wasm-bindgen-test-runner + Debian chromedriver; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use between_sessions::domain::journal::{Document, DocumentError};
use between_sessions::store::{self, Loaded, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        Some(s) => s,
        None => panic!("the test browser has localStorage"),
    }
}

fn fresh(profile: &str) {
    let s = local();
    let keys: Vec<String> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.contains(&format!(":{profile}:")))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}

#[wasm_bindgen_test]
fn a_saved_journal_loads_back_identical() {
    fresh("roundtrip");
    let Ok(Loaded::Fresh(mut doc)) = store::load("roundtrip") else {
        panic!("an empty profile loads as a fresh journal");
    };
    let mut settings = doc.journal.settings();
    settings.country = "GB".into();
    doc.journal.set_settings(settings, store::now());
    assert_eq!(store::save("roundtrip", &doc), Ok(()));
    match store::load("roundtrip") {
        Ok(Loaded::Existing(back)) => assert_eq!(back, doc),
        other => panic!("expected the saved journal, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_under_a_recovery_key_and_not_overwritten() {
    fresh("corrupt");
    let key = store::journal_key("corrupt");
    let raw = "{\"format\":\"between-sessions/journal\",\"schema\":1,\"journal\":{";
    local()
        .set_item(&key, raw)
        .unwrap_or_else(|_| panic!("set"));
    let Ok(Loaded::Recovered {
        recovery_key,
        reason,
        doc,
    }) = store::load("corrupt")
    else {
        panic!("a corrupt document is reported as recovered");
    };
    assert!(matches!(reason, DocumentError::NotJson(_)), "{reason:?}");
    assert_eq!(doc.journal, Document::new(store::now()).journal);
    assert_eq!(
        local().get_item(&recovery_key).ok().flatten().as_deref(),
        Some(raw)
    );
    assert_eq!(local().get_item(&key).ok().flatten().as_deref(), Some(raw));
    // Loading again reuses the same recovery copy.
    let Ok(Loaded::Recovered {
        recovery_key: again,
        ..
    }) = store::load("corrupt")
    else {
        panic!("still recovered");
    };
    assert_eq!(again, recovery_key);
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_previous_save_survives() {
    fresh("quota");
    let s = local();
    let doc = Document::new(store::now());
    assert_eq!(store::save("quota", &doc), Ok(()));
    // Fill storage with junk until the browser refuses.
    let chunk = "x".repeat(256 * 1024);
    let mut filled = Vec::new();
    for i in 0..64 {
        let k = format!("between-sessions:junk:{i}");
        if s.set_item(&k, &chunk).is_err() {
            break;
        }
        filled.push(k);
    }
    let mut big = doc.clone();
    let mut settings = big.journal.settings();
    settings.language = "y".repeat(512 * 1024);
    big.journal.set_settings(settings, store::now());
    let result = store::save("quota", &big);
    for k in &filled {
        let _ = s.remove_item(k);
    }
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert!(StoreError::QuotaExceeded.to_string().contains("full"));
    match store::load("quota") {
        Ok(Loaded::Existing(back)) => assert_eq!(back, doc, "the last good save is intact"),
        other => panic!("expected the earlier journal, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn drafts_survive_and_can_be_cleared() {
    fresh("drafts");
    assert_eq!(
        store::save_draft("drafts", "checkin", &vec![1u8, 2, 3]),
        Ok(())
    );
    assert_eq!(
        store::load_draft::<Vec<u8>>("drafts", "checkin"),
        Some(vec![1, 2, 3])
    );
    assert_eq!(store::clear_draft("drafts", "checkin"), Ok(()));
    assert_eq!(store::load_draft::<Vec<u8>>("drafts", "checkin"), None);
}
