//! One saved check-in (`/checkin/<id>`): total, band, subscales, the change from last time, the
//! screening note, her notes and answers; change it, or delete it (with undo on the history).

use leptos::prelude::*;

use super::clinic::definition;
use super::{band_label, checkin_error, num, short_date, subscale_words, wording_lang};
use crate::domain::checkin::{result_for, CheckIn};
use crate::domain::instruments::Definition;
use crate::domain::record::{CollectionExt, Id};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::referral::ReferralStep;
use crate::ui::router::navigate;
use crate::ui::state::use_app;

/// A saved check-in.
#[component]
pub fn ResultPage(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let id = StoredValue::new(id);
    let record =
        move || app.with_journal(|j| j.checkins.get_live(&id.get_value()).map(|r| r.data.clone()));
    move || {
        match record() {
        None => view! {
            <h1 tabindex="-1">{t!(i18n, checkin.result.missing_title)}</h1>
            <p>{t!(i18n, checkin.result.missing_body)}</p>
            <p><a class="button" href="/checkin/history">{t!(i18n, checkin.questionnaire.see_your_history)}</a></p>
        }
        .into_any(),
        Some(c) => match definition(&c.measure) {
            Some(def) => view! { <Saved id=id.get_value() checkin=c def=def/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">{t_string!(i18n, checkin.result.unknown_title, date = short_date(c.date)).to_string()}</h1>
                <p>{t_string!(i18n, checkin.result.unknown_body, measure = c.measure.clone(), total = num(c.total())).to_string()}</p>
                <p><a class="button" href="/checkin/history">{t!(i18n, checkin.questionnaire.see_your_history)}</a></p>
            }
            .into_any(),
        },
    }
    }
}

#[component]
fn Saved(id: Id, checkin: CheckIn, def: Definition) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let view_model = app.with_journal(|j| result_for(&def, &j.checkins, &id));
    let rv = match view_model {
        Ok(rv) => rv,
        Err(e) => {
            let name = def.name.clone();
            let date = checkin.date;
            return view! {
                <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{move || t_string!(i18n, checkin.result.label, name = name.clone(), date = short_date(date)).to_string()}</h1>
                <p>{move || t_string!(i18n, checkin.result.not_scored, error = checkin_error(i18n, &e)).to_string()}</p>
                <p><a class="button" href="/checkin/history">{t!(i18n, checkin.questionnaire.see_your_history)}</a></p>
            }
            .into_any();
        }
    };
    let flagged = rv.safety_flag || checkin.flagged(Some(&def));
    let day = checkin.date;
    let id_v = StoredValue::new(id.clone());
    let name_v = StoredValue::new(def.name.clone());
    let delete = move |_| {
        let id = id_v.get_value();
        let mut done = false;
        app.edit(|j, now| done = j.checkins.delete(&id, now));
        if done {
            let label = t_string!(
                i18n,
                checkin.result.label,
                name = name_v.get_value(),
                date = short_date(day)
            )
            .to_string();
            app.journal.undo.update(|u| u.checkin = Some((id, label)));
        }
        navigate(&app, "/checkin/history");
    };
    let change = rv.change.clone().map(|ch| {
        move || {
            let previous = num(ch.previous_total);
            let date = short_date(ch.previous_date);
            match ch.delta {
                0 => t_string!(
                    i18n,
                    checkin.result.change_same,
                    previous = previous,
                    date = date
                )
                .to_string(),
                d if d < 0 => t_string!(
                    i18n,
                    checkin.result.change_lower,
                    n = num(-d),
                    previous = previous,
                    date = date
                )
                .to_string(),
                d => t_string!(
                    i18n,
                    checkin.result.change_higher,
                    n = num(d),
                    previous = previous,
                    date = date
                )
                .to_string(),
            }
        }
    });
    let subscales = rv
        .subscales
        .iter()
        .map(|s| {
            let s = s.clone();
            let s2 = s.clone();
            view! {
                <li>
                    <strong>{move || subscale_words(i18n, &s2.id, &s2.name, &s2.note).0}</strong>": "
                    {move || {
                        let (_, note) = subscale_words(i18n, &s.id, &s.name, &s.note);
                        let score = t_string!(i18n, checkin.result.subscale_score, score = num(s.score), max = num(s.max)).to_string();
                        let cut = if s.at_or_above_cutoff {
                            format!("{} {note}", t_string!(i18n, checkin.result.at_or_above, cutoff = num(s.cutoff)))
                        } else {
                            t_string!(i18n, checkin.result.below, cutoff = num(s.cutoff)).to_string()
                        };
                        format!("{score} {cut}")
                    }}
                </li>
            }
        })
        .collect_view();
    let has_subscales = !rv.subscales.is_empty();
    let lang = wording_lang(&def);
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
                .map(|o| o.text.clone());
            let answer = match chosen {
                Some(text) => view! { <strong class="checkin-review-a" lang=lang.clone() dir="auto">{text}</strong> }.into_any(),
                None => view! { <strong class="checkin-review-a">{t!(i18n, checkin.questionnaire.skipped)}</strong> }.into_any(),
            };
            view! {
                <li>
                    <span class="checkin-review-q" lang=lang.clone() dir="auto">{format!("{}. {}", i + 1, item.text)}</span>
                    {answer}
                </li>
            }
        })
        .collect_view();
    let since = checkin.since_last_met.clone();
    let people = checkin.people_this_week.clone();
    let has_notes = !since.trim().is_empty() || !people.trim().is_empty();
    let band = def
        .band_for(rv.total)
        .filter(|_| rv.band_label.is_some())
        .cloned();
    let title_name = def.name.clone();
    let max = rv.max;
    let total = rv.total;
    view! {
        <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{move || t_string!(i18n, checkin.result.title, name = title_name.clone()).to_string()}</h1>
        <p class="promise">{move || short_date(day)}</p>
        {flagged.then(|| view! {
            <section class="card checkin-safety-note" aria-labelledby="checkin-safety-title">
                <h2 id="checkin-safety-title">{t!(i18n, checkin.result.safety_title)}</h2>
                <p>{t!(i18n, checkin.result.safety_body)}</p>
                <p><a class="button call" href="/safety">{t!(i18n, checkin.result.get_help)}</a></p>
            </section>
        })}
        // Worker mode: the worker's own box, after and apart from hers.
        {move || (flagged && app.session.worker.with(|w| w.enabled)).then(|| view! { <ReferralStep/> })}
        <section class="card checkin-result" aria-labelledby="checkin-total-title">
            <h2 id="checkin-total-title" class="checkin-vh">{t!(i18n, checkin.result.total)}</h2>
            <p class="checkin-total"><span class="checkin-total-number">{move || num(total)}</span>" "{move || t_string!(i18n, checkin.result.out_of, max = num(max)).to_string()}</p>
            {band.map(|b| view! { <p class="checkin-band">{move || band_label(i18n, &b)}</p> })}
            {change.map(|c| view! { <p>{c}</p> })}
            {has_subscales.then(|| view! { <ul class="checkin-plain-list">{subscales}</ul> })}
            <p class="small">{t!(i18n, checkin.result.screening)}" "{t!(i18n, checkin.result.talk_through)}</p>
        </section>
        {has_notes.then(|| view! {
            <section class="card" aria-labelledby="checkin-notes-title">
                <h2 id="checkin-notes-title">{t!(i18n, checkin.result.notes)}</h2>
                {(!since.trim().is_empty()).then(|| view! {
                    <h3>{t!(i18n, checkin.questionnaire.since_last_met)}</h3>
                    <p class="checkin-note">{since.clone()}</p>
                })}
                {(!people.trim().is_empty()).then(|| view! {
                    <h3>{t!(i18n, checkin.questionnaire.people_this_week)}</h3>
                    <p class="checkin-note">{people.clone()}</p>
                })}
            </section>
        })}
        <details class="card checkin-answers">
            <summary>{t!(i18n, checkin.result.answers)}</summary>
            <ol class="checkin-review">{answers}</ol>
        </details>
        <div class="actions">
            <a class="button" href="/checkin/history">{t!(i18n, checkin.history.title)}</a>
            <a class="button quiet" href=format!("/checkin/{id}/edit")>{t!(i18n, checkin.result.change)}</a>
            <button type="button" class="quiet" on:click=delete>{t!(i18n, checkin.result.delete)}</button>
        </div>
    }
    .into_any()
}
