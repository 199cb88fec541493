//! Filling in a measure: one question per screen, the safety screen at once after a self-harm
//! answer above 0, two optional notes, review, save. The flow is the domain's
//! ([`Session::apply`]); these screens draw the session and send her steps. Every step is kept as
//! a draft, so closing the app mid-way returns to the same screen with every answer. Each
//! question has "Read aloud" (`speech`); in worker mode it comes first, and a tap on an answer
//! only selects it until "Next" confirms it (`Step::Select`).

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clinic::definition;
use super::speech::ReadAloud;
use super::{
    checkin_error, language_name, num, wording_in_other_language, wording_lang, wording_source,
    EDIT_DRAFT, NEW_DRAFT,
};
use crate::domain::checkin::{Screen, Session, Step};
use crate::domain::instruments::Definition;
use crate::domain::record::{CollectionExt, Id};
use crate::domain::speech::utterances;
use crate::i18n::{t, t_string, use_i18n};
use crate::store;
use crate::ui::pages::safety::Safety;
use crate::ui::router::navigate;
use crate::ui::state::{use_app, AppState};

/// The new check-in in progress, if any (for the start page and the home card).
pub(crate) fn new_draft(app: &AppState) -> Option<Session> {
    store::load_draft::<Session>(&app.session.profile.get_value(), NEW_DRAFT)
        .filter(|s| !s.draft.measure.is_empty())
}

fn draft_name(s: &Session) -> &'static str {
    if s.editing.is_some() {
        EDIT_DRAFT
    } else {
        NEW_DRAFT
    }
}

/// A new check-in of `measure` (`/checkin/new/<measure>`).
#[component]
pub fn Questionnaire(measure: String) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let Some(def) = definition(&measure) else {
        return view! {
            <h1 tabindex="-1">{t!(i18n, checkin.questionnaire.missing_title)}</h1>
            <p>{t!(i18n, checkin.questionnaire.missing_body)}</p>
            <p><a class="button" href="/checkin">{t!(i18n, checkin.choose)}</a></p>
        }
        .into_any();
    };
    if !def.texts_available {
        return view! {
            <h1 tabindex="-1">{def.name.clone()}</h1>
            <p>{t!(i18n, checkin.not_enabled)}</p>
            <p><a class="button" href="/checkin">{t!(i18n, checkin.choose)}</a></p>
        }
        .into_any();
    }
    let stored = new_draft(&app);
    match stored {
        Some(s) if s.draft.measure == def.id => view! { <Steps def=def start=s/> }.into_any(),
        Some(other) if !other.draft.answers.is_empty() => {
            view! { <OtherDraft def=def other=other/> }.into_any()
        }
        _ => {
            let s = Session::new(&def);
            let _best_effort = store::save_draft(&app.session.profile.get_value(), NEW_DRAFT, &s);
            view! { <Steps def=def start=s/> }.into_any()
        }
    }
}

/// She has another measure half done: continue it, or start this one instead.
#[component]
fn OtherDraft(def: Definition, other: Session) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let chosen = RwSignal::new(None::<Session>);
    let other_name = definition(&other.draft.measure)
        .map(|d| d.name)
        .unwrap_or_else(|| other.draft.measure.clone());
    let answered = other.draft.answers.len();
    let def_v = StoredValue::new(def.clone());
    let start_this = move |_| {
        let s = def_v.with_value(Session::new);
        let _best_effort = store::save_draft(&app.session.profile.get_value(), NEW_DRAFT, &s);
        chosen.set(Some(s));
    };
    let continue_href = format!("/checkin/new/{}", other.draft.measure);
    let name = def.name.clone();
    let name2 = def.name.clone();
    let other_name2 = other_name.clone();
    view! {
        {move || match chosen.get() {
            Some(s) => view! { <Steps def=def_v.get_value() start=s/> }.into_any(),
            None => view! {
                <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{t_string!(i18n, checkin.questionnaire.title, name = name.clone()).to_string()}</h1>
                <section class="card" aria-labelledby="other-draft-title">
                    <h2 id="other-draft-title">{t_string!(i18n, checkin.questionnaire.other_started, name = other_name.clone()).to_string()}</h2>
                    <p>{t_string!(i18n, checkin.questionnaire.other_body, answered = num(answered as i64), name = name2.clone()).to_string()}</p>
                    <div class="actions">
                        <a class="button" href=continue_href.clone()>{t_string!(i18n, checkin.continue_measure, name = other_name2.clone()).to_string()}</a>
                        <button type="button" class="quiet" on:click=start_this>{t_string!(i18n, checkin.questionnaire.start_instead, name = def_v.with_value(|d| d.name.clone())).to_string()}</button>
                    </div>
                </section>
            }.into_any(),
        }}
    }
}

/// Change a saved check-in (`/checkin/<id>/edit`): its answers and notes, then save the same
/// record.
#[component]
pub fn EditCheckin(id: Id) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let rec = app.with_journal(|j| j.checkins.get_live(&id).map(|r| r.data.clone()));
    let Some(rec) = rec else {
        return view! {
            <h1 tabindex="-1">{t!(i18n, checkin.questionnaire.removed_title)}</h1>
            <p><a class="button" href="/checkin/history">{t!(i18n, checkin.questionnaire.see_your_history)}</a></p>
        }
        .into_any();
    };
    let Some(def) = definition(&rec.measure).filter(|d| d.texts_available) else {
        return view! {
            <h1 tabindex="-1">{t!(i18n, checkin.questionnaire.cannot_change)}</h1>
            <p>{t!(i18n, checkin.not_enabled)}</p>
            <p><a class="button" href=format!("/checkin/{id}")>{t!(i18n, checkin.questionnaire.back_to_checkin)}</a></p>
        }
        .into_any();
    };
    let kept = store::load_draft::<Session>(&app.session.profile.get_value(), EDIT_DRAFT)
        .filter(|s| s.editing.as_ref() == Some(&id) && s.draft.measure == def.id);
    let start = kept.unwrap_or_else(|| Session::editing(&def, id.clone(), &rec));
    view! { <Steps def=def start=start/> }.into_any()
}

fn focus_selector(selector: &str) {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let selector = selector.to_owned();
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _focus_is_best_effort = el.focus();
        }
    });
}

/// The steps of one session.
#[component]
fn Steps(def: Definition, start: Session) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let def = StoredValue::new(def);
    let session = RwSignal::new(start);
    let profile = app.session.profile.get_value();
    let profile = StoredValue::new(profile);
    let problem = RwSignal::new(String::new());

    // Keep the draft: at once for every answer and step, debounced while typing notes.
    let save_now = move || {
        if let Some(s) = session.try_get_untracked() {
            let _shown_elsewhere_if_storage_fails =
                store::save_draft(&profile.get_value(), draft_name(&s), &s);
        }
    };
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let save_soon = move || {
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(save_now, Duration::from_millis(400)).ok();
        timer.set_value(handle);
    };
    let flush = move || {
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
            timer.set_value(None);
            save_now();
        }
    };
    let leaving = window_event_listener(ev::pagehide, move |_| flush());
    on_cleanup(move || {
        flush();
        leaving.remove();
    });
    // Her step, taken by the domain; a step it refuses changes nothing.
    let send = move |step: Step| {
        let next = session.with_untracked(|s| def.with_value(|d| s.clone().apply(d, step)));
        if let Ok(next) = next {
            session.set(next);
            problem.set(String::new());
            save_now();
        }
    };

    let step = Memo::new(move |_| session.with(|s| def.with_value(|d| s.screen(d))));
    // Move focus to the new screen's heading or question, as a page change would.
    Effect::new(move |prev: Option<Screen>| {
        let now = step.get();
        if prev.is_some_and(|p| p != now) {
            match now {
                Screen::Question(_) => focus_selector("#checkin-question"),
                _ => focus_selector("main h1"),
            }
        }
        now
    });

    let editing = session.with_untracked(|s| s.editing.is_some());
    let title = Signal::derive(move || {
        let name = def.with_value(|d| d.name.clone());
        if editing {
            t_string!(i18n, checkin.questionnaire.change_title, name = name).to_string()
        } else {
            t_string!(i18n, checkin.questionnaire.title, name = name).to_string()
        }
    });

    let body = move || {
        match step.get() {
        Screen::Safety => {
            let go_on = move |_| send(Step::CloseSafety);
            view! {
                <Safety/>
                <section class="card checkin-continue" aria-labelledby="checkin-continue-title">
                    <h2 id="checkin-continue-title">{t!(i18n, checkin.questionnaire.ready_title)}</h2>
                    <p>{t!(i18n, checkin.questionnaire.ready_body)}</p>
                    <button type="button" on:click=go_on>{t!(i18n, checkin.questionnaire.continue_mine)}</button>
                </section>
            }
            .into_any()
        }
        Screen::Question(index) => view! {
            <QuestionStep def=def index=index session=session title=title send=send/>
        }
        .into_any(),
        Screen::Notes => view! {
            <NotesStep def=def session=session title=title send=send save_soon=save_soon flush=flush/>
        }
        .into_any(),
        Screen::Review => view! {
            <ReviewStep def=def session=session title=title send=send problem=problem/>
        }
        .into_any(),
    }
    };
    let _ = app;
    view! { <div class="checkin-steps">{body}</div> }
}

/// The progress line and bar: "Question 4 of 10".
fn progress(
    done: usize,
    total: usize,
    words: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="checkin-progress">
            <p class="checkin-progress-text" id="checkin-progress-text">{words}</p>
            <progress max=total.to_string() value=done.to_string() aria-label=move || t_string!(i18n, checkin.questionnaire.progress_label)></progress>
        </div>
    }
}

#[component]
fn QuestionStep(
    def: StoredValue<Definition>,
    index: usize,
    session: RwSignal<Session>,
    title: Signal<String>,
    send: impl Fn(Step) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let (item, total, instruction, lang) = def.with_value(|d| {
        (
            d.items.get(index).cloned(),
            d.items.len(),
            d.instruction.clone(),
            wording_lang(d),
        )
    });
    // The recall period belongs to the questionnaire's wording: shown in its language here.
    let recall = def.with_value(|d| d.recall_period.clone());
    let source = move || def.with_value(|d| wording_source(i18n, d));
    let language_note = move || {
        def.with_value(|d| {
            wording_in_other_language(i18n, d).then(|| {
                let language = language_name(i18n, &d.language);
                t_string!(
                    i18n,
                    checkin.questionnaire.language_note,
                    language = language
                )
                .to_string()
            })
        })
    };
    let Some(item) = item else {
        return ().into_any();
    };
    let item_id = StoredValue::new(item.id.clone());
    let scored = item.scored;
    // Worker mode (a lay health worker reads, the client points): an answer is only selected,
    // and "Next" confirms it.
    let worker = use_app().session.worker.with_untracked(|w| w.enabled);
    // A pointer tap on an answer moves on at once; choosing with the keyboard (arrow keys) only
    // selects, and "Next" moves on, so moving through the options never skips a question.
    let tapped = StoredValue::new(false);
    let choose = move |option: String| {
        let advance = tapped.get_value();
        tapped.set_value(false);
        let item = item_id.get_value();
        send(if worker {
            Step::Select { item, option }
        } else {
            Step::Answer {
                item,
                option,
                advance,
            }
        });
    };
    let answered = move || session.with(|s| s.draft.chosen(&item_id.get_value()).is_some());
    let go_next = move || send(Step::Next);
    let next = move |_| go_next();
    let back = move |_| send(Step::Back);
    let name = format!("answer-{}", item.id);
    let options = item
        .options
        .iter()
        .map(|o| {
            let code = o.code.clone();
            let code_c = o.code.clone();
            let code_k = o.code.clone();
            let code_t = o.code.clone();
            let checked = move || {
                session.with(|s| s.draft.chosen(&item_id.get_value()) == Some(code_c.as_str()))
            };
            // Tapping the answer already chosen fires no change: move on as a tap does.
            let on_tap = move |e: web_sys::MouseEvent| {
                let pointer = e.detail() > 0;
                let same = session.with_untracked(|s| {
                    s.draft.chosen(&item_id.get_value()) == Some(code_t.as_str())
                });
                if worker {
                    // Nothing moves on before "Next".
                } else if pointer && same {
                    go_next();
                } else {
                    tapped.set_value(pointer);
                }
            };
            view! {
                <label class="checkin-choice">
                    <input
                        type="radio"
                        name=name.clone()
                        value=code.clone()
                        prop:checked=checked
                        on:click=on_tap
                        on:change=move |_| choose(code_k.clone())
                    />
                    <span lang=lang.clone() dir="auto">{o.text.clone()}</span>
                </label>
            }
        })
        .collect_view();
    // Read aloud: the question and its options as shown, in the wording's language.
    let aloud = {
        let texts = utterances(&item);
        let lang = lang.clone().unwrap_or_default();
        move || view! { <ReadAloud texts=texts.clone() lang=lang.clone() prominent=worker/> }
    };
    let words = move || {
        t_string!(
            i18n,
            checkin.questionnaire.question_of,
            n = num((index + 1) as i64),
            total = num(total as i64)
        )
        .to_string()
    };
    view! {
        <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{title}</h1>
        {progress(index + 1, total, words)}
        {move || language_note().map(|n| view! { <p class="small checkin-language-note">{n}</p> })}
        <p class="checkin-instruction" lang=lang.clone() dir="auto">{instruction}<span class="checkin-recall">{recall}</span></p>
        {worker.then(|| aloud.clone())}
        <h2 id="checkin-question" class="checkin-question" tabindex="-1" lang=lang.clone() dir="auto">{item.text.clone()}</h2>
        <div role="radiogroup" aria-labelledby="checkin-question" class="checkin-choices">{options}</div>
        {(!worker).then(|| aloud.clone())}
        {(!scored).then(|| view! { <p class="small">{t!(i18n, checkin.questionnaire.not_scored)}</p> })}
        <div class="actions checkin-actions">
            {(index > 0 || session.with_untracked(|s| s.return_to_review)).then(|| view! {
                <button type="button" class="quiet" on:click=back>{t!(i18n, checkin.questionnaire.back)}</button>
            })}
            <button type="button" on:click=next disabled=move || scored && !answered()>
                {move || if answered() || scored { t_string!(i18n, checkin.questionnaire.next) } else { t_string!(i18n, checkin.questionnaire.skip) }}
            </button>
        </div>
        <p class="small checkin-source">{source}</p>
    }
    .into_any()
}

#[component]
fn NotesStep(
    def: StoredValue<Definition>,
    session: RwSignal<Session>,
    title: Signal<String>,
    send: impl Fn(Step) + Copy + Send + Sync + 'static,
    save_soon: impl Fn() + Copy + Send + Sync + 'static,
    flush: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = def.with_value(|d| d.items.len());
    let (since, people) = session.with_untracked(|s| {
        (
            s.draft.since_last_met.clone(),
            s.draft.people_this_week.clone(),
        )
    });
    // Typing is kept a moment later (not at every key).
    let typed = move |step: Step| {
        session.update(|s| {
            if let Ok(next) = def.with_value(|d| s.clone().apply(d, step)) {
                *s = next;
            }
        });
        save_soon();
    };
    let on_since = move |ev: web_sys::Event| typed(Step::SinceLastMet(event_target_value(&ev)));
    let on_people = move |ev: web_sys::Event| typed(Step::PeopleThisWeek(event_target_value(&ev)));
    let back = move |_| {
        flush();
        send(Step::Back);
    };
    let review = move |_| {
        flush();
        send(Step::Review);
    };
    view! {
        <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{title}</h1>
        {progress(total, total, move || t_string!(i18n, checkin.questionnaire.two_last).to_owned())}
        <div class="field">
            <label for="checkin-since">{t!(i18n, checkin.questionnaire.since_last_met)}</label>
            <textarea id="checkin-since" aria-describedby="checkin-optional" on:input=on_since on:blur=move |_| flush()>{since}</textarea>
        </div>
        <div class="field">
            <label for="checkin-people">{t!(i18n, checkin.questionnaire.people_this_week)}</label>
            <textarea id="checkin-people" aria-describedby="checkin-optional" on:input=on_people on:blur=move |_| flush()>{people}</textarea>
        </div>
        <p class="small" id="checkin-optional">{t!(i18n, checkin.questionnaire.optional)}</p>
        <div class="actions checkin-actions">
            <button type="button" class="quiet" on:click=back>{t!(i18n, checkin.questionnaire.back)}</button>
            <button type="button" on:click=review>{t!(i18n, checkin.questionnaire.review)}</button>
        </div>
    }
}

#[component]
fn ReviewStep(
    def: StoredValue<Definition>,
    session: RwSignal<Session>,
    title: Signal<String>,
    send: impl Fn(Step) + Copy + Send + Sync + 'static,
    problem: RwSignal<String>,
) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let editing = session.with_untracked(|s| s.editing.clone());
    let lang = def.with_value(wording_lang);
    let rows = move || {
        let s = session.get();
        let lang = lang.clone();
        def.with_value(|d| {
            d.items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let chosen = s.draft.chosen(&item.id).and_then(|code| {
                        item.options.iter().find(|o| o.code == code).map(|o| o.text.clone())
                    });
                    let missing = chosen.is_none() && item.scored;
                    let answer_lang = chosen.is_some().then(|| lang.clone()).flatten();
                    let shown = chosen.unwrap_or_else(|| {
                        if item.scored {
                            t_string!(i18n, checkin.questionnaire.not_answered).to_owned()
                        } else {
                            t_string!(i18n, checkin.questionnaire.skipped).to_owned()
                        }
                    });
                    let go = move |_| send(Step::Change(i));
                    view! {
                        <li class="checkin-review-row" class:missing=missing>
                            <span class="checkin-review-q" lang=lang.clone() dir="auto">{format!("{}. {}", i + 1, item.text)}</span>
                            <strong class="checkin-review-a" lang=answer_lang dir="auto">{shown}</strong>
                            <button type="button" class="quiet" on:click=go>
                                {t!(i18n, checkin.questionnaire.change)}<span class="checkin-vh">{t_string!(i18n, checkin.questionnaire.change_answer_vh, n = num((i + 1) as i64)).to_string()}</span>
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let notes = move || {
        let s = session.get();
        let show = |t: &str| {
            if t.trim().is_empty() {
                t_string!(i18n, checkin.questionnaire.nothing_written).to_owned()
            } else {
                t.to_owned()
            }
        };
        let to_notes = move |_| send(Step::ChangeNotes);
        view! {
            <li class="checkin-review-row">
                <span class="checkin-review-q">{t!(i18n, checkin.questionnaire.since_last_met)}</span>
                <span class="checkin-review-a checkin-note">{show(&s.draft.since_last_met)}</span>
            </li>
            <li class="checkin-review-row">
                <span class="checkin-review-q">{t!(i18n, checkin.questionnaire.people_this_week)}</span>
                <span class="checkin-review-a checkin-note">{show(&s.draft.people_this_week)}</span>
                <button type="button" class="quiet" on:click=to_notes>{t!(i18n, checkin.questionnaire.change)}<span class="checkin-vh">{t!(i18n, checkin.questionnaire.change_notes_vh)}</span></button>
            </li>
        }
    };
    let editing_for_save = editing.clone();
    let save = move |_| {
        let draft = session.with_untracked(|s| s.draft.clone());
        let finished = def.with_value(|d| draft.finish(d, super::today()));
        let (checkin, _scored) = match finished {
            Ok(x) => x,
            Err(e) => {
                problem.set(checkin_error(i18n, &e));
                return;
            }
        };
        let editing = editing_for_save.clone();
        let saved = app.try_edit(move |j, now| match editing {
            None => Ok(j.checkins.add(checkin, now)),
            Some(id) => crate::domain::checkin::update_checkin(&mut j.checkins, &id, checkin, now)
                .map(|()| id),
        });
        match saved {
            Ok(id) => {
                let name = session.with_untracked(draft_name);
                let _a_stale_draft_is_only_offered_again =
                    store::clear_draft(&app.session.profile.get_value(), name);
                navigate(&app, &format!("/checkin/{id}"));
            }
            Err(e) => problem.set(checkin_error(i18n, &e)),
        }
    };
    let cancel = editing.clone().map(|id| {
        let href = format!("/checkin/{id}");
        let discard = move |_| {
            let _ = store::clear_draft(&app.session.profile.get_value(), EDIT_DRAFT);
        };
        view! { <a class="button quiet" href=href on:click=discard>{t!(i18n, checkin.questionnaire.keep_as_was)}</a> }
    });
    view! {
        <h1 tabindex="-1">{crate::ui::caseload::heading_prefix()}{title}</h1>
        <p class="lead">{t!(i18n, checkin.questionnaire.review_lead)}</p>
        <ol class="checkin-review">{rows}</ol>
        <ul class="checkin-review checkin-review-notes">{notes}</ul>
        <p role="alert" class="checkin-problem">{move || problem.get()}</p>
        <div class="actions checkin-actions">
            {cancel}
            <button type="button" on:click=save>{if editing.is_some() { t!(i18n, checkin.questionnaire.save_changes).into_any() } else { t!(i18n, checkin.questionnaire.save).into_any() }}</button>
        </div>
    }
}
