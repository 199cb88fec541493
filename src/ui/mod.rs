//! Leptos UI (being written).
