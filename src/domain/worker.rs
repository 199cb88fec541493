//! Worker mode: one lay health worker's phone, used with several clients. These are the device's
//! own settings (not any client's journal): whether worker mode is on, and the program's referral
//! step — its safety-protocol text and the supervisor to call — shown on the worker's side of a
//! self-harm flag, apart from the client's own safety screen.
//!
//! Kept in plain storage: it holds nothing about any client.

use serde::{Deserialize, Serialize};

use super::contacts::{dial_string, PhoneError};

/// Longest safety-protocol text, in characters.
pub const MAX_PROTOCOL_CHARS: usize = 2_000;
/// Longest supervisor name, in characters.
pub const MAX_SUPERVISOR_NAME_CHARS: usize = 60;

/// The worker's settings for this device. Every field has a default, so a newer or older stored
/// text still loads.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkerSettings {
    /// Worker mode is on: the caseload is the start screen and answers wait for "Next".
    pub enabled: bool,
    /// The program's safety protocol (its referral step), in the program's words ("" = none yet).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub protocol: String,
    /// The supervisor's name ("" = none yet).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub supervisor_name: String,
    /// The supervisor's phone number as typed ("" = none yet).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub supervisor_phone: String,
}

/// Why the worker's settings were refused. `Display` gives the English sentence; the UI says it in
/// the worker's language with one `match`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WorkerError {
    /// The protocol text is longer than `max` characters.
    ProtocolTooLong { max: usize },
    /// The supervisor's name is longer than `max` characters.
    NameTooLong { max: usize },
    /// The supervisor's number cannot be dialled.
    Phone(PhoneError),
}

impl std::fmt::Display for WorkerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkerError::ProtocolTooLong { max } => {
                write!(f, "Keep the safety protocol to {max} characters or fewer.")
            }
            WorkerError::NameTooLong { max } => {
                write!(
                    f,
                    "Keep the supervisor's name to {max} characters or fewer."
                )
            }
            WorkerError::Phone(e) => write!(f, "{e}"),
        }
    }
}

impl WorkerSettings {
    /// Read the stored text. Unreadable text gives the defaults (worker mode off): nothing about a
    /// client is kept here, so nothing can be lost by it.
    pub fn parse(text: Option<&str>) -> Self {
        text.and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default()
    }

    /// The stored text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Check the values before they are kept: lengths, and a supervisor number that can be dialled.
    pub fn validate(&self) -> Result<(), WorkerError> {
        if self.protocol.chars().count() > MAX_PROTOCOL_CHARS {
            return Err(WorkerError::ProtocolTooLong {
                max: MAX_PROTOCOL_CHARS,
            });
        }
        if self.supervisor_name.chars().count() > MAX_SUPERVISOR_NAME_CHARS {
            return Err(WorkerError::NameTooLong {
                max: MAX_SUPERVISOR_NAME_CHARS,
            });
        }
        if !self.supervisor_phone.trim().is_empty() {
            dial_string(&self.supervisor_phone).map_err(WorkerError::Phone)?;
        }
        Ok(())
    }

    /// The supervisor's number for a `tel:` link (digits and a leading `+`), when there is one.
    pub fn supervisor_dial(&self) -> Option<String> {
        if self.supervisor_phone.trim().is_empty() {
            return None;
        }
        dial_string(&self.supervisor_phone).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_stored_or_damaged_text_means_worker_mode_off() {
        assert_eq!(WorkerSettings::parse(None), WorkerSettings::default());
        assert!(!WorkerSettings::parse(Some("{not json")).enabled);
        assert!(!WorkerSettings::parse(Some("[]")).enabled);
    }

    #[test]
    fn round_trips_and_ignores_unknown_fields() {
        let s = WorkerSettings {
            enabled: true,
            protocol: "Call the supervisor the same day.".into(),
            supervisor_name: "Amina".into(),
            supervisor_phone: "+254 700 000 000".into(),
        };
        assert_eq!(WorkerSettings::parse(Some(&s.to_json())), s);
        let newer = r#"{"enabled":true,"later_field":3}"#;
        assert!(WorkerSettings::parse(Some(newer)).enabled);
        assert_eq!(WorkerSettings::default().to_json(), r#"{"enabled":false}"#);
    }

    #[test]
    fn refuses_values_out_of_bounds() {
        let mut s = WorkerSettings {
            protocol: "x".repeat(MAX_PROTOCOL_CHARS),
            ..WorkerSettings::default()
        };
        assert_eq!(s.validate(), Ok(()));
        s.protocol.push('x');
        assert_eq!(
            s.validate(),
            Err(WorkerError::ProtocolTooLong {
                max: MAX_PROTOCOL_CHARS
            })
        );
        s.protocol.clear();
        s.supervisor_name = "n".repeat(MAX_SUPERVISOR_NAME_CHARS + 1);
        assert_eq!(
            s.validate(),
            Err(WorkerError::NameTooLong {
                max: MAX_SUPERVISOR_NAME_CHARS
            })
        );
        s.supervisor_name.clear();
        s.supervisor_phone = "call me".into();
        assert!(matches!(s.validate(), Err(WorkerError::Phone(_))));
        assert_eq!(s.supervisor_dial(), None);
        s.supervisor_phone = "+254 (700) 000-000".into();
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.supervisor_dial().as_deref(), Some("+254700000000"));
    }
}
