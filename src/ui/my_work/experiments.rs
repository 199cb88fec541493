//! Interpersonal experiments: a planned conversation or changed behaviour with one person before
//! the next session. The plan (person, goal, script, practice, when, barriers), its status, and
//! afterwards what happened and what she learned.

use leptos::prelude::*;

use crate::domain::experiment::{
    Barrier, Experiment, Status, AFTER_LABELS, NOT_DONE_LABEL, PLAN_LABELS,
};
use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::person_name;
use crate::ui::my_work::inputs::{focus_later, AutoText, DayField, PersonPicker};
use crate::ui::my_work::{day_label, edit_experiment, Gone};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

/// The label the domain gives a plan or "after" field.
fn label(key: &str) -> &'static str {
    PLAN_LABELS
        .iter()
        .chain(AFTER_LABELS.iter())
        .find(|(k, _)| *k == key)
        .map(|(_, l)| *l)
        .unwrap_or("")
}

/// One line about an experiment for lists and the home card: its goal, or a gentle placeholder.
pub fn goal_line(e: &Experiment) -> String {
    let goal = e.goal.trim();
    if goal.is_empty() {
        "An experiment (no goal written yet)".to_owned()
    } else {
        goal.lines().next().unwrap_or(goal).to_owned()
    }
}

/// `/my-work/experiments`: what is planned, what was tried, and a new one.
#[component]
pub fn ExperimentsPage() -> impl IntoView {
    let app = use_app();
    type Row = (Id, String, String, Status);
    let (open, tried): (Vec<Row>, Vec<Row>) = app.doc.with_untracked(|d| {
        let j = &d.journal;
        let mut recs: Vec<_> = j.experiments.live().collect();
        recs.sort_by(|a, b| {
            (a.data.when.is_none(), a.data.when, b.created_at).cmp(&(
                b.data.when.is_none(),
                b.data.when,
                a.created_at,
            ))
        });
        recs.into_iter()
            .map(|r| {
                let who = person_name(&j.people, r.data.person.as_ref(), &r.data.person_text);
                let mut about = Vec::new();
                if !who.is_empty() {
                    about.push(format!("With {who}"));
                }
                if let Some(w) = r.data.when {
                    about.push(day_label(w));
                }
                about.push(r.data.status.label().to_owned());
                (
                    r.id.clone(),
                    goal_line(&r.data),
                    about.join(" · "),
                    r.data.status,
                )
            })
            .partition(|row| row.3.is_open())
    });
    let start = move |_| {
        let mut made = None;
        app.edit(|j, now| made = Some(j.experiments.add(Experiment::default(), now)));
        if let Some(id) = made {
            navigate(&app, &format!("/my-work/experiments/{id}"));
        }
    };
    let rows = |rows: Vec<Row>| {
        view! {
            <ul class="mw-menu">
                {rows.into_iter().map(|(id, goal, about, _)| view! {
                    <li><a href=format!("/my-work/experiments/{id}")>
                        <span class="mw-title">{goal}</span>
                        <span class="mw-about">{about}</span>
                    </a></li>
                }).collect_view()}
            </ul>
        }
    };
    let nothing = open.is_empty() && tried.is_empty();
    view! {
        <p class="back"><a href="/my-work">"My work"</a></p>
        <h1 tabindex="-1">"Experiments"</h1>
        <p>"A small step with one person before your next session: a talk you plan, practise, and then try."</p>
        {nothing.then(|| view! {
            <p class="small">"No experiments yet. You can start one here, or from an option you chose in "<a href="/my-work/decisions">"Decisions"</a>"."</p>
        })}
        {(!open.is_empty()).then(|| view! { <h2>"Coming up"</h2> {rows(open)} })}
        {(!tried.is_empty()).then(|| view! { <h2>"Tried"</h2> {rows(tried)} })}
        <div class="actions">
            <button type="button" class="button" on:click=start>"Plan a new experiment"</button>
        </div>
    }
}

/// `/my-work/experiments/<id>`: plan it, mark how it went, and reflect afterwards.
#[component]
pub fn ExperimentPage(id: Id) -> impl IntoView {
    let app = use_app();
    let found = app.doc.with_untracked(|d| {
        let j = &d.journal;
        j.experiments.get_live(&id).map(|r| {
            let from = r.data.from_decision.as_ref().map(|(ws, _)| {
                let title = j
                    .worksheets
                    .get_live(ws)
                    .map(|w| w.data.title(&j.people))
                    .unwrap_or_else(|| "a decision".to_owned());
                (ws.clone(), title)
            });
            (r.data.clone(), from)
        })
    });
    let Some((e, from)) = found else {
        return view! { <Gone back="/my-work/experiments" back_label="All experiments"/> }
            .into_any();
    };
    let eid = StoredValue::new(id);
    let status = RwSignal::new(e.status);
    let asking_why = RwSignal::new(false);
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let confirm_remove = RwSignal::new(false);

    let text = move |key: &'static str| {
        Callback::new(move |t: String| {
            edit_experiment(app, &eid.get_value(), |e| {
                match key {
                    "goal" => e.goal = t,
                    "script" => e.script = t,
                    "practice_me" => e.practice_me = t,
                    "practice_swapped" => e.practice_swapped = t,
                    "person_text" => e.person_text = t,
                    "not_done_why" => e.not_done_why = t,
                    "what_happened" => e.what_happened = t,
                    "how_i_felt" => e.how_i_felt = t,
                    "how_they_responded" => e.how_they_responded = t,
                    "what_i_learned" => e.what_i_learned = t,
                    "next_step" => e.next_step = t,
                    _ => return Err(format!("An experiment has no part called \"{key}\".")),
                }
                Ok(())
            })
        })
    };
    let move_to =
        move |next: Status| match edit_experiment(app, &eid.get_value(), |e| e.move_to(next)) {
            Ok(()) => {
                status.set(next);
                asking_why.set(false);
                message.set(Some(format!("Marked as {}.", next.label().to_lowercase())));
                if !next.is_open() {
                    focus_later("after-title".into());
                }
            }
            Err(err) => message.set(Some(err)),
        };
    let remove = move |_| {
        let id = eid.get_value();
        app.edit(|j, now| {
            j.experiments.delete(&id, now);
        });
        navigate(&app, "/my-work/experiments");
    };
    let problems = move || {
        let id = eid.get_value();
        app.with_journal(|j| {
            j.experiments
                .get_live(&id)
                .map(|r| r.data.problems())
                .unwrap_or_default()
        })
    };
    let value = |s: &String| s.clone();

    view! {
        <p class="back"><a href="/my-work/experiments">"All experiments"</a></p>
        <h1 tabindex="-1">"Experiment"</h1>
        {from.map(|(ws, title)| view! {
            <p class="small">"From your decision: "<a href=format!("/my-work/decisions/{ws}")>{title}</a></p>
        })}
        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">"The plan"</h2>
            <PersonPicker id="e-person".to_owned() label=label("person") value=e.person.clone()
                save=Callback::new(move |p| edit_experiment(app, &eid.get_value(), |e| { e.person = p; Ok(()) }))/>
            <AutoText id="e-person-text".to_owned() label="Or write a name".to_owned() value=value(&e.person_text) save=text("person_text")/>
            <AutoText id="e-goal".to_owned() label=label("goal").to_owned() hint="What do you hope will happen?" multiline=true value=value(&e.goal) save=text("goal")/>
            <AutoText id="e-script".to_owned() label=label("script").to_owned() multiline=true value=value(&e.script) save=text("script")/>
        </section>
        <section class="card" aria-labelledby="practice-title">
            <h2 id="practice-title">"Practice"</h2>
            <p class="prompt">"Role play it, with your therapist or someone you trust: first play yourself, then swap roles and play them."</p>
            <AutoText id="e-practice-me".to_owned() label=label("practice_me").to_owned() multiline=true value=value(&e.practice_me) save=text("practice_me")/>
            <AutoText id="e-practice-swapped".to_owned() label=label("practice_swapped").to_owned() multiline=true value=value(&e.practice_swapped) save=text("practice_swapped")/>
        </section>
        <section class="card" aria-labelledby="when-title">
            <h2 id="when-title">"When, and what might get in the way"</h2>
            <DayField id="e-when".to_owned() label=label("when") value=e.when
                save=Callback::new(move |d| edit_experiment(app, &eid.get_value(), |e| { e.when = d; Ok(()) }))/>
            <BarrierList id=eid.get_value() barriers=e.barriers.clone()/>
        </section>
        {move || {
            let p = problems();
            (!p.is_empty() && status.get().is_open()).then(|| view! {
                <div class="note-card">
                    <p>"To finish the plan:"</p>
                    <ul>{p.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                </div>
            })
        }}
        <section class="card" aria-labelledby="status-title">
            <h2 id="status-title">"How it is going"</h2>
            <p>"Now: "<strong>{move || status.get().label()}</strong></p>
            <div class="actions">
                {move || status.get().next().iter().map(|&next| {
                    let name = format!("Mark as {}", next.label().to_lowercase());
                    if next == Status::NotDone {
                        view! {
                            <button type="button" class="button quiet" aria-expanded=move || asking_why.get().to_string()
                                on:click=move |_| { asking_why.set(true); focus_later("e-why".into()); }>{name}</button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="button" class="button quiet" on:click=move |_| move_to(next)>{name}</button>
                        }.into_any()
                    }
                }).collect_view()}
            </div>
            <Show when=move || asking_why.get() || status.get() == Status::NotDone>
                <AutoText id="e-why".to_owned() label=NOT_DONE_LABEL.to_owned()
                    hint="That is all right. A few words about what got in the way help in your next session."
                    multiline=true value=app.doc.with_untracked(|d| d.journal.experiments.get_live(&eid.get_value()).map(|r| r.data.not_done_why.clone()).unwrap_or_default())
                    save=text("not_done_why")/>
                <Show when=move || asking_why.get()>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| move_to(Status::NotDone)>"Save as not done"</button>
                    </div>
                </Show>
            </Show>
            <p class="field-note" role="status">{move || message.get()}</p>
        </section>
        <Show when=move || !status.get().is_open()>
            <section class="card" aria-labelledby="after-title">
                <h2 id="after-title" tabindex="-1">"Afterwards"</h2>
                {
                    let now = app.doc.with_untracked(|d| d.journal.experiments.get_live(&eid.get_value()).map(|r| r.data.clone()).unwrap_or_default());
                    AFTER_LABELS.iter().map(|(key, l)| {
                        let v = match *key {
                            "what_happened" => now.what_happened.clone(),
                            "how_i_felt" => now.how_i_felt.clone(),
                            "how_they_responded" => now.how_they_responded.clone(),
                            "what_i_learned" => now.what_i_learned.clone(),
                            _ => now.next_step.clone(),
                        };
                        view! { <AutoText id=format!("e-{key}") label=(*l).to_owned() multiline=true value=v save=text(key)/> }
                    }).collect_view()
                }
            </section>
        </Show>
        <div class="actions remove-area">
            <Show when=move || confirm_remove.get()
                fallback=move || view! {
                    <button type="button" class="button quiet" on:click=move |_| confirm_remove.set(true)>"Remove this experiment"</button>
                }>
                <p role="status">"Remove this experiment and everything written in it?"</p>
                <button type="button" class="button quiet" on:click=remove>"Yes, remove it"</button>
                <button type="button" class="button" on:click=move |_| confirm_remove.set(false)>"Keep it"</button>
            </Show>
        </div>
    }
    .into_any()
}

/// Expected barriers, each with how she will handle it; add and remove with undo.
#[component]
fn BarrierList(id: Id, barriers: Vec<Barrier>) -> impl IntoView {
    let app = use_app();
    let eid = StoredValue::new(id);
    let rows: RwSignal<Vec<(u64, Barrier)>> = RwSignal::new(
        barriers
            .into_iter()
            .enumerate()
            .map(|(i, b)| (i as u64, b))
            .collect(),
    );
    let next_key = StoredValue::new(rows.with_untracked(|r| r.len() as u64));
    let removed: RwSignal<Option<(usize, u64, Barrier)>> = RwSignal::new(None);
    let store = move || -> Result<(), String> {
        let list: Vec<Barrier> =
            rows.with_untracked(|r| r.iter().map(|(_, b)| b.clone()).collect());
        edit_experiment(app, &eid.get_value(), |e| {
            e.barriers = list;
            Ok(())
        })
    };
    let add = move |_| {
        let key = next_key.get_value();
        next_key.set_value(key + 1);
        rows.update(|r| r.push((key, Barrier::default())));
        let _ = store();
        removed.set(None);
        focus_later(format!("b-{key}-barrier"));
    };
    let remove = move |key: u64| {
        let Some(at) = rows.with_untracked(|r| r.iter().position(|(k, _)| *k == key)) else {
            return;
        };
        let gone = rows.try_update(|r| r.remove(at));
        let _ = store();
        if let Some((k, b)) = gone {
            removed.set(Some((at, k, b)));
        }
    };
    let undo = move |_| {
        if let Some((at, k, b)) = removed.get_untracked() {
            rows.update(|r| {
                let at = at.min(r.len());
                r.insert(at, (k, b));
            });
            let _ = store();
            removed.set(None);
        }
    };
    let part = move |key: u64, which: &'static str| {
        Callback::new(move |t: String| {
            rows.update_untracked(|r| {
                if let Some((_, b)) = r.iter_mut().find(|(k, _)| *k == key) {
                    if which == "barrier" {
                        b.barrier = t;
                    } else {
                        b.plan = t;
                    }
                }
            });
            store()
        })
    };
    view! {
        <fieldset class="list-field">
            <legend>{label("barriers")}</legend>
            <ol class="barriers">
                <For each=move || rows.get() key=|(k, _)| *k let:row>
                    <li class="barrier">
                        <AutoText id=format!("b-{}-barrier", row.0) label="What might get in the way".to_owned() value=row.1.barrier.clone() save=part(row.0, "barrier")/>
                        <AutoText id=format!("b-{}-plan", row.0) label="How I will handle it".to_owned() value=row.1.plan.clone() save=part(row.0, "plan")/>
                        <button type="button" class="quiet" on:click=move |_| remove(row.0)>"Remove this barrier"</button>
                    </li>
                </For>
            </ol>
            <p class="field-note" role="status">{move || removed.get().map(|_| "Removed a barrier.")}</p>
            <Show when=move || removed.with(Option::is_some)>
                <button type="button" class="quiet" on:click=undo>"Undo"</button>
            </Show>
            <button type="button" class="button quiet" on:click=add>"Add a barrier"</button>
        </fieldset>
    }
}
