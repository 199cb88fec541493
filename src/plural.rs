//! Which plural form of a counted phrase a language uses for a number (the CLDR cardinal rules
//! of the app's five languages, cut down to the forms they need).
//!
//! A counted phrase is written four times in every language file, with the endings `_one`,
//! `_two`, `_few` and `_many` ("1 day", "2 days", "{{ n }} days", "{{ n }} days" in English;
//! "يوم واحد", "يومان", "{{ n }} أيام", "{{ n }} يومًا" in Arabic), and the UI picks one with
//! [`form`]. English, Spanish and Swahili only tell one from the rest; French also says "0 jour",
//! so zero is never shown with these phrases (the app leaves a count of nothing unsaid); Arabic
//! has a dual, a form for 3–10 and one for 11–99 (and 0, 100, 101 … take the last form here).
//! Host-tested, so it is plain Rust with no UI types: the language is its ISO 639-1 code.

/// A plural form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    One,
    Two,
    Few,
    Many,
}

/// The form `language` ("en", "ar" …) uses for `n`.
pub fn form(language: &str, n: u64) -> Form {
    match (language, n) {
        (_, 1) => Form::One,
        ("ar", 2) => Form::Two,
        ("ar", n) if (3..=10).contains(&(n % 100)) => Form::Few,
        _ => Form::Many,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_spanish_french_and_swahili_tell_one_from_the_rest() {
        for lang in ["en", "es", "fr", "sw"] {
            assert_eq!(form(lang, 1), Form::One, "{lang}");
            for n in [2, 3, 7, 11, 21, 100, 101] {
                assert_eq!(form(lang, n), Form::Many, "{lang} {n}");
            }
        }
    }

    #[test]
    fn arabic_has_a_dual_and_forms_for_3_to_10_and_11_to_99() {
        assert_eq!(form("ar", 1), Form::One);
        assert_eq!(form("ar", 2), Form::Two);
        for n in [3, 7, 10, 103, 110] {
            assert_eq!(form("ar", n), Form::Few, "{n}");
        }
        for n in [11, 16, 99, 111, 0, 100, 102] {
            assert_eq!(form("ar", n), Form::Many, "{n}");
        }
    }
}
