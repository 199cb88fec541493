//! Learn: short psychoeducation pages that work offline, in plain words at a low reading level.
//! Facts come from the domain brief's psychoeducation section (ipt.md) and the training deck.
//! Each page lives at `/learn/<slug>`; its words are in `locales/<lang>/learn.json`.

/// One page. Its words live in the `learn` namespace of the locale files
/// (`locales/<lang>/learn.json`: `pages.<key>.title`, `.summary`, `.p1` … `.p<paragraphs>`), so
/// every language reads the same pages in the same order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// URL segment: `/learn/<slug>`.
    pub slug: &'static str,
    /// Its group of keys under `pages` in the `learn` namespace.
    pub key: &'static str,
    /// How many short paragraphs it has (`p1` … `pN`), in order.
    pub paragraphs: usize,
}

/// Every page, in reading order.
pub const PAGES: &[Page] = &[
    Page {
        slug: "depression",
        key: "depression",
        paragraphs: 6,
    },
    Page {
        slug: "baby-blues",
        key: "baby_blues",
        paragraphs: 6,
    },
    Page {
        slug: "ipt",
        key: "ipt",
        paragraphs: 9,
    },
    Page {
        slug: "sick-role",
        key: "sick_role",
        paragraphs: 7,
    },
];

/// All pages, in reading order.
pub fn pages() -> &'static [Page] {
    PAGES
}

/// The page at `/learn/<slug>`.
pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|p| p.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worksheets::ProblemArea;
    use serde_json::Value;

    /// The English words, as the app ships them.
    fn english() -> Value {
        serde_json::from_str(include_str!("../../locales/en/learn.json")).unwrap_or_default()
    }

    fn text(p: &Page, part: &str) -> String {
        english()["pages"][p.key][part]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    fn paragraphs(p: &Page) -> Vec<String> {
        (1..=p.paragraphs)
            .map(|n| text(p, &format!("p{n}")))
            .collect()
    }

    fn all_text(p: &Page) -> String {
        paragraphs(p).join(" ")
    }

    #[test]
    fn every_page_has_a_unique_url_slug_a_title_a_summary_and_text() {
        let mut slugs = Vec::new();
        for p in pages() {
            assert!(
                !p.slug.is_empty()
                    && p.slug
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                p.slug
            );
            assert!(!slugs.contains(&p.slug), "duplicate slug {}", p.slug);
            slugs.push(p.slug);
            assert_eq!(p.key, p.slug.replace('-', "_"));
            assert!(!text(p, "title").is_empty() && !text(p, "summary").is_empty());
            assert!(p.paragraphs >= 3, "{}", p.slug);
            assert!(paragraphs(p).iter().all(|t| !t.is_empty()), "{}", p.slug);
            assert_eq!(page(p.slug), Some(p));
        }
        assert_eq!(slugs, ["depression", "baby-blues", "ipt", "sick-role"]);
        assert_eq!(page("nope"), None);
    }

    #[test]
    fn the_locale_file_holds_exactly_these_pages_and_paragraphs() {
        let en = english();
        let keys: Vec<&str> = en["pages"]
            .as_object()
            .map(|m| m.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut expected: Vec<&str> = pages().iter().map(|p| p.key).collect();
        expected.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, expected);
        for p in pages() {
            let parts = en["pages"][p.key].as_object().map_or(0, |m| m.len());
            assert_eq!(parts, p.paragraphs + 2, "{}: title, summary, p1..", p.slug);
        }
    }

    #[test]
    fn sentences_stay_short_for_a_low_reading_level() {
        for p in pages() {
            let mut texts = paragraphs(p);
            texts.push(text(p, "summary"));
            texts.push(text(p, "title"));
            for text in &texts {
                for sentence in text.split(['.', '?', '!', ':']) {
                    let words = sentence.split_whitespace().count();
                    assert!(words <= 20, "{} words in {}: {sentence}", words, p.slug);
                }
            }
            for para in paragraphs(p) {
                assert!(para.split_whitespace().count() <= 30, "{para}");
                assert!(para.ends_with('.'), "{para}");
            }
        }
    }

    #[test]
    fn pages_carry_the_facts_of_the_source() {
        let text = |slug| page(slug).map(all_text).unwrap_or_default();
        let depression = text("depression");
        for fact in [
            "1 in 5 women",
            "10 to 20 out of 100",
            "not your fault",
            "can be treated",
            "Anxiety is often part of it",
        ] {
            assert!(depression.contains(fact), "{fact}");
        }
        let blues = text("baby-blues");
        assert!(blues.contains("first two weeks") && blues.contains("pass on their own"));
        assert!(
            blues.contains("Tap \"Get help now\" at the top"),
            "the safety link is named as the header shows it"
        );
        let ipt = text("ipt");
        for area in ProblemArea::ALL {
            assert!(ipt.contains(&format!("{}: ", area.label())), "{area:?}");
        }
        assert!(text("sick-role").contains("take care of yourself as you would with any illness"));
    }
}
