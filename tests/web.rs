//! Browser tier: the store against real localStorage in headless Chromium
//! (wasm-bindgen-test-runner + Debian chromedriver; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use between_sessions::domain::exchange::migrate::DocumentError;
use between_sessions::domain::journal::Document;
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
fn a_journal_from_a_newer_version_is_never_written_over() {
    fresh("newer");
    let key = store::journal_key("newer");
    let raw = r#"{"format":"between-sessions/journal","schema":2,"journal":{"dreams":{}}}"#;
    local()
        .set_item(&key, raw)
        .unwrap_or_else(|_| panic!("set"));
    let Ok(Loaded::Recovered {
        recovery_key,
        reason,
        ..
    }) = store::load("newer")
    else {
        panic!("a newer journal is not opened");
    };
    assert_eq!(reason, DocumentError::TooNew { schema: 2 });
    assert!(store::is_newer("newer"));
    assert!(!store::is_newer("roundtrip"));
    let doc = Document::new(store::now());
    assert_eq!(store::save("newer", &doc), Err(StoreError::Newer));
    let seen = std::rc::Rc::new(std::cell::RefCell::new(None));
    let out = seen.clone();
    store::lock::save_then(
        "newer",
        &doc,
        std::rc::Rc::new(move |r| *out.borrow_mut() = Some(r)),
    );
    assert_eq!(*seen.borrow(), Some(Err(StoreError::Newer)));
    assert_eq!(local().get_item(&key).ok().flatten().as_deref(), Some(raw));
    // The copy kept for recovery is listed, and deleting it removes only it.
    let kept = store::kept::list("newer");
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].key, recovery_key);
    assert_eq!(kept[0].bytes, raw.len());
    assert!(kept[0].when.is_some());
    assert_eq!(store::kept::delete("newer", &recovery_key), Ok(()));
    assert!(store::kept::list("newer").is_empty());
    assert_eq!(store::kept::delete("newer", &key), Ok(()));
    assert_eq!(
        local().get_item(&key).ok().flatten().as_deref(),
        Some(raw),
        "only recovery copies can be deleted there"
    );
}

#[wasm_bindgen_test]
fn an_impossible_stored_journal_is_kept_for_recovery_not_opened() {
    fresh("impossible");
    let key = store::journal_key("impossible");
    let raw = r#"{"format":"between-sessions/journal","schema":1,"app_version":"0.1.0","created_at":"2026-03-01T08:00:00Z","updated_at":"2026-03-01T08:00:00Z","journal":{"people":{"p1":{"created_at":"2026-03-01T08:00:00Z","updated_at":"2026-03-01T08:00:00Z","data":{"name":" ","ring":"most"}}}}}"#;
    local()
        .set_item(&key, raw)
        .unwrap_or_else(|_| panic!("set"));
    match store::load("impossible") {
        Ok(Loaded::Recovered { reason, .. }) => {
            assert!(matches!(reason, DocumentError::Invalid(_)), "{reason:?}")
        }
        other => panic!("expected a recovered journal, got {other:?}"),
    }
    assert_eq!(local().get_item(&key).ok().flatten().as_deref(), Some(raw));
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

/// Wait for a JS timer (the wrong-passcode delay is real time).
async fn sleep_ms(ms: i32) {
    store::lock::sleep_ms(ms).await;
}

fn stored(key: &str) -> Option<String> {
    local().get_item(key).ok().flatten()
}

#[wasm_bindgen_test]
async fn a_passcode_encrypts_the_journal_and_drafts_and_opens_them_again() {
    use between_sessions::domain::lock::{Envelope, Kind, ITERATIONS};
    fresh("sealed");
    let _ = local().remove_item("between-sessions:sealed:lock-state");
    let mut doc = Document::new(store::now());
    let mut settings = doc.journal.settings();
    settings.share_label = "Nomsa secret label".into();
    doc.journal.set_settings(settings, store::now());
    assert_eq!(store::save("sealed", &doc), Ok(()));
    assert_eq!(
        store::save_draft("sealed", "note", &"half a thought about Nomsa"),
        Ok(())
    );

    assert_eq!(
        store::lock::set_passcode("sealed", "river stone", &doc).await,
        Ok(())
    );
    assert!(store::lock::settled(10_000).await);
    let raw = stored(&store::journal_key("sealed")).unwrap_or_default();
    let env = match Envelope::parse(&raw, Kind::Journal) {
        Ok(e) => e,
        Err(e) => panic!("a locked envelope is stored: {e}"),
    };
    assert_eq!(env.iterations, ITERATIONS);
    assert!(env.iterations >= 600_000);
    assert!(!raw.contains("Nomsa"));
    assert_eq!(
        stored("between-sessions:sealed:draft:note"),
        None,
        "no plain draft is left"
    );
    assert!(!stored("between-sessions:sealed:drafts")
        .unwrap_or_default()
        .contains("Nomsa"));
    // While open, drafts read back from memory, and a save is encrypted with a fresh IV.
    assert_eq!(
        store::load_draft::<String>("sealed", "note").as_deref(),
        Some("half a thought about Nomsa")
    );
    assert_eq!(store::save("sealed", &doc), Ok(()));
    assert!(store::lock::settled(10_000).await);
    let again = stored(&store::journal_key("sealed")).unwrap_or_default();
    let env2 = match Envelope::parse(&again, Kind::Journal) {
        Ok(e) => e,
        Err(e) => panic!("still locked: {e}"),
    };
    assert_ne!(env2.iv, env.iv, "a fresh IV for every save");
    assert_eq!(env2.salt, env.salt);

    // Locked: nothing readable, nothing written in plain.
    store::lock::end_session();
    assert_eq!(store::load("sealed"), Ok(Loaded::Locked));
    assert_eq!(store::load_draft::<String>("sealed", "note"), None);
    assert_eq!(store::save("sealed", &doc), Err(StoreError::Locked));
    assert_eq!(
        store::save_draft("sealed", "note", &"plain"),
        Err(StoreError::Locked)
    );
    assert_eq!(stored("between-sessions:sealed:draft:note"), None);

    // Round trip.
    match store::lock::unlock("sealed", "river stone").await {
        Ok(Loaded::Existing(back)) => assert_eq!(back.journal, doc.journal),
        Ok(other) => panic!("expected the journal, got {other:?}"),
        Err(e) => panic!("the right passcode opens it: {e}"),
    }
    assert_eq!(
        store::load_draft::<String>("sealed", "note").as_deref(),
        Some("half a thought about Nomsa")
    );

    // Removing the passcode loses nothing.
    assert_eq!(
        store::lock::remove_passcode("sealed", "river stone", &doc).await,
        Ok(())
    );
    assert!(store::lock::settled(10_000).await);
    match store::load("sealed") {
        Ok(Loaded::Existing(back)) => assert_eq!(back.journal, doc.journal),
        other => panic!("a plain journal again, got {other:?}"),
    }
    assert_eq!(
        store::load_draft::<String>("sealed", "note").as_deref(),
        Some("half a thought about Nomsa")
    );
    assert_eq!(stored("between-sessions:sealed:drafts"), None);
}

#[wasm_bindgen_test]
async fn a_wrong_passcode_is_refused_and_slowed_down() {
    fresh("wrong");
    let _ = local().remove_item("between-sessions:wrong:lock-state");
    let doc = Document::new(store::now());
    assert_eq!(
        store::lock::set_passcode("wrong", "blue kettle", &doc).await,
        Ok(())
    );
    assert!(store::lock::settled(10_000).await);
    store::lock::end_session();
    match store::lock::unlock("wrong", "not it").await {
        Err(store::lock::LockError::Wrong { wait_secs: 1 }) => {}
        other => panic!("a wrong passcode is refused with a 1 s wait: {other:?}"),
    }
    assert!(!store::lock::is_unlocked("wrong"));
    // Even the right passcode waits its turn.
    match store::lock::unlock("wrong", "blue kettle").await {
        Err(store::lock::LockError::Wait { secs }) => assert!(secs >= 1),
        other => panic!("tries wait: {other:?}"),
    }
    sleep_ms(1100).await;
    match store::lock::unlock("wrong", "still not").await {
        Err(store::lock::LockError::Wrong { wait_secs: 2 }) => {}
        other => panic!("the wait doubles: {other:?}"),
    }
    assert_eq!(store::lock::lock_state("wrong").failures, 2);
    sleep_ms(2100).await;
    assert!(store::lock::unlock("wrong", "blue kettle").await.is_ok());
    assert_eq!(store::lock::lock_state("wrong").failures, 0);
    store::lock::end_session();
}

#[wasm_bindgen_test]
async fn saves_stay_in_order_when_encryption_finishes_late() {
    fresh("order");
    let _ = local().remove_item("between-sessions:order:lock-state");
    let doc = Document::new(store::now());
    assert_eq!(
        store::lock::set_passcode("order", "in order", &doc).await,
        Ok(())
    );
    // Many saves in a row, none awaited: the last one is what is stored.
    let mut last = doc.clone();
    for i in 0..20 {
        let mut s = last.journal.settings();
        s.share_label = format!("save {i}");
        last.journal.set_settings(s, store::now());
        assert_eq!(store::save("order", &last), Ok(()));
    }
    assert!(store::lock::settled(10_000).await);
    store::lock::end_session();
    match store::lock::unlock("order", "in order").await {
        Ok(Loaded::Existing(back)) => assert_eq!(back.journal.settings().share_label, "save 19"),
        other => panic!("the newest save wins: {other:?}"),
    }
    store::lock::end_session();
}

// ---- UI text tables (build.rs + src/i18n.rs) ----

mod i18n {
    use between_sessions::i18n::{
        install, is_loaded, keys, pieces, t_string, I18n, LoadError, Locale, Piece, KEYS,
    };
    use serde_json::Value;
    use wasm_bindgen_test::*;

    /// The text of `path` ("areas.grief.label") in a locale file, read the way a translator wrote it.
    fn in_file(file: &str, path: &str) -> String {
        let mut v: Value = match serde_json::from_str(file) {
            Ok(v) => v,
            Err(e) => panic!("locale file: {e}"),
        };
        for part in path.split('.') {
            v = v[part].take();
        }
        match v {
            Value::String(s) => s,
            other => panic!("{path}: {other}"),
        }
    }

    /// The common, work and privacy files of Arabic, or else of English.
    fn files(locale: Locale) -> [&'static str; 3] {
        match locale {
            Locale::ar => [
                include_str!("../locales/ar/common.json"),
                include_str!("../locales/ar/work.json"),
                include_str!("../locales/ar/privacy.json"),
            ],
            _ => [
                include_str!("../locales/en/common.json"),
                include_str!("../locales/en/work.json"),
                include_str!("../locales/en/privacy.json"),
            ],
        }
    }

    #[wasm_bindgen_test]
    fn each_key_shows_its_own_english_text() {
        let i18n = I18n::new(Locale::en);
        let [common, work, privacy] = files(Locale::en);
        // First, nested, deepest and last namespaces: a shifted table would fail here.
        assert_eq!(t_string!(i18n, common.skip), in_file(common, "skip"));
        assert_eq!(
            t_string!(i18n, common.banner.update),
            in_file(common, "banner.update")
        );
        assert_eq!(
            t_string!(i18n, work.areas.grief.label),
            in_file(work, "areas.grief.label")
        );
        assert_eq!(
            t_string!(i18n, privacy.lock.title),
            in_file(privacy, "lock.title")
        );
        assert_eq!(
            t_string!(i18n, privacy.picker.title),
            in_file(privacy, "picker.title")
        );
    }

    #[wasm_bindgen_test]
    fn variables_are_filled_in() {
        let text = t_string!(
            I18n::new(Locale::en),
            common.document_error.too_new,
            schema = 9
        );
        assert!(text.contains("(format 9)"), "{text}");
        let detail = "line 3";
        let text = t_string!(I18n::new(Locale::en), common.store_error.other, detail);
        assert!(text.contains("line 3") && !text.contains("{{"), "{text}");
    }

    #[wasm_bindgen_test]
    fn a_language_file_is_used_only_when_it_has_every_text() {
        // Until its file is loaded, a language shows English rather than nothing.
        let sw = I18n::new(Locale::sw);
        assert!(!is_loaded(Locale::sw));
        assert_eq!(
            t_string!(sw, common.skip),
            t_string!(I18n::new(Locale::en), common.skip)
        );
        // A damaged file (too few texts) is refused; English stays.
        assert_eq!(
            install(Locale::sw, "Ruka\u{1f}Nyumbani"),
            Err(LoadError::Damaged)
        );
        assert!(!is_loaded(Locale::sw));
        // A whole file: every key reads its own text, variables filled in.
        let texts: Vec<String> = (0..KEYS)
            .map(|i| format!("{i}:<b>{{{{ schema }}}}</b> {{{{ schema }}}}"))
            .collect();
        let whole: &'static str = Box::leak(texts.join("\u{1f}").into_boxed_str());
        assert_eq!(install(Locale::sw, whole), Ok(()));
        assert!(is_loaded(Locale::sw));
        let skip = t_string!(sw, common.skip);
        assert!(skip.starts_with(|c: char| c.is_ascii_digit()), "{skip}");
        assert_ne!(
            t_string!(sw, common.skip),
            t_string!(sw, common.banner.update)
        );
        let filled = t_string!(sw, common.document_error.too_new, schema = 9);
        // Places are filled, inside a markup span too; the span is kept for the view.
        assert!(filled.ends_with(":<b>9</b> 9"), "{filled}");
    }

    #[wasm_bindgen_test]
    fn the_language_can_change_and_texts_follow() {
        let i18n = I18n::new(Locale::en);
        assert_eq!(i18n.get_locale_untracked(), Locale::en);
        i18n.set_locale(Locale::ar);
        assert_eq!(i18n.get_locale_untracked(), Locale::ar);
        assert!(Locale::ar.is_rtl() && !Locale::sw.is_rtl());
    }

    #[wasm_bindgen_test]
    fn markup_spans_and_places_keep_the_order_of_each_language() {
        let [common, ..] = files(Locale::ar);
        let welcome = in_file(common, "home.welcome_help");
        let names: Vec<&str> = pieces(&welcome)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Tag(name, inner) => {
                    assert!(!inner.is_empty());
                    Some(name)
                }
                _ => None,
            })
            .collect();
        assert_eq!(names, ["strong", "help"]);
        assert_eq!(
            pieces("Saved as {{ key }} here <b>now</b>."),
            [
                Piece::Text("Saved as "),
                Piece::Var("key"),
                Piece::Text(" here "),
                Piece::Tag("b", "now"),
                Piece::Text("."),
            ]
        );
        // A lone "<" or "{" is words, not markup, and markup after it is still found.
        assert_eq!(pieces("1 < 2"), [Piece::Text("1 < 2")]);
        assert_eq!(
            pieces("1 < 2 {x} <b>now</b>"),
            [Piece::Text("1 < 2 {x} "), Piece::Tag("b", "now")]
        );
        let _ = keys::common::skip;
    }

    #[wasm_bindgen_test]
    fn a_browser_language_picks_the_nearest_ui_language() {
        assert_eq!(Locale::from_tag("es-MX"), Some(Locale::es));
        assert_eq!(Locale::from_tag("AR"), Some(Locale::ar));
        assert_eq!(Locale::from_tag("sw_KE"), Some(Locale::sw));
        assert_eq!(Locale::from_tag("de-DE"), None);
        assert_eq!("fr".parse::<Locale>(), Ok(Locale::fr));
    }
}
