//! One saved check-in (`/checkin/<id>`): total, band, subscales, the change from last time, the
//! screening note, her notes and answers; change it, or delete it (with undo on the history).

use leptos::prelude::*;

use super::clinic::definition;
use super::{change_words, short_date};
use crate::domain::checkin::{result_for, CheckIn, PEOPLE_THIS_WEEK_PROMPT, SINCE_LAST_MET_PROMPT};
use crate::domain::instruments::{Definition, SCREENING_NOTE};
use crate::domain::record::{CollectionExt, Id};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

use super::history::set_undo;

/// A saved check-in.
#[component]
pub fn ResultPage(id: Id) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let record =
        move || app.with_journal(|j| j.checkins.get_live(&id.get_value()).map(|r| r.data.clone()));
    move || {
        match record() {
        None => view! {
            <h1 tabindex="-1">"This check-in is not here"</h1>
            <p>"It may have been deleted. Your other check-ins are in your history."</p>
            <p><a class="button" href="/checkin/history">"See your history"</a></p>
        }
        .into_any(),
        Some(c) => match definition(&c.measure) {
            Some(def) => view! { <Saved id=id.get_value() checkin=c def=def/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">{format!("Check-in of {}", short_date(c.date))}</h1>
                <p>{format!("This check-in uses a questionnaire this version of the app does not know ({}). Its total was {}.", c.measure, c.total())}</p>
                <p><a class="button" href="/checkin/history">"See your history"</a></p>
            }
            .into_any(),
        },
    }
    }
}

#[component]
fn Saved(id: Id, checkin: CheckIn, def: Definition) -> impl IntoView {
    let app = use_app();
    let view_model = app.with_journal(|j| result_for(&def, &j.checkins, &id));
    let rv = match view_model {
        Ok(rv) => rv,
        Err(e) => {
            return view! {
                <h1 tabindex="-1">{format!("{} of {}", def.name, short_date(checkin.date))}</h1>
                <p>{format!("This check-in could not be scored: {e}")}</p>
                <p><a class="button" href="/checkin/history">"See your history"</a></p>
            }
            .into_any()
        }
    };
    let flagged = rv.safety_flag || checkin.flagged(Some(&def));
    let date = short_date(checkin.date);
    let id_v = StoredValue::new(id.clone());
    let label = format!("{} of {}", def.name, date);
    let label_v = StoredValue::new(label);
    let delete = move |_| {
        let id = id_v.get_value();
        let mut done = false;
        app.edit(|j, now| done = j.checkins.delete(&id, now));
        if done {
            set_undo(Some((id, label_v.get_value())));
        }
        navigate(&app, "/checkin/history");
    };
    let change = rv.change.as_ref().map(|ch| {
        format!(
            "{}: {} on {}.",
            capitalise(&change_words(ch.delta)),
            ch.previous_total,
            short_date(ch.previous_date)
        )
    });
    let subscales = rv
        .subscales
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{s.name.clone()}</strong>{format!(": {} of {}. ", s.score, s.max)}
                    {if s.at_or_above_cutoff {
                        format!("At or above the cut-off of {}. {}", s.cutoff, s.note)
                    } else {
                        format!("Below the cut-off of {}.", s.cutoff)
                    }}
                </li>
            }
        })
        .collect_view();
    let has_subscales = !rv.subscales.is_empty();
    let answers = def
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let chosen = checkin
                .answers
                .iter()
                .find(|a| a.item == item.id)
                .and_then(|a| item.options.iter().find(|o| o.code == a.option))
                .map(|o| o.text.clone())
                .unwrap_or_else(|| "Skipped".to_owned());
            view! {
                <li>
                    <span class="checkin-review-q">{format!("{}. {}", i + 1, item.text)}</span>
                    <strong class="checkin-review-a">{chosen}</strong>
                </li>
            }
        })
        .collect_view();
    let note = |prompt: &'static str, text: &str| {
        (!text.trim().is_empty()).then(|| {
            view! {
                <h3>{prompt}</h3>
                <p class="checkin-note">{text.to_owned()}</p>
            }
        })
    };
    let has_notes =
        !checkin.since_last_met.trim().is_empty() || !checkin.people_this_week.trim().is_empty();
    view! {
        <h1 tabindex="-1">{format!("Your {} result", def.name)}</h1>
        <p class="promise">{date}</p>
        {flagged.then(|| view! {
            <section class="card checkin-safety-note" aria-labelledby="checkin-safety-title">
                <h2 id="checkin-safety-title">"You are not alone"</h2>
                <p>"You answered that you have had thoughts of hurting yourself or of being better off dead. Please talk about this with someone you trust or with your therapist. This app is not monitored by anyone."</p>
                <p><a class="button call" href="/safety">"Get help now"</a></p>
            </section>
        })}
        <section class="card checkin-result" aria-labelledby="checkin-total-title">
            <h2 id="checkin-total-title" class="checkin-vh">"Total"</h2>
            <p class="checkin-total"><span class="checkin-total-number">{rv.total}</span>{format!(" out of {}", rv.max)}</p>
            {rv.band_label.clone().map(|b| view! { <p class="checkin-band">{b}</p> })}
            {change.map(|c| view! { <p>{c}</p> })}
            {has_subscales.then(|| view! { <ul class="checkin-plain-list">{subscales}</ul> })}
            <p class="small">{SCREENING_NOTE}" Your therapist can talk it through with you."</p>
        </section>
        {has_notes.then(|| view! {
            <section class="card" aria-labelledby="checkin-notes-title">
                <h2 id="checkin-notes-title">"Your notes"</h2>
                {note(SINCE_LAST_MET_PROMPT, &checkin.since_last_met)}
                {note(PEOPLE_THIS_WEEK_PROMPT, &checkin.people_this_week)}
            </section>
        })}
        <details class="card checkin-answers">
            <summary>"Your answers"</summary>
            <ol class="checkin-review">{answers}</ol>
        </details>
        <div class="actions">
            <a class="button" href="/checkin/history">"History and trend"</a>
            <a class="button quiet" href=format!("/checkin/{id}/edit")>"Change this check-in"</a>
            <button type="button" class="quiet" on:click=delete>"Delete this check-in"</button>
        </div>
    }
    .into_any()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
