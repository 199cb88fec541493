//! Tests of the engine, the built-in measures and clinic text files. Accuracy here is a
//! patient-safety matter: every band edge, reverse score and safety rule is checked by value.
//! The EPDS is only ever tested with placeholder texts.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::*;

const PLACEHOLDER: &str = include_str!("../../../tests/fixtures/clinic/epds-placeholder.json");

/// The answer to `item` whose option scores `s` (looked up by score, as a person would tap it).
fn pick(def: &Definition, item: &str, s: u8) -> Answer {
    let Some(it) = def.item(item) else {
        panic!("no item {item}")
    };
    let Some(o) = it.options.iter().find(|o| o.score == Some(s)) else {
        panic!("item {item} has no option scoring {s}")
    };
    Answer {
        item: item.into(),
        option: o.code.clone(),
        score: o.score,
    }
}

/// Answers to every scored item, spreading `total` over the items in order (3 at most each).
fn reaching(def: &Definition, total: u16) -> Vec<Answer> {
    let mut left = total;
    def.items
        .iter()
        .filter(|i| i.scored)
        .map(|i| {
            let s = left.min(3);
            left -= s;
            pick(def, &i.id, s as u8)
        })
        .collect()
}

fn scored(def: &Definition, answers: &[Answer]) -> Scored {
    match score(def, answers) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    }
}

fn band_label(def: &Definition, total: u16) -> String {
    let s = scored(def, &reaching(def, total));
    assert_eq!(s.total, total);
    assert!(s.complete);
    match s.band {
        Some(b) => b.label,
        None => panic!("no band for {total}"),
    }
}

fn err_of(def: &Definition) -> String {
    match validate(def) {
        Ok(()) => panic!("{} should be invalid", def.id),
        Err(e) => e.to_string(),
    }
}

fn texts_err(def: &Definition, file: &str) -> String {
    match apply_texts(def, file) {
        Ok(_) => panic!("text file should be refused: {file}"),
        Err(e) => e.to_string(),
    }
}

fn placeholder_value() -> Value {
    match serde_json::from_str(PLACEHOLDER) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn every_builtin_definition_is_valid() {
    for def in all() {
        assert_eq!(validate(&def), Ok(()), "{}", def.id);
    }
    assert_eq!(by_id("gad7").map(|d| d.name), Some("GAD-7".to_string()));
    assert_eq!(by_id("bdi"), None);
}

#[test]
fn phq9_has_exact_wording_codes_and_scores() {
    let d = phq9();
    assert_eq!(
        d.instruction,
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    );
    assert_eq!(d.items.len(), 10);
    let expect = [
        ("phq9.1", "Little interest or pleasure in doing things", "44250-9"),
        ("phq9.2", "Feeling down, depressed, or hopeless", "44255-8"),
        ("phq9.3", "Trouble falling or staying asleep, or sleeping too much", "44259-0"),
        ("phq9.4", "Feeling tired or having little energy", "44254-1"),
        ("phq9.5", "Poor appetite or overeating", "44251-7"),
        ("phq9.6", "Feeling bad about yourself — or that you are a failure or have let yourself or your family down", "44258-2"),
        ("phq9.7", "Trouble concentrating on things, such as reading the newspaper or watching television", "44252-5"),
        ("phq9.8", "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual", "44253-3"),
        ("phq9.9", "Thoughts that you would be better off dead or of hurting yourself in some way", "44260-8"),
    ];
    for ((id, text, loinc), item) in expect.iter().zip(&d.items) {
        assert_eq!(&item.id, id);
        assert_eq!(&item.text, text);
        assert_eq!(item.loinc.as_deref(), Some(*loinc));
        assert!(item.scored);
        let opts: Vec<(&str, &str, Option<u8>)> = item
            .options
            .iter()
            .map(|o| (o.code.as_str(), o.text.as_str(), o.score))
            .collect();
        assert_eq!(
            opts,
            vec![
                ("LA6568-5", "Not at all", Some(0)),
                ("LA6569-3", "Several days", Some(1)),
                ("LA6570-1", "More than half the days", Some(2)),
                ("LA6571-9", "Nearly every day", Some(3)),
            ]
        );
    }
    let Some(diff) = d.item("phq9.difficulty") else {
        panic!("no difficulty question")
    };
    assert_eq!(diff.text, "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?");
    assert_eq!(diff.loinc.as_deref(), Some("69722-7"));
    assert!(!diff.scored);
    let opts: Vec<(&str, &str, Option<u8>)> = diff
        .options
        .iter()
        .map(|o| (o.code.as_str(), o.text.as_str(), o.score))
        .collect();
    assert_eq!(
        opts,
        vec![
            ("LA6572-7", "Not difficult at all", None),
            ("LA6573-5", "Somewhat difficult", None),
            ("LA6575-0", "Very difficult", None),
            ("LA6574-3", "Extremely difficult", None),
        ]
    );
    assert_eq!(d.panel_loinc.as_deref(), Some("44249-1"));
    assert_eq!(d.total_loinc.as_deref(), Some("44261-6"));
    assert_eq!(d.safety_items, vec!["phq9.9".to_string()]);
    assert_eq!(d.total_range(), (0, 27));
    assert!(d.texts_available);
}

#[test]
fn gad7_has_exact_wording_codes_and_scores() {
    let d = gad7();
    assert_eq!(d.instruction, phq9().instruction);
    let expect = [
        ("Feeling nervous, anxious, or on edge", "69725-0"),
        ("Not being able to stop or control worrying", "68509-9"),
        ("Worrying too much about different things", "69733-4"),
        ("Trouble relaxing", "69734-2"),
        ("Being so restless that it is hard to sit still", "69735-9"),
        ("Becoming easily annoyed or irritable", "69689-8"),
        (
            "Feeling afraid, as if something awful might happen",
            "69736-7",
        ),
    ];
    assert_eq!(d.items.len(), 7);
    for (n, ((text, loinc), item)) in expect.iter().zip(&d.items).enumerate() {
        assert_eq!(item.id, format!("gad7.{}", n + 1));
        assert_eq!(&item.text, text);
        assert_eq!(item.loinc.as_deref(), Some(*loinc));
        // Same options as the PHQ-9: "Not at all" (not "Not at all sure").
        assert_eq!(item.options, phq9().items[0].options);
    }
    assert_eq!(d.panel_loinc.as_deref(), Some("69737-5"));
    assert_eq!(d.total_loinc.as_deref(), Some("70274-6"));
    assert!(d.safety_items.is_empty());
    assert_eq!(d.total_range(), (0, 21));
}

#[test]
fn phq9_band_edges() {
    let d = phq9();
    for (t, label) in [
        (0, "None–minimal"),
        (4, "None–minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Moderately severe"),
        (19, "Moderately severe"),
        (20, "Severe"),
        (27, "Severe"),
    ] {
        assert_eq!(band_label(&d, t), label, "total {t}");
    }
}

#[test]
fn gad7_band_edges() {
    let d = gad7();
    for (t, label) in [
        (0, "Minimal"),
        (4, "Minimal"),
        (5, "Mild"),
        (9, "Mild"),
        (10, "Moderate"),
        (14, "Moderate"),
        (15, "Severe"),
        (21, "Severe"),
    ] {
        assert_eq!(band_label(&d, t), label, "total {t}");
    }
}

#[test]
fn epds_band_edges_follow_cox_cut_offs() {
    let d = epds();
    for (t, label) in [
        (0, "Below the cut-off for possible depression"),
        (9, "Below the cut-off for possible depression"),
        (10, "Possible depression"),
        (12, "Possible depression"),
        (13, "Probable depression"),
        (30, "Probable depression"),
    ] {
        assert_eq!(band_label(&d, t), label, "total {t}");
    }
    assert_eq!(d.total_range(), (0, 30));
}

#[test]
fn epds_scores_are_stored_with_options_and_reverse_scored_where_printed() {
    let d = epds();
    for item in &d.items {
        let codes: Vec<&str> = item.options.iter().map(|o| o.code.as_str()).collect();
        assert_eq!(codes, ["a", "b", "c", "d"]);
        let scores: Vec<Option<u8>> = item.options.iter().map(|o| o.score).collect();
        let reverse = !matches!(item.id.as_str(), "epds.1" | "epds.2" | "epds.4");
        if reverse {
            assert_eq!(scores, [Some(3), Some(2), Some(1), Some(0)], "{}", item.id);
        } else {
            assert_eq!(scores, [Some(0), Some(1), Some(2), Some(3)], "{}", item.id);
        }
    }
    // Choosing the first printed option everywhere: the 7 reverse items give 3 each.
    let first: Vec<Answer> = d
        .items
        .iter()
        .map(|i| match answer(&d, &i.id, "a") {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        })
        .collect();
    assert_eq!(scored(&d, &first).total, 21);
    let last: Vec<Answer> = d
        .items
        .iter()
        .map(|i| match answer(&d, &i.id, "d") {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        })
        .collect();
    assert_eq!(scored(&d, &last).total, 9);
    assert_eq!(answer(&d, "epds.3", "a").map(|a| a.score), Ok(Some(3)));
    assert_eq!(answer(&d, "epds.4", "a").map(|a| a.score), Ok(Some(0)));
}

#[test]
fn epds_ships_without_any_wording() {
    let d = epds();
    assert!(!d.texts_available);
    assert!(d.instruction.is_empty());
    for item in &d.items {
        assert!(item.text.is_empty(), "{}", item.id);
        assert!(item.options.iter().all(|o| o.text.is_empty()));
    }
    assert_eq!(d.safety_items, vec!["epds.10".to_string()]);
    assert_eq!(d.panel_loinc.as_deref(), Some("71354-5"));
    assert_eq!(NOT_ENABLED_NOTE, "Available when your clinic enables it.");
}

#[test]
fn epds_3a_sums_items_3_4_5_with_cut_off_6() {
    let d = epds();
    let with = |s3: u8, s4: u8, s5: u8| {
        let mut a = reaching(&d, 0);
        for x in a.iter_mut() {
            match x.item.as_str() {
                "epds.3" => *x = pick(&d, "epds.3", s3),
                "epds.4" => *x = pick(&d, "epds.4", s4),
                "epds.5" => *x = pick(&d, "epds.5", s5),
                _ => {}
            }
        }
        scored(&d, &a)
    };
    let s = with(2, 2, 2);
    assert_eq!(s.subscales.len(), 1);
    assert_eq!(s.subscales[0].id, "epds3a");
    assert_eq!(s.subscales[0].score, 6);
    assert_eq!(s.subscales[0].max, 9);
    assert!(s.subscales[0].at_or_above_cutoff);
    assert_eq!(
        s.subscales[0].note,
        "A sum of 6 or more suggests significant anxiety (Matthey 2008)."
    );
    let s = with(3, 1, 1);
    assert_eq!(s.subscales[0].score, 5);
    assert!(!s.subscales[0].at_or_above_cutoff);
    assert_eq!(s.total, 5);
    let s = with(3, 3, 3);
    assert_eq!(s.subscales[0].score, 9);
    // Items outside 3–5 do not count toward EPDS-3A.
    let mut a = reaching(&d, 0);
    a[0] = pick(&d, "epds.1", 3);
    a[9] = pick(&d, "epds.10", 3);
    assert_eq!(scored(&d, &a).subscales[0].score, 0);
    // No subscale result until its three items are answered.
    let partial = vec![pick(&d, "epds.3", 3), pick(&d, "epds.5", 3)];
    assert!(scored(&d, &partial).subscales.is_empty());
}

#[test]
fn safety_flag_fires_for_phq9_item_9_at_1_2_3_never_at_0() {
    let d = phq9();
    for s in 0..=3u8 {
        let mut a = reaching(&d, 0);
        a[8] = pick(&d, "phq9.9", s);
        let r = scored(&d, &a);
        assert_eq!(r.safety_flag, s > 0, "item 9 score {s}");
        assert_eq!(r.total, u16::from(s));
        // Whatever the total: a score of 1 is still "None–minimal" but flagged.
        if s == 1 {
            assert_eq!(r.band.map(|b| b.label), Some("None–minimal".to_string()));
        }
        // Raised at once, before the rest is answered.
        assert_eq!(scored(&d, &[pick(&d, "phq9.9", s)]).safety_flag, s > 0);
    }
    // High scores elsewhere never raise it.
    let mut a = reaching(&d, 27);
    a[8] = pick(&d, "phq9.9", 0);
    assert!(!scored(&d, &a).safety_flag);
    // The GAD-7 has no self-harm item.
    assert!(!scored(&gad7(), &reaching(&gad7(), 21)).safety_flag);
}

#[test]
fn safety_flag_fires_for_epds_item_10_options_a_b_c_never_d() {
    let d = epds();
    for (code, s, flag) in [
        ("a", 3, true),
        ("b", 2, true),
        ("c", 1, true),
        ("d", 0, false),
    ] {
        let mut a = reaching(&d, 0);
        let Ok(ten) = answer(&d, "epds.10", code) else {
            panic!("no option {code}")
        };
        assert_eq!(ten.score, Some(s));
        a[9] = ten.clone();
        let r = scored(&d, &a);
        assert_eq!(r.safety_flag, flag, "item 10 option {code}");
        assert_eq!(scored(&d, &[ten]).safety_flag, flag);
    }
}

#[test]
fn difficulty_question_is_recorded_but_never_scored() {
    let d = phq9();
    let mut a = reaching(&d, 27);
    let Ok(diff) = answer(&d, "phq9.difficulty", "LA6574-3") else {
        panic!("difficulty")
    };
    assert_eq!(diff.score, None);
    a.push(diff);
    let r = scored(&d, &a);
    assert_eq!(r.total, 27);
    assert_eq!(r.answers.len(), 10);
    assert_eq!(r.answers[9].option, "LA6574-3");
    // Complete without it too.
    assert!(scored(&d, &reaching(&d, 3)).complete);
}

#[test]
fn partial_response_has_no_band_and_lists_what_is_missing() {
    let d = phq9();
    let a = vec![pick(&d, "phq9.2", 3), pick(&d, "phq9.1", 2)];
    let r = scored(&d, &a);
    assert_eq!(r.total, 5);
    assert!(!r.complete);
    assert_eq!(r.band, None);
    assert_eq!(
        r.missing,
        ["phq9.3", "phq9.4", "phq9.5", "phq9.6", "phq9.7", "phq9.8", "phq9.9"]
    );
    // Answers come back in item order.
    assert_eq!(r.answers[0].item, "phq9.1");
    assert_eq!(r.max, 27);
}

#[test]
fn scoring_refuses_answers_that_do_not_fit_the_definition() {
    let d = phq9();
    let unknown_item = Answer {
        item: "phq9.10".into(),
        option: "LA6568-5".into(),
        score: Some(0),
    };
    assert_eq!(
        score(&d, &[unknown_item]),
        Err(AnswerError::NoItem {
            measure: "PHQ-9".into(),
            item: "phq9.10".into()
        })
    );
    let unknown_option = Answer {
        item: "phq9.1".into(),
        option: "LA6572-7".into(),
        score: None,
    };
    assert_eq!(
        score(&d, &[unknown_option]),
        Err(AnswerError::NoOption {
            measure: "PHQ-9".into(),
            item: "phq9.1".into(),
            option: "LA6572-7".into()
        })
    );
    let twice = vec![pick(&d, "phq9.1", 0), pick(&d, "phq9.1", 3)];
    assert_eq!(
        score(&d, &twice),
        Err(AnswerError::Twice {
            item: "phq9.1".into()
        })
    );
    // "Several days" stored with score 3: not rescored silently.
    let tampered = Answer {
        item: "phq9.9".into(),
        option: "LA6569-3".into(),
        score: Some(0),
    };
    assert_eq!(
        score(&d, &[tampered]),
        Err(AnswerError::ScoreMismatch {
            measure: "PHQ-9".into(),
            item: "phq9.9".into()
        })
    );
}

#[test]
fn invalid_definitions_are_refused_with_a_reason() {
    let mut d = phq9();
    d.items[1].id = "phq9.1".into();
    assert_eq!(err_of(&d), "PHQ-9 has two items with id phq9.1.");

    let mut d = phq9();
    d.items[2].options[1].score = None;
    assert_eq!(
        err_of(&d),
        "Item phq9.3 of PHQ-9 is scored but option LA6569-3 has no score."
    );

    let mut d = phq9();
    d.items[9].options[0].score = Some(1);
    assert_eq!(
        err_of(&d),
        "Item phq9.difficulty of PHQ-9 is not scored but option LA6572-7 has a score."
    );

    let mut d = phq9();
    d.items[0].options[3].code = "LA6568-5".into();
    assert_eq!(
        err_of(&d),
        "Item phq9.1 of PHQ-9 has two options with code LA6568-5."
    );

    let mut d = phq9();
    d.items[0].options.truncate(1);
    assert_eq!(
        err_of(&d),
        "Item phq9.1 of PHQ-9 needs at least two options."
    );

    // Gap: 5–9 becomes 6–9, so 5 has no band.
    let mut d = phq9();
    d.bands[1].min = 6;
    assert_eq!(
        err_of(&d),
        "The bands of PHQ-9 leave a gap: no band holds 5."
    );

    // Overlap: 5–9 becomes 4–9.
    let mut d = phq9();
    d.bands[1].min = 4;
    assert_eq!(
        err_of(&d),
        "The bands of PHQ-9 overlap: band Mild starts at 4, which an earlier band holds."
    );

    let mut d = phq9();
    d.bands[4].max = 26;
    assert_eq!(
        err_of(&d),
        "The bands of PHQ-9 end at 26, but the highest possible total is 27."
    );

    let mut d = gad7();
    d.bands[0].min = 1;
    assert_eq!(
        err_of(&d),
        "The bands of GAD-7 start at 1, but the lowest possible total is 0."
    );

    let mut d = gad7();
    d.bands[2].label = " ".into();
    assert_eq!(err_of(&d), "The band 10–14 of GAD-7 has no label.");

    let mut d = gad7();
    d.bands.clear();
    assert_eq!(err_of(&d), "GAD-7 has no bands.");

    let mut d = phq9();
    d.safety_items = vec!["phq9.99".into()];
    assert_eq!(
        err_of(&d),
        "PHQ-9 names safety item phq9.99, which is not one of its items."
    );

    let mut d = phq9();
    d.safety_items = vec!["phq9.difficulty".into()];
    assert_eq!(
        err_of(&d),
        "PHQ-9 names safety item phq9.difficulty, which is not scored."
    );

    let mut d = epds();
    d.subscales[0].items[1] = "epds.11".into();
    assert_eq!(
        err_of(&d),
        "Subscale EPDS-3A anxiety subscale of EPDS names item epds.11, which is not one of its items."
    );

    let mut d = epds();
    d.subscales[0].cutoff = 10;
    assert_eq!(
        err_of(&d),
        "Subscale EPDS-3A anxiety subscale of EPDS has cut-off 10, above its highest possible sum 9."
    );

    // Claiming texts that are not there.
    let mut d = epds();
    d.texts_available = true;
    d.instruction = "Instruction placeholder".into();
    assert_eq!(err_of(&d), "Item epds.1 of EPDS has no text.");
}

#[test]
fn placeholder_epds_texts_are_applied_without_touching_scores_or_codes() {
    let before = epds();
    let after = match apply_texts(&before, PLACEHOLDER) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    assert!(after.texts_available);
    assert_eq!(after.language, "en");
    assert!(after
        .texts_licence
        .as_deref()
        .is_some_and(|l| l.starts_with("Placeholder texts for tests only.")));
    assert_eq!(after.instruction, "EPDS instruction placeholder");
    assert_eq!(after.items[0].text, "EPDS item 1 placeholder");
    assert_eq!(after.items[9].text, "EPDS item 10 placeholder");
    assert_eq!(after.items[2].options[0].text, "Option A (placeholder)");
    assert_eq!(after.items[2].options[3].text, "Option D (placeholder)");
    assert_eq!(validate(&after), Ok(()));
    // Structure untouched: same ids, codes, scores, bands, safety items, subscales.
    for (b, a) in before.items.iter().zip(&after.items) {
        assert_eq!(b.id, a.id);
        assert_eq!(b.scored, a.scored);
        assert_eq!(b.loinc, a.loinc);
        let bs: Vec<(&str, Option<u8>)> = b
            .options
            .iter()
            .map(|o| (o.code.as_str(), o.score))
            .collect();
        let as_: Vec<(&str, Option<u8>)> = a
            .options
            .iter()
            .map(|o| (o.code.as_str(), o.score))
            .collect();
        assert_eq!(bs, as_);
    }
    assert_eq!(before.bands, after.bands);
    assert_eq!(before.safety_items, after.safety_items);
    assert_eq!(before.subscales, after.subscales);
    assert_eq!(before.total_loinc, after.total_loinc);
    // Item 10's first printed option still scores 3 and raises the flag.
    let Ok(ten) = answer(&after, "epds.10", "a") else {
        panic!("item 10")
    };
    assert!(scored(&after, &[ten]).safety_flag);
}

#[test]
fn a_clinic_translation_of_phq9_records_its_language_and_keeps_the_scoring() {
    let d = phq9();
    let items: Vec<Value> = d
        .items
        .iter()
        .map(|i| {
            json!({
                "id": i.id,
                "text": format!("[es] {}", i.id),
                "options": i.options.iter().map(|o| format!("[es] {}", o.code)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let file = json!({
        "format": TEXTS_FORMAT, "version": 1, "measure": "phq9", "language": "es",
        "licence": "Traducción de prueba.", "instruction": "[es] instrucción",
        "recall_period": "[es] últimas 2 semanas",
        "bands": ["[es] 1", "[es] 2", "[es] 3", "[es] 4", "[es] 5"],
        "items": items,
    });
    let t = match apply_texts(&d, &file.to_string()) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(t.language, "es");
    assert_eq!(t.instruction, "[es] instrucción");
    assert_eq!(t.recall_period, "[es] últimas 2 semanas");
    assert_eq!(t.items[8].text, "[es] phq9.9");
    assert_eq!(t.items[8].options[1].text, "[es] LA6569-3");
    assert_eq!(t.items[8].options[1].score, Some(1));
    assert_eq!(t.items[9].options[0].text, "[es] LA6572-7");
    assert_eq!((t.bands[3].min, t.bands[3].max), (15, 19));
    assert_eq!(t.bands[3].label, "[es] 4");
    assert_eq!(t.safety_items, d.safety_items);
    assert_eq!(t.name, "PHQ-9");
}

#[test]
fn invalid_text_files_are_refused_each_with_its_reason() {
    let d = epds();
    let edit = |f: &dyn Fn(&mut Value)| {
        let mut v = placeholder_value();
        f(&mut v);
        v.to_string()
    };

    assert!(texts_err(&d, "{ not json").starts_with("The measure text file is not readable JSON ("));
    assert_eq!(
        texts_err(&d, r#"{"format":"between-sessions/journal","schema":1}"#),
        "This is not a measure text file (its format should be \"between-sessions/measure-texts\")."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["version"] = json!(2))),
        "This measure text file is version 2, newer than this app reads (1). Update the app, then try again."
    );
    assert_eq!(
        texts_err(&phq9(), PLACEHOLDER),
        "This text file is for the measure \"epds\", not PHQ-9."
    );
    assert_eq!(
        texts_err(
            &d,
            &edit(&|v| {
                if let Some(items) = v["items"].as_array_mut() {
                    items.pop();
                }
            })
        ),
        "The measure text file has no text for item epds.10."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["items"][3]["id"] = json!("epds.11"))),
        "The measure text file has an item epds.11, which EPDS does not have."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["items"][3]["id"] = json!("epds.3"))),
        "The measure text file gives item epds.3 twice."
    );
    assert_eq!(
        texts_err(
            &d,
            &edit(&|v| {
                if let Some(o) = v["items"][4]["options"].as_array_mut() {
                    o.pop();
                }
            })
        ),
        "Item epds.5 in the measure text file has 3 options; it should have 4."
    );
    assert_eq!(
        texts_err(
            &d,
            &edit(&|v| {
                if let Some(o) = v["items"][4]["options"].as_array_mut() {
                    o.push(json!("Option E (placeholder)"));
                }
            })
        ),
        "Item epds.5 in the measure text file has 5 options; it should have 4."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["items"][1]["options"][2] = json!("  "))),
        "The measure text file has an empty option 3 of item epds.2."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["items"][6]["text"] = json!(""))),
        "The measure text file has an empty text for item epds.7."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["instruction"] = json!(""))),
        "The measure text file has an empty instruction."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["licence"] = json!(""))),
        "The measure text file has an empty licence."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["language"] = json!(""))),
        "The measure text file has an empty language."
    );
    assert_eq!(
        texts_err(&d, &edit(&|v| v["bands"] = json!(["x", "y"]))),
        "The measure text file has 2 band labels; EPDS has 3."
    );
    // A misspelt field is not silently ignored; a missing one is named.
    let e = texts_err(&d, &edit(&|v| v["instructions"] = json!("x")));
    assert!(
        e.starts_with(
            "The measure text file is not in the expected shape (unknown field `instructions`"
        ),
        "{e}"
    );
    let e = texts_err(
        &d,
        &edit(&|v| {
            if let Some(o) = v.as_object_mut() {
                o.remove("licence");
            }
        }),
    );
    assert!(
        e.starts_with(
            "The measure text file is not in the expected shape (missing field `licence`"
        ),
        "{e}"
    );
    // Scores cannot be smuggled in: an option must be a plain string.
    let e = texts_err(
        &d,
        &edit(&|v| v["items"][0]["options"][0] = json!({"text": "x", "score": 3})),
    );
    assert!(
        e.starts_with("The measure text file is not in the expected shape ("),
        "{e}"
    );
}

#[test]
fn builtin_bands_have_unique_ids_and_a_clinic_file_band_label_drops_the_id() {
    let mut ids = BTreeSet::new();
    for def in all() {
        for b in &def.bands {
            assert!(b.id.starts_with(&format!("{}.", def.id)), "{}", b.id);
            assert!(ids.insert(b.id.clone()), "{} twice", b.id);
        }
    }
    let mut file = placeholder_value();
    file["bands"] = json!(["Band one", "Band two", "Band three"]);
    let def = match apply_texts(&epds(), &file.to_string()) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    assert!(def.bands.iter().all(|b| b.id.is_empty()));
    assert_eq!(def.bands[1].label, "Band two");
    // Without band labels the built-in ids (and labels) stay.
    let def = match apply_texts(&epds(), PLACEHOLDER) {
        Ok(d) => d,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(def.bands[0].id, "epds.below_cutoff");
}

#[test]
fn texts_errors_come_as_kinds_with_the_same_english_sentence() {
    let mut file = placeholder_value();
    if let Some(items) = file["items"].as_array_mut() {
        items.pop();
    }
    let text = file.to_string();
    assert_eq!(
        apply_texts(&epds(), &text).err(),
        Some(TextsError::MissingItem("epds.10".into()))
    );
    assert_eq!(
        texts_err(&epds(), &text),
        "The measure text file has no text for item epds.10."
    );
    let mut file = placeholder_value();
    file["language"] = json!(" ");
    assert_eq!(
        apply_texts(&epds(), &file.to_string()).err(),
        Some(TextsError::Empty(TextField::Language))
    );
    assert_eq!(
        texts_err(&epds(), &file.to_string()),
        "The measure text file has an empty language."
    );
    assert!(matches!(
        apply_texts(&epds(), "{ nope"),
        Err(TextsError::NotJson(_))
    ));
}

#[test]
fn definition_problems_come_as_kinds_and_reach_a_text_file_refusal_as_one() {
    let mut d = phq9();
    d.bands[1].min = 6;
    assert_eq!(
        validate(&d),
        Err(DefinitionError::BandGap {
            measure: "PHQ-9".into(),
            total: 5
        })
    );
    let mut d = epds();
    d.subscales[0].cutoff = 10;
    assert_eq!(
        validate(&d),
        Err(DefinitionError::SubscaleCutoff {
            measure: "EPDS".into(),
            subscale: "EPDS-3A anxiety subscale".into(),
            cutoff: 10,
            max: 9
        })
    );
    let mut d = phq9();
    d.items[9].options[0].score = Some(1);
    assert_eq!(
        validate(&d),
        Err(DefinitionError::OptionScored {
            measure: "PHQ-9".into(),
            item: "phq9.difficulty".into(),
            code: "LA6572-7".into()
        })
    );
    // A text file for a definition that is itself broken is refused with that problem, as a kind.
    let mut broken = epds();
    broken.safety_items = vec!["epds.99".into()];
    assert_eq!(
        apply_texts(&broken, PLACEHOLDER).err(),
        Some(TextsError::Invalid(DefinitionError::SafetyItemUnknown {
            measure: "EPDS".into(),
            item: "epds.99".into()
        }))
    );
}
