//! Between Sessions: an offline-first companion for Interpersonal Psychotherapy.
//!
//! `domain` is pure Rust (no browser); `store` is the only code that touches browser storage;
//! `ui` is the Leptos app. Data flows one way: UI event → domain function → store → signals.
#![forbid(unsafe_code)]

pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod i18n;
pub mod plural;
pub mod routes;
#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
