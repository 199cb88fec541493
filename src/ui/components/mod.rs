//! Small components shared by pages.

pub mod icon;
