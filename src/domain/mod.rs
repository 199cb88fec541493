//! The product's truth, in pure Rust: no browser, no UI. Tested natively with `cargo test`.

pub mod caseload;
pub mod checkin;
pub mod contacts;
pub mod course;
pub mod dates;
pub mod ending;
pub mod exchange;
pub mod experiment;
pub mod instruments;
pub mod journal;
pub mod learn;
pub mod lock;
pub mod order;
pub mod people;
pub mod record;
pub mod reminder;
pub mod safety;
pub mod selfcare;
pub mod settings;
pub mod share;
pub mod speech;
pub mod struct_de;
pub mod support;
pub mod timeline;
pub mod worker;
pub mod worksheets;
