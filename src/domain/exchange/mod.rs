//! Moving journals in and out: schema migrations, backup and restore, and the exports a
//! therapist reads (CSV, FHIR R4, the printable summary and the offline QR handoff).

pub mod backup;
pub mod base64;
pub mod clinic_files;
pub mod csv;
pub mod fhir;
pub mod handoff;
pub mod migrate;
pub mod restore;
pub mod sealed;
pub mod summary;
pub mod validate;

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod fuzz;
#[cfg(test)]
mod perf;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod props;
#[cfg(test)]
pub(crate) mod sample;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod validate_props;
