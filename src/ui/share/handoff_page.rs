//! `/handoff#handoff=bs1.…`: the summary carried by a QR code, shown read-only. It is decoded
//! from the link's fragment on this phone (no network), safety flags first, and never touches the
//! journal kept on this phone.

use leptos::prelude::*;

use super::choices::day_text;
use crate::domain::exchange::handoff::{decode_handoff, Handoff, HandoffError};
use crate::domain::instruments::SCREENING_NOTE;

fn read_location() -> Result<Handoff, HandoffError> {
    let hash = window().location().hash().unwrap_or_default();
    if hash.trim_start_matches('#').is_empty() {
        return Err(HandoffError::NoCode);
    }
    decode_handoff(&hash)
}

#[component]
pub fn HandoffPage() -> impl IntoView {
    let decoded = RwSignal::new(read_location());
    // Another code opened while this page is showing (only the fragment changes).
    let listener = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("hashchange"),
        move |_| decoded.set(read_location()),
    );
    on_cleanup(move || listener.remove());
    view! {
        <h1 tabindex="-1">"Summary shared by QR code"</h1>
        <p class="small">"Read only. Nothing from this code is saved on this phone."</p>
        {move || match decoded.get() {
            Ok(h) => view! { <HandoffView h=h/> }.into_any(),
            Err(msg) => view! {
                <div class="card" role="alert"><p>{msg.message()}</p></div>
                <a class="button quiet" href="/">"Go to This week"</a>
            }.into_any(),
        }}
    }
}

/// Measures in the code, depression first: (id, name).
fn measures(h: &Handoff) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for w in &h.weeks {
        for s in &w.scores {
            if !out.iter().any(|(id, _)| id == &s.measure) {
                out.push((s.measure.clone(), s.measure_name()));
            }
        }
    }
    out.sort_by_key(|(id, _)| super::summary_page::measure_rank(id));
    out
}

#[component]
fn HandoffView(h: Handoff) -> impl IntoView {
    let flagged: Vec<String> = h
        .weeks
        .iter()
        .flat_map(|w| {
            w.scores.iter().filter(|s| s.safety_flag).map(move |s| {
                format!(
                    "Week of {}: {} self-harm item answered above 0.",
                    day_text(w.week_of),
                    s.measure_name()
                )
            })
        })
        .collect();
    let ms = measures(&h);
    let weeks_text = match h.weeks.len() {
        1 => "1 week".to_owned(),
        n => format!("{n} weeks"),
    };
    view! {
        <section class="share-block share-safety" aria-labelledby="ho-safety">
            <h2 id="ho-safety">"Safety"</h2>
            {if flagged.is_empty() {
                view! { <p>"No thoughts of self-harm were reported in these weeks."</p> }.into_any()
            } else {
                view! { <ul class="share-flags">{flagged.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="share-block" aria-labelledby="ho-weeks">
            <h2 id="ho-weeks">"Weekly scores"</h2>
            <p>{weeks_text}</p>
            {(!h.weeks.is_empty()).then(|| view! {
                <div class="share-table-wrap" tabindex="0" role="region" aria-label="Weekly scores table">
                    <table class="share-table">
                        <thead><tr>
                            <th scope="col">"Week of"</th>
                            {ms.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {h.weeks.iter().map(|w| view! {
                                <tr>
                                    <th scope="row">{day_text(w.week_of)}</th>
                                    {ms.iter().map(|(id, _)| match w.scores.iter().find(|s| &s.measure == id) {
                                        Some(s) => view! {
                                            <td>
                                                <strong>{s.total}</strong>
                                                {s.band().map(|b| view! { <span class="share-band">{b}</span> })}
                                                {s.safety_flag.then(|| view! { <span class="share-flag-cell">"self-harm item"</span> })}
                                            </td>
                                        }.into_any(),
                                        None => view! { <td>"–"</td> }.into_any(),
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
        {(h.focus.is_some() || !h.lines.is_empty()).then(|| view! {
            <section class="share-block" aria-labelledby="ho-work">
                <h2 id="ho-work">"Focus and work"</h2>
                {h.focus_text().map(|f| view! { <p>{f}</p> })}
                <ul>{h.lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
            </section>
        })}
        <p class="small">{SCREENING_NOTE}</p>
    }
}
