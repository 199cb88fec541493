use leptos::prelude::*;

use crate::domain::safety::COUNTRIES;
use crate::i18n::{t, use_i18n, Locale};
use crate::store;
use crate::ui::fmt;
use crate::ui::state::use_app;
use crate::ui::LANGUAGES;

/// Settings: language, country for crisis contacts, check-in day.
#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let language_error = RwSignal::new(false);
    let language_unavailable = RwSignal::new(false);
    // The latest choice wins, even if an earlier one's file arrives after it.
    let latest = StoredValue::new(Locale::en);
    let set_language = move |ev| {
        let Ok(chosen) = event_target_value(&ev).parse::<Locale>() else {
            return;
        };
        latest.set_value(chosen);
        // Every language but English is a file of its own, cached after the first visit.
        leptos::task::spawn_local(async move {
            let loaded = crate::i18n::load(chosen).await.is_ok();
            // (Gone if she has left Settings: her choice still applies.)
            if latest.try_get_value().is_some_and(|last| last != chosen) {
                return;
            }
            language_unavailable.set(!loaded);
            if loaded {
                i18n.set_locale(chosen);
                language_error.set(store::set_language(chosen.as_str()).is_err());
            }
        });
    };
    let settings = move || app.with_journal(|j| j.settings());
    let set_country = move |ev| {
        let code = event_target_value(&ev);
        app.edit(|j, now| {
            let mut s = j.settings();
            s.country = code;
            s.country_asked = true;
            j.set_settings(s, now);
        });
    };
    let set_weekday = move |ev| {
        let day = event_target_value(&ev).parse::<u8>().unwrap_or(0).min(6);
        app.edit(|j, now| {
            let mut s = j.settings();
            s.checkin_weekday = day;
            j.set_settings(s, now);
        });
    };
    let set_session_day = move |ev| {
        let day = event_target_value(&ev).parse::<u8>().ok().map(|d| d.min(6));
        app.edit(|j, now| {
            let mut s = j.settings();
            s.session_weekday = day;
            j.set_settings(s, now);
        });
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, common.settings.title)}</h1>
        <div class="field">
            <label for="language">{t!(i18n, common.settings.language)}</label>
            <select id="language" aria-describedby="language-scope questionnaire-scope" on:change=set_language>
                {LANGUAGES.iter().map(|(locale, name)| {
                    let locale = *locale;
                    view! {
                        <option value=locale.as_str() lang=locale.as_str() selected=move || i18n.get_locale() == locale>{*name}</option>
                    }
                }).collect_view()}
            </select>
            <p class="small" id="language-scope">{t!(i18n, common.settings.language_scope)}</p>
            <p class="small">{t!(i18n, common.settings.language_note)}</p>
            <p class="small" id="questionnaire-scope">{t!(i18n, common.settings.questionnaire_scope)}</p>
            <Show when=move || language_unavailable.get()>
                <p class="small" role="alert">{t!(i18n, common.settings.language_unavailable)}</p>
            </Show>
            <Show when=move || language_error.get()>
                <p class="small" role="alert">{t!(i18n, common.settings.language_not_kept)}</p>
            </Show>
        </div>
        <div class="field">
            <label for="country">{t!(i18n, common.settings.country)}</label>
            <select id="country" aria-describedby="country-scope" on:change=set_country>
                <option value="" selected=move || settings().country.is_empty()>{t!(i18n, common.settings.not_chosen)}</option>
                {COUNTRIES.iter().map(|c| view! {
                    <option value=c.code selected=move || settings().country == c.code>{move || crate::ui::pages::safety::country_name(i18n, c.code).unwrap_or_else(|| c.name.to_owned())}</option>
                }).collect_view()}
            </select>
            <p class="small" id="country-scope">{t!(i18n, common.settings.country_scope)}</p>
        </div>
        <crate::ui::components::locked_lines::LockedLinesSetting/>
        <div class="field">
            <label for="weekday">{t!(i18n, common.settings.checkin_day)}</label>
            <select id="weekday" on:change=set_weekday>
                {(0..7u8).map(|i| view! {
                    <option value=i.to_string() selected=move || settings().checkin_weekday == i>{move || fmt::weekday(i)}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="session-day">{t!(i18n, common.settings.session_day)}</label>
            <select id="session-day" on:change=set_session_day>
                <option value="" selected=move || settings().session_weekday.is_none()>{t!(i18n, common.settings.same_as_checkin)}</option>
                {(0..7u8).map(|i| view! {
                    <option value=i.to_string() selected=move || settings().session_weekday == Some(i)>{move || fmt::weekday(i)}</option>
                }).collect_view()}
            </select>
        </div>
        <crate::ui::components::care_team::CareTeamSettings/>
        <crate::ui::referral::ReferralSettings/>
        <crate::ui::my_work::course::CourseSettings/>
        <crate::ui::checkin::ClinicTextsLoader/>
        <crate::ui::privacy::PrivacySettings/>
        <crate::ui::caseload::settings::WorkerModeSettings/>
        <crate::ui::pages::recovered::RecoveredNotes/>
    }
}
