//! Every check-in by date, with a trend chart per measure, and the undo of a delete.

use leptos::prelude::*;

use super::chart::TrendChart;
use super::clinic::definitions;
use super::{band_of, change_words, num, short_date};
use crate::domain::checkin::{history, trend};
use crate::domain::record::{CollectionExt, Id};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::use_app;

/// `/checkin/history`.
#[component]
pub fn History() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let restored = RwSignal::new(String::new());
    let undo_state = app.journal.undo;
    let set_undo = move |value: Option<(Id, String)>| undo_state.update(|u| u.checkin = value);
    let pending = move || undo_state.with(|u| u.checkin.clone());
    let undo = move |_| {
        let Some((id, label)) = undo_state.with_untracked(|u| u.checkin.clone()) else {
            return;
        };
        let mut done = false;
        app.edit(|j, now| done = j.checkins.restore(&id, now));
        set_undo(None);
        restored.set(if done {
            t_string!(i18n, checkin.history.restored, label = label).to_string()
        } else {
            t_string!(i18n, checkin.history.not_restored).to_owned()
        });
    };
    on_cleanup(move || set_undo(None));
    let status = move || {
        match pending() {
        Some((_, label)) => view! {
            <span>{t_string!(i18n, checkin.history.deleted, label = label).to_string()}" "</span>
            <button type="button" class="quiet" on:click=undo>{t!(i18n, checkin.history.undo)}</button>
        }
        .into_any(),
        None => view! { <span>{restored.get()}</span> }.into_any(),
    }
    };
    let charts = move || {
        // Redraw the charts (their legends and tables) in a newly chosen language.
        let _language = i18n.get_locale();
        let defs = definitions();
        app.with_journal(|j| {
            defs.into_iter()
                .filter_map(|def| {
                    let points = trend(&j.checkins, &def);
                    (!points.is_empty()).then(|| {
                        let title_id = format!("trend-{}", def.id);
                        let labelled_by = title_id.clone();
                        let title =
                            t_string!(i18n, checkin.history.over_time, name = def.name.clone())
                                .to_string();
                        view! {
                            <section class="card" aria-labelledby=labelled_by>
                                <h2 id=title_id>{title}</h2>
                                <TrendChart def=def points=points/>
                            </section>
                        }
                    })
                })
                .collect_view()
        })
    };
    let entries = move || {
        let defs = definitions();
        app.with_journal(|j| history(&j.checkins, &defs))
    };
    let list = move || {
        let entries = entries();
        let defs = definitions();
        if entries.is_empty() {
            return view! {
                <p>{t!(i18n, checkin.history.empty)}</p>
                <p><a class="button" href="/checkin">{t!(i18n, checkin.history.start)}</a></p>
            }
            .into_any();
        }
        let rows = entries
            .into_iter()
            .map(|e| {
                let def = defs.iter().find(|d| d.id == e.measure);
                let main = match band_of(i18n, def, e.total) {
                    Some(band) => t_string!(
                        i18n,
                        checkin.history.entry,
                        name = e.measure_name.clone(),
                        total = num(e.total),
                        band = band
                    )
                    .to_string(),
                    None => t_string!(
                        i18n,
                        checkin.history.entry_plain,
                        name = e.measure_name.clone(),
                        total = num(e.total)
                    )
                    .to_string(),
                };
                let change = e.change.map(|c| change_words(i18n, c)).unwrap_or_default();
                view! {
                    <li class="checkin-entry">
                        <a href=format!("/checkin/{}", e.id)>
                            <span class="checkin-entry-date">{short_date(e.date)}</span>
                            <span class="checkin-entry-main">{main}</span>
                            <span class="small">{change}</span>
                            {e.safety_flag.then(|| view! {
                                <span class="checkin-flag">{t!(i18n, checkin.history.flag)}</span>
                            })}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="checkin-entries">{rows}</ul> }.into_any()
    };
    view! {
        <h1 tabindex="-1">{t!(i18n, checkin.history.title)}</h1>
        <p role="status" class="checkin-status checkin-undo"
            class:checkin-idle=move || undo_state.with(|u| u.checkin.is_none()) && restored.with(String::is_empty)>{status}</p>
        {charts}
        <section aria-labelledby="checkin-all-title">
            <h2 id="checkin-all-title">{t!(i18n, checkin.history.all)}</h2>
            {list}
        </section>
        <p><a class="button quiet" href="/checkin">{t!(i18n, checkin.history.back)}</a></p>
    }
}
