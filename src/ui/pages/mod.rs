//! Pages of the shell. Feature pages live in their own modules (see `ui::sections`).

pub mod home;
pub mod hurt;
pub mod not_found;
pub mod recovered;
pub mod safety;
pub mod settings;
