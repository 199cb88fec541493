//! Learn: short psychoeducation pages that work offline, in plain words at a low reading level.
//! Facts come from the domain brief's psychoeducation section (ipt.md) and the training deck.
//! Each page lives at `/learn/<slug>`.

/// One page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// URL segment: `/learn/<slug>`.
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the list of pages.
    pub summary: &'static str,
    /// Short paragraphs, in order.
    pub paragraphs: &'static [&'static str],
}

/// Every page, in reading order.
pub const PAGES: &[Page] = &[
    Page {
        slug: "depression",
        title: "Depression is common, and it can be treated",
        summary: "Depression is an illness. It is not your fault.",
        paragraphs: &[
            "Depression is a common illness. About 1 in 5 women will have depression at some time in her life.",
            "It is even more common in pregnancy and after a baby is born. About 10 to 20 out of 100 of these women have depression or anxiety.",
            "Depression has many causes. Changes in the body and the brain play a part. So do hard things that happen with the people in your life.",
            "Depression is not your fault. You did not choose it, and it is not a sign that you are weak.",
            "Like many other illnesses, depression can be treated. It is well understood, and people do get better.",
            "Anxiety is often part of it. You may worry a lot, or feel tense and on edge.",
        ],
    },
    Page {
        slug: "baby-blues",
        title: "Baby blues or perinatal depression?",
        summary: "The baby blues pass. Depression lasts longer and gets in the way.",
        paragraphs: &[
            "Many new mothers get the baby blues. You may cry easily, feel moody, or feel low and tired.",
            "The baby blues come in the first two weeks after the birth. They pass on their own.",
            "Perinatal depression is different. It can start in pregnancy or in the year after the birth.",
            "It lasts longer than the blues. It makes it hard to get through the day, or to care for yourself and your baby.",
            "If you feel low for more than two weeks, tell your therapist or health worker. Help works.",
            "If you think about harming yourself or your baby, get help now. Tap \"Get help now\" at the top of the screen.",
        ],
    },
    Page {
        slug: "ipt",
        title: "What is IPT?",
        summary: "A short talking therapy about your mood and the people in your life.",
        paragraphs: &[
            "IPT stands for Interpersonal Psychotherapy. It is a talking therapy for depression.",
            "It looks at how your mood and your relationships affect each other. It works on the here and now.",
            "It is short. It is often about 12 to 16 weekly sessions. It helps with depression in pregnancy and after birth.",
            "You and your therapist choose one problem area to work on. There are four.",
            "Grief: the death of someone important to you.",
            "Role dispute: a disagreement with someone close, where you each expect different things.",
            "Role transition: a big change in your life, like becoming a mother, moving, or losing a job.",
            "Interpersonal sensitivity / loneliness: feeling alone, or finding it hard to make or keep close relationships.",
            "Between sessions, you try small steps with the people in your life. This app helps you keep track.",
        ],
    },
    Page {
        slug: "sick-role",
        title: "The sick role: taking care of yourself",
        summary: "For now, take care of yourself as you would with any illness.",
        paragraphs: &[
            "When you are ill, you need time to get well. Depression is an illness too.",
            "For now, take care of yourself as you would with any illness.",
            "Try to sleep, eat and move your body when you can. Notice how you feel each week. Come to your sessions.",
            "Do small things you used to enjoy. Being active can help lift your mood.",
            "It is fine to ask for help. Think about who needs to know, and how they can help you.",
            "It is fine to put some things on hold for now. You can pick them up again when you feel better.",
            "In pregnancy or after birth, depression is a health problem of pregnancy, like any other.",
        ],
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

    fn all_text(p: &Page) -> String {
        p.paragraphs.join(" ")
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
            assert!(!p.title.is_empty() && !p.summary.is_empty());
            assert!(p.paragraphs.len() >= 3, "{}", p.slug);
            assert_eq!(page(p.slug), Some(p));
        }
        assert_eq!(slugs, ["depression", "baby-blues", "ipt", "sick-role"]);
        assert_eq!(page("nope"), None);
    }

    #[test]
    fn sentences_stay_short_for_a_low_reading_level() {
        for p in pages() {
            for text in p.paragraphs.iter().chain([&p.summary, &p.title]) {
                for sentence in text.split(['.', '?', '!', ':']) {
                    let words = sentence.split_whitespace().count();
                    assert!(words <= 20, "{} words in {}: {sentence}", words, p.slug);
                }
            }
            for para in p.paragraphs {
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
