//! The app's URLs: each screen has a stable path so the back button, reloads and a handoff link
//! land where she expects. Pure, so it is tested on the host.

/// A screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// "This week" (home).
    Home,
    /// Crisis contacts and her own people; one tap away on every page.
    Safety,
    /// "Is someone hurting you?": abuse in pregnancy and after birth, and where to find help.
    SafetyHurt,
    Settings,
    /// Any other path: a calm "not found" with a way home.
    NotFound(String),
    /// A path served by a feature module: its first segment and the rest.
    Section {
        section: String,
        rest: Vec<String>,
    },
}

/// First path segments that feature modules own (see `ui::nav`).
pub const SECTIONS: &[&str] = &[
    "checkin", "people", "my-work", "share", "learn", "handoff", "caseload",
];

impl Route {
    /// Parse a location path (query and fragment ignored).
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] | ["index.html"] => Route::Home,
            ["safety"] => Route::Safety,
            ["safety", "hurt"] => Route::SafetyHurt,
            ["settings"] => Route::Settings,
            [first, rest @ ..] if SECTIONS.contains(first) => Route::Section {
                section: (*first).to_owned(),
                rest: rest.iter().map(|s| (*s).to_owned()).collect(),
            },
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// The path of this screen.
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Safety => "/safety".into(),
            Route::SafetyHurt => "/safety/hurt".into(),
            Route::Settings => "/settings".into(),
            Route::NotFound(p) => p.clone(),
            Route::Section { section, rest } => {
                let mut p = format!("/{section}");
                for s in rest {
                    p.push('/');
                    p.push_str(s);
                }
                p
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_kind_of_path() {
        assert_eq!(Route::parse("/"), Route::Home);
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("/index.html"), Route::Home);
        assert_eq!(Route::parse("/safety?x=1"), Route::Safety);
        assert_eq!(Route::parse("/safety/hurt"), Route::SafetyHurt);
        assert_eq!(Route::SafetyHurt.path(), "/safety/hurt");
        assert_eq!(Route::parse("/settings/"), Route::Settings);
        let r = Route::parse("/my-work/experiments/abc#top");
        assert_eq!(
            r,
            Route::Section {
                section: "my-work".into(),
                rest: vec!["experiments".into(), "abc".into()]
            }
        );
        assert_eq!(r.path(), "/my-work/experiments/abc");
        assert_eq!(Route::parse("/nowhere"), Route::NotFound("/nowhere".into()));
    }
}
