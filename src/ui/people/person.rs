//! `/people/<id>`: one person — who they are, how close, the inventory questions (autosaved),
//! gentle prompts, where they are named, and removing them without leaving dangling links.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::journal::Journal;
use crate::domain::people::references::{
    delete_person, delete_question, find_references, OnDelete,
};
use crate::domain::people::{
    person_label, set_ring, update_person, InventoryField, Person, Ring, INVENTORY_FOLLOW_UP,
    INVENTORY_PROMPTS, PERINATAL_PROMPTS,
};
use crate::domain::record::{CollectionExt, Id};
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::remember_removal;

fn live_person(j: &Journal, id: &Id) -> Option<Person> {
    j.people.get_live(id).map(|r| r.data.clone())
}

/// Save one change to a person through the domain's validation.
fn person_saver(app: AppState, id: Id, f: fn(&mut Person, String)) -> SaveFn {
    Rc::new(move |text: String| {
        app.try_edit(|j, now| {
            let mut p = live_person(j, &id)
                .ok_or_else(|| "This person is no longer in your inventory.".to_owned())?;
            f(&mut p, text);
            update_person(j, &id, &p, now)
        })
    })
}

/// One person's page.
#[component]
pub fn PersonPage(id: Id) -> impl IntoView {
    let app = use_app();
    let exists = {
        let id = id.clone();
        Memo::new(move |_| app.with_journal(|j| j.people.get_live(&id).is_some()))
    };
    view! {
        {move || if exists.get() {
            view! { <PersonBody id=id.clone()/> }.into_any()
        } else {
            view! {
                <h1 tabindex="-1">"Not in your people"</h1>
                <p>"This person is not in your people any more."</p>
                <p><a class="button" href="/people">"Back to my people"</a></p>
            }.into_any()
        }}
    }
}

#[component]
fn PersonBody(id: Id) -> impl IntoView {
    let app = use_app();
    // Read once: the fields below hold her typing; re-reading on each save would fight it.
    let initial = app
        .doc
        .with_untracked(|d| live_person(&d.journal, &id))
        .unwrap_or_default();
    let name = {
        let id = id.clone();
        Memo::new(move |_| app.with_journal(|j| person_label(j, &id)))
    };
    let ring = {
        let id = id.clone();
        Memo::new(move |_| {
            app.with_journal(|j| live_person(j, &id).map(|p| p.ring).unwrap_or_default())
        })
    };
    let set_ring_to = {
        let id = id.clone();
        move |r: Ring| {
            let _shown_by_the_shell = app.try_edit(|j, now| set_ring(j, &id, r, now));
        }
    };
    let about = view! {
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">"About them"</h2>
            {autosave_field("p-name".into(), "Name or nickname".into(), None, initial.name.clone(), Kind::Line,
                person_saver(app, id.clone(), |p, v| p.name = v))}
            {autosave_field("p-relationship".into(), "Relationship".into(), None, initial.relationship.clone(), Kind::Line,
                person_saver(app, id.clone(), |p, v| p.relationship = v))}
            <fieldset class="pp-toggles pp-rings">
                <legend>"How close are they?"</legend>
                {Ring::ALL.iter().map(|&r| {
                    let set_ring_to = set_ring_to.clone();
                    let input_id = format!("p-ring-{}", r.index());
                    view! {
                        <span class="pp-toggle">
                            <input type="radio" name="p-ring" id=input_id.clone()
                                prop:checked=move || ring.get() == r
                                on:change=move |_| set_ring_to(r)/>
                            <label for=input_id>{r.label()}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            {autosave_field("p-phone".into(), "Phone (optional)".into(),
                Some("Add them to your sick-role plan to see them on “Get help now”.".into()),
                initial.phone.clone(), Kind::Phone,
                person_saver(app, id.clone(), |p, v| p.phone = v))}
        </section>
    };
    let questions = InventoryField::ALL
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let save_id = id.clone();
            let save: SaveFn = Rc::new(move |text: String| {
                app.try_edit(|j, now| {
                    let mut p = live_person(j, &save_id)
                        .ok_or_else(|| "This person is no longer in your inventory.".to_owned())?;
                    field.set(&mut p, text);
                    update_person(j, &save_id, &p, now)
                })
            });
            autosave_field(
                format!("p-q{i}"),
                field.label().to_owned(),
                None,
                field.get(&initial).to_owned(),
                Kind::Long,
                save,
            )
        })
        .collect_view();
    view! {
        <p class="pp-crumb"><a href="/people">"People"</a></p>
        <h1 tabindex="-1">{move || name.get()}</h1>
        <p class="promise">{move || ring.get().label()}</p>
        {about}
        <section class="card" aria-labelledby="inventory-title">
            <h2 id="inventory-title">"You and them"</h2>
            <p class="small">"Write as much or as little as you like. It saves as you type."</p>
            {questions}
        </section>
        <details class="card">
            <summary>"Questions that may help"</summary>
            <ul>
                {INVENTORY_PROMPTS.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
            </ul>
            <p class="small">{INVENTORY_FOLLOW_UP}</p>
            <p>"If you are expecting or have a baby:"</p>
            <ul>
                {PERINATAL_PROMPTS.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}
            </ul>
        </details>
        <NamedIn id=id.clone()/>
        <RemovePerson id=id/>
    }
}

/// Where this person is named elsewhere.
#[component]
fn NamedIn(id: Id) -> impl IntoView {
    let app = use_app();
    let refs = Memo::new(move |_| {
        app.with_journal(|j| {
            find_references(j, &id)
                .into_iter()
                .map(|r| r.description)
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = refs.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="named-title">
                    <h2 id="named-title">"Where they are named"</h2>
                    <ul>{list.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                </section>
            }
        })
    }
}

/// Remove this person: at once (with undo) when they are named nowhere, else after asking what
/// should happen to the notes that name them.
#[component]
fn RemovePerson(id: Id) -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(None::<(String, Vec<String>)>);
    let error = RwSignal::new(None::<String>);
    let remove = {
        let id = id.clone();
        move |choice: OnDelete| {
            let name = app.doc.with_untracked(|d| person_label(&d.journal, &id));
            match app.try_edit(|j, now| delete_person(j, &id, choice, now)) {
                Ok(removal) => {
                    remember_removal(removal, name);
                    navigate(&app, "/people");
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };
    let start = {
        let id = id.clone();
        let remove = remove.clone();
        move |_| {
            let question = app.doc.with_untracked(|d| {
                delete_question(&d.journal, &id).map(|q| {
                    let places = find_references(&d.journal, &id)
                        .into_iter()
                        .map(|r| r.description)
                        .collect::<Vec<_>>();
                    (q, places)
                })
            });
            match question {
                None => remove(OnDelete::KeepName),
                Some(q) => {
                    asking.set(Some(q));
                    request_animation_frame(|| {
                        if let Some(el) = document()
                            .get_element_by_id("remove-question")
                            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _focus_is_best_effort = el.focus();
                        }
                    });
                }
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="remove-title">
            <h2 id="remove-title">"Remove from my people"</h2>
            {move || match asking.get() {
                None => {
                    let start = start.clone();
                    view! {
                        <p class="small">"You can undo this right after."</p>
                        <button type="button" class="button quiet" on:click=start>"Remove from my people"</button>
                    }.into_any()
                }
                Some((question, places)) => {
                    let keep = remove.clone();
                    let drop = remove.clone();
                    view! {
                        <div role="group" aria-labelledby="remove-question">
                            <p id="remove-question" tabindex="-1"><strong>{question}</strong></p>
                            <ul>{places.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                            <div class="actions pp-stacked">
                                <button type="button" class="button" on:click=move |_| keep(OnDelete::KeepName)>
                                    {OnDelete::KeepName.label()}</button>
                                <button type="button" class="button" on:click=move |_| drop(OnDelete::RemoveFromNotes)>
                                    {OnDelete::RemoveFromNotes.label()}</button>
                                <button type="button" class="button quiet" on:click=move |_| asking.set(None)>"Cancel"</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
            {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
        </section>
    }
}
