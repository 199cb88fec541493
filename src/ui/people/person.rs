//! `/people/<id>`: one person — who they are, how close, the inventory questions (autosaved),
//! gentle prompts, where they are named, and removing them without leaving dangling links.

use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::journal::Journal;
use crate::domain::people::references::{delete_person, find_references, OnDelete};
use crate::domain::people::{set_ring, update_person, InventoryField, Person, PersonError, Ring};
use crate::domain::record::{CollectionExt, Id};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState};

use super::autosave::{autosave_field, Kind, SaveFn, Words};
use super::text::{self, I18n};

/// Where a person is named, each place as she reads it.
fn places(i18n: I18n, j: &Journal, id: &Id) -> Vec<String> {
    find_references(j, id)
        .iter()
        .map(|r| text::reference(i18n, &r.parts))
        .collect()
}

/// The question asked before removing someone named elsewhere, or `None` when they are named
/// nowhere (then the remove happens at once, with undo).
fn delete_question(i18n: I18n, j: &Journal, id: &Id) -> Option<String> {
    let name = text::person(i18n, j, id);
    match find_references(j, id).len() {
        0 => None,
        1 => Some(t_string!(i18n, people.person.question_one, name).to_string()),
        n => Some(
            t_string!(
                i18n,
                people.person.question_many,
                name,
                n = text::num(n as i64)
            )
            .to_string(),
        ),
    }
}

fn live_person(j: &Journal, id: &Id) -> Option<Person> {
    j.people.get_live(id).map(|r| r.data.clone())
}

/// Save one change to a person through the domain's validation.
fn person_saver(app: AppState, id: Id, f: fn(&mut Person, String)) -> SaveFn<PersonError> {
    Rc::new(move |text: String| {
        app.try_edit(|j, now| {
            let mut p = live_person(j, &id).ok_or(PersonError::Gone)?;
            f(&mut p, text);
            update_person(&mut j.people, &id, &p, now)
        })
    })
}

/// One person's page.
#[component]
pub fn PersonPage(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let exists = {
        let id = id.clone();
        Memo::new(move |_| app.with_journal(|j| j.people.get_live(&id).is_some()))
    };
    view! {
        {move || if exists.get() {
            view! { <PersonBody id=id.clone()/> }.into_any()
        } else {
            view! {
                <h1 tabindex="-1">{t!(i18n, people.person.gone_title)}</h1>
                <p>{t!(i18n, people.person.gone)}</p>
                <p><a class="button" href="/people">{t!(i18n, people.new.back)}</a></p>
            }.into_any()
        }}
    }
}

#[component]
fn PersonBody(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    // Read once: the fields below hold her typing; re-reading on each save would fight it.
    let initial = app
        .journal
        .doc
        .with_untracked(|d| live_person(&d.journal, &id))
        .unwrap_or_default();
    let name = {
        let id = id.clone();
        Memo::new(move |_| app.with_journal(|j| text::person(i18n, j, &id)))
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
            let _shown_by_the_shell = app.try_choose(|j, now| set_ring(&mut j.people, &id, r, now));
        }
    };
    let about = view! {
        <section class="card" aria-labelledby="about-title">
            <h2 id="about-title">{t!(i18n, people.person.about_title)}</h2>
            {autosave_field("p-name".into(), move || t_string!(i18n, people.new.name).to_owned(), None, initial.name.clone(), Kind::Line,
                person_saver(app, id.clone(), |p, v| p.name = v))}
            {autosave_field("p-relationship".into(), move || t_string!(i18n, people.new.relationship).to_owned(), None, initial.relationship.clone(), Kind::Line,
                person_saver(app, id.clone(), |p, v| p.relationship = v))}
            <fieldset class="pp-toggles pp-rings">
                <legend>{t!(i18n, people.new.how_close)}</legend>
                {Ring::ALL.iter().map(|&r| {
                    let set_ring_to = set_ring_to.clone();
                    let input_id = format!("p-ring-{}", r.index());
                    view! {
                        <span class="pp-toggle">
                            <input type="radio" name="p-ring" id=input_id.clone()
                                prop:checked=move || ring.get() == r
                                on:change=move |_| set_ring_to(r)/>
                            <label for=input_id>{move || text::ring(i18n, r)}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            {autosave_field("p-phone".into(), move || t_string!(i18n, people.new.phone).to_owned(),
                Some(std::sync::Arc::new(move || t_string!(i18n, people.person.phone_hint).to_owned()) as Words),
                initial.phone.clone(), Kind::Phone,
                person_saver(app, id.clone(), |p, v| p.phone = v))}
        </section>
    };
    let questions = InventoryField::ALL
        .iter()
        .enumerate()
        .map(|(i, &field)| {
            let save_id = id.clone();
            let save: SaveFn<PersonError> = Rc::new(move |text: String| {
                app.try_edit(|j, now| {
                    let mut p = live_person(j, &save_id).ok_or(PersonError::Gone)?;
                    field.set(&mut p, text);
                    update_person(&mut j.people, &save_id, &p, now)
                })
            });
            autosave_field(
                format!("p-q{i}"),
                move || text::field(i18n, field),
                None,
                field.get(&initial).to_owned(),
                Kind::Long,
                save,
            )
        })
        .collect_view();
    view! {
        <p class="pp-crumb"><a href="/people">{t!(i18n, people.crumb)}</a></p>
        <h1 tabindex="-1">{move || name.get()}</h1>
        <p class="promise">{move || text::ring(i18n, ring.get())}</p>
        {about}
        <section class="card" aria-labelledby="inventory-title">
            <h2 id="inventory-title">{t!(i18n, people.person.inventory_title)}</h2>
            <p class="small">{t!(i18n, people.person.inventory_intro)}</p>
            {questions}
        </section>
        <details class="card">
            <summary>{t!(i18n, people.person.questions)}</summary>
            <ul>
                {move || text::inventory_prompts(i18n).map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <p class="small">{t!(i18n, people.prompts.follow_up)}</p>
            <p>{t!(i18n, people.person.perinatal)}</p>
            <ul>
                {move || text::perinatal_prompts(i18n).map(|p| view! { <li>{p}</li> }).collect_view()}
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
    let i18n = use_i18n();
    let refs = Memo::new(move |_| app.with_journal(|j| places(i18n, j, &id)));
    move || {
        let list = refs.get();
        (!list.is_empty()).then(|| {
            view! {
                <section class="card" aria-labelledby="named-title">
                    <h2 id="named-title">{t!(i18n, people.person.named_title)}</h2>
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
    let i18n = use_i18n();
    let asking = RwSignal::new(None::<(String, Vec<String>)>);
    let error = RwSignal::new(None::<String>);
    let remove = {
        let id = id.clone();
        move |choice: OnDelete| {
            let name = app
                .journal
                .doc
                .with_untracked(|d| text::person(i18n, &d.journal, &id));
            match app.try_edit(|j, now| delete_person(j, &id, choice, now)) {
                Ok(removal) => {
                    app.journal
                        .undo
                        .update(|u| u.person = Some((removal, name)));
                    navigate(&app, "/people");
                }
                Err(e) => error.set(Some(text::error(i18n, &e))),
            }
        }
    };
    let start = {
        let id = id.clone();
        let remove = remove.clone();
        move |_| {
            let question = app.journal.doc.with_untracked(|d| {
                delete_question(i18n, &d.journal, &id).map(|q| (q, places(i18n, &d.journal, &id)))
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
            <h2 id="remove-title">{t!(i18n, people.person.remove_title)}</h2>
            {move || match asking.get() {
                None => {
                    let start = start.clone();
                    view! {
                        <p class="small">{t!(i18n, people.person.remove_hint)}</p>
                        <button type="button" class="button quiet" on:click=start>{t!(i18n, people.person.remove_title)}</button>
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
                                    {text::on_delete(i18n, OnDelete::KeepName)}</button>
                                <button type="button" class="button" on:click=move |_| drop(OnDelete::RemoveFromNotes)>
                                    {text::on_delete(i18n, OnDelete::RemoveFromNotes)}</button>
                                <button type="button" class="button quiet" on:click=move |_| asking.set(None)>{t!(i18n, people.person.cancel)}</button>
                            </div>
                        </div>
                    }.into_any()
                }
            }}
            {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
        </section>
    }
}
