//! The static help page (`public/help.html`, shown by "Get help now" before the app's WASM has
//! arrived or where it cannot run) offers every built-in crisis contact, each as a working `tel:`
//! link, and no number the app does not have: a number changed in one place only would send her
//! to the wrong line.

use std::collections::BTreeSet;

use between_sessions::domain::safety::{COUNTRIES, ELSEWHERE};

fn page() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/help.html");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `tel:` number on the page.
fn dialled(html: &str) -> BTreeSet<String> {
    html.split("href=\"tel:")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(n, _)| n.to_owned()))
        .collect()
}

#[test]
fn help_page_dials_exactly_the_built_in_contacts() {
    let html = page();
    let on_page = dialled(&html);
    let built_in: BTreeSet<String> = COUNTRIES
        .iter()
        .flat_map(|c| c.contacts.iter())
        .chain(ELSEWHERE.iter())
        .map(|c| c.dial.to_owned())
        .collect();
    assert_eq!(on_page, built_in);
    for country in COUNTRIES {
        assert!(
            html.contains(&format!("<h2>{}</h2>", country.name)),
            "{} has no section",
            country.name
        );
        for contact in country.contacts {
            let shown = contact.shown.replace('&', "&amp;");
            assert!(
                html.contains(&format!(
                    "href=\"tel:{}\"><strong>{shown}</strong>",
                    contact.dial
                )),
                "{}: {} is not shown as it is known",
                country.name,
                contact.shown
            );
        }
    }
}
