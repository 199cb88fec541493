//! Small components shared by pages.

pub mod care_team;
pub mod country_question;
pub mod file_input;
pub mod icon;
pub mod locked_lines;
pub mod safety_people;
