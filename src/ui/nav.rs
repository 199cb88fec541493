//! The one navigation: a bottom bar of places she recognises. A feature with no working content
//! has no entry; each feature adds its line here when it ships.

/// A place in the bottom bar: its path, its label, and the path prefix that marks it current.
pub struct Place {
    pub path: &'static str,
    pub label: &'static str,
    pub icon: &'static str,
}

/// The bottom bar, in order.
pub const PLACES: &[Place] = &[Place {
    path: "/",
    label: "This week",
    icon: "M4 11l8-7 8 7v9h-5v-6H9v6H4z",
}];

/// Whether `path` belongs to the place at `place_path`.
pub fn is_current(place_path: &str, path: &str) -> bool {
    if place_path == "/" {
        path == "/"
    } else {
        path == place_path || path.starts_with(&format!("{place_path}/"))
    }
}
