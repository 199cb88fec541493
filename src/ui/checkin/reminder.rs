//! A weekly reminder for her phone's calendar: an `.ics` file made by the domain, downloaded
//! through a Blob and an object URL. The app itself sends no notifications.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::reminder::weekly_reminder_ics_in;
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::ui::fmt;
use crate::ui::state::use_app;

fn parse_time(value: &str) -> Option<(u8, u8)> {
    let (h, m) = value.split_once(':')?;
    let h = h.trim().parse::<u8>().ok()?;
    let m = m.get(..2).unwrap_or(m).trim().parse::<u8>().ok()?;
    Some((h, m))
}

/// Save the file; `Err(())` when the browser could not make it.
fn download(text: &str, file_name: &str) -> Result<(), ()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let anchor = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(())?;
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
    let i18n = use_i18n();
    let time = RwSignal::new("19:00".to_owned());
    let message = RwSignal::new(String::new());
    let weekday = move || app.with_journal(|j| j.settings().checkin_weekday);
    let day_name = move || fmt::weekday(weekday().min(6));
    let make = move |_| {
        let Some((h, m)) = parse_time(&time.get_untracked()).filter(|(h, m)| *h < 24 && *m < 60)
        else {
            message.set(t_string!(i18n, checkin.reminder.choose_time).to_owned());
            return;
        };
        let now = store::now();
        let uid = format!(
            "weekly-check-in-{}@between-sessions.app",
            app.session.profile.get_value()
        );
        let words = (
            t_string!(i18n, checkin.reminder.event_title),
            t_string!(i18n, checkin.reminder.event_description),
        );
        let result = weekly_reminder_ics_in(weekday(), h, m, super::today(), now, &uid, words)
            .map_err(|_| ())
            .and_then(|ics| download(&ics, "weekly-check-in.ics"));
        message.set(match result {
            Ok(()) => t_string!(
                i18n,
                checkin.reminder.downloading,
                day = day_name(),
                time = format!("{h:02}:{m:02}")
            )
            .to_string(),
            Err(()) => t_string!(i18n, checkin.reminder.not_made).to_owned(),
        });
    };
    view! {
        <section class="card" aria-labelledby="checkin-reminder-title">
            <h2 id="checkin-reminder-title">{t!(i18n, checkin.reminder.title)}</h2>
            <p>{move || t_string!(i18n, checkin.reminder.body, day = day_name()).to_string()}</p>
            <div class="field">
                <label for="checkin-reminder-time">{t!(i18n, checkin.reminder.time)}</label>
                <input id="checkin-reminder-time" type="time" prop:value=move || time.get()
                    on:input=move |ev| time.set(event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="button" on:click=make>{t!(i18n, checkin.reminder.download)}</button>
            </div>
            <p class="small">{crate::i18n::text_link(i18n, crate::i18n::keys::checkin::reminder::note, "/settings")}</p>
            <p role="status" class="checkin-status">{move || message.get()}</p>
        </section>
    }
}
