//! "Read aloud" on each questionnaire item: the question, then each answer option, exactly as
//! shown, spoken by the browser's own speech synthesis in the questionnaire's language. Nothing
//! is downloaded for it. A phone with no voice for that language (or no speech synthesis at all)
//! reads nothing and says so calmly: a voice of another language would mangle the words. Speech
//! stops when the question changes or the page closes.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use super::language_name;
use crate::domain::speech::voice_for;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

/// Why nothing was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unspoken {
    /// The browser has no speech synthesis.
    NoSpeech,
    /// The phone has no voice for the questionnaire's language.
    NoVoice,
}

/// How long to wait for the phone's list of voices when it is not ready yet (Chrome fills it a
/// moment after the page loads).
const VOICES_WAIT_MS: i32 = 1_000;

fn synth() -> Option<SpeechSynthesis> {
    let s = js_sys::Reflect::get(&window(), &JsValue::from_str("speechSynthesis")).ok()?;
    (!s.is_undefined() && !s.is_null()).then(|| s.unchecked_into())
}

/// Stop reading (the question changed, or the page is closing).
fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

async fn voices(s: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    let mut list = s.get_voices();
    if list.length() == 0 {
        let ready = js_sys::Promise::new(&mut |resolve, _| {
            s.set_onvoiceschanged(Some(&resolve));
            let _either_wakes_us = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, VOICES_WAIT_MS);
        });
        let _ = JsFuture::from(ready).await;
        s.set_onvoiceschanged(None);
        list = s.get_voices();
    }
    list.iter().map(JsCast::unchecked_into).collect()
}

/// Read `texts` in `lang`, one after the other, unless the screen is gone by the time the voices
/// are known (`still_here`).
async fn speak(
    texts: Vec<String>,
    lang: String,
    still_here: impl Fn() -> bool,
) -> Result<(), Unspoken> {
    let s = synth().ok_or(Unspoken::NoSpeech)?;
    s.cancel();
    let voices = voices(&s).await;
    let tags: Vec<String> = voices.iter().map(SpeechSynthesisVoice::lang).collect();
    let voice = voice_for(&tags, &lang)
        .and_then(|i| voices.get(i))
        .ok_or(Unspoken::NoVoice)?;
    if !still_here() {
        return Ok(());
    }
    for text in texts {
        let u = SpeechSynthesisUtterance::new_with_text(&text).map_err(|_| Unspoken::NoSpeech)?;
        u.set_lang(&lang);
        // Set as a property so an unusual voice object is refused quietly, never thrown.
        let _the_lang_alone_still_reads =
            js_sys::Reflect::set(&u, &JsValue::from_str("voice"), voice);
        s.speak(&u);
    }
    Ok(())
}

/// The "Read aloud" button of one item: `texts` (the question, then the options) in `lang`.
/// Prominent (primary, first in the item) in worker mode; a quiet button otherwise.
#[component]
pub fn ReadAloud(texts: Vec<String>, lang: String, prominent: bool) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let unspoken = RwSignal::new(None::<Unspoken>);
    let texts = StoredValue::new(texts);
    let lang = StoredValue::new(lang);
    let alive = StoredValue::new(());
    let read = move |_| {
        let (Some(texts), Some(lang)) = (texts.try_get_value(), lang.try_get_value()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = speak(texts, lang, move || alive.try_get_value().is_some()).await;
            let _gone_if_she_moved_on = unspoken.try_set(result.err());
        });
    };
    let leaving = window_event_listener(ev::pagehide, |_| stop());
    on_cleanup(move || {
        stop();
        leaving.remove();
    });
    let message = move || {
        let why = unspoken.get()?;
        let first = match why {
            Unspoken::NoVoice => t_string!(
                i18n,
                checkin.aloud.no_voice,
                language = language_name(i18n, &lang.get_value())
            )
            .to_string(),
            Unspoken::NoSpeech => t_string!(i18n, checkin.aloud.no_speech).to_owned(),
        };
        Some(if app.session.worker.with(|w| w.enabled) {
            format!("{first} {}", t_string!(i18n, checkin.aloud.read_to_her))
        } else {
            first
        })
    };
    view! {
        <div class="checkin-aloud">
            <button type="button" class:quiet=!prominent on:click=read>{t!(i18n, checkin.aloud.read)}</button>
            <p role="status" class="small checkin-aloud-note">{message}</p>
        </div>
    }
}
