//! Share with the therapist, and never lose a note: the share screen (dates and sections), the
//! print-ready therapist summary, CSV and FHIR files, the offline QR handoff and its read-only
//! viewer, backup and restore, and the home screen's backup nudge.
//!
//! Paths: `/share`, `/share/summary?…`, `/share/qr?…`, `/share/backup`, `/handoff#handoff=bs1.…`.

pub mod backup_page;
pub mod choices;
pub mod files;
pub mod handoff_page;
pub mod nudge;
pub mod qr_mask;
pub mod qr_page;
pub mod share_page;
pub mod summary_page;
pub mod words;

use leptos::prelude::*;

use crate::ui::pages::not_found::NotFound;

/// The view for `/share/…` and `/handoff`.
pub fn render(section: &str, rest: &[String]) -> AnyView {
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    match (section, rest.as_slice()) {
        ("share", []) => view! { <share_page::SharePage/> }.into_any(),
        ("share", ["summary"]) => view! { <summary_page::SummaryPage/> }.into_any(),
        ("share", ["qr"]) => view! { <qr_page::QrPage/> }.into_any(),
        ("share", ["backup"]) => view! { <backup_page::BackupPage/> }.into_any(),
        ("handoff", []) => view! { <handoff_page::HandoffPage/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}
