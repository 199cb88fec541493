use leptos::prelude::*;

use crate::domain::safety::COUNTRIES;
use crate::ui::state::use_app;

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Settings: country for crisis contacts, check-in day.
#[component]
pub fn Settings() -> impl IntoView {
    let app = use_app();
    let settings = move || app.with_journal(|j| j.settings());
    let set_country = move |ev| {
        let code = event_target_value(&ev);
        app.edit(|j, now| {
            let mut s = j.settings();
            s.country = code;
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
        <h1 tabindex="-1">"Settings"</h1>
        <div class="field">
            <label for="country">"Country for crisis contacts"</label>
            <select id="country" on:change=set_country>
                <option value="" selected=move || settings().country.is_empty()>"Not chosen"</option>
                {COUNTRIES.iter().map(|c| view! {
                    <option value=c.code selected=move || settings().country == c.code>{c.name}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="weekday">"My check-in day"</label>
            <select id="weekday" on:change=set_weekday>
                {WEEKDAYS.iter().enumerate().map(|(i, name)| view! {
                    <option value=i.to_string() selected=move || usize::from(settings().checkin_weekday) == i>{*name}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="session-day">"My session day"</label>
            <select id="session-day" on:change=set_session_day>
                <option value="" selected=move || settings().session_weekday.is_none()>"Same as my check-in day"</option>
                {WEEKDAYS.iter().enumerate().map(|(i, name)| view! {
                    <option value=i.to_string() selected=move || settings().session_weekday.map(usize::from) == Some(i)>{*name}</option>
                }).collect_view()}
            </select>
        </div>
        <crate::ui::checkin::ClinicTextsLoader/>
        <crate::ui::privacy::PrivacySettings/>
    }
}
