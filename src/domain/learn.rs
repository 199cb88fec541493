//! Being written: see the module list in domain/mod.rs.
