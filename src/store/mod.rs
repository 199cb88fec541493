//! Browser storage (being written).
