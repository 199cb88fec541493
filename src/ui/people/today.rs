//! `/people/today`: the daily self-care log in under 15 seconds. Big toggles on one screen;
//! every tap saves at once. The day field defaults to today and can go back to fill in a day.

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::selfcare::{
    day_or_blank, log_day, parse_sleep_hours, sleep_hours_text, step_sleep, SelfCareDay,
    SelfCareError, Session,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::{use_app, AppState, Unsaved};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::text::{self, I18n};
use super::{long_date, today};

/// Change one day's log through the domain (read, change, save).
fn save_day(
    app: AppState,
    date: NaiveDate,
    f: impl FnOnce(&mut SelfCareDay),
) -> Result<(), Unsaved<SelfCareError>> {
    app.try_edit(|j, now| {
        let mut day = day_or_blank(j, date);
        f(&mut day);
        log_day(j, &day, now).map(|_| ())
    })
}

/// The log screen.
#[component]
pub fn TodayPage() -> impl IntoView {
    let i18n = use_i18n();
    let date = RwSignal::new(today());
    let max = today().format("%Y-%m-%d").to_string();
    view! {
        <h1 tabindex="-1">{t!(i18n, people.today.title)}</h1>
        <p class="promise">{t!(i18n, people.today.promise)}</p>
        <div class="field pp-day-field">
            <label for="log-date">{t!(i18n, people.today.day)}</label>
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

#[allow(clippy::too_many_arguments)]
fn yes_no(
    app: AppState,
    i18n: I18n,
    date: NaiveDate,
    key: &'static str,
    legend: fn(I18n) -> &'static str,
    get: fn(&SelfCareDay) -> Option<bool>,
    set: fn(&mut SelfCareDay, bool),
    status: RwSignal<String>,
) -> impl IntoView {
    let value = Memo::new(move |_| app.with_journal(|j| get(&day_or_blank(j, date))));
    let choose = move |v: bool| {
        let r = save_day(app, date, |d| set(d, v));
        status.set(saved_text(i18n, r, date));
    };
    view! {
        <fieldset class="pp-toggles">
            <legend>{move || legend(i18n)}</legend>
            <span class="pp-toggle">
                <input type="radio" name=key id=format!("{key}-yes")
                    prop:checked=move || value.get() == Some(true)
                    on:change=move |_| choose(true)/>
                <label for=format!("{key}-yes")>{t!(i18n, people.today.yes)}</label>
            </span>
            <span class="pp-toggle">
                <input type="radio" name=key id=format!("{key}-no")
                    prop:checked=move || value.get() == Some(false)
                    on:change=move |_| choose(false)/>
                <label for=format!("{key}-no")>{t!(i18n, people.today.no)}</label>
            </span>
        </fieldset>
    }
}

/// "Went", "Missed", "None due".
pub(super) fn session_label(i18n: I18n, s: Session) -> &'static str {
    match s {
        Session::Yes => t_string!(i18n, people.today.went),
        Session::No => t_string!(i18n, people.today.missed),
        Session::NoneDue => t_string!(i18n, people.today.none_due),
    }
}

fn saved_text(i18n: I18n, r: Result<(), Unsaved<SelfCareError>>, date: NaiveDate) -> String {
    match r {
        Ok(()) => t_string!(i18n, people.today.saved_for, date = long_date(date)).to_string(),
        Err(e) => text::error(i18n, &e),
    }
}

#[component]
fn DayForm(date: NaiveDate) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let status = RwSignal::new(String::new());
    let initial = app
        .journal
        .doc
        .with_untracked(|d| day_or_blank(&d.journal, date));
    let sleep_text = RwSignal::new(
        initial
            .sleep_half_hours
            .map(sleep_hours_text)
            .unwrap_or_default(),
    );
    let sleep_error = RwSignal::new(None::<String>);
    let set_sleep = move |half: Option<u8>| {
        let r = save_day(app, date, |d| d.sleep_half_hours = half);
        status.set(saved_text(i18n, r, date));
    };
    // Half an hour up or down from what is written; from an empty field "+" gives half an
    // hour and "−" writes nothing (`step_sleep`).
    let step = move |up: bool| {
        let now = parse_sleep_hours(&sleep_text.get_untracked()).ok();
        let Some(next) = step_sleep(now, up) else {
            return;
        };
        sleep_text.set(sleep_hours_text(next));
        sleep_error.set(None);
        set_sleep(Some(next));
    };
    let session = Memo::new(move |_| app.with_journal(|j| day_or_blank(j, date).session));
    let choose_session = move |s: Session| {
        let r = save_day(app, date, |d| d.session = s);
        status.set(saved_text(i18n, r, date));
    };
    let text_saver = |f: fn(&mut SelfCareDay, String)| -> SaveFn<SelfCareError> {
        Rc::new(move |text: String| save_day(app, date, |d| f(d, text)))
    };
    view! {
        <div class="card day-log">
            <div class="field">
                <label for="log-sleep">{t!(i18n, people.today.hours_slept)}</label>
                <div class="pp-stepper">
                    <button type="button" class="button quiet" aria-label=move || t_string!(i18n, people.today.less)
                        on:click=move |_| step(false)>"−"</button>
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
                                    Err(m) => sleep_error.set(Some(text::error(i18n, &m))),
                                }
                            }
                        }/>
                    <button type="button" class="button quiet" aria-label=move || t_string!(i18n, people.today.more)
                        on:click=move |_| step(true)>"+"</button>
                </div>
                <span class="small" id="log-sleep-hint">{t!(i18n, people.today.sleep_hint)}</span>
                {move || sleep_error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
            </div>
            {yes_no(app, i18n, date, "log-meals", |i18n| t_string!(i18n, people.today.meals), |d| d.regular_meals, |d, v| d.regular_meals = Some(v), status)}
            {yes_no(app, i18n, date, "log-move", |i18n| t_string!(i18n, people.today.movement), |d| d.movement, |d, v| d.movement = Some(v), status)}
            <fieldset class="pp-toggles">
                <legend>{t!(i18n, people.today.session)}</legend>
                {[(Session::Yes, "yes"), (Session::No, "no"), (Session::NoneDue, "none")]
                    .into_iter().map(|(s, key)| view! {
                        <span class="pp-toggle">
                            <input type="radio" name="log-session" id=format!("log-session-{key}")
                                prop:checked=move || session.get() == s
                                on:change=move |_| choose_session(s)/>
                            <label for=format!("log-session-{key}")>{move || session_label(i18n, s)}</label>
                        </span>
                    }).collect_view()}
            </fieldset>
            {autosave_field("log-pleasant".into(), move || t_string!(i18n, people.today.pleasant).to_owned(), None,
                initial.pleasant_activity.clone(), Kind::Line,
                text_saver(|d, t| d.pleasant_activity = t))}
            {autosave_field("log-note".into(), move || t_string!(i18n, people.today.note).to_owned(), None,
                initial.note.clone(), Kind::Long,
                text_saver(|d, t| d.note = t))}
            <p role="status" class="small">{move || status.get()}</p>
        </div>
        <div class="actions">
            <a class="button" href="/">{t!(i18n, people.today.done)}</a>
            <a class="button quiet" href="/people/week">{t!(i18n, people.today.see_week)}</a>
        </div>
    }
}
