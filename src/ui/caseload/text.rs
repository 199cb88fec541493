//! The caseload's refusals in the worker's language: one `match` per error type.

use crate::domain::caseload::CaseloadError;
use crate::domain::exchange::sealed::SealedError;
use crate::i18n::{t_string, I18n};
use crate::store::caseload::WorkerError;
use crate::store::lock::LockError;
use crate::ui::fmt;

/// Why the caseload could not be opened, saved or changed.
pub(crate) fn worker_error(i18n: I18n, e: &WorkerError) -> String {
    match e {
        // The envelope's faults name the caseload, not "notes".
        WorkerError::Lock(LockError::Envelope(SealedError::Foreign)) => {
            caseload_error(i18n, &CaseloadError::Foreign)
        }
        WorkerError::Lock(LockError::Envelope(SealedError::TooNew(v))) => {
            caseload_error(i18n, &CaseloadError::TooNew(*v))
        }
        WorkerError::Lock(LockError::Envelope(SealedError::Damaged(d))) => {
            caseload_error(i18n, &CaseloadError::Damaged(d.clone()))
        }
        WorkerError::Lock(e) => crate::ui::privacy::text::lock_error(i18n, e),
        WorkerError::Caseload(e) => caseload_error(i18n, e),
        WorkerError::AlreadySet => t_string!(i18n, caseload.errors.already_set).to_owned(),
        WorkerError::NotOpen => t_string!(i18n, caseload.errors.not_open).to_owned(),
    }
}

/// Why a stored caseload cannot be used, or a change was refused.
pub(crate) fn caseload_error(i18n: I18n, e: &CaseloadError) -> String {
    match e {
        CaseloadError::Foreign => t_string!(i18n, caseload.errors.foreign).to_owned(),
        CaseloadError::TooNew(v) => t_string!(i18n, caseload.errors.too_new, version = *v),
        CaseloadError::Damaged(detail) => {
            t_string!(i18n, caseload.errors.damaged, detail = detail.as_str())
        }
        CaseloadError::NoSuchClient => t_string!(i18n, caseload.errors.no_client).to_owned(),
        CaseloadError::InFuture => t_string!(i18n, caseload.errors.in_future).to_owned(),
        CaseloadError::NoteTooLong { max } => t_string!(
            i18n,
            caseload.errors.note_long,
            n = fmt::number(i64::try_from(*max).unwrap_or(i64::MAX))
        ),
    }
}
