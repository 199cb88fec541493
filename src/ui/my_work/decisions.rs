//! Decision analysis: the list of decisions, the options editor (add many cheaply: one text field
//! and Enter; pros, cons and what each does to the relationship; remove with undo), and "choose
//! one", which leads to an experiment planned from the chosen option.

use leptos::ev;
use leptos::prelude::*;

use crate::domain::experiment;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::worksheets::decision::{
    self, add_option, choose, remove_option, restore_option,
};
use crate::domain::worksheets::fields::OPTION_FIELDS;
use crate::domain::worksheets::{focus as focus_domain, DecisionOption, Worksheet, WorksheetKind};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::fmt;
use crate::ui::my_work::inputs::{focus_later, AutoText};
use crate::ui::my_work::{edit_decision, text, worksheet_path, Refused};
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState};

/// The options of the decision on screen, shared by the options editor and "choose one".
#[derive(Clone, Copy)]
pub struct DecisionState {
    /// (option id, its text), in order.
    pub options: RwSignal<Vec<(Id, String)>>,
    pub chosen: RwSignal<Option<Id>>,
    /// The full options as first drawn (for their pros and cons).
    initial: StoredValue<Vec<DecisionOption>>,
}

impl DecisionState {
    /// Read the decision's options once.
    pub fn load(app: AppState, id: &Id) -> DecisionState {
        let (opts, chosen) = app.journal.doc.with_untracked(|d| {
            match d.journal.worksheets.get_live(id).map(|r| &r.data) {
                Some(Worksheet::DecisionAnalysis(da)) => (da.options.clone(), da.chosen.clone()),
                _ => (Vec::new(), None),
            }
        });
        DecisionState {
            options: RwSignal::new(
                opts.iter()
                    .map(|o| (o.id.clone(), o.text.clone()))
                    .collect(),
            ),
            chosen: RwSignal::new(chosen),
            initial: StoredValue::new(opts),
        }
    }
}

/// `/my-work/decisions`: her decisions, and a new one.
#[component]
pub fn DecisionsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="back"><a href="/my-work">{t!(i18n, work.home.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.home.decisions)}</h1>
        <p>{t!(i18n, work.decisions.intro)}</p>
        <WorksheetList kind=WorksheetKind::DecisionAnalysis
            empty=text::words(move || t_string!(i18n, work.decisions.empty))
            new_label=text::words(move || t_string!(i18n, work.decisions.start))/>
    }
}

/// The worksheets of one kind, newest first, and a button that starts a new one.
#[component]
pub fn WorksheetList(
    kind: WorksheetKind,
    /// Said when there are none yet.
    #[prop(into)]
    empty: Signal<String>,
    /// The button that starts a new one.
    #[prop(into)]
    new_label: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let items: Vec<(Id, String)> = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        let mut recs: Vec<_> = j
            .worksheets
            .live()
            .filter(|r| r.data.kind() == kind)
            .collect();
        crate::domain::order::sort_by(&mut recs, |a, b| {
            b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
        });
        recs.into_iter()
            .map(|r| {
                (
                    r.id.clone(),
                    text::worksheet_title(i18n, &r.data, &j.people),
                )
            })
            .collect()
    });
    let start = move |_| {
        let mut made = None;
        app.edit(|j, now| made = Some(focus_domain::new_worksheet(j, kind, now)));
        if let Some(id) = made {
            navigate(&app, &worksheet_path(kind, &id));
        }
    };
    view! {
        {if items.is_empty() {
            view! { <p class="small">{move || empty.get()}</p> }.into_any()
        } else {
            view! {
                <ul class="mw-list">
                    {items.into_iter().map(|(id, title)| view! {
                        <li><a href=worksheet_path(kind, &id)>{title}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <div class="actions">
            <button type="button" class="button" on:click=start>{move || new_label.get()}</button>
        </div>
    }
}

/// The options of a decision: each with pros, cons and what it does to the relationship; a new
/// one is one text field and Enter.
#[component]
pub fn DecisionOptions(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let state = use_context::<DecisionState>().unwrap_or_else(|| DecisionState::load(app, &id));
    let typed = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let removed: RwSignal<Option<(usize, DecisionOption)>> = RwSignal::new(None);
    let ws = StoredValue::new(id);

    let add = move || {
        let text = typed.get_untracked();
        match edit_decision(app, &ws.get_value(), |d| add_option(d, &text)) {
            Ok(oid) => {
                let text = text.trim().to_owned();
                state.initial.update_value(|v| {
                    v.push(DecisionOption {
                        id: oid.clone(),
                        text: text.clone(),
                        ..DecisionOption::default()
                    })
                });
                state.options.update(|o| o.push((oid, text)));
                typed.set(String::new());
                error.set(None);
                removed.set(None);
            }
            Err(e) => error.set(Some(text::error(i18n, &e))),
        }
    };
    let remove =
        move |oid: Id| match edit_decision(app, &ws.get_value(), |d| remove_option(d, &oid)) {
            Ok((at, option)) => {
                state.options.update(|o| o.retain(|(i, _)| i != &oid));
                if state.chosen.get_untracked().as_ref() == Some(&oid) {
                    state.chosen.set(None);
                }
                removed.set(Some((at, option)));
            }
            Err(e) => error.set(Some(text::error(i18n, &e))),
        };
    let undo = move |_| {
        let Some((at, option)) = removed.get_untracked() else {
            return;
        };
        let back = option.clone();
        let done = edit_decision(app, &ws.get_value(), |d| {
            restore_option(d, at, back);
            Ok::<_, Refused>(())
        });
        if done.is_ok() {
            state.initial.update_value(|v| {
                v.retain(|o| o.id != option.id);
                v.push(option.clone());
            });
            state.options.update(|o| {
                let at = at.min(o.len());
                o.insert(at, (option.id.clone(), option.text.clone()));
            });
            removed.set(None);
        }
    };

    view! {
        <ol class="option-list">
            <For each=move || state.options.get() key=|(oid, _)| oid.clone() let:item>
                <OptionCard ws=ws.get_value() option=item.0.clone() state=state on_remove=Callback::new(remove)/>
            </For>
        </ol>
        <div class="field">
            <label for="new-option">{t!(i18n, work.decisions.new_option)}</label>
            <p class="hint small" id="new-option-hint">{t!(i18n, work.decisions.new_option_hint)}</p>
            <div class="add-row">
                <input type="text" id="new-option" aria-describedby="new-option-hint"
                    prop:value=move || typed.get()
                    on:input=move |e| typed.set(event_target_value(&e))
                    on:keydown=move |e: ev::KeyboardEvent| {
                        if e.key() == "Enter" {
                            e.prevent_default();
                            add();
                        }
                    }/>
                <button type="button" class="quiet" on:click=move |_| { add(); focus_later("new-option".into()); }>{t!(i18n, work.common.add)}</button>
            </div>
            <p class="field-note" role="status">
                {move || error.get()}
                {move || removed.get().map(|(_, o)| t_string!(i18n, work.common.removed_item, text = o.text))}
            </p>
            <Show when=move || removed.with(Option::is_some)>
                <button type="button" class="quiet" on:click=undo>{t!(i18n, work.common.undo)}</button>
            </Show>
        </div>
    }
}

/// One option: its words, then pros, cons and what it would do to the relationship.
#[component]
fn OptionCard(ws: Id, option: Id, state: DecisionState, on_remove: Callback<Id>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let data = state
        .initial
        .with_value(|v| v.iter().find(|o| o.id == option).cloned())
        .unwrap_or_default();
    let oid = StoredValue::new(option.clone());
    let wsid = StoredValue::new(ws);
    // Its place in the list, counted from 1 (None while it is being removed).
    let position = Signal::derive(move || {
        let id = oid.get_value();
        state
            .options
            .with(|o| o.iter().position(|(i, _)| i == &id))
            .map(|p| fmt::number(i64::try_from(p + 1).unwrap_or(i64::MAX)))
    });
    let number = Signal::derive(move || match position.get() {
        Some(n) => t_string!(i18n, work.decisions.option_n, n = n),
        None => t_string!(i18n, work.decisions.option).to_owned(),
    });
    let has_notes = [&data.pros, &data.cons, &data.relationship]
        .iter()
        .any(|t| !t.trim().is_empty());
    let field = move |key: &'static str| {
        Callback::new(move |text: String| {
            let id = oid.get_value();
            edit_decision(app, &wsid.get_value(), |d| {
                decision::set_option_field(d, &id, key, &text)
            })?;
            if key == "text" {
                state.options.update(|o| {
                    if let Some(entry) = o.iter_mut().find(|(i, _)| i == &id) {
                        entry.1 = text.trim().to_owned();
                    }
                });
            }
            Ok(())
        })
    };
    let value_of = |key: &str| match key {
        "text" => data.text.clone(),
        "pros" => data.pros.clone(),
        "cons" => data.cons.clone(),
        _ => data.relationship.clone(),
    };
    let text_field = OPTION_FIELDS.iter().find(|f| f.key == "text").copied();
    let notes: Vec<_> = OPTION_FIELDS
        .iter()
        .filter(|f| f.key != "text")
        .copied()
        .collect();
    let base = format!("o-{option}");
    view! {
        <li class="option">
            {text_field.map(|f| view! {
                <AutoText id=format!("{base}-text") label=number value=value_of(f.key) save=field(f.key)/>
            })}
            <details open=has_notes>
                <summary>{t!(i18n, work.decisions.notes)}</summary>
                {notes.into_iter().map(|f| view! {
                    <AutoText id=format!("{base}-{}", f.key)
                        label=text::words(move || text::option_label(i18n, f.key).unwrap_or(f.label))
                        hint=text::words(move || if f.prompt.is_empty() { "" } else { text::option_prompt(i18n, f.key).unwrap_or(f.prompt) })
                        multiline=true
                        value=value_of(f.key) save=field(f.key)/>
                }).collect_view()}
            </details>
            <button type="button" class="quiet"
                aria-label=move || t_string!(i18n, work.decisions.remove_option, n = position.get().unwrap_or_default())
                on:click=move |_| on_remove.run(oid.get_value())>{t!(i18n, work.common.remove)}</button>
        </li>
    }
}

/// Choose one option, then plan an experiment from it (or open the one already planned).
#[component]
pub fn ChooseOne(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let Some(state) = use_context::<DecisionState>() else {
        return ().into_any();
    };
    let ws = StoredValue::new(id);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let pick = move |oid: Id| match edit_decision(app, &ws.get_value(), |d| choose(d, &oid)) {
        Ok(()) => {
            state.chosen.set(Some(oid));
            error.set(None);
        }
        Err(e) => error.set(Some(text::error(i18n, &e))),
    };
    // The experiment already planned from the chosen option, if any (kept live as she plans).
    let planned = move || {
        let chosen = state.chosen.get()?;
        let ws = ws.get_value();
        app.with_journal(|j| {
            j.experiments
                .live()
                .find(|r| r.data.from_decision.as_ref() == Some(&(ws.clone(), chosen.clone())))
                .map(|r| r.id.clone())
        })
    };
    let plan = move |_| {
        let Some(chosen) = state.chosen.get_untracked() else {
            return;
        };
        let wsid = ws.get_value();
        let made = app.try_edit::<_, Refused>(|j, now| {
            let Some(Worksheet::DecisionAnalysis(d)) =
                j.worksheets.get_live(&wsid).map(|r| &r.data)
            else {
                return Err(Refused::Gone);
            };
            let e = experiment::from_decision(&wsid, d, &chosen)?;
            Ok(j.experiments.add(e, now))
        });
        match made {
            Ok(eid) => navigate(&app, &format!("/my-work/experiments/{eid}")),
            Err(e) => error.set(Some(text::error(i18n, &Refused::from(e)))),
        }
    };
    view! {
        <section class="card" aria-labelledby="choose-title">
            <h2 id="choose-title">{t!(i18n, work.decisions.choose_title)}</h2>
            <Show when=move || state.options.with(|o| !o.is_empty())
                fallback=move || view! { <p class="small">{t!(i18n, work.decisions.choose_empty)}</p> }>
                <fieldset class="choices">
                    <legend>{t!(i18n, work.decisions.choose_which)}</legend>
                    <For each=move || state.options.get() key=|(oid, t)| (oid.clone(), t.clone()) let:item>
                        {
                            let rid = format!("choose-{}", item.0);
                            let oid = item.0.clone();
                            let checked_id = item.0.clone();
                            view! {
                                <div class="choice">
                                    <input type="radio" name="chosen" id=rid.clone()
                                        prop:checked=move || state.chosen.with(|c| c.as_ref() == Some(&checked_id))
                                        on:change=move |_| pick(oid.clone())/>
                                    <label for=rid>{item.1.clone()}</label>
                                </div>
                            }
                        }
                    </For>
                </fieldset>
            </Show>
            <p class="field-note" role="status">{move || error.get()}</p>
            <Show when=move || state.chosen.with(Option::is_some)>
                {move || match planned() {
                    Some(eid) => view! {
                        <p>{t!(i18n, work.decisions.planned)}</p>
                        <p><a class="button" href=format!("/my-work/experiments/{eid}")>{t!(i18n, work.common.open_experiment)}</a></p>
                    }.into_any(),
                    None => view! {
                        <div class="actions">
                            <button type="button" class="button" on:click=plan>{t!(i18n, work.decisions.plan)}</button>
                        </div>
                    }.into_any(),
                }}
            </Show>
        </section>
    }
    .into_any()
}
