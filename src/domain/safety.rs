//! Crisis contacts, bundled for use with no network. The deploying organization can replace this
//! list. Numbers are kept to services with stable, published national numbers; everywhere else the
//! app shows the local emergency number and findahelpline.com for when she is online.

/// One contact on the safety screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub name: &'static str,
    /// What to dial (digits and '+', for a `tel:` link).
    pub dial: &'static str,
    /// The number as people know it.
    pub shown: &'static str,
    /// When and how to use it.
    pub note: &'static str,
    /// Also takes text messages (`sms:` link).
    pub text: bool,
}

/// A country with its crisis contacts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    pub name: &'static str,
    pub contacts: &'static [Contact],
}

const fn c(
    name: &'static str,
    dial: &'static str,
    shown: &'static str,
    note: &'static str,
    text: bool,
) -> Contact {
    Contact {
        name,
        dial,
        shown,
        note,
        text,
    }
}

/// Bundled countries, by name.
pub const COUNTRIES: &[Country] = &[
    Country {
        code: "AU",
        name: "Australia",
        contacts: &[
            c("Emergency", "000", "000", "Immediate danger", false),
            c(
                "Lifeline",
                "131114",
                "13 11 14",
                "Crisis support, 24/7",
                false,
            ),
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
                "Call or text, 24/7",
                true,
            ),
            c("Emergency", "911", "911", "Immediate danger", false),
        ],
    },
    Country {
        code: "FR",
        name: "France",
        contacts: &[
            c(
                "3114 Suicide prevention",
                "3114",
                "3114",
                "Free, 24/7",
                false,
            ),
            c("Emergency", "112", "112", "Immediate danger", false),
        ],
    },
    Country {
        code: "KE",
        name: "Kenya",
        contacts: &[c(
            "Emergency",
            "112",
            "112 or 999",
            "Immediate danger",
            false,
        )],
    },
    Country {
        code: "ES",
        name: "Spain",
        contacts: &[
            c(
                "024 Suicide line",
                "024",
                "024",
                "Free, 24/7, confidential",
                false,
            ),
            c("Emergency", "112", "112", "Immediate danger", false),
        ],
    },
    Country {
        code: "GB",
        name: "United Kingdom",
        contacts: &[
            c("Samaritans", "116123", "116 123", "Free, 24/7", false),
            c("Emergency", "999", "999", "Immediate danger", false),
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
                "Call or text, 24/7",
                true,
            ),
            c("Emergency", "911", "911", "Immediate danger", false),
            c(
                "National Maternal Mental Health Hotline",
                "18338526262",
                "1-833-852-6262 (1-833-TLC-MAMA)",
                "Call or text, 24/7, English and Spanish. Not a crisis line.",
                true,
            ),
            c(
                "Postpartum Support International HelpLine",
                "18009444773",
                "1-800-944-4773",
                "Not a crisis line.",
                false,
            ),
        ],
    },
];

/// Where no country is chosen or bundled.
pub const ELSEWHERE: &[Contact] = &[c(
    "Your local emergency number",
    "112",
    "112",
    "Immediate danger. 112 works from most mobile phones; use your country's number if you know it.",
    false,
)];

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
