//! Small components shared by pages.

pub mod icon;
pub mod safety_people;
