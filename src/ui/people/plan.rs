//! `/people/plan`: the sick-role card and the resources plan she writes: who needs to know,
//! how they can help, how she will ask, who can come to her assistance (these feed "Get help
//! now"), and what she will put off for now, with a day to look at it again.
//!
//! One thing per screen: `/people/plan/steps/<n>` shows the card, then each question of the plan
//! on a screen of its own (the same fields, saved as she types), and `/people/plan/review` reads
//! the whole plan on one page, each part linking to its step.

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::ev;
use leptos::prelude::*;

use crate::domain::people::validate_phone;
use crate::domain::record::Id;
use crate::domain::selfcare::{
    add_deferred, add_helper, plan, remove_deferred, remove_helper, save_plan, Deferred, Helper,
    SelfCareError, SickRolePlan,
};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::state::{use_app, AppState};

use crate::ui::my_work::steps::{StepHeader, StepNav, StepsLinkTo};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::text;
use super::{long_date, people_choices};

fn plan_saver(app: AppState, f: fn(&mut SickRolePlan, String)) -> SaveFn<SelfCareError> {
    Rc::new(move |text: String| {
        app.try_edit(|j, now| {
            let mut p = plan(j);
            f(&mut p, text);
            save_plan(j, &p, now)
        })
    })
}

/// The steps: the card, the three questions she answers in words, who can come to her
/// assistance, and what she will put off.
pub const PLAN_STEPS: usize = 6;
const PLAN_PATH: &str = "/people/plan";

/// The sick-role page, whole (`step` None) or one step of it.
#[component]
pub fn PlanPage(#[prop(optional)] step: Option<usize>) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let initial = app.journal.doc.with_untracked(|d| plan(&d.journal));
    let step = step.map(|n| n.clamp(1, PLAN_STEPS));
    let show = move |n: usize| step.is_none_or(|s| s == n);
    let field = move |n: usize| {
        let initial = initial.clone();
        show(n).then(move || match n {
            2 => autosave_field(
                "plan-who".into(),
                move || t_string!(i18n, people.plan.who_needs_to_know).to_owned(),
                None,
                initial.who_needs_to_know.clone(),
                Kind::Long,
                plan_saver(app, |p, t| p.who_needs_to_know = t),
            )
            .into_any(),
            3 => autosave_field(
                "plan-help".into(),
                move || t_string!(i18n, people.plan.how_they_can_help).to_owned(),
                None,
                initial.how_they_can_help.clone(),
                Kind::Long,
                plan_saver(app, |p, t| p.how_they_can_help = t),
            )
            .into_any(),
            _ => autosave_field(
                "plan-ask".into(),
                move || t_string!(i18n, people.plan.how_i_will_ask).to_owned(),
                None,
                initial.how_i_will_ask.clone(),
                Kind::Long,
                plan_saver(app, |p, t| p.how_i_will_ask = t),
            )
            .into_any(),
        })
    };
    view! {
        <p class="pp-crumb"><a href="/people">{t!(i18n, people.crumb)}</a></p>
        <h1 tabindex="-1">{t!(i18n, people.plan.title)}</h1>
        {match step {
            Some(n) => view! { <StepHeader n=n total=PLAN_STEPS whole=PLAN_PATH.to_owned()/> }.into_any(),
            None => view! {
                <StepsLinkTo href=format!("{PLAN_PATH}/steps/1")/>
                <p><a class="pp-tap" href=format!("{PLAN_PATH}/review")>{t!(i18n, people.plan.read_all)}</a></p>
            }.into_any(),
        }}
        {show(1).then(|| view! {
        <section class="card sick-role-card" aria-labelledby="card-title">
            <h2 id="card-title">{t!(i18n, people.plan.card_title)}</h2>
            <ul>
                <li>{t!(i18n, people.plan.card_common)}</li>
                <li>{t!(i18n, people.plan.card_social)}</li>
                <li>{t!(i18n, people.plan.card_care)}</li>
            </ul>
            <p>{t!(i18n, people.plan.card_perinatal)}</p>
            <details>
                <summary>{t!(i18n, people.plan.duties_title)}</summary>
                <ul>
                    <li>{t!(i18n, people.plan.duty_care)}</li>
                    <li>{t!(i18n, people.plan.duty_track)}</li>
                    <li>{t!(i18n, people.plan.duty_prepare)}</li>
                    <li>{t!(i18n, people.plan.duty_attend)}</li>
                    <li>{t!(i18n, people.plan.duty_pleasure)}</li>
                </ul>
                <p><a class="pp-tap" href="/people/today">{t!(i18n, people.plan.log_today)}</a></p>
            </details>
        </section>
        })}
        {(show(2) || show(3) || show(4)).then(|| view! {
        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">{t!(i18n, people.plan.plan_title)}</h2>
            <p class="small">{t!(i18n, people.plan.saves)}</p>
            {field(2)}
            {field(3)}
            {field(4)}
        </section>
        })}
        {show(5).then(|| view! { <Helpers/> })}
        {show(6).then(|| view! { <DeferredItems/> })}
        {step.map(|n| view! {
            <StepNav n=n total=PLAN_STEPS base=PLAN_PATH.to_owned() last=format!("{PLAN_PATH}/review")/>
        })}
    }
}

/// Her answers to one part of the plan: each with a phone number ("" when none).
type Answers = Vec<(String, String)>;

/// The whole plan on one page, to read; each part links to its step to change it.
#[component]
pub fn PlanReview() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let (p, helpers) = app.with_journal(|j| {
        let p = plan(j);
        let helpers: Vec<(String, String)> = p
            .helpers
            .iter()
            .map(|h| {
                let name = match &h.person {
                    Some(id) if h.name.trim().is_empty() => text::person(i18n, j, id),
                    _ => h.name.trim().to_owned(),
                };
                (name, h.phone.trim().to_owned())
            })
            .collect();
        (p, helpers)
    });
    let deferred: Vec<(String, String)> = p
        .deferred
        .iter()
        .map(|d| match d.review_on {
            Some(r) => (
                format!(
                    "{} · {}",
                    d.what,
                    t_string!(i18n, people.plan.look_again, date = long_date(r))
                ),
                String::new(),
            ),
            None => (d.what.clone(), String::new()),
        })
        .collect();
    let words = |t: &str| vec![(t.trim().to_owned(), String::new())];
    // Each part: its step, its question, and her answers (with a phone number, read left to
    // right whatever the language).
    let parts: Vec<(usize, &'static str, Answers)> = vec![
        (2, "who", words(&p.who_needs_to_know)),
        (3, "help", words(&p.how_they_can_help)),
        (4, "ask", words(&p.how_i_will_ask)),
        (5, "helpers", helpers),
        (6, "deferred", deferred),
    ];
    let question = move |key: &str| -> &'static str {
        match key {
            "who" => t_string!(i18n, people.plan.who_needs_to_know),
            "help" => t_string!(i18n, people.plan.how_they_can_help),
            "ask" => t_string!(i18n, people.plan.how_i_will_ask),
            "helpers" => t_string!(i18n, people.plan.helpers),
            _ => t_string!(i18n, people.plan.deferred),
        }
    };
    view! {
        <p class="back"><a href=PLAN_PATH>{t!(i18n, work.steps.all_at_once)}</a></p>
        <h1 tabindex="-1">{move || t_string!(i18n, work.steps.review_title, kind = t_string!(i18n, people.plan.title))}</h1>
        {parts.into_iter().map(|(n, key, answers)| {
            let answers: Vec<(String, String)> = answers.into_iter().filter(|(a, _)| !a.is_empty()).collect();
            let heading_id = format!("plan-review-{key}");
            let labelled_by = heading_id.clone();
            view! {
                <section class="card" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{move || question(key)}</h2>
                    {if answers.is_empty() {
                        view! { <p class="small">{t!(i18n, work.steps.nothing)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="review-list">
                                {answers.into_iter().map(|(a, phone)| view! {
                                    <li class="review-answer">{a}{(!phone.is_empty()).then(|| view! { " · " <bdi dir="ltr">{phone}</bdi> })}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <a href=format!("{PLAN_PATH}/steps/{n}")>{move || t_string!(i18n, work.steps.change_part, part = question(key))}</a>
                </section>
            }
        }).collect_view()}
    }
}

/// "Who should be able to come to your assistance?": from her people, or a name and phone.
#[component]
fn Helpers() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let helpers = Memo::new(move |_| {
        app.with_journal(|j| {
            plan(j)
                .helpers
                .into_iter()
                .map(|h| {
                    let shown = match &h.person {
                        Some(id) if h.name.trim().is_empty() => text::person(i18n, j, id),
                        _ => h.name.clone(),
                    };
                    (h, shown)
                })
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| app.with_journal(people_choices));
    let pick = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let phone = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Helper>);
    let status = RwSignal::new(String::new());
    let add = move |e: ev::SubmitEvent| {
        e.prevent_default();
        let picked = pick.get_untracked();
        let h = Helper {
            name: name.get_untracked(),
            phone: phone.get_untracked(),
            person: (!picked.is_empty()).then(|| Id::from(picked.as_str())),
        };
        if let Err(m) = validate_phone(&h.phone) {
            error.set(Some(text::error(i18n, &m)));
            return;
        }
        match app.try_edit(|j, now| add_helper(j, &h, now)) {
            Ok(()) => {
                error.set(None);
                pick.set(String::new());
                name.set(String::new());
                phone.set(String::new());
                status.set(t_string!(i18n, people.plan.helper_added).to_owned());
            }
            Err(m) => error.set(Some(text::error(i18n, &m))),
        }
    };
    let undo = move |_| {
        if let Some(h) = removed.get_untracked() {
            match app.try_edit(|j, now| add_helper(j, &h, now)) {
                Ok(()) => status.set(t_string!(i18n, people.plan.helper_back).to_owned()),
                Err(m) => status.set(text::error(i18n, &m)),
            }
            removed.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="helpers-title">
            <h2 id="helpers-title">{t!(i18n, people.plan.helpers)}</h2>
            <p class="small">{t!(i18n, people.plan.helpers_hint)}</p>
            {move || {
                let list = helpers.get();
                if list.is_empty() {
                    view! { <p class="small">{t!(i18n, people.plan.helpers_empty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="pp-item-list">
                            {list.into_iter().map(|(h, shown)| {
                                let phone = h.phone.clone();
                                let label = t_string!(i18n, people.plan.remove_named, name = shown.clone()).to_string();
                                view! {
                                    <li>
                                        <span><strong>{shown}</strong>{(!phone.trim().is_empty()).then(|| view! { " · " <bdi dir="ltr">{phone}</bdi> })}</span>
                                        <button type="button" class="button quiet" aria-label=label
                                            on:click=move |_| {
                                                match app.try_edit(|j, now| remove_helper(j, &h, now)) {
                                                    Ok(()) => { removed.set(Some(h.clone())); status.set(t_string!(i18n, people.plan.removed).to_owned()); }
                                                    Err(m) => status.set(text::error(i18n, &m)),
                                                }
                                            }>{t!(i18n, people.remove)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <div role="status" class="small">
                {move || status.get()}
                {move || removed.get().map(|_| view! { " " <button type="button" class="button quiet" on:click=undo>{t!(i18n, people.undo)}</button> })}
            </div>
            <form on:submit=add novalidate>
                <h3>{t!(i18n, people.plan.add_title)}</h3>
                <div class="field">
                    <label for="helper-pick">{t!(i18n, people.plan.from_people)}</label>
                    <select id="helper-pick" prop:value=move || pick.get()
                        on:change=move |e| pick.set(event_target_value(&e))>
                        <option value="">{t!(i18n, people.plan.someone_else)}</option>
                        {move || people.get().into_iter().map(|(id, n)| view! {
                            <option value=id.to_string()>{n}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="helper-name">{t!(i18n, people.plan.name)}</label>
                    <input type="text" id="helper-name" autocomplete="off" maxlength="120"
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="helper-phone">{t!(i18n, people.plan.phone)}</label>
                    <input type="tel" id="helper-phone" inputmode="tel" autocomplete="off" maxlength="32"
                        prop:value=move || phone.get() on:input=move |e| phone.set(event_target_value(&e))/>
                </div>
                {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
                <button type="submit" class="button">{t!(i18n, people.plan.add_to_plan)}</button>
            </form>
        </section>
    }
}

/// "What will you need to TEMPORARILY suspend or defer?", each with a day to review it.
#[component]
fn DeferredItems() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let items = Memo::new(move |_| app.with_journal(|j| plan(j).deferred));
    let what = RwSignal::new(String::new());
    let review = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let removed = RwSignal::new(None::<Deferred>);
    let status = RwSignal::new(String::new());
    let add = move |e: ev::SubmitEvent| {
        e.prevent_default();
        let on = NaiveDate::parse_from_str(&review.get_untracked(), "%Y-%m-%d").ok();
        let text = what.get_untracked();
        match app.try_edit(|j, now| add_deferred(j, &text, on, now)) {
            Ok(()) => {
                error.set(None);
                what.set(String::new());
                review.set(String::new());
                status.set(t_string!(i18n, people.plan.added).to_owned());
            }
            Err(m) => error.set(Some(text::error(i18n, &m))),
        }
    };
    let undo = move |_| {
        if let Some(d) = removed.get_untracked() {
            match app.try_edit(|j, now| add_deferred(j, &d.what, d.review_on, now)) {
                Ok(()) => status.set(t_string!(i18n, people.plan.deferred_back).to_owned()),
                Err(m) => status.set(text::error(i18n, &m)),
            }
            removed.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="deferred-title">
            <h2 id="deferred-title">{t!(i18n, people.plan.deferred)}</h2>
            {move || {
                let list = items.get();
                if list.is_empty() {
                    view! { <p class="small">{t!(i18n, people.plan.deferred_empty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="pp-item-list">
                            {list.into_iter().map(|d| {
                                let label = t_string!(i18n, people.plan.remove_named, name = d.what.clone()).to_string();
                                let when = d.review_on.map(|r| {
                                    let look = t_string!(i18n, people.plan.look_again, date = long_date(r)).to_string();
                                    format!(" · {look}")
                                });
                                let what = d.what.clone();
                                view! {
                                    <li>
                                        <span><strong>{what}</strong>{when}</span>
                                        <button type="button" class="button quiet" aria-label=label
                                            on:click=move |_| {
                                                match app.try_edit(|j, now| remove_deferred(j, &d, now)) {
                                                    Ok(()) => { removed.set(Some(d.clone())); status.set(t_string!(i18n, people.plan.removed).to_owned()); }
                                                    Err(m) => status.set(text::error(i18n, &m)),
                                                }
                                            }>{t!(i18n, people.remove)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <div role="status" class="small">
                {move || status.get()}
                {move || removed.get().map(|_| view! { " " <button type="button" class="button quiet" on:click=undo>{t!(i18n, people.undo)}</button> })}
            </div>
            <form on:submit=add novalidate>
                <div class="field">
                    <label for="deferred-what">{t!(i18n, people.plan.deferred_what)}</label>
                    <input type="text" id="deferred-what" autocomplete="off" maxlength="120"
                        prop:value=move || what.get() on:input=move |e| what.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="deferred-review">{t!(i18n, people.plan.deferred_review)}</label>
                    <input type="date" id="deferred-review"
                        prop:value=move || review.get() on:input=move |e| review.set(event_target_value(&e))/>
                </div>
                {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
                <button type="submit" class="button">{t!(i18n, people.add)}</button>
            </form>
        </section>
    }
}
