//! Interpersonal experiments: a planned conversation or changed behaviour with one person before
//! the next session. The plan (person, goal, script, practice, when, barriers), its status, and
//! afterwards what happened and what she learned.

use leptos::prelude::*;

use crate::domain::experiment::{Barrier, Experiment, Status, AFTER_LABELS, PLAN_LABELS};
use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::fields::FieldError;
use crate::domain::worksheets::person_name;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::my_work::inputs::{focus_later, AutoText, DayField, PersonPicker};
use crate::ui::my_work::text::{self, I18n};
use crate::ui::my_work::{day_label, edit_experiment, Gone, Refused};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

/// The label of a plan or "after" field in her language (the domain's English if unknown), as a
/// prop that follows the chosen language.
fn label(i18n: I18n, key: &'static str) -> Signal<String> {
    text::words(move || match text::experiment_label(i18n, key) {
        "" => PLAN_LABELS
            .iter()
            .chain(AFTER_LABELS.iter())
            .find(|(k, _)| *k == key)
            .map(|(_, l)| *l)
            .unwrap_or(""),
        found => found,
    })
}

/// One line about an experiment for lists and the home card: its goal, or a gentle placeholder.
pub fn goal_line(i18n: I18n, e: &Experiment) -> String {
    let goal = e.goal.trim();
    if goal.is_empty() {
        t_string!(i18n, work.exp.no_goal).to_owned()
    } else {
        goal.lines().next().unwrap_or(goal).to_owned()
    }
}

/// `/my-work/experiments`: what is planned, what was tried, and a new one.
#[component]
pub fn ExperimentsPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    type Row = (Id, String, String, Status);
    let (open, tried): (Vec<Row>, Vec<Row>) = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        let mut recs: Vec<_> = j.experiments.live().collect();
        crate::domain::order::sort_by(&mut recs, |a, b| {
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
                    about.push(t_string!(
                        i18n,
                        work.common.with_person,
                        who = text::person(i18n, who)
                    ));
                }
                if let Some(w) = r.data.when {
                    about.push(day_label(w));
                }
                about.push(text::status_label(i18n, r.data.status).to_owned());
                (
                    r.id.clone(),
                    goal_line(i18n, &r.data),
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
        <p class="back"><a href="/my-work">{t!(i18n, work.home.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.home.experiments)}</h1>
        <p>{t!(i18n, work.exp.intro)}</p>
        {nothing.then(|| view! {
            <p class="small">{crate::i18n::text_link(i18n, crate::i18n::keys::work::exp::empty, "/my-work/decisions")}</p>
        })}
        {(!open.is_empty()).then(|| view! { <h2>{t!(i18n, work.exp.coming_up)}</h2> {rows(open)} })}
        {(!tried.is_empty()).then(|| view! { <h2>{t!(i18n, work.exp.tried)}</h2> {rows(tried)} })}
        <div class="actions">
            <button type="button" class="button" on:click=start>{t!(i18n, work.exp.start)}</button>
        </div>
    }
}

/// `/my-work/experiments/<id>`: plan it, mark how it went, and reflect afterwards.
#[component]
pub fn ExperimentPage(
    id: Id,
    /// One part per screen (1 the plan, 2 practice, 3 when and barriers, 4 how it went), for
    /// `/my-work/experiments/<id>/steps/<n>`; the whole page without it.
    #[prop(optional)]
    step: Option<usize>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let found = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        j.experiments.get_live(&id).map(|r| {
            let from = r.data.from_decision.as_ref().map(|(ws, _)| {
                let title = j
                    .worksheets
                    .get_live(ws)
                    .map(|w| text::worksheet_title(i18n, &w.data, &j.people))
                    .unwrap_or_else(|| t_string!(i18n, work.exp.a_decision).to_owned());
                (ws.clone(), title)
            });
            (r.data.clone(), from)
        })
    });
    let Some((e, from)) = found else {
        return view! { <Gone back="/my-work/experiments" back_label=text::words(move || t_string!(i18n, work.exp.all))/> }
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
                    _ => {
                        return Err(Refused::Field(FieldError::NoSuchQuestion {
                            key: key.to_owned(),
                        }))
                    }
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
                message.set(Some(text::marked_label(i18n, next).to_owned()));
                if !next.is_open() {
                    focus_later("after-title".into());
                }
            }
            Err(err) => message.set(Some(text::error(i18n, &err))),
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
                .map(|r| r.data.problem_list())
                .unwrap_or_default()
        })
    };
    let value = |s: &String| s.clone();
    let step = step.map(|n| n.clamp(1, EXPERIMENT_STEPS));
    let show = move |n: usize| step.is_none_or(|s| s == n);
    let page = format!("/my-work/experiments/{}", eid.get_value());

    view! {
        <p class="back"><a href="/my-work/experiments">{t!(i18n, work.exp.all)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.exp.title)}</h1>
        {match step {
            Some(n) => view! { <super::steps::StepHeader n=n total=EXPERIMENT_STEPS whole=page.clone()/> }.into_any(),
            None => view! { <super::steps::StepsLinkTo href=format!("{page}/steps/1")/> }.into_any(),
        }}
        {from.filter(|_| step.is_none()).map(|(ws, title)| view! {
            <p class="small">{t!(i18n, work.exp.from_decision)}" "<a href=format!("/my-work/decisions/{ws}")>{title}</a></p>
        })}
        {show(1).then(|| view! {
        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">{t!(i18n, work.exp.plan_title)}</h2>
            <PersonPicker id="e-person".to_owned() label=label(i18n, "person") value=e.person.clone()
                save=Callback::new(move |p| edit_experiment(app, &eid.get_value(), |e| { e.person = p; Ok::<_, Refused>(()) }))/>
            <AutoText id="e-person-text".to_owned() label=text::words(move || t_string!(i18n, work.exp.or_name)) value=value(&e.person_text) save=text("person_text")/>
            <AutoText id="e-goal".to_owned() label=label(i18n, "goal") hint=text::words(move || t_string!(i18n, work.exp.goal_hint)) multiline=true value=value(&e.goal) save=text("goal")/>
            <AutoText id="e-script".to_owned() label=label(i18n, "script") multiline=true value=value(&e.script) save=text("script")/>
        </section>
        })}
        {show(2).then(|| view! {
        <section class="card" aria-labelledby="practice-title">
            <h2 id="practice-title">{t!(i18n, work.exp.practice_title)}</h2>
            <p class="prompt">{t!(i18n, work.exp.practice_prompt)}</p>
            <AutoText id="e-practice-me".to_owned() label=label(i18n, "practice_me") multiline=true value=value(&e.practice_me) save=text("practice_me")/>
            <AutoText id="e-practice-swapped".to_owned() label=label(i18n, "practice_swapped") multiline=true value=value(&e.practice_swapped) save=text("practice_swapped")/>
        </section>
        })}
        {show(3).then(|| view! {
        <section class="card" aria-labelledby="when-title">
            <h2 id="when-title">{t!(i18n, work.exp.when_title)}</h2>
            <DayField id="e-when".to_owned() label=label(i18n, "when") value=e.when
                save=Callback::new(move |d| edit_experiment(app, &eid.get_value(), |e| { e.when = d; Ok::<_, Refused>(()) }))/>
            <BarrierList id=eid.get_value() barriers=e.barriers.clone()/>
        </section>
        })}
        {move || {
            let p = problems();
            (step.is_none() && !p.is_empty() && status.get().is_open()).then(|| view! {
                <div class="note-card">
                    <p>{t!(i18n, work.exp.to_finish)}</p>
                    <ul>{p.into_iter().map(|line| view! { <li>{text::problem(i18n, line)}</li> }).collect_view()}</ul>
                </div>
            })
        }}
        {show(4).then(|| view! {
        <section class="card" aria-labelledby="status-title">
            <h2 id="status-title">{t!(i18n, work.exp.status_title)}</h2>
            <p>{t!(i18n, work.exp.now)}" "<strong>{move || text::status_label(i18n, status.get())}</strong></p>
            <div class="actions">
                {move || status.get().next().iter().map(|&next| {
                    let name = text::mark_label(i18n, next);
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
                <AutoText id="e-why".to_owned() label=label(i18n, "not_done_why")
                    hint=text::words(move || t_string!(i18n, work.exp.why_hint))
                    multiline=true value=app.journal.doc.with_untracked(|d| d.journal.experiments.get_live(&eid.get_value()).map(|r| r.data.not_done_why.clone()).unwrap_or_default())
                    save=text("not_done_why")/>
                <Show when=move || asking_why.get()>
                    <div class="actions">
                        <button type="button" class="button" on:click=move |_| move_to(Status::NotDone)>{t!(i18n, work.exp.save_not_done)}</button>
                    </div>
                </Show>
            </Show>
            <p class="field-note" role="status">{move || message.get()}</p>
        </section>
        <Show when=move || !status.get().is_open()>
            <section class="card" aria-labelledby="after-title">
                <h2 id="after-title" tabindex="-1">{t!(i18n, work.exp.after_title)}</h2>
                {
                    let now = app.journal.doc.with_untracked(|d| d.journal.experiments.get_live(&eid.get_value()).map(|r| r.data.clone()).unwrap_or_default());
                    AFTER_LABELS.iter().map(|(key, _)| {
                        let v = match *key {
                            "what_happened" => now.what_happened.clone(),
                            "how_i_felt" => now.how_i_felt.clone(),
                            "how_they_responded" => now.how_they_responded.clone(),
                            "what_i_learned" => now.what_i_learned.clone(),
                            _ => now.next_step.clone(),
                        };
                        let feelings = (*key == "how_i_felt").then(|| view! {
                            <crate::ui::my_work::links::FeelingWords target=format!("e-{key}")/>
                        });
                        view! { <AutoText id=format!("e-{key}") label=label(i18n, key) multiline=true value=v save=text(key)/> {feelings} }
                    }).collect_view()
                }
            </section>
        </Show>
        })}
        {step.map(|n| view! { <super::steps::StepNav n=n total=EXPERIMENT_STEPS base=page.clone() last=page.clone()/> })}
        {step.is_none().then(|| view! {
        <div class="actions remove-area">
            <Show when=move || confirm_remove.get()
                fallback=move || view! {
                    <button type="button" class="button quiet" on:click=move |_| confirm_remove.set(true)>{t!(i18n, work.exp.remove)}</button>
                }>
                <p role="status">{t!(i18n, work.exp.remove_confirm)}</p>
                <button type="button" class="button quiet" on:click=remove>{t!(i18n, work.exp.remove_yes)}</button>
                <button type="button" class="button" on:click=move |_| confirm_remove.set(false)>{t!(i18n, work.exp.keep)}</button>
            </Show>
        </div>
        })}
    }
    .into_any()
}

/// The parts of an experiment, one a screen in step-by-step mode.
const EXPERIMENT_STEPS: usize = 4;

/// Expected barriers, each with how she will handle it; add and remove with undo.
#[component]
fn BarrierList(id: Id, barriers: Vec<Barrier>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
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
    let store = move || -> Result<(), Refused> {
        let list: Vec<Barrier> =
            rows.with_untracked(|r| r.iter().map(|(_, b)| b.clone()).collect());
        edit_experiment(app, &eid.get_value(), |e| {
            e.barriers = list;
            Ok::<_, Refused>(())
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
            <legend>{move || label(i18n, "barriers").get()}</legend>
            <ol class="barriers">
                <For each=move || rows.get() key=|(k, _)| *k let:row>
                    <li class="barrier">
                        <AutoText id=format!("b-{}-barrier", row.0) label=text::words(move || t_string!(i18n, work.exp.barrier)) value=row.1.barrier.clone() save=part(row.0, "barrier")/>
                        <AutoText id=format!("b-{}-plan", row.0) label=text::words(move || t_string!(i18n, work.exp.barrier_plan)) value=row.1.plan.clone() save=part(row.0, "plan")/>
                        <button type="button" class="quiet" on:click=move |_| remove(row.0)>{t!(i18n, work.exp.remove_barrier)}</button>
                    </li>
                </For>
            </ol>
            <p class="field-note" role="status">{move || removed.get().map(|_| t_string!(i18n, work.exp.removed_barrier))}</p>
            <Show when=move || removed.with(Option::is_some)>
                <button type="button" class="quiet" on:click=undo>{t!(i18n, work.common.undo)}</button>
            </Show>
            <button type="button" class="button quiet" on:click=add>{t!(i18n, work.exp.add_barrier)}</button>
        </fieldset>
    }
}
