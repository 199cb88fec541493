use leptos::prelude::*;

use crate::domain::safety::{
    alternatives, contacts_for, needs_local_help, Contact, Generic, Note, COUNTRIES,
    FIND_A_HELPLINE,
};
use crate::i18n::{keys, marked, t, t_string, use_i18n, I18n, Locale};
use crate::ui::components::care_team::CareTeam;
use crate::ui::fmt::intl_tag;
use crate::ui::state::{use_app, AppState};

/// The country whose lines to show: hers when her notes are open; else one chosen on this page.
pub fn shown_country(app: AppState) -> impl Fn() -> String + Copy {
    move || {
        if app.is_open() {
            app.with_journal(|j| j.settings().country)
        } else {
            // Locked: a country chosen here, else hers only if she opted in on this device.
            let here = app.session.locked_country.get();
            if here.is_empty() {
                if app.session.gate.get() == crate::ui::state::Gate::Locked {
                    crate::store::safety::locked_lines(&app.session.profile.get_value())
                        .unwrap_or_default()
                } else {
                    String::new()
                }
            } else {
                here
            }
        }
    }
}

/// Choose the country right here: stored in her settings when her notes are open, else only for
/// this visit.
fn choose_country(app: AppState, code: String) {
    if app.is_open() {
        app.edit(|j, now| {
            let mut s = j.settings();
            s.country = code;
            s.country_asked = true;
            j.set_settings(s, now);
        });
    } else {
        app.session.locked_country.set(code);
    }
}

/// "Get help now": her own care team first, then her people, then her country's crisis and
/// maternal lines and the emergency number, then "Is someone hurting you?". Reachable from every
/// page, locked or not (locked: nothing of hers).
#[component]
pub fn Safety() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let country = shown_country(app);
    let country_name = move || country_name(i18n, &country());
    view! {
        <h1 tabindex="-1">{t!(i18n, safety.title)}</h1>
        <p class="lead">{t!(i18n, safety.lead)}</p>
        <Show when=move || app.is_open()>
            <CareTeam/>
            <crate::ui::components::safety_people::SafetyPeople/>
        </Show>
        <section aria-labelledby="crisis-title" class="card">
            <h2 id="crisis-title">{move || match country_name() {
                Some(name) => t_string!(i18n, safety.crisis_title_in, country = name),
                None => t_string!(i18n, safety.crisis_title).to_owned(),
            }}</h2>
            <Show when=move || needs_local_help(&country())>
                <p class="note-card">{t!(i18n, safety.local_help)}</p>
            </Show>
            <ContactList contacts=Signal::derive(move || contacts_for(&country()))/>
            <Show when=move || country_name().is_none()>
                <CountryChooser on_choose=Callback::new(move |code| choose_country(app, code))/>
                <Show when=move || app.is_open()>
                    <p>{crate::i18n::text_link(i18n, keys::safety::choose_country, "/settings")}</p>
                </Show>
            </Show>
            <p class="small">{move || marked(t_string!(i18n, safety.online), &|_, site| view! {
                    <a href=FIND_A_HELPLINE rel="noreferrer" target="_blank" dir="ltr">{site}</a>
                }.into_any())}</p>
        </section>
        <section aria-labelledby="hurt-title" class="card">
            <h2 id="hurt-title">{t!(i18n, safety.hurt.title)}</h2>
            <p>{t!(i18n, safety.hurt.teaser)}</p>
            <p><a class="button quiet" href="/safety/hurt">{t!(i18n, safety.hurt.open)}</a></p>
        </section>
    }
}

/// A country select, for choosing where she is right on a safety page.
#[component]
pub fn CountryChooser(on_choose: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="field">
            <label for="safety-country">{t!(i18n, safety.choose_here)}</label>
            <select id="safety-country" on:change=move |ev| {
                let code = event_target_value(&ev);
                if !code.is_empty() {
                    on_choose.run(code);
                }
            }>
                <option value="" selected=true>{t!(i18n, common.settings.not_chosen)}</option>
                {COUNTRIES.iter().map(|c| view! {
                    <option value=c.code>{move || country_name(i18n, c.code).unwrap_or_else(|| c.name.to_owned())}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Crisis lines with tap-to-call (and, where the service takes them, text) links.
#[component]
pub fn ContactList(#[prop(into)] contacts: Signal<Vec<Contact>>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="contacts">
            {move || contacts.get().into_iter().map(|c| {
                let name = match c.generic {
                    // A named service keeps its own name in every language.
                    None => view! { <bdi>{c.name}</bdi> }.into_any(),
                    Some(g) => (move || generic_name(i18n, g)).into_any(),
                };
                let shown = c.shown;
                view! {
                    <li class="contact">
                        <span class="contact-name">{name}</span>
                        <span class="contact-note">{move || note(i18n, c.note_id)}</span>
                        <span class="contact-actions">
                            <a class="button call" href=format!("tel:{}", c.dial)>
                                // One span: the words and the number flow as one line of text.
                                <span>{move || marked(i18n.template(keys::safety::call), &|_, _| number(i18n, shown))}</span>
                            </a>
                            {c.text.then(|| view! {
                                <a class="button quiet" href=format!("sms:{}", c.dial)>
                                    <span>{move || marked(i18n.template(keys::safety::sms), &|_, _| number(i18n, shown))}</span>
                                </a>
                            })}
                        </span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// A phone number as people know it, kept left to right inside any sentence (so "+", spaces and
/// brackets are not reordered in Arabic); two numbers ("112 or 999") are joined by her word for
/// "or".
pub fn number(i18n: I18n, shown: &'static str) -> AnyView {
    match alternatives(shown) {
        Some((first, second)) => marked(i18n.template(keys::safety::either), &|name, _| {
            let shown = if name == "first" { first } else { second };
            view! { <bdi dir="ltr">{shown}</bdi> }.into_any()
        }),
        None => view! { <bdi dir="ltr">{shown}</bdi> }.into_any(),
    }
}

/// A generic contact label in her language.
fn generic_name(i18n: I18n, g: Generic) -> &'static str {
    match g {
        Generic::Emergency => t_string!(i18n, safety.names.emergency),
        Generic::LocalEmergency => t_string!(i18n, safety.names.local_emergency),
    }
}

/// When and how to use a contact, in her language.
fn note(i18n: I18n, n: Note) -> &'static str {
    match n {
        Note::ImmediateDanger => t_string!(i18n, safety.notes.immediate_danger),
        Note::CrisisSupport => t_string!(i18n, safety.notes.crisis_support),
        Note::CallOrText => t_string!(i18n, safety.notes.call_or_text),
        Note::Free => t_string!(i18n, safety.notes.free),
        Note::FreeConfidential => t_string!(i18n, safety.notes.free_confidential),
        Note::CallOrTextEnglishSpanishNotCrisis => t_string!(i18n, safety.notes.maternal_hotline),
        Note::NotACrisisLine => t_string!(i18n, safety.notes.not_crisis_line),
        Note::ViolenceLine => t_string!(i18n, safety.notes.violence_line),
        Note::LocalEmergency => t_string!(i18n, safety.notes.local_emergency),
    }
}

/// The name of a bundled country in her language: the browser's own `Intl.DisplayNames` (no
/// bytes of country data in the app), else the English name. `None` when no country (or an
/// unknown one) is chosen. Reactive: reads the chosen language.
pub fn country_name(i18n: I18n, code: &str) -> Option<String> {
    let country = COUNTRIES.iter().find(|c| c.code == code)?;
    let locale = i18n.get_locale();
    if locale == Locale::en {
        return Some(country.name.to_owned());
    }
    Some(display_name(intl_tag(locale), country.code).unwrap_or_else(|| country.name.to_owned()))
}

fn display_name(tag: &str, code: &str) -> Option<String> {
    use js_sys::{Array, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;
    // Older browsers lack Intl.DisplayNames: constructing it there would throw.
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    if !Reflect::has(&intl, &JsValue::from_str("DisplayNames")).unwrap_or(false) {
        return None;
    }
    let options = Object::new();
    Reflect::set(
        &options,
        &JsValue::from_str("type"),
        &JsValue::from_str("region"),
    )
    .ok()?;
    let names = Intl::DisplayNames::new(&Array::of1(&JsValue::from_str(tag)), &options);
    names.of(code).map(String::from).filter(|n| n != code)
}
