//! A weekly reminder for her phone's calendar: an `.ics` file made by the domain, downloaded
//! through a Blob and an object URL. The app itself sends no notifications.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::reminder::weekly_reminder_ics;
use crate::store;
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

fn parse_time(value: &str) -> Option<(u8, u8)> {
    let (h, m) = value.split_once(':')?;
    let h = h.trim().parse::<u8>().ok()?;
    let m = m.get(..2).unwrap_or(m).trim().parse::<u8>().ok()?;
    Some((h, m))
}

fn download(text: &str, file_name: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "The reminder file could not be made.".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "The reminder file could not be made.".to_string())?;
    let anchor = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| "The reminder file could not be made.".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Let the download start before the URL is let go.
    let _ = set_timeout_with_handle(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The reminder card: her check-in day, a time, and a download.
#[component]
pub fn ReminderCard() -> impl IntoView {
    let app = use_app();
    let time = RwSignal::new("19:00".to_owned());
    let message = RwSignal::new(String::new());
    let weekday = move || app.with_journal(|j| j.settings().checkin_weekday);
    let day_name = move || {
        WEEKDAYS
            .get(usize::from(weekday()))
            .copied()
            .unwrap_or("Monday")
    };
    let make = move |_| {
        let Some((h, m)) = parse_time(&time.get_untracked()) else {
            message.set("Choose a time first, for example 19:00.".into());
            return;
        };
        let now = store::now();
        let uid = format!(
            "weekly-check-in-{}@between-sessions.app",
            app.profile.get_value()
        );
        let result = weekly_reminder_ics(weekday(), h, m, super::today(), now, &uid)
            .and_then(|ics| download(&ics, "weekly-check-in.ics"));
        message.set(match result {
            Ok(()) => format!(
                "The reminder file is downloading. Open it to add the reminder to your calendar, every {} at {:02}:{:02}.",
                day_name(),
                h,
                m
            ),
            Err(e) => e,
        });
    };
    view! {
        <section class="card" aria-labelledby="checkin-reminder-title">
            <h2 id="checkin-reminder-title">"A weekly reminder"</h2>
            <p>{move || format!("Add a reminder to your phone's calendar for your check-in day, {}. The app itself never sends notifications.", day_name())}</p>
            <div class="field">
                <label for="checkin-reminder-time">"Reminder time"</label>
                <input id="checkin-reminder-time" type="time" prop:value=move || time.get()
                    on:input=move |ev| time.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="button" on:click=make>"Download calendar reminder"</button>
            </div>
            <p class="small">"The reminder just says \"Weekly check-in\". You can change the day in " <a href="/settings">"Settings"</a> "."</p>
            <p role="status" class="checkin-status">{move || message.get()}</p>
        </section>
    }
}
