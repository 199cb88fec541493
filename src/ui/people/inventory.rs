//! `/people`: the closeness circle around "Me" (touch and keyboard), its list view, and
//! `/people/new` to add someone.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::people::references::undo_delete;
use crate::domain::people::{
    add_person, circle_layout, focus_after, move_inward, move_outward, rings_view, sorted_people,
    FocusMove, Person, Ring,
};
use crate::domain::record::Id;
use crate::i18n::{t, t_string, use_i18n};
use crate::store::{clear_draft, load_draft, save_draft};
use crate::ui::state::use_app;

use super::text::{self, I18n};

/// "Most involved: Mum, Sam. Moderately involved: no one yet. …" in the chosen language: the
/// circle's description for screen readers.
fn circle_description(i18n: I18n, j: &crate::domain::journal::Journal) -> String {
    rings_view(&j.people)
        .into_iter()
        .map(|(ring, people)| {
            let ring = text::ring(i18n, ring);
            let names: Vec<String> = people
                .iter()
                .map(|(_, p)| p.name.trim().to_owned())
                .collect();
            if names.is_empty() {
                t_string!(i18n, people.circle.ring_empty, ring).to_string()
            } else {
                let names = text::join(i18n, &names);
                t_string!(i18n, people.circle.ring_names, ring, names).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The People page: circle, list, and the way to the other people pages.
#[component]
pub fn Inventory() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let has_people = Memo::new(move |_| app.with_journal(|j| !sorted_people(&j.people).is_empty()));
    view! {
        <h1 tabindex="-1">{t!(i18n, people.home.title)}</h1>
        <p class="promise">{t!(i18n, people.home.promise)}</p>
        <UndoRemoval/>
        <p class="actions"><a class="button" href="/people/new">{t!(i18n, people.home.add_someone)}</a></p>
        {move || if has_people.get() {
            view! {
                <Circle/>
                <RingList/>
            }.into_any()
        } else {
            view! { <Prompts/> }.into_any()
        }}
        <super::story::BabyOffer/>
        <super::story::MyStory/>
        <nav class="card people-more" aria-labelledby="people-more-title">
            <h2 id="people-more-title">{t!(i18n, people.home.more_title)}</h2>
            <ul class="pp-link-list">
                <li><a href="/people/today">{t!(i18n, people.home.link_today)}</a></li>
                <li><a href="/people/week">{t!(i18n, people.home.link_week)}</a></li>
                <li><a href="/people/plan">{t!(i18n, people.home.link_plan)}</a></li>
                <li><a href="/people/support">{t!(i18n, people.home.link_support)}</a></li>
                <li><a href="/people/timeline">{t!(i18n, people.home.link_timeline)}</a></li>
            </ul>
        </nav>
    }
}

/// "Sam was removed" with Undo, after a delete on a person's page.
#[component]
fn UndoRemoval() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let undo = app.journal.undo;
    let removal = RwSignal::new(undo.with_untracked(|u| u.person.clone()));
    let forget_removal = move || undo.update(|u| u.person = None);
    let message = RwSignal::new(None::<String>);
    let undo = move |_| {
        let Some((r, name)) = removal.get_untracked() else {
            return;
        };
        match app.try_edit(|j, now| undo_delete(j, &r, now)) {
            Ok(()) => {
                forget_removal();
                removal.set(None);
                message.set(Some(t_string!(i18n, people.home.is_back, name).to_string()));
            }
            Err(e) => {
                forget_removal();
                removal.set(None);
                message.set(Some(text::error(i18n, &e)));
            }
        }
    };
    let done = move |_| {
        forget_removal();
        removal.set(None);
    };
    view! {
        <div role="status" class="people-status">
            {move || removal.get().map(|(r, name)| {
                let said = match r.notes_changed() {
                    0 => t_string!(i18n, people.home.removed, name).to_string(),
                    1 => t_string!(i18n, people.home.removed_one, name).to_string(),
                    n => t_string!(i18n, people.home.removed_many, name, n = text::num(n as i64)).to_string(),
                };
                view! {
                    <div class="banner info">
                        <p>{said}</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=undo>{t!(i18n, people.undo)}</button>
                            <button type="button" class="button quiet" on:click=done>{t!(i18n, people.home.ok)}</button>
                        </div>
                    </div>
                }
            })}
            {move || message.get().map(|m| view! { <p class="banner info">{m}</p> })}
        </div>
    }
}

/// The clinicians' prompts, to help her think of the important people.
#[component]
fn Prompts() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="prompts-title">
            <h2 id="prompts-title">{t!(i18n, people.home.prompts_title)}</h2>
            <p>{t!(i18n, people.home.prompts_intro)}</p>
            <ul>
                {move || text::inventory_prompts(i18n).map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
            <p class="small">{t!(i18n, people.prompts.follow_up)}</p>
            <p>{t!(i18n, people.home.prompts_perinatal)}</p>
            <ul>
                {move || text::perinatal_prompts(i18n).map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        </section>
    }
}

fn short_name(name: &str) -> String {
    let name = name.trim();
    if name.chars().count() <= 9 {
        name.to_owned()
    } else {
        let mut s: String = name.chars().take(8).collect();
        s.push('…');
        s
    }
}

fn dot_id(id: &Id) -> String {
    format!("person-dot-{id}")
}

fn focus_dot(id: &Id) {
    if let Some(el) = document()
        .get_element_by_id(&dot_id(id))
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _focus_is_best_effort = el.focus();
    }
}

/// The closeness circle: concentric rings around "Me", each person a focusable dot. Arrow keys
/// move between people; "Move closer" / "Move further" change the selected person's ring.
#[component]
fn Circle() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let selected = RwSignal::new(None::<Id>);
    let status = RwSignal::new(String::new());
    let layout = Memo::new(move |_| {
        app.with_journal(|j| {
            let people: Vec<(Id, Ring)> = sorted_people(&j.people)
                .into_iter()
                .map(|(id, p)| (id.clone(), p.ring))
                .collect();
            circle_layout(&people)
        })
    });
    let people = Memo::new(move |_| {
        app.with_journal(|j| {
            sorted_people(&j.people)
                .into_iter()
                .map(|(id, p)| (id.clone(), p.clone()))
                .collect::<Vec<(Id, Person)>>()
        })
    });
    let description = Memo::new(move |_| app.with_journal(|j| circle_description(i18n, j)));
    // The one dot in the tab order: the selected person, else the first.
    let tab_stop = Memo::new(move |_| {
        let l = layout.get();
        selected
            .get()
            .filter(|s| l.people.iter().any(|p| &p.id == s))
            .or_else(|| l.people.first().map(|p| p.id.clone()))
    });
    let selected_person = Memo::new(move |_| {
        let s = selected.get()?;
        people
            .get()
            .into_iter()
            .find(|(id, _)| *id == s)
            .map(|(_, p)| p)
    });

    let has_selection = Memo::new(move |_| selected_person.with(Option::is_some));
    let move_ring = move |closer: bool| {
        let Some(id) = selected.get_untracked() else {
            return;
        };
        let name = app
            .journal
            .doc
            .with_untracked(|d| text::person(i18n, &d.journal, &id));
        let result = app.try_edit(|j, now| {
            if closer {
                move_inward(&mut j.people, &id, now)
            } else {
                move_outward(&mut j.people, &id, now)
            }
        });
        status.set(match result {
            Ok(ring) => {
                let ring = text::ring(i18n, ring);
                t_string!(i18n, people.circle.now_in, name, ring).to_string()
            }
            Err(e) => text::error(i18n, &e),
        });
    };

    let dots = move || {
        let l = layout.get();
        let ps = people.get();
        l.people
            .iter()
            .map(|p| {
                let id = p.id.clone();
                let person = ps
                    .iter()
                    .find(|(i, _)| *i == id)
                    .map(|(_, x)| x.clone())
                    .unwrap_or_default();
                let ring = text::ring(i18n, p.ring);
                let name = person.name.clone();
                let label = if person.relationship.trim().is_empty() {
                    t_string!(i18n, people.circle.dot, name, ring).to_string()
                } else {
                    let relationship = person.relationship.clone();
                    t_string!(i18n, people.circle.dot_relationship, name, relationship, ring)
                        .to_string()
                };
                let (id_tab, id_pressed, id_focus, id_click, id_key) =
                    (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                // At least 48 units across (about 48 CSS px on a phone): a thumb-sized target.
                let hit = p.r.max(24.0);
                let keydown = move |e: ev::KeyboardEvent| {
                    let mv = match e.key().as_str() {
                        "ArrowRight" => Some(FocusMove::Next),
                        "ArrowLeft" => Some(FocusMove::Previous),
                        "ArrowUp" => Some(FocusMove::Inward),
                        "ArrowDown" => Some(FocusMove::Outward),
                        "Enter" | " " => {
                            e.prevent_default();
                            selected.set(Some(id_key.clone()));
                            None
                        }
                        _ => None,
                    };
                    if let Some(mv) = mv {
                        e.prevent_default();
                        if let Some(to) = focus_after(&layout.get_untracked(), &id_key, mv) {
                            selected.set(Some(to.clone()));
                            focus_dot(&to);
                        }
                    }
                };
                view! {
                    <g class="person" id=dot_id(&id) role="button" aria-label=label
                        tabindex=move || if tab_stop.get().as_ref() == Some(&id_tab) { "0" } else { "-1" }
                        aria-pressed=move || (selected.get().as_ref() == Some(&id_pressed)).to_string()
                        on:focus=move |_| selected.set(Some(id_focus.clone()))
                        on:click=move |_| { selected.set(Some(id_click.clone())); focus_dot(&id_click); }
                        on:keydown=keydown>
                        <circle class="hit" cx=p.x.to_string() cy=p.y.to_string() r=hit.to_string()/>
                        <circle class="dot" cx=p.x.to_string() cy=p.y.to_string() r=p.r.to_string()/>
                        <text class="dot-name" x=p.x.to_string() y=(p.y + p.r + 11.0).to_string()
                            text-anchor="middle" aria-hidden="true">{short_name(&person.name)}</text>
                    </g>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card circle-card" aria-labelledby="circle-title">
            <h2 id="circle-title">{t!(i18n, people.circle.title)}</h2>
            <p class="small" id="circle-help">{t!(i18n, people.circle.help)}</p>
            <svg class="closeness" viewBox="-12 -12 324 336" role="group" dir="ltr"
                aria-label=move || t_string!(i18n, people.circle.title) aria-describedby="circle-desc circle-help">
                {move || {
                    let l = layout.get();
                    l.rings.iter().rev().map(|(ring, r)| view! {
                        <circle class=format!("ring ring-{}", ring.index()) cx=l.cx.to_string() cy=l.cy.to_string() r=r.to_string()/>
                    }).collect_view()
                }}
                <circle class="me" cx="150" cy="150" r="22"/>
                <text class="me-label" x="150" y="155" text-anchor="middle" aria-hidden="true">{t!(i18n, people.circle.me)}</text>
                {dots}
            </svg>
            <p class="pp-visually-hidden" id="circle-desc">{move || description.get()}</p>
            <div class="circle-panel">
                // Stable buttons (only their texts change), so focus stays on "Move closer"
                // while the circle redraws.
                <Show when=move || has_selection.get()
                    fallback=move || view! { <p class="small">{t!(i18n, people.circle.choose)}</p> }>
                    <p class="selected-name">
                        <strong>{move || selected_person.get().map(|p| p.name).unwrap_or_default()}</strong>
                        " · "{move || selected_person.get().map(|p| text::ring(i18n, p.ring)).unwrap_or_default()}
                    </p>
                    <div class="actions">
                        <button type="button" class="button quiet" on:click=move |_| move_ring(true)>{t!(i18n, people.circle.closer)}</button>
                        <button type="button" class="button quiet" on:click=move |_| move_ring(false)>{t!(i18n, people.circle.further)}</button>
                        <a class="button quiet" href=move || format!("/people/{}", selected.get().unwrap_or_default())>
                            {move || {
                                let name = selected_person.get().map(|p| p.name).unwrap_or_default();
                                t_string!(i18n, people.circle.open, name).to_string()
                            }}</a>
                    </div>
                </Show>
                <p role="status" class="small">{move || status.get()}</p>
            </div>
        </section>
    }
}

/// The list view: each ring under its own heading, the accessible alternative to the circle.
#[component]
fn RingList() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let rings = Memo::new(move |_| {
        app.with_journal(|j| {
            rings_view(&j.people)
                .into_iter()
                .map(|(ring, people)| {
                    (
                        ring,
                        people
                            .into_iter()
                            .map(|(id, p)| (id.clone(), p.name.clone(), p.relationship.clone()))
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" aria-labelledby="list-title">
            <h2 id="list-title">{t!(i18n, people.home.list_title)}</h2>
            {move || rings.get().into_iter().map(|(ring, people)| view! {
                <h3>{text::ring(i18n, ring)}</h3>
                {if people.is_empty() {
                    view! { <p class="small">{t!(i18n, people.home.no_one)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="people-list">
                            {people.into_iter().map(|(id, name, rel)| view! {
                                <li>
                                    <a href=format!("/people/{id}")><bdi>{name}</bdi></a>
                                    {(!rel.trim().is_empty()).then(|| view! { <span class="small">" · "<bdi>{rel}</bdi></span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }).collect_view()}
        </section>
    }
}

/// `/people/new`: name, relationship, how close, phone. Stays on the form after adding so she
/// can add several people in a row; the unfinished form is kept as a draft.
#[component]
pub fn NewPerson() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let profile = app.session.profile.get_value();
    let draft: Person = load_draft(&profile, "people-new").unwrap_or_default();
    let form = RwSignal::new(draft);
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<(Id, String)>);
    let keep_draft = {
        let profile = profile.clone();
        move || {
            let _draft_is_best_effort =
                form.with_untracked(|p| save_draft(&profile, "people-new", p));
        }
    };
    let set = move |f: fn(&mut Person, String), v: String| {
        form.update(|p| f(p, v));
    };
    let submit = {
        let profile = profile.clone();
        move |e: ev::SubmitEvent| {
            e.prevent_default();
            let person = form.get_untracked();
            match app.try_edit(|j, now| add_person(&mut j.people, &person, now)) {
                Ok(id) => {
                    error.set(None);
                    added.set(Some((id, person.name.trim().to_owned())));
                    let ring = person.ring;
                    form.set(Person {
                        ring,
                        ..Person::default()
                    });
                    let _draft_is_best_effort = clear_draft(&profile, "people-new");
                    if let Some(el) = document()
                        .get_element_by_id("new-name")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _focus_is_best_effort = el.focus();
                    }
                }
                Err(msg) => {
                    added.set(None);
                    error.set(Some(text::error(i18n, &msg)));
                }
            }
        }
    };
    let k1 = keep_draft.clone();
    let k2 = keep_draft.clone();
    let k3 = keep_draft.clone();
    let k4 = keep_draft;
    view! {
        <h1 tabindex="-1">{t!(i18n, people.new.title)}</h1>
        <p class="promise">{t!(i18n, people.new.promise)}</p>
        <form class="card" on:submit=submit novalidate>
            <div class="field">
                <label for="new-name">{t!(i18n, people.new.name)}</label>
                <input type="text" id="new-name" autocomplete="off" maxlength="60"
                    prop:value=move || form.with(|p| p.name.clone())
                    on:input=move |e| { set(|p, v| p.name = v, event_target_value(&e)); k1(); }/>
            </div>
            <div class="field">
                <label for="new-relationship">{t!(i18n, people.new.relationship)}</label>
                <span class="small" id="new-relationship-hint">{t!(i18n, people.new.relationship_hint)}</span>
                <input type="text" id="new-relationship" autocomplete="off" maxlength="60"
                    aria-describedby="new-relationship-hint"
                    prop:value=move || form.with(|p| p.relationship.clone())
                    on:input=move |e| { set(|p, v| p.relationship = v, event_target_value(&e)); k2(); }/>
            </div>
            <fieldset class="pp-toggles pp-rings">
                <legend>{t!(i18n, people.new.how_close)}</legend>
                {Ring::ALL.iter().map(|&ring| {
                    let k = k3.clone();
                    let input_id = format!("new-ring-{}", ring.index());
                    view! {
                        <span class="pp-toggle">
                            <input type="radio" name="new-ring" id=input_id.clone()
                                prop:checked=move || form.with(|p| p.ring == ring)
                                on:change=move |_| { form.update(|p| p.ring = ring); k(); }/>
                            <label for=input_id>{move || text::ring(i18n, ring)}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for="new-phone">{t!(i18n, people.new.phone)}</label>
                <input type="tel" id="new-phone" inputmode="tel" autocomplete="off" maxlength="32"
                    prop:value=move || form.with(|p| p.phone.clone())
                    on:input=move |e| { set(|p, v| p.phone = v, event_target_value(&e)); k4(); }/>
            </div>
            {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
            <div role="status">
                {move || added.get().map(|(id, name)| {
                    let added = t_string!(i18n, people.new.added, name = name.clone()).to_string();
                    view! {
                        <p class="banner info">{added}" "
                            <a href=format!("/people/{id}")>{t_string!(i18n, people.new.write_about, name).to_string()}</a>
                        </p>
                    }
                })}
            </div>
            <div class="actions">
                <button type="submit" class="button">{t!(i18n, people.add)}</button>
                <a class="button quiet" href="/people">{t!(i18n, people.new.back)}</a>
            </div>
        </form>
        <details class="card">
            <summary>{t!(i18n, people.new.questions)}</summary>
            <ul>
                {move || text::inventory_prompts(i18n).map(|p| view! { <li>{p}</li> }).collect_view()}
            </ul>
        </details>
    }
}
