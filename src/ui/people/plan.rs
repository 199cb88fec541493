//! `/people/plan`: the sick-role card and the resources plan she writes: who needs to know,
//! how they can help, how she will ask, who can come to her assistance (these feed "Get help
//! now"), and what she will put off for now, with a day to look at it again.

use std::rc::Rc;

use chrono::NaiveDate;
use leptos::ev;
use leptos::prelude::*;

use crate::domain::people::{person_label, validate_phone};
use crate::domain::record::Id;
use crate::domain::selfcare::{
    add_deferred, add_helper, plan, remove_deferred, remove_helper, save_plan, Deferred, Helper,
    SickRolePlan, PROMPT_DEFERRED, PROMPT_HELPERS, PROMPT_HOW_I_WILL_ASK, PROMPT_HOW_THEY_CAN_HELP,
    PROMPT_WHO_NEEDS_TO_KNOW, SICK_ROLE_CARD,
};
use crate::ui::state::{use_app, AppState};

use super::autosave::{autosave_field, Kind, SaveFn};
use super::{long_date, people_choices};

fn plan_saver(app: AppState, f: fn(&mut SickRolePlan, String)) -> SaveFn {
    Rc::new(move |text: String| {
        app.try_edit(|j, now| {
            let mut p = plan(j);
            f(&mut p, text);
            save_plan(j, &p, now)
        })
    })
}

/// The sick-role page.
#[component]
pub fn PlanPage() -> impl IntoView {
    let app = use_app();
    let initial = app.doc.with_untracked(|d| plan(&d.journal));
    view! {
        <p class="pp-crumb"><a href="/people">"People"</a></p>
        <h1 tabindex="-1">"My sick-role plan"</h1>
        <section class="card sick-role-card" aria-labelledby="card-title">
            <h2 id="card-title">{SICK_ROLE_CARD.title}</h2>
            <ul>{SICK_ROLE_CARD.points.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
            <p>{SICK_ROLE_CARD.perinatal}</p>
            <details>
                <summary>"What taking care of yourself means for now"</summary>
                <ul>{SICK_ROLE_CARD.responsibilities.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
                <p><a class="pp-tap" href="/people/today">"Log today's self-care"</a></p>
            </details>
        </section>
        <section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title">"My plan"</h2>
            <p class="small">"It saves as you type."</p>
            {autosave_field("plan-who".into(), PROMPT_WHO_NEEDS_TO_KNOW.into(), None,
                initial.who_needs_to_know.clone(), Kind::Long, plan_saver(app, |p, t| p.who_needs_to_know = t))}
            {autosave_field("plan-help".into(), PROMPT_HOW_THEY_CAN_HELP.into(), None,
                initial.how_they_can_help.clone(), Kind::Long, plan_saver(app, |p, t| p.how_they_can_help = t))}
            {autosave_field("plan-ask".into(), PROMPT_HOW_I_WILL_ASK.into(), None,
                initial.how_i_will_ask.clone(), Kind::Long, plan_saver(app, |p, t| p.how_i_will_ask = t))}
        </section>
        <Helpers/>
        <DeferredItems/>
    }
}

/// "Who should be able to come to your assistance?": from her people, or a name and phone.
#[component]
fn Helpers() -> impl IntoView {
    let app = use_app();
    let helpers = Memo::new(move |_| {
        app.with_journal(|j| {
            plan(j)
                .helpers
                .into_iter()
                .map(|h| {
                    let shown = match &h.person {
                        Some(id) if h.name.trim().is_empty() => person_label(j, id),
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
            error.set(Some(m));
            return;
        }
        match app.try_edit(|j, now| add_helper(j, &h, now)) {
            Ok(()) => {
                error.set(None);
                pick.set(String::new());
                name.set(String::new());
                phone.set(String::new());
                status.set("Added to your plan and to “Get help now”.".to_owned());
            }
            Err(m) => error.set(Some(m)),
        }
    };
    let undo = move |_| {
        if let Some(h) = removed.get_untracked() {
            match app.try_edit(|j, now| add_helper(j, &h, now)) {
                Ok(()) => status.set("They are back on your list.".to_owned()),
                Err(m) => status.set(m),
            }
            removed.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="helpers-title">
            <h2 id="helpers-title">{PROMPT_HELPERS}</h2>
            <p class="small">"They will be listed on “Get help now”, with a button to call."</p>
            {move || {
                let list = helpers.get();
                if list.is_empty() {
                    view! { <p class="small">"No one on the list yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="pp-item-list">
                            {list.into_iter().map(|(h, shown)| {
                                let phone = h.phone.clone();
                                let label = format!("Remove {shown}");
                                view! {
                                    <li>
                                        <span><strong>{shown}</strong>{(!phone.trim().is_empty()).then(|| format!(" · {phone}"))}</span>
                                        <button type="button" class="button quiet" aria-label=label
                                            on:click=move |_| {
                                                match app.try_edit(|j, now| remove_helper(j, &h, now)) {
                                                    Ok(()) => { removed.set(Some(h.clone())); status.set("Removed.".to_owned()); }
                                                    Err(m) => status.set(m),
                                                }
                                            }>"Remove"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <div role="status" class="small">
                {move || status.get()}
                {move || removed.get().map(|_| view! { " " <button type="button" class="button quiet" on:click=undo>"Undo"</button> })}
            </div>
            <form on:submit=add novalidate>
                <h3>"Add someone"</h3>
                <div class="field">
                    <label for="helper-pick">"From my people"</label>
                    <select id="helper-pick" prop:value=move || pick.get()
                        on:change=move |e| pick.set(event_target_value(&e))>
                        <option value="">"Someone else (write below)"</option>
                        {move || people.get().into_iter().map(|(id, n)| view! {
                            <option value=id.to_string()>{n}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="helper-name">"Name"</label>
                    <input type="text" id="helper-name" autocomplete="off" maxlength="120"
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="helper-phone">"Phone"</label>
                    <input type="tel" id="helper-phone" inputmode="tel" autocomplete="off" maxlength="32"
                        prop:value=move || phone.get() on:input=move |e| phone.set(event_target_value(&e))/>
                </div>
                {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
                <button type="submit" class="button">"Add to my plan"</button>
            </form>
        </section>
    }
}

/// "What will you need to TEMPORARILY suspend or defer?", each with a day to review it.
#[component]
fn DeferredItems() -> impl IntoView {
    let app = use_app();
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
                status.set("Added.".to_owned());
            }
            Err(m) => error.set(Some(m)),
        }
    };
    let undo = move |_| {
        if let Some(d) = removed.get_untracked() {
            match app.try_edit(|j, now| add_deferred(j, &d.what, d.review_on, now)) {
                Ok(()) => status.set("It is back on your list.".to_owned()),
                Err(m) => status.set(m),
            }
            removed.set(None);
        }
    };
    view! {
        <section class="card" aria-labelledby="deferred-title">
            <h2 id="deferred-title">{PROMPT_DEFERRED}</h2>
            {move || {
                let list = items.get();
                if list.is_empty() {
                    view! { <p class="small">"Nothing on the list yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="pp-item-list">
                            {list.into_iter().map(|d| {
                                let label = format!("Remove {}", d.what);
                                let when = d.review_on.map(|r| format!(" · look again on {}", long_date(r)));
                                let what = d.what.clone();
                                view! {
                                    <li>
                                        <span><strong>{what}</strong>{when}</span>
                                        <button type="button" class="button quiet" aria-label=label
                                            on:click=move |_| {
                                                match app.try_edit(|j, now| remove_deferred(j, &d, now)) {
                                                    Ok(()) => { removed.set(Some(d.clone())); status.set("Removed.".to_owned()); }
                                                    Err(m) => status.set(m),
                                                }
                                            }>"Remove"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <div role="status" class="small">
                {move || status.get()}
                {move || removed.get().map(|_| view! { " " <button type="button" class="button quiet" on:click=undo>"Undo"</button> })}
            </div>
            <form on:submit=add novalidate>
                <div class="field">
                    <label for="deferred-what">"What I will put off for now"</label>
                    <input type="text" id="deferred-what" autocomplete="off" maxlength="120"
                        prop:value=move || what.get() on:input=move |e| what.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="deferred-review">"Look at it again on"</label>
                    <input type="date" id="deferred-review"
                        prop:value=move || review.get() on:input=move |e| review.set(event_target_value(&e))/>
                </div>
                {move || error.get().map(|m| view! { <p class="pp-form-error" role="alert">{m}</p> })}
                <button type="submit" class="button">"Add"</button>
            </form>
        </section>
    }
}
