//! UI languages. `build.rs` generates the `Locale` enum and the key constants
//! (`keys::checkin::title`) from `locales/<locale>/<namespace>.json`; each language's texts are a
//! file of its own (`dist/lang/`, named in index.html), loaded when it is chosen, so a phone
//! downloads the words it shows, not all five languages. In the release (`split`) build English is
//! such a file too: a change of wording then changes that file only, never the WASM (an update
//! downloads a few KB). Other builds (tests) have English compiled in. This module looks texts up.
//!
//! Components take the context with `let i18n = use_i18n();` and write `{t!(i18n, checkin.title)}`
//! for text in a view (redrawn when she changes language) or `t_string!(i18n, checkin.title)` for
//! a `&'static str`. A text with `{{ variables }}` needs them all, checked at compile time:
//! `t_string!(i18n, checkin.done_week, date = when)` gives a `String`.

use std::cell::RefCell;
use std::fmt::{Display, Write as _};

use leptos::prelude::*;

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

/// A text without variables.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct K(pub u16);

/// A text with `N` `{{ variables }}`, named.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct V<const N: usize>(pub u16, pub [&'static str; N]);

impl<const N: usize> V<N> {
    /// Whether the text has a variable of this name (used by `t_string!` at compile time).
    pub const fn has(&self, name: &str) -> bool {
        let mut i = 0;
        while i < N {
            if eq(self.1[i].as_bytes(), name.as_bytes()) {
                return true;
            }
            i += 1;
        }
        false
    }
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl Locale {
    /// The ISO 639-1 code ("en", "ar").
    pub fn as_str(self) -> &'static str {
        CODES[self as usize]
    }

    /// Arabic is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Locale::ar
    }

    /// The best match for a BCP 47 tag ("es-MX" gives Spanish), if any.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        tag.split(['-', '_'])
            .next()?
            .to_ascii_lowercase()
            .parse()
            .ok()
    }
}

impl std::str::FromStr for Locale {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        LOCALES.into_iter().find(|l| l.as_str() == s).ok_or(())
    }
}

thread_local! {
    /// Each language's texts in key order: English from the binary, the others once loaded.
    static TABLES: RefCell<Vec<Option<Vec<&'static str>>>> = RefCell::new(vec![None; LOCALES.len()]);
}

fn table(text: &'static str) -> Option<Vec<&'static str>> {
    let texts: Vec<&'static str> = text.split(SEPARATOR).collect();
    (texts.len() == KEYS).then_some(texts)
}

fn lookup(locale: Locale, index: u16) -> &'static str {
    TABLES.with(|tables| {
        let mut tables = tables.borrow_mut();
        let index = usize::from(index);
        if let Some(text) = tables
            .get(locale as usize)
            .and_then(Option::as_ref)
            .and_then(|t| t.get(index))
        {
            return *text;
        }
        // English, the fallback while another language is not loaded.
        let english = tables.get_mut(Locale::en as usize).and_then(|slot| {
            #[cfg(not(feature = "split"))]
            if slot.is_none() {
                *slot = table(EN);
            }
            slot.as_ref()
        });
        english.and_then(|t| t.get(index)).copied().unwrap_or("")
    })
}

/// Whether a language's texts are ready (English always is, unless it is a file: `split`).
pub fn is_loaded(locale: Locale) -> bool {
    (locale == Locale::en && cfg!(not(feature = "split")))
        || TABLES.with(|t| t.borrow().get(locale as usize).is_some_and(Option::is_some))
}

/// Why a language could not be loaded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoadError {
    /// No connection and not cached yet, or the server did not have it.
    Unavailable,
    /// The file is not this version's texts.
    Damaged,
}

/// Where a language's file is: index.html names each (`<meta name="lang-packs" content="en
/// /lang/en-<hash>.txt es …">`, written by scripts/precache.mjs with the files), so the page and
/// its texts always come from the same build.
fn pack_url(locale: Locale) -> Option<String> {
    let meta = document()
        .query_selector("meta[name=lang-packs]")
        .ok()
        .flatten()?
        .get_attribute("content")?;
    let mut words = meta.split_whitespace();
    while let (Some(code), Some(url)) = (words.next(), words.next()) {
        if code == locale.as_str() {
            return Some(url.to_string());
        }
    }
    None
}

/// Load a language's texts (from the service worker's cache once the app has been visited), so
/// `set_locale` can show it.
pub async fn load(locale: Locale) -> Result<(), LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    if is_loaded(locale) {
        return Ok(());
    }
    let url = pack_url(locale).ok_or(LoadError::Unavailable)?;
    let response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(|_| LoadError::Unavailable)?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| LoadError::Unavailable)?;
    if !response.ok() {
        return Err(LoadError::Unavailable);
    }
    let text = JsFuture::from(response.text().map_err(|_| LoadError::Unavailable)?)
        .await
        .map_err(|_| LoadError::Unavailable)?
        .as_string()
        .ok_or(LoadError::Damaged)?;
    // Kept for the life of the page (at most one file per language).
    install(locale, Box::leak(text.into_boxed_str()))
}

/// Use a language file's text (its texts in key order, separated by U+001F) for `locale`. A
/// text with the wrong number of texts is refused and nothing changes.
pub fn install(locale: Locale, text: &'static str) -> Result<(), LoadError> {
    let texts = table(text).ok_or(LoadError::Damaged)?;
    TABLES.with(|t| {
        if let Some(slot) = t.borrow_mut().get_mut(locale as usize) {
            *slot = Some(texts);
        }
    });
    Ok(())
}

/// Put the values into a text's `{{ name }}` places, inside markup spans too (which stay).
fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for piece in pieces(template) {
        let _ = match piece {
            Piece::Text(words) => out.write_str(words),
            Piece::Var(name) => match args.iter().find(|(n, _)| *n == name) {
                Some((_, value)) => write!(out, "{value}"),
                None => write!(out, "{{{{ {name} }}}}"),
            },
            Piece::Tag(name, inner) => write!(out, "<{name}>{}</{name}>", fill(inner, args)),
        };
    }
    out
}

/// The chosen language, shared by every component through the context.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    /// A language context of its own (the app uses the one `provide_i18n` gives).
    pub fn new(locale: Locale) -> Self {
        I18n {
            locale: RwSignal::new(locale),
        }
    }

    /// The language (tracked: a reactive closure that reads it redraws when it changes).
    pub fn get_locale(&self) -> Locale {
        self.locale.get()
    }

    /// The language, without tracking.
    pub fn get_locale_untracked(&self) -> Locale {
        self.locale.get_untracked()
    }

    /// Change the language; every text on screen follows.
    pub fn set_locale(&self, locale: Locale) {
        self.locale.set(locale);
    }

    /// A text in the chosen language (tracked).
    pub fn text(&self, key: K) -> &'static str {
        lookup(self.get_locale(), key.0)
    }

    /// A text with its variables filled in (tracked).
    pub fn fill<const N: usize>(&self, key: V<N>, args: [(&str, &dyn Display); N]) -> String {
        fill(lookup(self.get_locale(), key.0), &args)
    }

    /// A text with variables, unfilled, for a view that puts markup in its places (see `split`).
    pub fn template<const N: usize>(&self, key: V<N>) -> &'static str {
        lookup(self.get_locale(), key.0)
    }
}

/// Provide the language context for the app, starting in `locale`, and keep `<html lang dir>` in
/// step so screen readers pronounce it and Arabic lays out right to left.
pub fn provide_i18n(locale: Locale) -> I18n {
    let i18n = I18n::new(locale);
    provide_context(i18n);
    Effect::new(move || {
        let locale = i18n.get_locale();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.as_str());
            let _ = html.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
        }
    });
    i18n
}

/// The app's language context (English if called outside the app, as in a component test).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n::new(Locale::en))
}

/// A text as a view that follows the language. One function (not a closure per call site), so
/// the rendering code exists once however many texts the app has.
pub fn text_view(i18n: I18n, key: K) -> impl IntoView {
    move || i18n.text(key)
}

/// A piece of a text that carries markup: plain words, a `<tag>…</tag>` span, or a
/// `{{ name }}` place.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Piece<'a> {
    /// Words as they are.
    Text(&'a str),
    /// `<name>inner</name>`: the view decides what the span becomes (a link, bold).
    Tag(&'a str, &'a str),
    /// `{{ name }}`: the view puts markup there (a number kept left to right).
    Var(&'a str),
}

/// Cut a text into pieces for a view that puts markup in its spans and places, in the order the
/// language has them: "Saved under {{ key }} here." gives text, `Var("key")`, text.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    // Words from `plain` on are not out yet; markup is looked for from `at` on.
    let (mut plain, mut at) = (0, 0);
    while let Some(found) = text.get(at..).and_then(|rest| rest.find(['<', '{'])) {
        let start = at + found;
        let from = text.get(start..).unwrap_or_default();
        let parsed = match from.strip_prefix("{{") {
            Some(var) => var
                .split_once("}}")
                .map(|(name, after)| (Piece::Var(name.trim()), after)),
            None => from
                .strip_prefix('<')
                .and_then(|tag| tag.split_once('>'))
                .and_then(|(name, body)| {
                    body.split_once(&format!("</{name}>"))
                        .map(|(inner, after)| (Piece::Tag(name, inner), after))
                }),
        };
        match parsed {
            Some((piece, after)) => {
                if start > plain {
                    out.push(Piece::Text(text.get(plain..start).unwrap_or_default()));
                }
                out.push(piece);
                at = text.len() - after.len();
                plain = at;
            }
            // A "<" or "{" that starts no markup is a word like any other.
            None => at = start + 1,
        }
    }
    if plain < text.len() {
        out.push(Piece::Text(text.get(plain..).unwrap_or_default()));
    }
    out
}

/// A text with markup in its spans and places: `render(name, inner)` makes the view of each
/// `<name>inner</name>` span and `{{ name }}` place (with `inner` empty); plain words stay text.
pub fn marked(
    text: &'static str,
    render: &dyn Fn(&'static str, &'static str) -> AnyView,
) -> AnyView {
    pieces(text)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(words) => words.into_any(),
            Piece::Tag(name, inner) => render(name, inner),
            Piece::Var(name) => render(name, ""),
        })
        .collect_view()
        .into_any()
}

/// A text whose `<tag>` span is a link within the app: "Choose your country in <settings>Settings
/// </settings>" with `href` "/settings". Follows the language.
pub fn text_link(i18n: I18n, key: K, href: &'static str) -> impl IntoView {
    move || {
        marked(i18n.text(key), &|_, inner| {
            view! { <a href=href>{inner}</a> }.into_any()
        })
    }
}

/// The value given for a variable: `name` alone stands for `name = name`.
#[doc(hidden)]
#[macro_export]
macro_rules! __i18n_arg {
    ($v:ident) => {
        $v
    };
    ($v:ident = $e:expr) => {
        $e
    };
}

/// A text, `&'static str`, or with variables a `String`: `t_string!(i18n, share.title)`,
/// `t_string!(i18n, checkin.done_week, date = when)`. Keys and variable names are checked at
/// compile time.
#[macro_export]
macro_rules! t_string {
    ($i18n:expr, $($p:ident).+ $(,)?) => {
        $i18n.text($crate::i18n::keys::$($p)::+)
    };
    ($i18n:expr, $($p:ident).+ $(, $v:ident $(= $e:expr)?)+ $(,)?) => {{
        const _: () = {
            let key = $crate::i18n::keys::$($p)::+;
            $(assert!(key.has(stringify!($v)), concat!("no {{{{ ", stringify!($v), " }}}} in this text"));)+
        };
        $i18n.fill(
            $crate::i18n::keys::$($p)::+,
            [$((stringify!($v), &$crate::__i18n_arg!($v $(= $e)?) as &dyn ::std::fmt::Display)),+],
        )
    }};
}

/// A text in a view, redrawn when she changes language: `{t!(i18n, checkin.title)}`.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $($p:ident).+ $(,)?) => {
        $crate::i18n::text_view($i18n, $crate::i18n::keys::$($p)::+)
    };
}

pub use crate::{t, t_string};
