//! The country question: asked once for each person (on her first "This week"), calmly and
//! skippably, suggesting the country her phone's language and region point to.

use leptos::prelude::*;

use crate::domain::safety::{suggest_from_languages, COUNTRIES};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::pages::safety::country_name;
use crate::ui::state::use_app;

/// The bundled country the browser's preferred languages point to ("en-US" → United States).
fn browser_suggestion() -> Option<&'static str> {
    let tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|t| t.as_string())
        .collect();
    suggest_from_languages(tags.iter().map(String::as_str))
}

#[component]
pub fn CountryQuestion() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let open = move || {
        app.with_journal(|j| {
            let s = j.settings();
            !s.country_asked && s.country.is_empty()
        })
    };
    let suggested = browser_suggestion();
    let choice = RwSignal::new(suggested.unwrap_or("").to_owned());
    let answer = move |code: Option<String>| {
        app.edit(|j, now| {
            let mut s = j.settings();
            if let Some(code) = code {
                s.country = code;
            }
            s.country_asked = true;
            j.set_settings(s, now);
        });
    };
    view! {
        <Show when=open>
            <section class="card" aria-labelledby="country-question-title">
                <h2 id="country-question-title">{t!(i18n, safety.ask.title)}</h2>
                <p>{t!(i18n, safety.ask.why)}</p>
                {suggested.map(|code| view! {
                    <p class="small">{move || t_string!(i18n, safety.ask.suggested, country = country_name(i18n, code).unwrap_or_default())}</p>
                })}
                <form on:submit=move |e| {
                    e.prevent_default();
                    let code = choice.get_untracked();
                    answer((!code.is_empty()).then_some(code));
                }>
                    <div class="field">
                        <label for="ask-country">{t!(i18n, safety.ask.label)}</label>
                        <select id="ask-country" on:change=move |ev| choice.set(event_target_value(&ev))>
                            <option value="" selected=move || choice.get().is_empty()>{t!(i18n, common.settings.not_chosen)}</option>
                            {COUNTRIES.iter().map(|c| view! {
                                <option value=c.code selected=move || choice.get() == c.code>{move || country_name(i18n, c.code).unwrap_or_else(|| c.name.to_owned())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button">{t!(i18n, safety.ask.save)}</button>
                        <button type="button" class="button quiet" on:click=move |_| answer(None)>{t!(i18n, safety.ask.later)}</button>
                    </div>
                </form>
            </section>
        </Show>
    }
}
