//! The caseload screen (its own room): one card per client, sorted by who needs the worker first
//! (`domain::caseload::order`): an unmissable flag for an unresolved self-harm answer with
//! "Record follow-up", when her check-in is due, her last score and band with the trend arrow,
//! last contact and the week of her course. Add a client, open a client's record, lock, and the
//! supervision export (CSV and one printable page).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::caseload::{
    supervision_csv, supervision_file_name, supervision_summary, Client, DueState, FollowUp,
    FollowUpKind, Trend,
};
use crate::domain::course::Position;
use crate::domain::instruments;
use crate::domain::lock::add_profile;
use crate::i18n::{t, t_string, use_i18n, I18n};
use crate::store;
use crate::store::caseload::WorkerError;
use crate::ui::components::icon::Icon;
use crate::ui::fmt::{self, DateStyle};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

use super::{today, use_worker, worker_error};

/// A warning sign (the flag is said in words too, never by colour alone).
const WARNING: &str = "M12 2 1 21h22zm-1 7h2v6h-2zm0 8h2v2h-2z";

fn day(d: NaiveDate) -> String {
    fmt::date(d, DateStyle::ShortWeekdayDate)
}

fn num(n: impl Into<i64>) -> String {
    fmt::number(n.into())
}

/// The caseload page.
#[component]
pub fn CaseloadPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let worker = use_worker();
    let day_now = today();
    let defs = StoredValue::new(instruments::all());
    let cards = move || {
        let people = app.session.profiles.get();
        worker.caseload.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.ordered(&people, day_now)
                        .into_iter()
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="caseload-page">
            <h1 tabindex="-1">{t!(i18n, caseload.page.title)}</h1>
            <p class="no-print">{t!(i18n, caseload.page.intro)}</p>
            <ul class="caseload-list no-print">
                {move || {
                    let list = cards();
                    if list.is_empty() {
                        return view! { <li><p>{t!(i18n, caseload.page.empty)}</p></li> }.into_any();
                    }
                    list.into_iter()
                        .map(|c| view! { <li><ClientCard client=c today=day_now defs/></li> })
                        .collect_view()
                        .into_any()
                }}
            </ul>
            <AddClient/>
            <SupervisionExport/>
            <div class="actions no-print">
                <button type="button" class="button quiet" on:click=move |_| app.switch_person()>{t!(i18n, caseload.page.lock)}</button>
            </div>
        </div>
    }
}

/// When her check-in is due, for the worker.
fn due_words(i18n: I18n, due: DueState) -> String {
    match due {
        DueState::Overdue { since } => t_string!(i18n, caseload.card.overdue, date = day(since)),
        DueState::DueToday => t_string!(i18n, caseload.card.due_today).to_owned(),
        DueState::NotDue { next } => t_string!(i18n, caseload.card.next, date = day(next)),
    }
}

/// "Week 6 of 16 · middle phase", or when her course starts or ended.
fn course_words(i18n: I18n, position: Option<Position>) -> String {
    match position {
        None => t_string!(i18n, caseload.card.no_course).to_owned(),
        Some(p @ Position::Week { .. }) => crate::ui::my_work::course::position_words(i18n, p),
        Some(Position::NotStarted { starts }) => {
            t_string!(i18n, caseload.card.course_starts, date = day(starts))
        }
        Some(Position::Finished { last_day, .. }) => {
            t_string!(i18n, caseload.card.course_ended, date = day(last_day))
        }
    }
}

/// The arrow and its words ("↑ 4 higher than last time").
fn trend_words(i18n: I18n, trend: Option<Trend>) -> Option<(&'static str, String)> {
    let words = |d: i32| crate::ui::checkin::change_words(i18n, d);
    trend.map(|t| match t {
        Trend::Higher(n) => ("↑", words(n)),
        Trend::Lower(n) => ("↓", words(-n)),
        Trend::Same => ("→", words(0)),
    })
}

/// "PHQ-9 20 · Severe".
fn score_words(i18n: I18n, defs: &[instruments::Definition], c: &Client) -> String {
    let Some(s) = c.last_score() else {
        return t_string!(i18n, caseload.card.no_score).to_owned();
    };
    let def = defs.iter().find(|d| d.id == s.measure);
    let name = def.map_or_else(|| s.measure.clone(), |d| d.name.clone());
    let band = crate::ui::checkin::band_of(i18n, def, s.total)
        .or_else(|| s.band.clone())
        .unwrap_or_default();
    t_string!(
        i18n,
        caseload.card.last_score,
        measure = name,
        total = num(s.total),
        band,
        date = day(s.date)
    )
}

/// One client's card.
#[component]
fn ClientCard(
    client: Client,
    today: NaiveDate,
    defs: StoredValue<Vec<instruments::Definition>>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let title_id = format!("client-{}", client.profile);
    let heading_id = title_id.clone();
    let flag = client.unresolved_flag();
    let due = client.due_state(today);
    let position = client.position(today);
    let trend = client.trend();
    let contact = client.last_contact();
    let score = {
        let c = client.clone();
        move || defs.with_value(|defs| score_words(i18n, defs, &c))
    };
    let profile = StoredValue::new(client.profile.clone());
    let nickname = super::shown_name(app, i18n, &client.profile).unwrap_or(client.nickname.clone());
    let recording = RwSignal::new(false);
    let open = move |_| {
        let id = profile.get_value();
        app.open_profile(&id);
        navigate(&app, "/");
    };
    let open_label = {
        let n = nickname.clone();
        move || t_string!(i18n, caseload.card.open, name = n.clone())
    };
    view! {
        <article class=if flag.is_some() { "card client-card flagged" } else { "card client-card" } aria-labelledby=title_id>
            <h2 id=heading_id>{nickname.clone()}</h2>
            {flag.map(|date| view! {
                <div class="client-flag" role="note">
                    <Icon path=WARNING/>
                    <p><strong>{move || t_string!(i18n, caseload.card.flag, date = day(date))}</strong></p>
                </div>
                <crate::ui::referral::ReferralStep client=profile.get_value()/>
            })}
            <ul class="client-facts">
                <li class=move || if matches!(due, DueState::NotDue { .. }) { "" } else { "client-due" }>{move || due_words(i18n, due)}</li>
                <li>
                    {score}
                    {trend_words(i18n, trend).map(|(arrow, words)| view! {
                        " " <span class="trend" aria-hidden="true">{arrow}</span>
                        " " <span class="trend-words">{words}</span>
                    })}
                </li>
                <li>{move || match contact {
                    Some(d) => t_string!(i18n, caseload.card.last_contact, date = day(d)),
                    None => t_string!(i18n, caseload.card.no_contact).to_owned(),
                }}</li>
                <li>{move || course_words(i18n, position)}</li>
            </ul>
            <div class="actions">
                <button type="button" class="button" on:click=open>{open_label}</button>
                <button type="button" class="button quiet" aria-expanded=move || recording.get().to_string()
                    on:click=move |_| recording.update(|r| *r = !*r)>
                    {t!(i18n, caseload.card.record)}
                </button>
            </div>
            <Show when=move || recording.get()>
                <FollowUpForm profile=profile.get_value() nickname=nickname.clone() done=recording/>
            </Show>
        </article>
    }
}

/// Record what the worker did: talked with her, referred, or a session held, with the day.
#[component]
fn FollowUpForm(profile: String, nickname: String, done: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let worker = use_worker();
    let day_now = today();
    let kind = RwSignal::new(FollowUpKind::TalkedWithHer);
    let date = RwSignal::new(day_now.format("%Y-%m-%d").to_string());
    let note = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<WorkerError>> = RwSignal::new(None);
    let profile = StoredValue::new(profile);
    let id = |s: &str| format!("fu-{s}-{}", profile.get_value());
    let save = move || {
        if busy.get_untracked() {
            return;
        }
        let Ok(on) = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d") else {
            error.set(Some(WorkerError::Caseload(
                crate::domain::caseload::CaseloadError::InFuture,
            )));
            return;
        };
        let Some(mut caseload) = worker.caseload.get_untracked() else {
            error.set(Some(WorkerError::NotOpen));
            return;
        };
        let follow_up = FollowUp {
            date: on,
            kind: kind.get_untracked(),
            note: note.get_untracked().trim().to_owned(),
        };
        if let Err(e) = caseload.record(&profile.get_value(), follow_up, day_now) {
            error.set(Some(WorkerError::Caseload(e)));
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let saved = store::caseload::save(&caseload).await;
            let _gone = busy.try_set(false);
            match saved {
                Ok(()) => {
                    // Shown only now that storage has it.
                    worker.caseload.set(Some(caseload));
                    let _ = done.try_set(false);
                }
                Err(e) => {
                    let _ = error.try_set(Some(e));
                }
            }
        });
    };
    let choice = move |k: FollowUpKind, label: String| {
        let input_id = format!("{}-{:?}", id("kind"), k);
        view! {
            <div class="check-row">
                <input type="radio" id=input_id.clone() name=id("kind") prop:checked=move || kind.get() == k
                    on:change=move |_| kind.set(k)/>
                <label for=input_id>{label}</label>
            </div>
        }
    };
    let legend = t_string!(i18n, caseload.follow_up.title, name = nickname);
    view! {
        <form class="follow-up" on:submit=move |e| { e.prevent_default(); save(); }>
            <fieldset>
                <legend>{legend}</legend>
                {choice(FollowUpKind::TalkedWithHer, t_string!(i18n, caseload.follow_up.talked).to_owned())}
                {choice(FollowUpKind::Referred, t_string!(i18n, caseload.follow_up.referred).to_owned())}
                {choice(FollowUpKind::SessionHeld, t_string!(i18n, caseload.follow_up.session).to_owned())}
            </fieldset>
            <div class="field">
                <label for=id("date")>{t!(i18n, caseload.follow_up.date)}</label>
                <input id=id("date") type="date" max=day_now.format("%Y-%m-%d").to_string()
                    prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=id("note")>{t!(i18n, caseload.follow_up.note)}</label>
                <input id=id("note") type="text" maxlength="140"
                    prop:value=move || note.get() on:input=move |e| note.set(event_target_value(&e))/>
            </div>
            <p role="status">{move || if busy.get() {
                Some(t_string!(i18n, caseload.follow_up.saving).to_owned())
            } else {
                error.with(|e| e.as_ref().map(|e| worker_error(i18n, e)))
            }}</p>
            <div class="actions">
                <button type="submit" class="button" disabled=move || busy.get()>{t!(i18n, caseload.follow_up.save)}</button>
                <button type="button" class="button quiet" on:click=move |_| done.set(false)>{t!(i18n, caseload.follow_up.cancel)}</button>
            </div>
        </form>
    }
}

/// What adding a client could not do.
#[derive(Clone, Debug, PartialEq)]
enum AddError {
    Profile(crate::domain::lock::ProfileError),
    Store(store::StoreError),
    Worker(WorkerError),
}

/// Add a client by nickname: a person on the phone, with her card.
#[component]
fn AddClient() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let worker = use_worker();
    let nickname = RwSignal::new(String::new());
    let error: RwSignal<Option<AddError>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let add = move || {
        if busy.get_untracked() {
            return;
        }
        let Some(mut caseload) = worker.caseload.get_untracked() else {
            error.set(Some(AddError::Worker(WorkerError::NotOpen)));
            return;
        };
        let mut list = store::profiles();
        let id = store::new_profile_id();
        if let Err(e) = add_profile(&mut list, &nickname.get_untracked(), &id) {
            error.set(Some(AddError::Profile(e)));
            return;
        }
        busy.set(true);
        caseload.include(&list, today());
        leptos::task::spawn_local(async move {
            // The card first: a person is added to the phone only once her card is kept.
            let saved = store::caseload::save(&caseload).await;
            let _gone = busy.try_set(false);
            if let Err(e) = saved {
                let _ = error.try_set(Some(AddError::Worker(e)));
                return;
            }
            if let Err(e) = store::save_profiles(&list) {
                let _ = error.try_set(Some(AddError::Store(e)));
                return;
            }
            app.session.profiles.set(list);
            worker.caseload.set(Some(caseload));
            let _ = nickname.try_set(String::new());
            let _ = error.try_set(None);
        });
    };
    let message = move || {
        error.with(|e| {
            e.as_ref().map(|e| match e {
                AddError::Profile(e) => crate::ui::privacy::text::profile_error(i18n, e),
                AddError::Store(e) => crate::ui::store_error_text(i18n, e),
                AddError::Worker(e) => worker_error(i18n, e),
            })
        })
    };
    view! {
        <form class="card no-print" aria-labelledby="add-client-title" on:submit=move |e| { e.prevent_default(); add(); }>
            <h2 id="add-client-title">{t!(i18n, caseload.add.title)}</h2>
            <div class="field">
                <label for="client-nickname">{t!(i18n, caseload.add.nickname)}</label>
                <input id="client-nickname" type="text" autocomplete="off" maxlength="40"
                    prop:value=move || nickname.get() on:input=move |e| nickname.set(event_target_value(&e))/>
                <p class="small">{t!(i18n, caseload.add.hint)}</p>
            </div>
            <p role="status">{message}</p>
            <button type="submit" class="button" disabled=move || busy.get()>{t!(i18n, caseload.add.add)}</button>
        </form>
    }
}

/// The supervision export: the CSV (pseudonymous ids unless she ticks nicknames) and one printable
/// page of the same rows.
#[component]
fn SupervisionExport() -> impl IntoView {
    let i18n = use_i18n();
    let worker = use_worker();
    let nicknames = RwSignal::new(false);
    let failed = RwSignal::new(None::<crate::ui::share::files::FileError>);
    let csv = move || {
        worker.caseload.with(|c| {
            c.as_ref()
                .map(|c| supervision_csv(c, today(), nicknames.get()))
                .unwrap_or_default()
        })
    };
    // The printed page is drawn only while printing (50 clients' rows are not kept in the page).
    let printing = RwSignal::new(false);
    let table = move || {
        if !printing.get() {
            return Vec::new();
        }
        worker.caseload.with(|c| {
            c.as_ref()
                .map(|c| supervision_summary(c, today(), nicknames.get()))
                .unwrap_or_default()
        })
    };
    let download = move |_| {
        let file = crate::ui::share::files::OutFile {
            name: supervision_file_name(today()),
            mime: crate::ui::share::files::CSV,
            text: csv(),
        };
        failed.set(crate::ui::share::files::download(&file).err());
    };
    let print = move |_| {
        printing.set(true);
        request_animation_frame(move || {
            let _ = window().print();
            printing.set(false);
        });
    };
    view! {
        <section class="card supervision" aria-labelledby="supervision-title">
            <h2 id="supervision-title">{t!(i18n, caseload.export.title)}</h2>
            <p class="no-print">{t!(i18n, caseload.export.intro)}</p>
            <div class="check-row no-print">
                <input id="export-nicknames" type="checkbox" prop:checked=move || nicknames.get()
                    on:change=move |e| nicknames.set(event_target_checked(&e))/>
                <label for="export-nicknames">{t!(i18n, caseload.export.nicknames)}</label>
            </div>
            <div class="actions no-print">
                <button type="button" class="button" on:click=download>{t!(i18n, caseload.export.download)}</button>
                <button type="button" class="button quiet" on:click=print>{t!(i18n, caseload.export.print)}</button>
            </div>
            <p role="status" class="no-print">{move || failed.get().map(|e| crate::ui::share::files::error_text(i18n, e))}</p>
            <div class="supervision-print">
                <p>{move || t_string!(i18n, caseload.export.printed, date = day(today()))}</p>
                {move || print_table(table())}
            </div>
        </section>
    }
}

/// The export's rows as a table for the printed page (the same cells as the CSV file).
fn print_table(rows: Vec<Vec<String>>) -> impl IntoView {
    let mut rows = rows.into_iter();
    let head = rows.next().unwrap_or_default();
    view! {
        <table class="supervision-table">
            <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.map(|r| view! { <tr>{r.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}
            </tbody>
        </table>
    }
}
