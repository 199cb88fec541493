//! Moving journals in and out: schema migrations (and, with the share features, exports and
//! import).

pub mod migrate;
