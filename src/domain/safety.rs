//! Crisis contacts, bundled for use with no network. The numbers live in `public/helplines.json`,
//! each beside the page it was checked against (organisation, page, and whether the page is the
//! service's own, a government's, a partner's or a press report); `build.rs` turns that file into [`COUNTRIES`] (so
//! the static help page and the app read the same list). Where no number could be verified for a
//! country, it is still listed, with the advice to ask her health worker or clinic for local help.

/// What a line is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Crisis,
    /// Maternal mental health (pregnancy and after birth).
    Maternal,
    /// Violence and abuse.
    Violence,
    Emergency,
}

/// One contact on the safety screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contact {
    /// The service's own name (a proper name: shown as it is in every language), or the English
    /// of a generic label such as "Emergency" (see `generic`).
    pub name: &'static str,
    /// A generic label the UI shows in her language instead of `name`; `None` for a named service.
    pub generic: Option<Generic>,
    pub kind: LineKind,
    /// What to dial (digits and a leading '+', for a `tel:` link).
    pub dial: &'static str,
    /// The number as people know it.
    pub shown: &'static str,
    /// When and how to use it, in English (the UI shows `note_id` in her language).
    pub note: &'static str,
    /// The stable id of `note`, for the UI's translation.
    pub note_id: Note,
    /// Also takes text messages (`sms:` link).
    pub text: bool,
}

/// A contact that is not a named service: the UI translates its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Generic {
    /// "Emergency".
    Emergency,
    /// "Your local emergency number".
    LocalEmergency,
}

impl Generic {
    pub const fn english(self) -> &'static str {
        match self {
            Generic::Emergency => "Emergency",
            Generic::LocalEmergency => "Your local emergency number",
        }
    }
}

/// When and how to use a contact. The UI shows these in her language by id; the English stays
/// here for tests and for anything written down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    ImmediateDanger,
    CrisisSupport,
    CallOrText,
    Free,
    FreeConfidential,
    /// The US maternal mental health hotline.
    CallOrTextEnglishSpanishNotCrisis,
    NotACrisisLine,
    /// A line for violence and abuse.
    ViolenceLine,
    /// The fallback when no country is chosen.
    LocalEmergency,
}

impl Note {
    pub const ALL: [Note; 9] = [
        Note::ImmediateDanger,
        Note::CrisisSupport,
        Note::CallOrText,
        Note::Free,
        Note::FreeConfidential,
        Note::CallOrTextEnglishSpanishNotCrisis,
        Note::NotACrisisLine,
        Note::ViolenceLine,
        Note::LocalEmergency,
    ];

    pub const fn english(self) -> &'static str {
        match self {
            Note::ImmediateDanger => "Immediate danger",
            Note::CrisisSupport => "Crisis support, 24/7",
            Note::CallOrText => "Call or text, 24/7",
            Note::Free => "Free, 24/7",
            Note::FreeConfidential => "Free, 24/7, confidential",
            Note::CallOrTextEnglishSpanishNotCrisis => {
                "Call or text, 24/7, English and Spanish. Not a crisis line."
            }
            Note::NotACrisisLine => "Not a crisis line.",
            Note::ViolenceLine => "Violence and abuse, 24/7",
            Note::LocalEmergency => {
                "Immediate danger. 112 works from most mobile phones; use your country's number if you know it."
            }
        }
    }
}

/// A country with its verified lines and emergency number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The English name (the UI asks the browser for the name in her language).
    pub name: &'static str,
    /// Crisis, maternal and violence lines, in the order shown.
    pub lines: &'static [Contact],
    /// The emergency number, when an official source gives it.
    pub emergency: Option<Contact>,
}

/// A named service (used by the generated table).
const fn line(
    name: &'static str,
    kind: LineKind,
    dial: &'static str,
    shown: &'static str,
    note: Note,
    text: bool,
) -> Contact {
    Contact {
        name,
        generic: None,
        kind,
        dial,
        shown,
        note: note.english(),
        note_id: note,
        text,
    }
}

/// The national emergency number, for immediate danger (used by the generated table).
const fn emergency(dial: &'static str, shown: &'static str) -> Contact {
    Contact {
        name: Generic::Emergency.english(),
        generic: Some(Generic::Emergency),
        kind: LineKind::Emergency,
        dial,
        shown,
        note: Note::ImmediateDanger.english(),
        note_id: Note::ImmediateDanger,
        text: false,
    }
}

include!(concat!(env!("OUT_DIR"), "/helplines.rs"));

/// Where no country is chosen: the GSM emergency number that mobile phones route to the local
/// service, with the advice to use her country's own number.
pub const ELSEWHERE: &[Contact] = &[Contact {
    name: Generic::LocalEmergency.english(),
    generic: Some(Generic::LocalEmergency),
    kind: LineKind::Emergency,
    dial: "112",
    shown: "112",
    note: Note::LocalEmergency.english(),
    note_id: Note::LocalEmergency,
    text: false,
}];

/// The numbers of `shown` when it offers two ("112 or 999"), so the UI can join them with its own
/// word for "or".
pub fn alternatives(shown: &str) -> Option<(&str, &str)> {
    shown.split_once(" or ")
}

/// The web directory of helplines, for when she is online.
pub const FIND_A_HELPLINE: &str = "https://findahelpline.com";

/// The bundled country with this code (any case).
pub fn country(code: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// What the safety screen lists for a country, in order: its crisis and maternal lines, then the
/// emergency number. Violence lines are on the "Is someone hurting you?" page. An unknown country
/// ("" or not bundled): the local emergency number only. A bundled country with nothing verified:
/// an empty list (the screen then says to ask her health worker or clinic).
pub fn contacts_for(code: &str) -> Vec<Contact> {
    let Some(c) = country(code) else {
        return ELSEWHERE.to_vec();
    };
    c.lines
        .iter()
        .filter(|l| l.kind != LineKind::Violence)
        .copied()
        .chain(c.emergency)
        .collect()
}

/// The violence and abuse lines of a country (none where none could be verified).
pub fn violence_lines(code: &str) -> Vec<Contact> {
    country(code)
        .map(|c| {
            c.lines
                .iter()
                .filter(|l| l.kind == LineKind::Violence)
                .copied()
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a bundled country has no verified line at all besides (maybe) its emergency number:
/// the screen then says to ask her health worker or clinic for local help.
pub fn needs_local_help(code: &str) -> bool {
    country(code).is_some_and(|c| c.lines.is_empty())
}

/// The bundled country a browser language tag points to by its region ("en-US" → US, "sw-KE" →
/// KE); `None` without a region or for a country not bundled.
pub fn suggest_country(tag: &str) -> Option<&'static str> {
    let region = tag
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))?;
    country(region).map(|c| c.code)
}

/// The first bundled country among the browser's preferred languages.
pub fn suggest_from_languages<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    tags.into_iter().find_map(suggest_country)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_list_is_exactly_the_clinical_brief_lines_first_then_emergency() {
        let us = contacts_for("us");
        let dials: Vec<&str> = us.iter().map(|c| c.dial).collect();
        assert_eq!(dials, ["988", "18338526262", "18009444773", "911"]);
        assert!(us[0].text, "988 takes texts");
        assert!(us[1].note.contains("Not a crisis line"));
        assert!(us[2].note.contains("Not a crisis line"));
        assert_eq!(us[3].generic, Some(Generic::Emergency));
    }

    #[test]
    fn english_text_and_ids_agree() {
        let all = COUNTRIES
            .iter()
            .flat_map(|c| c.lines.iter().copied().chain(c.emergency))
            .chain(ELSEWHERE.iter().copied());
        for c in all {
            assert_eq!(c.note, c.note_id.english());
            match c.generic {
                Some(g) => assert_eq!(c.name, g.english()),
                None => assert!(!c.name.is_empty()),
            }
        }
        assert_eq!(contacts_for("GB")[1].name, "Emergency");
        assert_eq!(ELSEWHERE[0].name, "Your local emergency number");
        assert!(ELSEWHERE[0].note.starts_with("Immediate danger. 112 works"));
        assert_eq!(alternatives("112 or 999"), Some(("112", "999")));
        assert_eq!(alternatives("116 123"), None);
    }

    #[test]
    fn unknown_country_falls_back_to_emergency_number() {
        assert_eq!(contacts_for(""), ELSEWHERE.to_vec());
        assert_eq!(contacts_for("ZZ"), ELSEWHERE.to_vec());
    }

    #[test]
    fn countries_without_a_verified_line_still_exist_and_ask_for_local_help() {
        for code in ["UG", "ET", "HT", "LB", "CO", "TZ", "PK", "IN", "NG"] {
            assert!(country(code).is_some(), "{code} is offered");
        }
        // Nothing verified at all: an empty list and the local-help advice, never a guessed 112.
        assert!(contacts_for("UG").is_empty());
        assert!(needs_local_help("UG"));
        // A verified emergency number and nothing else.
        let tz: Vec<&str> = contacts_for("TZ").iter().map(|c| c.dial).collect();
        assert_eq!(tz, ["112"]);
        assert!(needs_local_help("TZ"));
        assert!(!needs_local_help("US"));
        // Press-sourced but quoting the government: India's national tele-mental-health line
        // before its emergency number, and Nigeria's regulator-designated emergency number.
        let india: Vec<&str> = contacts_for("IN").iter().map(|c| c.dial).collect();
        assert_eq!(india, ["14416", "112"]);
        let nigeria: Vec<&str> = contacts_for("NG").iter().map(|c| c.dial).collect();
        assert_eq!(nigeria, ["112"]);
        assert!(!needs_local_help(""));
    }

    #[test]
    fn violence_lines_are_kept_for_the_hurt_page() {
        let co: Vec<&str> = violence_lines("CO").iter().map(|c| c.dial).collect();
        assert_eq!(co, ["155"]);
        assert!(contacts_for("CO")
            .iter()
            .all(|c| c.kind != LineKind::Violence));
        assert_eq!(violence_lines("KE")[0].dial, "1195");
        assert!(violence_lines("UG").is_empty());
    }

    #[test]
    fn the_phone_language_suggests_a_country() {
        assert_eq!(suggest_country("en-US"), Some("US"));
        assert_eq!(suggest_country("sw-KE"), Some("KE"));
        assert_eq!(suggest_country("es_co"), Some("CO"));
        assert_eq!(suggest_country("zh-Hant-TW"), None, "not bundled");
        assert_eq!(suggest_country("en"), None, "no region");
        assert_eq!(suggest_country("tlh-QQ"), None);
        assert_eq!(suggest_from_languages(["fr", "en-GB", "en-US"]), Some("GB"));
        assert_eq!(suggest_from_languages(["fr", "en"]), None);
    }

    #[test]
    fn dial_strings_are_dialable() {
        for country in COUNTRIES {
            for c in country.lines.iter().chain(country.emergency.iter()) {
                assert!(
                    c.dial
                        .chars()
                        .enumerate()
                        .all(|(i, ch)| ch.is_ascii_digit() || (ch == '+' && i == 0)),
                    "{}: {}",
                    country.code,
                    c.dial
                );
            }
        }
    }

    /// Read the data file itself (not the generated table): a number without its organisation and
    /// page fails here, whatever the generator does.
    #[test]
    fn every_built_in_number_has_a_source() {
        let doc: serde_json::Value =
            serde_json::from_str(include_str!("../../public/helplines.json")).unwrap_or_default();
        let countries = doc["countries"].as_array().cloned().unwrap_or_default();
        assert!(countries.len() >= 16, "the data file was read");
        let mut numbers = 0;
        for c in &countries {
            let code = c["code"].as_str().unwrap_or("?");
            let mut entries: Vec<&serde_json::Value> = c["lines"]
                .as_array()
                .map(|l| l.iter().collect())
                .unwrap_or_default();
            if !c["emergency"].is_null() {
                entries.push(&c["emergency"]);
            }
            for e in entries {
                numbers += 1;
                let s = &e["source"];
                let org = s["organisation"].as_str().unwrap_or("");
                let url = s["url"].as_str().unwrap_or("");
                assert!(
                    !org.trim().is_empty(),
                    "{code} {}: no organisation",
                    e["dial"]
                );
                assert!(
                    url.starts_with("https://"),
                    "{code} {}: no source page",
                    e["dial"]
                );
                assert!(
                    ["operator", "government", "partner", "press"]
                        .contains(&s["kind"].as_str().unwrap_or("")),
                    "{code} {}: what kind of source",
                    e["dial"]
                );
            }
        }
        let generated: usize = COUNTRIES
            .iter()
            .map(|c| c.lines.len() + usize::from(c.emergency.is_some()))
            .sum();
        assert_eq!(
            numbers, generated,
            "the app shows exactly the file's numbers"
        );
    }
}
