//! Read aloud: what the phone says for a questionnaire item, and which of the phone's voices
//! speaks the questionnaire's language. The browser's speech synthesis does the speaking (the UI);
//! nothing is downloaded for it, and a phone with no voice for the language reads nothing.

use super::instruments::Item;

/// What "Read aloud" says for an item, in order: the question, then each answer option, exactly
/// as they are shown.
pub fn utterances(item: &Item) -> Vec<String> {
    std::iter::once(item.text.clone())
        .chain(item.options.iter().map(|o| o.text.clone()))
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// A language tag in one spelling: "sw_KE" and "SW-ke" are both "sw-ke".
fn normal(tag: &str) -> String {
    tag.trim().replace('_', "-").to_ascii_lowercase()
}

fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or("")
}

/// The voice to read `wanted` with, from the phone's voices' language tags (in the phone's order):
/// the first voice with exactly that tag, else the first of the same language ("sw" for
/// "sw-KE"). `None` when the phone has no voice for the language: nothing is read then, since a
/// voice of another language would mangle the words.
pub fn voice_for(voices: &[String], wanted: &str) -> Option<usize> {
    let wanted = normal(wanted);
    if primary(&wanted).is_empty() {
        return None;
    }
    let tags: Vec<String> = voices.iter().map(|v| normal(v)).collect();
    tags.iter().position(|t| *t == wanted).or_else(|| {
        tags.iter()
            .position(|t| !t.is_empty() && primary(t) == primary(&wanted))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instruments::phq9;

    #[test]
    fn reads_the_question_then_each_option_in_printed_order() {
        let def = phq9();
        let Some(item) = def.item("phq9.1") else {
            panic!("phq9.1")
        };
        assert_eq!(
            utterances(item),
            [
                "Little interest or pleasure in doing things",
                "Not at all",
                "Several days",
                "More than half the days",
                "Nearly every day",
            ]
        );
        let Some(difficulty) = def.item("phq9.difficulty") else {
            panic!("phq9.difficulty")
        };
        assert_eq!(utterances(difficulty).len(), 5);
        assert_eq!(utterances(difficulty)[4], "Extremely difficult");
    }

    #[test]
    fn picks_a_voice_of_the_questionnaires_language_or_none() {
        let voices: Vec<String> = ["en-US", "sw_KE", "es-ES", "es-MX", ""]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(voice_for(&voices, "en"), Some(0));
        assert_eq!(voice_for(&voices, "sw"), Some(1), "Android spells it sw_KE");
        assert_eq!(voice_for(&voices, "es-MX"), Some(3), "the exact tag first");
        assert_eq!(
            voice_for(&voices, "es-AR"),
            Some(2),
            "then the same language"
        );
        assert_eq!(voice_for(&voices, "ar"), None);
        assert_eq!(voice_for(&voices, ""), None);
        assert_eq!(voice_for(&[], "en"), None);
    }
}
