//! The built-in measures: PHQ-9 and GAD-7 with their exact wording and LOINC codes, and the EPDS
//! as structure and scoring only (its wording comes from the clinic's text file; see `texts`).
//!
//! Source of every word, score and code: shared/domain/instruments.md.

use super::{Band, Choice, Definition, Item, Subscale, LOINC_SYSTEM};

/// The instruction shared by the PHQ-9 and GAD-7.
pub const PHQ_INSTRUCTION: &str =
    "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

const PHQ_LICENCE: &str = "© Pfizer Inc. No permission required to reproduce, translate, \
display or distribute.";

/// The four frequency options of the PHQ-9 and GAD-7 (LOINC answer list LL358-3).
const FREQUENCY: [(&str, &str, u8); 4] = [
    ("LA6568-5", "Not at all", 0),
    ("LA6569-3", "Several days", 1),
    ("LA6570-1", "More than half the days", 2),
    ("LA6571-9", "Nearly every day", 3),
];

const PHQ9_ITEMS: [(&str, &str); 9] = [
    ("Little interest or pleasure in doing things", "44250-9"),
    ("Feeling down, depressed, or hopeless", "44255-8"),
    (
        "Trouble falling or staying asleep, or sleeping too much",
        "44259-0",
    ),
    ("Feeling tired or having little energy", "44254-1"),
    ("Poor appetite or overeating", "44251-7"),
    (
        "Feeling bad about yourself — or that you are a failure or have let yourself or your \
family down",
        "44258-2",
    ),
    (
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "44252-5",
    ),
    (
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — \
being so fidgety or restless that you have been moving around a lot more than usual",
        "44253-3",
    ),
    (
        "Thoughts that you would be better off dead or of hurting yourself in some way",
        "44260-8",
    ),
];

/// The PHQ-9 functional question: asked, never scored.
pub const PHQ9_DIFFICULTY: &str = "If you checked off any problems, how difficult have these \
problems made it for you to do your work, take care of things at home, or get along with other \
people?";

const DIFFICULTY: [(&str, &str); 4] = [
    ("LA6572-7", "Not difficult at all"),
    ("LA6573-5", "Somewhat difficult"),
    ("LA6575-0", "Very difficult"),
    ("LA6574-3", "Extremely difficult"),
];

const GAD7_ITEMS: [(&str, &str); 7] = [
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

/// EPDS option scores in printed order, per item (1-based item number = index + 1).
/// Items 3, 5, 6, 7, 8, 9 and 10 are reverse scored.
const EPDS_SCORES: [[u8; 4]; 10] = [
    [0, 1, 2, 3],
    [0, 1, 2, 3],
    [3, 2, 1, 0],
    [0, 1, 2, 3],
    [3, 2, 1, 0],
    [3, 2, 1, 0],
    [3, 2, 1, 0],
    [3, 2, 1, 0],
    [3, 2, 1, 0],
    [3, 2, 1, 0],
];

/// EPDS option codes in printed order.
const EPDS_CODES: [&str; 4] = ["a", "b", "c", "d"];

fn band(id: &str, min: u16, max: u16, label: &str) -> Band {
    Band {
        id: id.to_owned(),
        min,
        max,
        label: label.to_owned(),
    }
}

fn frequency_item(measure: &str, n: usize, text: &str, loinc: &str) -> Item {
    Item {
        id: format!("{measure}.{n}"),
        text: text.to_owned(),
        loinc: Some(loinc.to_owned()),
        scored: true,
        options: FREQUENCY
            .iter()
            .map(|(code, text, score)| Choice {
                code: (*code).to_owned(),
                text: (*text).to_owned(),
                score: Some(*score),
            })
            .collect(),
    }
}

/// The PHQ-9, with its unscored difficulty question last (id "phq9.difficulty").
pub fn phq9() -> Definition {
    let mut items: Vec<Item> = PHQ9_ITEMS
        .iter()
        .enumerate()
        .map(|(i, (text, loinc))| frequency_item("phq9", i + 1, text, loinc))
        .collect();
    items.push(Item {
        id: "phq9.difficulty".into(),
        text: PHQ9_DIFFICULTY.into(),
        loinc: Some("69722-7".into()),
        scored: false,
        options: DIFFICULTY
            .iter()
            .map(|(code, text)| Choice {
                code: (*code).to_owned(),
                text: (*text).to_owned(),
                score: None,
            })
            .collect(),
    });
    Definition {
        id: "phq9".into(),
        name: "PHQ-9".into(),
        instruction: PHQ_INSTRUCTION.into(),
        recall_period: "Last 2 weeks".into(),
        items,
        // Kroenke 2001; LOINC LL382-3.
        bands: vec![
            band("phq9.none_minimal", 0, 4, "None–minimal"),
            band("phq9.mild", 5, 9, "Mild"),
            band("phq9.moderate", 10, 14, "Moderate"),
            band("phq9.moderately_severe", 15, 19, "Moderately severe"),
            band("phq9.severe", 20, 27, "Severe"),
        ],
        safety_items: vec!["phq9.9".into()],
        subscales: Vec::new(),
        panel_loinc: Some("44249-1".into()),
        total_loinc: Some("44261-6".into()),
        answer_system: Some(LOINC_SYSTEM.into()),
        licence: format!("PHQ-9 {PHQ_LICENCE}"),
        texts_available: true,
        language: "en".into(),
        texts_licence: None,
    }
}

/// The GAD-7.
pub fn gad7() -> Definition {
    Definition {
        id: "gad7".into(),
        name: "GAD-7".into(),
        instruction: PHQ_INSTRUCTION.into(),
        recall_period: "Last 2 weeks".into(),
        items: GAD7_ITEMS
            .iter()
            .enumerate()
            .map(|(i, (text, loinc))| frequency_item("gad7", i + 1, text, loinc))
            .collect(),
        bands: vec![
            band("gad7.minimal", 0, 4, "Minimal"),
            band("gad7.mild", 5, 9, "Mild"),
            band("gad7.moderate", 10, 14, "Moderate"),
            band("gad7.severe", 15, 21, "Severe"),
        ],
        safety_items: Vec::new(),
        subscales: Vec::new(),
        panel_loinc: Some("69737-5".into()),
        total_loinc: Some("70274-6".into()),
        answer_system: Some(LOINC_SYSTEM.into()),
        licence: format!("GAD-7 {PHQ_LICENCE}"),
        texts_available: true,
        language: "en".into(),
        texts_licence: None,
    }
}

/// The EPDS: structure, scores, bands, safety item and the EPDS-3A subscale, with no wording.
/// `texts_available` is false until [`super::apply_texts`] applies the clinic's licensed texts.
pub fn epds() -> Definition {
    let items = EPDS_SCORES
        .iter()
        .enumerate()
        .map(|(i, scores)| Item {
            id: format!("epds.{}", i + 1),
            text: String::new(),
            loinc: None,
            scored: true,
            options: EPDS_CODES
                .iter()
                .zip(scores.iter())
                .map(|(code, score)| Choice {
                    code: (*code).to_owned(),
                    text: String::new(),
                    score: Some(*score),
                })
                .collect(),
        })
        .collect();
    Definition {
        id: "epds".into(),
        name: "EPDS".into(),
        instruction: String::new(),
        recall_period: "The past 7 days".into(),
        items,
        // Shown as screening information (Cox 1987): ≥10 possible, ≥13 probable depression.
        bands: vec![
            band(
                "epds.below_cutoff",
                0,
                9,
                "Below the cut-off for possible depression",
            ),
            band("epds.possible", 10, 12, "Possible depression"),
            band("epds.probable", 13, 30, "Probable depression"),
        ],
        safety_items: vec!["epds.10".into()],
        subscales: vec![Subscale {
            id: "epds3a".into(),
            name: "EPDS-3A anxiety subscale".into(),
            items: vec!["epds.3".into(), "epds.4".into(), "epds.5".into()],
            cutoff: 6,
            note: "A sum of 6 or more suggests significant anxiety (Matthey 2008).".into(),
        }],
        panel_loinc: Some("71354-5".into()),
        // instruments.md: "check before relying on it".
        total_loinc: Some("99046-5".into()),
        answer_system: None,
        licence: "Edinburgh Postnatal Depression Scale © Royal College of Psychiatrists \
(Cox, Holden & Sagovsky 1987, Br J Psychiatry 150:782–786). Its wording is not included: \
copying it for distribution needs the College's written permission for each language, so the \
clinic supplies its licensed texts."
            .into(),
        texts_available: false,
        language: String::new(),
        texts_licence: None,
    }
}

/// Every built-in measure, in the order offered (PHQ-9, EPDS, GAD-7).
pub fn all() -> Vec<Definition> {
    vec![phq9(), epds(), gad7()]
}

/// The built-in measure with this id.
pub fn by_id(id: &str) -> Option<Definition> {
    match id {
        "phq9" => Some(phq9()),
        "gad7" => Some(gad7()),
        "epds" => Some(epds()),
        _ => None,
    }
}

/// The short name of a measure by id ("PHQ-9"): the built-in definition's, or the id in capitals
/// for a measure this build does not know.
pub fn measure_name(id: &str) -> String {
    by_id(id).map_or_else(|| id.to_uppercase(), |d| d.name)
}
