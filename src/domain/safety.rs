//! Crisis contacts, bundled for use with no network. The deploying organization can replace this
//! list. Numbers are kept to services with stable, published national numbers; everywhere else the
//! app shows the local emergency number and findahelpline.com for when she is online.

/// One contact on the safety screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// The service's own name (a proper name: shown as it is in every language), or the English
    /// of a generic label such as "Emergency" (see `generic`).
    pub name: &'static str,
    /// A generic label the UI shows in her language instead of `name`; `None` for a named service.
    pub generic: Option<Generic>,
    /// What to dial (digits and '+', for a `tel:` link).
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
    /// The fallback when no country is chosen.
    LocalEmergency,
}

impl Note {
    pub const ALL: [Note; 8] = [
        Note::ImmediateDanger,
        Note::CrisisSupport,
        Note::CallOrText,
        Note::Free,
        Note::FreeConfidential,
        Note::CallOrTextEnglishSpanishNotCrisis,
        Note::NotACrisisLine,
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
            Note::LocalEmergency => {
                "Immediate danger. 112 works from most mobile phones; use your country's number if you know it."
            }
        }
    }
}

/// A country with its crisis contacts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The English name (the UI asks the browser for the name in her language).
    pub name: &'static str,
    pub contacts: &'static [Contact],
}

/// A named service.
const fn c(
    name: &'static str,
    dial: &'static str,
    shown: &'static str,
    note: Note,
    text: bool,
) -> Contact {
    Contact {
        name,
        generic: None,
        dial,
        shown,
        note: note.english(),
        note_id: note,
        text,
    }
}

/// The national emergency number, for immediate danger.
const fn emergency(dial: &'static str, shown: &'static str) -> Contact {
    Contact {
        name: Generic::Emergency.english(),
        generic: Some(Generic::Emergency),
        dial,
        shown,
        note: Note::ImmediateDanger.english(),
        note_id: Note::ImmediateDanger,
        text: false,
    }
}

/// Bundled countries, by name.
pub const COUNTRIES: &[Country] = &[
    Country {
        code: "AU",
        name: "Australia",
        contacts: &[
            emergency("000", "000"),
            c("Lifeline", "131114", "13 11 14", Note::CrisisSupport, false),
        ],
    },
    Country {
        code: "CA",
        name: "Canada",
        contacts: &[
            c(
                "9-8-8 Suicide Crisis Helpline",
                "988",
                "988",
                Note::CallOrText,
                true,
            ),
            emergency("911", "911"),
        ],
    },
    Country {
        code: "FR",
        name: "France",
        contacts: &[
            c("3114 Suicide prevention", "3114", "3114", Note::Free, false),
            emergency("112", "112"),
        ],
    },
    Country {
        code: "KE",
        name: "Kenya",
        contacts: &[emergency("112", "112 or 999")],
    },
    Country {
        code: "ES",
        name: "Spain",
        contacts: &[
            c(
                "024 Suicide line",
                "024",
                "024",
                Note::FreeConfidential,
                false,
            ),
            emergency("112", "112"),
        ],
    },
    Country {
        code: "GB",
        name: "United Kingdom",
        contacts: &[
            c("Samaritans", "116123", "116 123", Note::Free, false),
            emergency("999", "999"),
        ],
    },
    Country {
        code: "US",
        name: "United States",
        contacts: &[
            c(
                "988 Suicide & Crisis Lifeline",
                "988",
                "988",
                Note::CallOrText,
                true,
            ),
            emergency("911", "911"),
            c(
                "National Maternal Mental Health Hotline",
                "18338526262",
                "1-833-852-6262 (1-833-TLC-MAMA)",
                Note::CallOrTextEnglishSpanishNotCrisis,
                true,
            ),
            c(
                "Postpartum Support International HelpLine",
                "18009444773",
                "1-800-944-4773",
                Note::NotACrisisLine,
                false,
            ),
        ],
    },
];

/// Where no country is chosen or bundled.
pub const ELSEWHERE: &[Contact] = &[Contact {
    name: Generic::LocalEmergency.english(),
    generic: Some(Generic::LocalEmergency),
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

/// Contacts for a country code ("" or unknown: the local emergency number only).
pub fn contacts_for(code: &str) -> &'static [Contact] {
    COUNTRIES
        .iter()
        .find(|c| c.code.eq_ignore_ascii_case(code))
        .map(|c| c.contacts)
        .unwrap_or(ELSEWHERE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_list_is_exactly_the_clinical_brief() {
        let us = contacts_for("us");
        let dials: Vec<&str> = us.iter().map(|c| c.dial).collect();
        assert_eq!(dials, ["988", "911", "18338526262", "18009444773"]);
        assert!(us[0].text, "988 takes texts");
        assert!(us[2].note.contains("Not a crisis line"));
        assert!(us[3].note.contains("Not a crisis line"));
    }

    #[test]
    fn english_text_and_ids_agree() {
        let all = COUNTRIES.iter().flat_map(|c| c.contacts).chain(ELSEWHERE);
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
        assert_eq!(contacts_for(""), ELSEWHERE);
        assert_eq!(contacts_for("ZZ"), ELSEWHERE);
    }

    #[test]
    fn dial_strings_are_dialable() {
        for country in COUNTRIES {
            for c in country.contacts {
                assert!(
                    c.dial.chars().all(|ch| ch.is_ascii_digit() || ch == '+'),
                    "{}: {}",
                    country.code,
                    c.dial
                );
            }
        }
    }
}
