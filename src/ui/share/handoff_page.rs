//! `/handoff#handoff=bs1.…`: the summary carried by a QR code, shown read-only. It is decoded
//! from the link's fragment on this phone (no network), safety flags first, and never touches the
//! journal kept on this phone.

use leptos::prelude::*;

use super::words;
use crate::domain::exchange::handoff::{decode_handoff, Handoff, HandoffError};
use crate::i18n::{t, t_string, use_i18n};

fn read_location() -> Result<Handoff, HandoffError> {
    let hash = window().location().hash().unwrap_or_default();
    if hash.trim_start_matches('#').is_empty() {
        return Err(HandoffError::NoCode);
    }
    // Nothing in a code may be dated after tomorrow (her phone's day).
    let today = crate::domain::dates::local_date(&crate::store::now());
    decode_handoff(&hash, today)
}

#[component]
pub fn HandoffPage() -> impl IntoView {
    let i18n = use_i18n();
    let decoded = RwSignal::new(read_location());
    // Another code opened while this page is showing (only the fragment changes).
    let listener = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("hashchange"),
        move |_| decoded.set(read_location()),
    );
    on_cleanup(move || listener.remove());
    view! {
        <h1 tabindex="-1">{t!(i18n, share.handoff.title)}</h1>
        <p class="small">{t!(i18n, share.handoff.read_only)}</p>
        {move || match decoded.get() {
            Ok(h) => view! { <HandoffView h=h/> }.into_any(),
            Err(msg) => view! {
                <div class="card" role="alert"><p>{move || words::handoff_error(i18n, msg)}</p></div>
                <a class="button quiet" href="/">{t!(i18n, share.handoff.go_home)}</a>
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
    crate::domain::order::sort_by_key(&mut out, |(id, _)| super::summary_page::measure_rank(id));
    out
}

#[component]
fn HandoffView(h: Handoff) -> impl IntoView {
    let i18n = use_i18n();
    let flagged: Vec<String> = h
        .weeks
        .iter()
        .flat_map(|w| {
            w.scores.iter().filter(|s| s.safety_flag).map(move |s| {
                t_string!(
                    i18n,
                    share.handoff.flag_line,
                    date = words::day(w.week_of),
                    measure = s.measure_name()
                )
            })
        })
        .collect();
    let ms = measures(&h);
    let weeks_text = words::weeks(i18n, h.weeks.len());
    view! {
        <section class="share-block share-safety" aria-labelledby="ho-safety">
            <h2 id="ho-safety">{t!(i18n, share.summary.safety_heading)}</h2>
            {if flagged.is_empty() {
                view! { <p>{t!(i18n, share.summary.no_safety)}</p> }.into_any()
            } else {
                view! { <ul class="share-flags">{flagged.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>
        <section class="share-block" aria-labelledby="ho-weeks">
            <h2 id="ho-weeks">{t!(i18n, share.summary.scores_heading)}</h2>
            <p>{weeks_text}</p>
            {(!h.weeks.is_empty()).then(|| view! {
                <div class="share-table-wrap" tabindex="0" role="region" aria-label=move || t_string!(i18n, share.summary.table_label)>
                    <table class="share-table">
                        <thead><tr>
                            <th scope="col">{t!(i18n, share.summary.week_of)}</th>
                            {ms.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {h.weeks.iter().map(|w| view! {
                                <tr>
                                    <th scope="row">{words::day(w.week_of)}</th>
                                    {ms.iter().map(|(id, _)| match w.scores.iter().find(|s| &s.measure == id) {
                                        Some(s) => view! {
                                            <td>
                                                <strong>{words::num(s.total)}</strong>
                                                {crate::ui::checkin::band_of(i18n, crate::domain::instruments::by_id(&s.measure).as_ref(), s.total).map(|b| view! { <span class="share-band">{b}</span> })}
                                                {s.safety_flag.then(|| view! { <span class="share-flag-cell">{t!(i18n, share.summary.self_harm_item)}</span> })}
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
                <h2 id="ho-work">{t!(i18n, share.handoff.work_heading)}</h2>
                {h.focus.map(|f| view! { <p>{words::focus(i18n, f)}</p> })}
                <ul>{h.lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}</ul>
            </section>
        })}
        <p class="small">{t!(i18n, share.summary.screening)}</p>
    }
}
