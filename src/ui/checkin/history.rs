//! Every check-in by date, with a trend chart per measure, and the undo of a delete.

use leptos::prelude::*;

use super::chart::TrendChart;
use super::clinic::definitions;
use super::{change_words, short_date};
use crate::domain::checkin::{history, trend};
use crate::domain::record::{CollectionExt, Id};
use crate::ui::state::use_app;

thread_local! {
    /// The check-in just deleted (id, its name for the message), so the history can offer undo.
    static UNDO: ArcRwSignal<Option<(Id, String)>> = ArcRwSignal::new(None);
}

fn undo_signal() -> ArcRwSignal<Option<(Id, String)>> {
    UNDO.with(Clone::clone)
}

/// Offer to undo the delete of this check-in.
pub(crate) fn set_undo(value: Option<(Id, String)>) {
    undo_signal().set(value);
}

/// `/checkin/history`.
#[component]
pub fn History() -> impl IntoView {
    let app = use_app();
    let restored = RwSignal::new(String::new());
    let undo = move |_| {
        let Some((id, label)) = undo_signal().get_untracked() else {
            return;
        };
        let mut done = false;
        app.edit(|j, now| done = j.checkins.restore(&id, now));
        set_undo(None);
        restored.set(if done {
            format!("The {label} is back.")
        } else {
            "That check-in could not be brought back.".to_owned()
        });
    };
    on_cleanup(|| set_undo(None));
    let status = move || match undo_signal().get() {
        Some((_, label)) => view! {
            <span>{format!("Deleted the {label}. ")}</span>
            <button type="button" class="quiet" on:click=undo>"Undo"</button>
        }
        .into_any(),
        None => view! { <span>{restored.get()}</span> }.into_any(),
    };
    let charts = move || {
        let defs = definitions();
        app.with_journal(|j| {
            defs.into_iter()
                .filter_map(|def| {
                    let points = trend(&j.checkins, &def);
                    (!points.is_empty()).then(|| {
                        let title_id = format!("trend-{}", def.id);
                        let labelled_by = title_id.clone();
                        let title = format!("{} over time", def.name);
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
        if entries.is_empty() {
            return view! {
                <p>"No check-ins yet. When you do one, it shows here with how it changes over the weeks."</p>
                <p><a class="button" href="/checkin">"Start a check-in"</a></p>
            }
            .into_any();
        }
        let rows = entries
            .into_iter()
            .map(|e| {
                let band = e.band_label.clone().map(|b| format!(", {b}")).unwrap_or_default();
                let change = e
                    .change
                    .map(change_words)
                    .unwrap_or_default();
                view! {
                    <li class="checkin-entry">
                        <a href=format!("/checkin/{}", e.id)>
                            <span class="checkin-entry-date">{short_date(e.date)}</span>
                            <span class="checkin-entry-main">{format!("{}: {}{band}", e.measure_name, e.total)}</span>
                            <span class="small">{change}</span>
                            {e.safety_flag.then(|| view! {
                                <span class="checkin-flag">"Safety question answered"</span>
                            })}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="checkin-entries">{rows}</ul> }.into_any()
    };
    view! {
        <h1 tabindex="-1">"History and trend"</h1>
        <p role="status" class="checkin-status checkin-undo"
            class:checkin-idle=move || undo_signal().with(Option::is_none) && restored.with(String::is_empty)>{status}</p>
        {charts}
        <section aria-labelledby="checkin-all-title">
            <h2 id="checkin-all-title">"Every check-in"</h2>
            {list}
        </section>
        <p><a class="button quiet" href="/checkin">"Back to check-in"</a></p>
    }
}
