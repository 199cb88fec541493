//! `/my-work/ending`: ending well. A look back (first and latest scores, experiments tried, what
//! she learned, the worksheets she wrote), the warning signs to watch for, and the contingency
//! plan: what she will do and whom she will contact.

use leptos::prelude::*;

use crate::domain::ending::{self as ending_domain, Review};
use crate::domain::instruments::builtin;
use crate::domain::record::Id;
use crate::ui::my_work::inputs::{people_choices, AutoText, ListField};
use crate::ui::my_work::{day_label, edit_plan, worksheet_path};
use crate::ui::state::use_app;

fn measure_name(id: &str) -> String {
    builtin::by_id(id)
        .map(|d| d.name)
        .unwrap_or_else(|| id.to_uppercase())
}

/// The ending well page.
#[component]
pub fn EndingPage() -> impl IntoView {
    let app = use_app();
    let (review, plan): (Review, _) = app.doc.with_untracked(|d| {
        (
            ending_domain::progress_review(&d.journal),
            ending_domain::plan(&d.journal),
        )
    });
    let gaps = move || app.with_journal(|j| ending_domain::plan(j).gaps());
    let people = people_choices(app);
    let contacts = RwSignal::new(plan.will_contact.clone());
    let removed_contacts: Vec<Id> = plan
        .will_contact
        .iter()
        .filter(|id| !people.iter().any(|(p, _)| p == *id))
        .cloned()
        .collect();
    let toggle = move |id: Id, on: bool| {
        let _always_ok = edit_plan(app, |p| {
            if on {
                p.add_contact(&id);
            } else {
                p.remove_contact(&id);
            }
            Ok(())
        });
        contacts.set(
            app.doc
                .with_untracked(|d| ending_domain::plan(&d.journal).will_contact),
        );
    };
    let text = |key: &'static str| {
        Callback::new(move |t: String| {
            edit_plan(app, |p| {
                match key {
                    "what_changed" => p.what_changed = t,
                    "will_do" => p.will_do = t,
                    "will_contact_text" => p.will_contact_text = t,
                    _ => p.booster = t,
                }
                Ok(())
            })
        })
    };

    view! {
        <p class="back"><a href="/my-work">"My work"</a></p>
        <h1 tabindex="-1">"Ending well"</h1>
        <p>"As therapy comes to an end: look back at what changed, and make a plan for later."</p>

        <section class="card" aria-labelledby="review-title">
            <h2 id="review-title">"Looking back"</h2>
            <ReviewView review=review/>
            <AutoText id="what-changed".to_owned() label="What changed for me".to_owned()
                hint="Changes and gains, in your own words." multiline=true
                value=plan.what_changed.clone() save=text("what_changed")/>
        </section>

        <section class="card" aria-labelledby="signs-title">
            <h2 id="signs-title">"Warning signs"</h2>
            <p class="prompt">"Signs that depression may be coming back, so you can act early."</p>
            <ListField id="signs".to_owned() label="My warning signs" items=plan.warning_signs.clone()
                draft="my-work:ending:signs".to_owned()
                save=Callback::new(move |signs: Vec<String>| edit_plan(app, |p| {
                    p.warning_signs.clear();
                    signs.iter().try_for_each(|s| p.add_warning_sign(s))
                }))/>
        </section>

        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">"If the signs come back"</h2>
            <AutoText id="will-do".to_owned() label="What I will do".to_owned() multiline=true
                value=plan.will_do.clone() save=text("will_do")/>
            <fieldset class="choices">
                <legend>"Whom I will contact"</legend>
                {people.is_empty().then(|| view! {
                    <p class="small">"The people you add under People show up here. You can also write names below."</p>
                })}
                {people.into_iter().map(|(pid, name)| {
                    let cid = format!("contact-{pid}");
                    let checked_id = pid.clone();
                    view! {
                        <div class="choice check">
                            <input type="checkbox" id=cid.clone()
                                prop:checked=move || contacts.with(|c| c.contains(&checked_id))
                                on:change=move |e| toggle(pid.clone(), event_target_checked(&e))/>
                            <label for=cid>{name}</label>
                        </div>
                    }
                }).collect_view()}
                {removed_contacts.into_iter().map(|pid| {
                    let cid = format!("contact-{pid}");
                    view! {
                        <div class="choice check">
                            <input type="checkbox" id=cid.clone() prop:checked=true
                                on:change=move |e| toggle(pid.clone(), event_target_checked(&e))/>
                            <label for=cid>{crate::domain::worksheets::REMOVED_PERSON}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <AutoText id="contact-names".to_owned() label="Other people to contact".to_owned()
                hint="One name on each line." multiline=true
                value=plan.will_contact_text.clone() save=text("will_contact_text")/>
            <AutoText id="booster".to_owned() label="Continuation or booster sessions".to_owned() multiline=true
                value=plan.booster.clone() save=text("booster")/>
            {move || {
                let g = gaps();
                (!g.is_empty()).then(|| view! {
                    <div class="note-card">
                        <p>"Your plan could also have:"</p>
                        <ul>{g.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
        </section>
    }
}

/// The progress review: scores as a table, experiments tried, what she learned, worksheets.
#[component]
fn ReviewView(review: Review) -> impl IntoView {
    let nothing = review.measures.is_empty()
        && review.experiments_done == 0
        && review.learned.is_empty()
        && review.worksheets.is_empty();
    let tried = match review.experiments_done {
        0 => None,
        1 => Some("You tried 1 experiment.".to_owned()),
        n => Some(format!("You tried {n} experiments.")),
    };
    view! {
        {nothing.then(|| view! {
            <p class="small">"As you check in, try experiments and fill in worksheets, what you did shows up here."</p>
        })}
        {(!review.measures.is_empty()).then(|| view! {
            // Scrolls sideways on its own (never the page) with large text; focusable so the
            // keyboard can scroll it too.
            <div class="mw-table-wrap" tabindex="0" role="region" aria-label="Check-in scores table">
                <table class="review-table">
                    <caption>"Your check-ins: first and latest score"</caption>
                    <thead><tr><th scope="col">"Measure"</th><th scope="col">"First"</th><th scope="col">"Latest"</th></tr></thead>
                    <tbody>
                        {review.measures.iter().map(|m| view! {
                            <tr>
                                <th scope="row">{measure_name(&m.measure)}</th>
                                <td>{m.first.total}<span class="small">{format!(" ({})", day_label(m.first.date))}</span></td>
                                <td>{m.latest.total}<span class="small">{format!(" ({})", day_label(m.latest.date))}</span></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="small">"A lower score on these measures means fewer symptoms. A score is not a diagnosis."</p>
        })}
        {tried.map(|t| view! { <p>{t}</p> })}
        {(!review.learned.is_empty()).then(|| view! {
            <h3>"What I learned"</h3>
            <ul class="learned">
                {review.learned.iter().map(|l| view! {
                    <li>
                        <a href=format!("/my-work/experiments/{}", l.experiment)>{if l.goal.is_empty() { "An experiment".to_owned() } else { l.goal.clone() }}</a>
                        <span class="learned-text">{l.what_i_learned.clone()}</span>
                    </li>
                }).collect_view()}
            </ul>
        })}
        {(!review.worksheets.is_empty()).then(|| view! {
            <h3>"Worksheets I worked on"</h3>
            <ul class="mw-list">
                {review.worksheets.iter().map(|w| view! {
                    <li><a href=worksheet_path(w.kind, &w.worksheet)>{w.title.clone()}</a></li>
                }).collect_view()}
            </ul>
        })}
    }
}
