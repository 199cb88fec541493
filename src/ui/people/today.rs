//! `/people/today`: the daily self-care log in under 15 seconds. Big toggles on one screen;
//! every tap saves at once. The day field defaults to today and can go back to fill in a day.

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::selfcare::{
    day_or_blank, log_day, parse_sleep_hours, sleep_hours_text, SelfCareDay, Session,
    SLEEP_MAX_HALF_HOURS,
};
use crate::ui::state::{use_app, AppState};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::{long_date, today};

/// Change one day's log through the domain (read, change, save).
fn save_day(
    app: AppState,
    date: NaiveDate,
    f: impl FnOnce(&mut SelfCareDay),
) -> Result<(), String> {
    app.try_edit(|j, now| {
        let mut day = day_or_blank(j, date);
        f(&mut day);
        log_day(j, &day, now).map(|_| ())
    })
}

/// The log screen.
#[component]
pub fn TodayPage() -> impl IntoView {
    let date = RwSignal::new(today());
    let max = today().format("%Y-%m-%d").to_string();
    view! {
        <h1 tabindex="-1">"Today's self-care"</h1>
        <p class="promise">"Taking care of yourself is part of getting better. A few taps is enough."</p>
        <div class="field pp-day-field">
            <label for="log-date">"Day"</label>
            <input type="date" id="log-date" max=max
                prop:value=move || date.get().format("%Y-%m-%d").to_string()
                on:change=move |e| {
                    if let Ok(d) = NaiveDate::parse_from_str(&event_target_value(&e), "%Y-%m-%d") {
                        date.set(d);
                    }
                }/>
        </div>
        {move || {
            let d = date.get();
            view! { <DayForm date=d/> }
        }}
    }
}

fn yes_no(
    app: AppState,
    date: NaiveDate,
    key: &'static str,
    legend: &'static str,
    get: fn(&SelfCareDay) -> Option<bool>,
    set: fn(&mut SelfCareDay, bool),
    status: RwSignal<String>,
) -> impl IntoView {
    let value = Memo::new(move |_| app.with_journal(|j| get(&day_or_blank(j, date))));
    let choose = move |v: bool| {
        let r = save_day(app, date, |d| set(d, v));
        status.set(saved_text(r, date));
    };
    view! {
        <fieldset class="pp-toggles">
            <legend>{legend}</legend>
            <span class="pp-toggle">
                <input type="radio" name=key id=format!("{key}-yes")
                    prop:checked=move || value.get() == Some(true)
                    on:change=move |_| choose(true)/>
                <label for=format!("{key}-yes")>"Yes"</label>
            </span>
            <span class="pp-toggle">
                <input type="radio" name=key id=format!("{key}-no")
                    prop:checked=move || value.get() == Some(false)
                    on:change=move |_| choose(false)/>
                <label for=format!("{key}-no")>"No"</label>
            </span>
        </fieldset>
    }
}

fn saved_text(r: Result<(), String>, date: NaiveDate) -> String {
    match r {
        Ok(()) => format!("Saved for {}.", long_date(date)),
        Err(e) => e,
    }
}

#[component]
fn DayForm(date: NaiveDate) -> impl IntoView {
    let app = use_app();
    let status = RwSignal::new(String::new());
    let initial = app.doc.with_untracked(|d| day_or_blank(&d.journal, date));
    let sleep_text = RwSignal::new(
        initial
            .sleep_half_hours
            .map(sleep_hours_text)
            .unwrap_or_default(),
    );
    let sleep_error = RwSignal::new(None::<String>);
    let set_sleep = move |half: Option<u8>| {
        let r = save_day(app, date, |d| d.sleep_half_hours = half);
        status.set(saved_text(r, date));
    };
    let step = move |delta: i16| {
        let now = parse_sleep_hours(&sleep_text.get_untracked())
            .ok()
            .map(i16::from)
            .unwrap_or(14 - delta);
        let next = (now + delta).clamp(0, i16::from(SLEEP_MAX_HALF_HOURS));
        let next = u8::try_from(next).unwrap_or(14);
        sleep_text.set(sleep_hours_text(next));
        sleep_error.set(None);
        set_sleep(Some(next));
    };
    let session = Memo::new(move |_| app.with_journal(|j| day_or_blank(j, date).session));
    let choose_session = move |s: Session| {
        let r = save_day(app, date, |d| d.session = s);
        status.set(saved_text(r, date));
    };
    let text_saver = |f: fn(&mut SelfCareDay, String)| -> SaveFn {
        Rc::new(move |text: String| save_day(app, date, |d| f(d, text)))
    };
    view! {
        <div class="card day-log">
            <div class="field">
                <label for="log-sleep">"Hours slept"</label>
                <div class="pp-stepper">
                    <button type="button" class="button quiet" aria-label="Half an hour less"
                        on:click=move |_| step(-1)>"−"</button>
                    <input type="text" id="log-sleep" inputmode="decimal" autocomplete="off"
                        aria-describedby="log-sleep-hint"
                        prop:value=move || sleep_text.get()
                        on:input=move |e| {
                            let v = event_target_value(&e);
                            sleep_text.set(v.clone());
                            if v.trim().is_empty() {
                                sleep_error.set(None);
                                set_sleep(None);
                            } else {
                                match parse_sleep_hours(&v) {
                                    Ok(h) => { sleep_error.set(None); set_sleep(Some(h)); }
                                    Err(m) => sleep_error.set(Some(m)),
                                }
                            }
                        }/>
                    <button type="button" class="button quiet" aria-label="Half an hour more"
                        on:click=move |_| step(1)>"+"</button>
                </div>
                <span class="small" id="log-sleep-hint">"Roughly is fine, for example 6.5"</span>
                {move || sleep_error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
            </div>
            {yes_no(app, date, "log-meals", "Regular meals?", |d| d.regular_meals, |d, v| d.regular_meals = Some(v), status)}
            {yes_no(app, date, "log-move", "Some movement?", |d| d.movement, |d, v| d.movement = Some(v), status)}
            <fieldset class="pp-toggles">
                <legend>"Therapy session"</legend>
                {[(Session::Yes, "Went", "yes"), (Session::No, "Missed", "no"), (Session::NoneDue, "None due", "none")]
                    .into_iter().map(|(s, label, key)| view! {
                        <span class="pp-toggle">
                            <input type="radio" name="log-session" id=format!("log-session-{key}")
                                prop:checked=move || session.get() == s
                                on:change=move |_| choose_session(s)/>
                            <label for=format!("log-session-{key}")>{label}</label>
                        </span>
                    }).collect_view()}
            </fieldset>
            {autosave_field("log-pleasant".into(), "One pleasant thing I did".into(), None,
                initial.pleasant_activity.clone(), Kind::Line,
                text_saver(|d, t| d.pleasant_activity = t))}
            {autosave_field("log-note".into(), "Note (optional)".into(), None,
                initial.note.clone(), Kind::Long,
                text_saver(|d, t| d.note = t))}
            <p role="status" class="small">{move || status.get()}</p>
        </div>
        <div class="actions">
            <a class="button" href="/">"Done"</a>
            <a class="button quiet" href="/people/week">"See my week"</a>
        </div>
    }
}
