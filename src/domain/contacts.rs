//! Her own contacts for "Get help now": her therapist, her clinic, her health worker. She types
//! them, or her clinic supplies them in a clinic contacts file. Every number is checked for the
//! characters a phone's dialer accepts, and the `tel:` link carries only digits and a leading '+'.
//!
//! # Clinic contacts file
//!
//! A JSON file in the clinic file family (beside `between-sessions/measure-texts`):
//!
//! ```json
//! {
//!   "format": "between-sessions/clinic-contacts",
//!   "version": 1,
//!   "clinic": "Riverside Maternity Clinic",
//!   "contacts": [
//!     { "role": "clinic", "label": "Riverside Maternity Clinic", "number": "+254 20 000 0000" },
//!     { "role": "health_worker", "label": "Community health worker", "number": "0700 000 000" }
//!   ],
//!   "referral": {
//!     "protocol": "Same day: call your supervisor, then walk her to the clinic if she agrees.",
//!     "supervisor_name": "Amina (supervisor)",
//!     "supervisor_phone": "+254 700 000 001"
//!   }
//! }
//! ```
//!
//! - `role` is `therapist`, `clinic`, `health_worker` or `other`.
//! - One to [`MAX_CONTACTS`] contacts; each label at most [`MAX_LABEL`] characters; each number
//!   only digits, spaces and `+ - ( ) .` with 3 to 15 digits (a `+` only first).
//! - `referral` is optional (files without it still load): the program's referral step for a lay
//!   health worker's phone, shown to the worker beside a self-harm flag. Each of its three fields
//!   is optional; the protocol is at most [`MAX_PROTOCOL_CHARS`] characters, the supervisor's name
//!   at most [`MAX_SUPERVISOR_NAME_CHARS`], and the number is checked like the contacts' numbers
//!   (`WorkerSettings::validate`). It replaces the device's referral step; it does not turn
//!   worker mode on or off.
//! - The file is at most [`MAX_FILE_BYTES`]; unknown fields are refused, so a misspelt field is
//!   not silently lost. A refused file changes nothing stored.

use crate::domain::struct_de::defaulted_de;
use serde::{Deserialize, Serialize};

use super::worker::{WorkerError, WorkerSettings};
#[cfg(doc)]
use super::worker::{MAX_PROTOCOL_CHARS, MAX_SUPERVISOR_NAME_CHARS};

/// The `format` of a clinic contacts file.
pub const CONTACTS_FORMAT: &str = "between-sessions/clinic-contacts";
/// The newest clinic contacts file version this build reads.
pub const CONTACTS_VERSION: u32 = 1;
/// A contacts file is a few hundred bytes; anything far larger is not one.
pub const MAX_FILE_BYTES: usize = 20_000;
/// Contacts one file may carry (a screen of help, not a directory).
pub const MAX_CONTACTS: usize = 10;
/// Characters of a label.
pub const MAX_LABEL: usize = 60;
/// Her own contacts in all (hers and the clinic's).
pub const MAX_OWN: usize = 20;

/// Who a contact is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Therapist,
    Clinic,
    HealthWorker,
    #[default]
    Other,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Therapist,
        Role::Clinic,
        Role::HealthWorker,
        Role::Other,
    ];
}

/// One of her own contacts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(default)]
pub struct OwnContact {
    pub role: Role,
    /// Her words ("Dr Amani", "Riverside clinic").
    pub label: String,
    /// The number as she or the clinic wrote it (checked by [`dial_string`]).
    pub number: String,
    /// Supplied by a clinic contacts file (a new file replaces these, never hers).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub from_clinic: bool,
}
defaulted_de!(OwnContact {
    role,
    label,
    number,
    from_clinic
});

impl OwnContact {
    /// What the `tel:` link dials (digits and a leading '+'); `None` if the number is not valid.
    pub fn dial(&self) -> Option<String> {
        dial_string(&self.number).ok()
    }
}

/// Why a phone number was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// A letter or another character a dialer does not take.
    NotDialable(char),
    /// A '+' anywhere but first.
    PlusNotFirst,
    TooShort,
    TooLong,
}

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PhoneError::Empty => f.write_str("The number is empty."),
            PhoneError::NotDialable(c) => {
                write!(
                    f,
                    "A phone number cannot contain \"{c}\": use digits, spaces and + - ( ) only."
                )
            }
            PhoneError::PlusNotFirst => {
                f.write_str("A \"+\" can only come first in a phone number.")
            }
            PhoneError::TooShort => f.write_str("The number is too short (at least 3 digits)."),
            PhoneError::TooLong => f.write_str("The number is too long (at most 15 digits)."),
        }
    }
}

/// The digits (and a leading '+') to dial for a number written with spaces, dashes, brackets or
/// dots. Letters and anything else are refused, so a `tel:` link never carries them.
pub fn dial_string(number: &str) -> Result<String, PhoneError> {
    let number = number.trim();
    if number.is_empty() {
        return Err(PhoneError::Empty);
    }
    let mut out = String::new();
    for (i, c) in number.chars().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            '+' if i == 0 => out.push('+'),
            '+' => return Err(PhoneError::PlusNotFirst),
            ' ' | '-' | '(' | ')' | '.' => {}
            other => return Err(PhoneError::NotDialable(other)),
        }
    }
    let digits = out.chars().filter(char::is_ascii_digit).count();
    if digits < 3 {
        Err(PhoneError::TooShort)
    } else if digits > 15 {
        Err(PhoneError::TooLong)
    } else {
        Ok(out)
    }
}

/// Why a contact she typed was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactError {
    NoLabel,
    LabelTooLong,
    Number(PhoneError),
    /// She already has [`MAX_OWN`] contacts.
    Full,
}

impl std::fmt::Display for ContactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContactError::NoLabel => f.write_str("Write who this is."),
            ContactError::LabelTooLong => {
                write!(f, "The name is too long (at most {MAX_LABEL} characters).")
            }
            ContactError::Number(e) => e.fmt(f),
            ContactError::Full => write!(f, "You have {MAX_OWN} contacts already."),
        }
    }
}

/// A contact she typed, checked: the label trimmed, the number kept as she wrote it (trimmed).
pub fn checked_contact(role: Role, label: &str, number: &str) -> Result<OwnContact, ContactError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(ContactError::NoLabel);
    }
    if label.chars().count() > MAX_LABEL {
        return Err(ContactError::LabelTooLong);
    }
    dial_string(number).map_err(ContactError::Number)?;
    Ok(OwnContact {
        role,
        label: label.to_owned(),
        number: number.trim().to_owned(),
        from_clinic: false,
    })
}

/// Add a contact she typed to her list.
pub fn add(list: &mut Vec<OwnContact>, contact: OwnContact) -> Result<(), ContactError> {
    if list.len() >= MAX_OWN {
        return Err(ContactError::Full);
    }
    list.push(contact);
    Ok(())
}

/// Why a clinic contacts file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContactsFileError {
    TooLarge,
    /// Not JSON (the parser's own detail).
    NotJson(String),
    /// The `format` field is missing or another.
    NotContactsFile,
    VersionZero,
    TooNew(u32),
    /// JSON, but not the expected fields (the parser's own detail).
    Shape(String),
    NoContacts,
    TooMany(usize),
    NoClinicName,
    /// (contact number, 1-based) with no label.
    NoLabel(usize),
    LabelTooLong(usize),
    /// (contact, 1-based; why the number was refused).
    Number(usize, PhoneError),
    /// The `referral` step was refused (too long, or a supervisor number that cannot be dialled).
    Referral(WorkerError),
}

impl std::fmt::Display for ContactsFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContactsFileError::TooLarge => write!(f, "The file is larger than a contacts file can be ({MAX_FILE_BYTES} bytes)."),
            ContactsFileError::NotJson(e) => write!(f, "The contacts file is not readable JSON ({e})."),
            ContactsFileError::NotContactsFile => write!(f, "This is not a clinic contacts file (its format should be \"{CONTACTS_FORMAT}\")."),
            ContactsFileError::VersionZero => f.write_str("The contacts file has version 0, which does not exist."),
            ContactsFileError::TooNew(v) => write!(f, "This contacts file is version {v}, newer than this app reads ({CONTACTS_VERSION})."),
            ContactsFileError::Shape(e) => write!(f, "The contacts file is not in the expected shape ({e})."),
            ContactsFileError::NoContacts => f.write_str("The contacts file lists no contacts."),
            ContactsFileError::TooMany(n) => write!(f, "The contacts file lists {n} contacts; at most {MAX_CONTACTS}."),
            ContactsFileError::NoClinicName => f.write_str("The contacts file does not name its clinic."),
            ContactsFileError::NoLabel(n) => write!(f, "Contact {n} in the file has no name."),
            ContactsFileError::LabelTooLong(n) => write!(f, "The name of contact {n} is too long (at most {MAX_LABEL} characters)."),
            ContactsFileError::Number(n, e) => write!(f, "Contact {n}: {e}"),
            ContactsFileError::Referral(e) => write!(f, "The referral step: {e}"),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ContactsFile {
    #[allow(dead_code)]
    format: String,
    version: u32,
    clinic: String,
    contacts: Vec<FileContact>,
    #[serde(default)]
    referral: Option<FileReferral>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileReferral {
    #[serde(default)]
    protocol: String,
    #[serde(default)]
    supervisor_name: String,
    #[serde(default)]
    supervisor_phone: String,
}

/// The program's referral step from a clinic file, checked: shown to a lay health worker beside a
/// self-harm flag (trimmed; "" = not given).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClinicReferral {
    pub protocol: String,
    pub supervisor_name: String,
    pub supervisor_phone: String,
}

impl ClinicReferral {
    /// The device's worker settings with this referral step (worker mode stays as it was).
    pub fn applied_to(&self, settings: &WorkerSettings) -> WorkerSettings {
        WorkerSettings {
            protocol: self.protocol.clone(),
            supervisor_name: self.supervisor_name.clone(),
            supervisor_phone: self.supervisor_phone.clone(),
            ..settings.clone()
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileContact {
    role: Role,
    label: String,
    number: String,
}

/// A clinic contacts file, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicContacts {
    pub clinic: String,
    pub contacts: Vec<OwnContact>,
    /// The program's referral step, when the file gives one.
    pub referral: Option<ClinicReferral>,
}

/// Read a clinic contacts file, refusing anything malformed with the reason.
pub fn read_contacts_file(text: &str) -> Result<ClinicContacts, ContactsFileError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ContactsFileError::TooLarge);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ContactsFileError::NotJson(e.to_string()))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(CONTACTS_FORMAT) {
        return Err(ContactsFileError::NotContactsFile);
    }
    match value.get("version").and_then(serde_json::Value::as_u64) {
        Some(0) => return Err(ContactsFileError::VersionZero),
        Some(v) if v > u64::from(CONTACTS_VERSION) => {
            return Err(ContactsFileError::TooNew(
                u32::try_from(v).unwrap_or(u32::MAX),
            ))
        }
        _ => {}
    }
    let file: ContactsFile =
        serde_json::from_value(value).map_err(|e| ContactsFileError::Shape(e.to_string()))?;
    let _ = file.version;
    let clinic = file.clinic.trim();
    if clinic.is_empty() {
        return Err(ContactsFileError::NoClinicName);
    }
    if file.contacts.is_empty() {
        return Err(ContactsFileError::NoContacts);
    }
    if file.contacts.len() > MAX_CONTACTS {
        return Err(ContactsFileError::TooMany(file.contacts.len()));
    }
    let mut contacts = Vec::new();
    for (i, c) in file.contacts.into_iter().enumerate() {
        let n = i + 1;
        let label = c.label.trim();
        if label.is_empty() {
            return Err(ContactsFileError::NoLabel(n));
        }
        if label.chars().count() > MAX_LABEL {
            return Err(ContactsFileError::LabelTooLong(n));
        }
        dial_string(&c.number).map_err(|e| ContactsFileError::Number(n, e))?;
        contacts.push(OwnContact {
            role: c.role,
            label: label.to_owned(),
            number: c.number.trim().to_owned(),
            from_clinic: true,
        });
    }
    let referral = match file.referral {
        None => None,
        Some(r) => {
            let referral = ClinicReferral {
                protocol: r.protocol.trim().to_owned(),
                supervisor_name: r.supervisor_name.trim().to_owned(),
                supervisor_phone: r.supervisor_phone.trim().to_owned(),
            };
            referral
                .applied_to(&WorkerSettings::default())
                .validate()
                .map_err(ContactsFileError::Referral)?;
            Some(referral)
        }
    };
    Ok(ClinicContacts {
        clinic: clinic.to_owned(),
        contacts,
        referral,
    })
}

/// Put a clinic's contacts in her list: the clinic's earlier contacts are replaced, hers kept
/// (first, in her order). Returns how many the clinic's file added.
pub fn apply_clinic_contacts(list: &mut Vec<OwnContact>, file: &ClinicContacts) -> usize {
    list.retain(|c| !c.from_clinic);
    let room = MAX_OWN.saturating_sub(list.len());
    let added: Vec<OwnContact> = file.contacts.iter().take(room).cloned().collect();
    let n = added.len();
    list.extend(added);
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_only_what_a_dialer_takes() {
        assert_eq!(
            dial_string(" +1 (555) 010-2000 "),
            Ok("+15550102000".into())
        );
        assert_eq!(dial_string("0700.000.000"), Ok("0700000000".into()));
        assert_eq!(dial_string("1-800-TLC"), Err(PhoneError::NotDialable('T')));
        assert_eq!(
            dial_string("555 0102; drop"),
            Err(PhoneError::NotDialable(';'))
        );
        assert_eq!(dial_string("tel:555"), Err(PhoneError::NotDialable('t')));
        assert_eq!(dial_string("12+34"), Err(PhoneError::PlusNotFirst));
        assert_eq!(dial_string("  "), Err(PhoneError::Empty));
        assert_eq!(dial_string("12"), Err(PhoneError::TooShort));
        assert_eq!(dial_string("1234567890123456"), Err(PhoneError::TooLong));
    }

    #[test]
    fn a_contact_she_types_is_checked() {
        let c = checked_contact(Role::Therapist, "  Dr Amani ", " +254 700 000 000")
            .unwrap_or_default();
        assert_eq!(c.label, "Dr Amani");
        assert_eq!(c.dial().as_deref(), Some("+254700000000"));
        assert_eq!(
            checked_contact(Role::Clinic, " ", "999"),
            Err(ContactError::NoLabel)
        );
        assert_eq!(
            checked_contact(Role::Clinic, "Clinic", "call me"),
            Err(ContactError::Number(PhoneError::NotDialable('c')))
        );
        assert_eq!(
            checked_contact(Role::Clinic, &"x".repeat(61), "999"),
            Err(ContactError::LabelTooLong)
        );
    }

    const GOOD: &str = r#"{"format":"between-sessions/clinic-contacts","version":1,"clinic":"Riverside",
        "contacts":[{"role":"clinic","label":"Riverside clinic","number":"+254 20 000 0000"},
                    {"role":"health_worker","label":"Mama Wanjiru","number":"0700 111 222"}]}"#;

    #[test]
    fn a_clinic_file_replaces_the_clinics_contacts_and_keeps_hers() {
        let file = read_contacts_file(GOOD).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(file.clinic, "Riverside");
        let mine = checked_contact(Role::Therapist, "Dr Amani", "555 0100").unwrap_or_default();
        let mut list = vec![
            OwnContact {
                label: "Old clinic".into(),
                number: "111".into(),
                from_clinic: true,
                ..Default::default()
            },
            mine.clone(),
        ];
        assert_eq!(apply_clinic_contacts(&mut list, &file), 2);
        let labels: Vec<&str> = list.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["Dr Amani", "Riverside clinic", "Mama Wanjiru"]);
        assert_eq!(list[2].role, Role::HealthWorker);
    }

    #[test]
    fn a_malformed_clinic_file_is_refused_with_the_reason() {
        let bad = |s: &str| read_contacts_file(s).err();
        assert!(matches!(bad("{"), Some(ContactsFileError::NotJson(_))));
        assert_eq!(
            bad(r#"{"format":"between-sessions/measure-texts"}"#),
            Some(ContactsFileError::NotContactsFile)
        );
        assert_eq!(
            bad(&GOOD.replace("\"version\":1", "\"version\":2")),
            Some(ContactsFileError::TooNew(2))
        );
        assert_eq!(
            bad(&GOOD.replace("\"version\":1", "\"version\":0")),
            Some(ContactsFileError::VersionZero)
        );
        assert!(matches!(
            bad(&GOOD.replace("\"label\":\"Mama", "\"lable\":\"Mama")),
            Some(ContactsFileError::Shape(_))
        ));
        assert!(matches!(
            bad(&GOOD.replace("health_worker", "doctor")),
            Some(ContactsFileError::Shape(_))
        ));
        assert_eq!(
            bad(&GOOD.replace("0700 111 222", "0700 CALL ME")),
            Some(ContactsFileError::Number(2, PhoneError::NotDialable('C')))
        );
        assert_eq!(
            bad(&GOOD.replace("Mama Wanjiru", " ")),
            Some(ContactsFileError::NoLabel(2))
        );
        assert_eq!(
            bad(&GOOD.replace("\"clinic\":\"Riverside\"", "\"clinic\":\"\"")),
            Some(ContactsFileError::NoClinicName)
        );
        let many = format!(
            r#"{{"format":"between-sessions/clinic-contacts","version":1,"clinic":"C","contacts":[{}]}}"#,
            [r#"{"role":"other","label":"A","number":"123"}"#; 11].join(",")
        );
        assert_eq!(bad(&many), Some(ContactsFileError::TooMany(11)));
        let none = r#"{"format":"between-sessions/clinic-contacts","version":1,"clinic":"C","contacts":[]}"#;
        assert_eq!(bad(none), Some(ContactsFileError::NoContacts));
        assert_eq!(
            bad(&" ".repeat(MAX_FILE_BYTES + 1)),
            Some(ContactsFileError::TooLarge)
        );
    }

    #[test]
    fn a_clinic_file_may_carry_the_programs_referral_step_checked_like_the_workers_own() {
        // An older file (no referral) still loads, with none.
        assert_eq!(read_contacts_file(GOOD).map(|f| f.referral), Ok(None));
        let with = GOOD.replacen(
            "]}",
            r#"], "referral": {"protocol":" Call your supervisor the same day. ",
                "supervisor_name":"Amina","supervisor_phone":"+254 (700) 000-001"}}"#,
            1,
        );
        let file = read_contacts_file(&with).unwrap_or_else(|e| panic!("{e}"));
        let Some(referral) = file.referral else {
            panic!("no referral")
        };
        assert_eq!(referral.protocol, "Call your supervisor the same day.");
        // It becomes the device's referral step; worker mode is left as it was.
        let on = WorkerSettings {
            enabled: true,
            ..WorkerSettings::default()
        };
        let applied = referral.applied_to(&on);
        assert!(applied.enabled);
        assert_eq!(applied.supervisor_name, "Amina");
        assert_eq!(applied.supervisor_dial().as_deref(), Some("+254700000001"));
        // Each field is optional.
        let partial = GOOD.replacen("]}", r#"], "referral": {"protocol":"Refer."}}"#, 1);
        let partial = read_contacts_file(&partial).map(|f| f.referral);
        assert_eq!(
            partial,
            Ok(Some(ClinicReferral {
                protocol: "Refer.".into(),
                ..ClinicReferral::default()
            }))
        );
        // Refused like the worker's own entry, and the whole file with it.
        let bad = GOOD.replacen(
            "]}",
            r#"], "referral": {"supervisor_phone":"call Amina"}}"#,
            1,
        );
        assert_eq!(
            read_contacts_file(&bad),
            Err(ContactsFileError::Referral(WorkerError::Phone(
                PhoneError::NotDialable('c')
            )))
        );
        let long = GOOD.replacen(
            "]}",
            &format!(
                r#"], "referral": {{"protocol":"{}"}}}}"#,
                "x".repeat(crate::domain::worker::MAX_PROTOCOL_CHARS + 1)
            ),
            1,
        );
        assert_eq!(
            read_contacts_file(&long),
            Err(ContactsFileError::Referral(WorkerError::ProtocolTooLong {
                max: crate::domain::worker::MAX_PROTOCOL_CHARS
            }))
        );
        let misspelt = GOOD.replacen("]}", r#"], "referral": {"protocole":"x"}}"#, 1);
        assert!(matches!(
            read_contacts_file(&misspelt),
            Err(ContactsFileError::Shape(_))
        ));
    }
}
