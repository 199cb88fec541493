//! The one navigation: a bottom bar of places she recognises. A feature with no working content
//! has no entry; each feature adds its line here when it ships.

use crate::i18n::{t_string, I18n};

/// A place in the bottom bar: its path (its label comes from [`label`]) and its icon.
pub struct Place {
    pub path: &'static str,
    pub icon: &'static str,
}

/// The bottom bar, in order.
pub const PLACES: &[Place] = &[
    Place {
        path: "/",
        icon: "M4 11l8-7 8 7v9h-5v-6H9v6H4z",
    },
    Place {
        path: "/checkin",
        icon: "M5 5h4V3h6v2h4v16H5zm2 2v12h10V7zm1.5 5.5 2 2 5-5 1.4 1.4-6.4 6.4-3.4-3.4z",
    },
    Place {
        path: "/people",
        icon: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm7.5 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM1 20c0-3.3 3.6-6 8-6s8 2.7 8 6v1H1zm17.2-5.7c2.7.6 4.8 2.4 4.8 4.7v2h-4v-1c0-2.2-.3-4.2-.8-5.7z",
    },
    Place {
        path: "/my-work",
        icon: "M6 2h9l5 5v15H4V2zm8 1.5V8h4.5zM7 11v2h10v-2zm0 4v2h10v-2zm0-8v2h5V7z",
    },
    Place {
        path: "/share",
        icon: "M18 2a3 3 0 1 0 0 6 3 3 0 1 0 0-6zM6 9a3 3 0 1 0 0 6 3 3 0 1 0 0-6zm12 7a3 3 0 1 0 0 6 3 3 0 1 0 0-6zM8.2 9.8 15 5.8l.8 1.4L9 11.2zM9 12.8l6.8 4-.8 1.4-6.8-4z",
    },
];

/// The label of a place in her language.
pub fn label(i18n: I18n, path: &str) -> &'static str {
    match path {
        "/checkin" => t_string!(i18n, common.nav.checkin),
        "/people" => t_string!(i18n, common.nav.people),
        "/my-work" => t_string!(i18n, common.nav.my_work),
        "/share" => t_string!(i18n, common.nav.share),
        _ => t_string!(i18n, common.nav.this_week),
    }
}

/// Whether `path` belongs to the place at `place_path`.
pub fn is_current(place_path: &str, path: &str) -> bool {
    if place_path == "/" {
        path == "/"
    } else {
        path == place_path || path.starts_with(&format!("{place_path}/"))
    }
}
