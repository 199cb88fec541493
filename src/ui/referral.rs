//! The program's referral step, for a lay health worker's phone (worker mode): when a client's
//! answer shows thoughts of self-harm, the worker follows her program's step (call the
//! supervisor, refer to a clinic) the same day. The client's own safety screen is hers and stays
//! as it is; this box speaks to the worker, after it and apart from it.
//!
//! The protocol text and the supervisor are the device's (`domain::worker::WorkerSettings`, kept
//! by `store::save_worker`), typed in Settings or supplied by the clinic's contacts file.

use leptos::prelude::*;

use crate::domain::contacts::ClinicReferral;
use crate::domain::worker::{WorkerError, WorkerSettings};
use crate::i18n::{keys, marked, t, t_string, text_link, use_i18n, I18n};
use crate::store;
use crate::ui::state::{use_app, AppState};

/// Why the referral step was refused, in the worker's language (one arm per refusal).
pub fn worker_error(i18n: I18n, e: &WorkerError) -> String {
    match e {
        WorkerError::ProtocolTooLong { max } => {
            t_string!(i18n, safety.referral.errors.protocol_too_long, max = *max).to_string()
        }
        WorkerError::NameTooLong { max } => {
            t_string!(i18n, safety.referral.errors.name_too_long, max = *max).to_string()
        }
        WorkerError::Phone(p) => t_string!(
            i18n,
            safety.referral.errors.phone,
            reason = crate::ui::components::care_team::phone_error(i18n, p)
        )
        .to_string(),
    }
}

/// "The referral step was not saved", with why storage refused it.
fn not_saved(i18n: I18n, e: &crate::store::StoreError) -> String {
    t_string!(
        i18n,
        safety.referral.not_saved,
        error = crate::ui::store_error_text(i18n, e)
    )
    .to_string()
}

/// Keep the referral step a clinic's contacts file gave (worker mode stays as it was), adding to
/// `status` what was kept, or to `problem` why storage refused it.
pub fn keep_from_file(
    app: AppState,
    i18n: I18n,
    referral: &ClinicReferral,
    status: RwSignal<String>,
    problem: RwSignal<String>,
) {
    let next = referral.applied_to(&app.session.worker.get_untracked());
    match store::save_worker(&next) {
        Ok(()) => {
            // Said to the worker; on a client's own phone it is kept quietly for worker mode.
            if next.enabled {
                status.update(|s| {
                    s.push(' ');
                    s.push_str(t_string!(i18n, safety.referral.from_file));
                });
            }
            app.session.worker.set(next);
        }
        Err(e) => problem.set(not_saved(i18n, &e)),
    }
}

/// For the health worker, beside a self-harm flag: follow your program's referral step, its
/// protocol, and a call link to the supervisor (or where to set them when none are).
///
/// On a client's card in the caseload (`client` = her profile id) the box sits under the card's
/// own heading, so its headings are one level lower and its ids carry her id; the ways to set the
/// step are left out there (they are in a client's Settings, which the caseload does not open).
#[component]
pub fn ReferralStep(#[prop(optional, into)] client: Option<String>) -> impl IntoView {
    let in_card = client.is_some();
    let title_id = client.map_or_else(
        || "referral-step-title".to_owned(),
        |id| format!("referral-step-title-{id}"),
    );
    let app = use_app();
    let i18n = use_i18n();
    let worker = move || app.session.worker.get();
    let protocol = move || {
        let text = worker().protocol;
        (!text.trim().is_empty()).then(|| {
            view! {
                {if in_card {
                    view! { <h4>{t!(i18n, safety.referral.protocol_title)}</h4> }.into_any()
                } else {
                    view! { <h3>{t!(i18n, safety.referral.protocol_title)}</h3> }.into_any()
                }}
                <p class="referral-protocol" dir="auto">{text}</p>
            }
        })
    };
    let call = move || {
        let w = worker();
        let dial = w.supervisor_dial()?;
        let name = w.supervisor_name.trim().to_owned();
        let number = w.supervisor_phone.trim().to_owned();
        let words = move || {
            if name.is_empty() {
                t_string!(i18n, safety.referral.call_supervisor)
                    .to_owned()
                    .into_any()
            } else {
                let name = name.clone();
                marked(i18n.template(keys::safety::referral::call), &move |_, _| {
                    view! { <bdi>{name.clone()}</bdi> }.into_any()
                })
            }
        };
        Some(view! {
            <p class="referral-call">
                <a class="button" href=format!("tel:{dial}")><span>{words}</span></a>
                " "<bdi dir="ltr" class="small">{number}</bdi>
            </p>
        })
    };
    let nothing_set = move || {
        let w = worker();
        w.protocol.trim().is_empty() && w.supervisor_dial().is_none()
    };
    let no_number = move || {
        let w = worker();
        !w.protocol.trim().is_empty() && w.supervisor_dial().is_none()
    };
    view! {
        <section class="card referral-step" aria-labelledby=title_id.clone()>
            <p class="referral-for">{t!(i18n, safety.referral.for_worker)}</p>
            {if in_card {
                view! { <h3 id=title_id.clone()>{t!(i18n, safety.referral.title)}</h3> }.into_any()
            } else {
                view! { <h2 id=title_id.clone()>{t!(i18n, safety.referral.title)}</h2> }.into_any()
            }}
            <p>{t!(i18n, safety.referral.lead)}</p>
            {protocol}
            {call}
            <Show when=move || !in_card && nothing_set()>
                <p>{text_link(i18n, keys::safety::referral::none_set, "/settings")}</p>
            </Show>
            <Show when=move || !in_card && no_number()>
                <p>{text_link(i18n, keys::safety::referral::no_number, "/settings")}</p>
            </Show>
        </section>
    }
}

/// Settings, in worker mode: the program's safety protocol and the supervisor, kept on this phone
/// (not in any client's record). Checked before keeping; "Saved" only once storage has it.
#[component]
pub fn ReferralSettings() -> impl IntoView {
    let app = use_app();
    // Only worker mode's switch shows or hides it (saving the form does not redraw it).
    let enabled = Memo::new(move |_| app.session.worker.with(|w| w.enabled));
    view! {
        <Show when=move || enabled.get()>
            <ReferralForm/>
        </Show>
    }
}

#[component]
fn ReferralForm() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let kept = app.session.worker.get_untracked();
    let protocol = RwSignal::new(kept.protocol);
    let name = RwSignal::new(kept.supervisor_name);
    let phone = RwSignal::new(kept.supervisor_phone);
    let status = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let save = move || {
        status.set(String::new());
        let next = WorkerSettings {
            protocol: protocol.get_untracked().trim().to_owned(),
            supervisor_name: name.get_untracked().trim().to_owned(),
            supervisor_phone: phone.get_untracked().trim().to_owned(),
            // Worker mode itself stays as it is (its own switch).
            ..app.session.worker.get_untracked()
        };
        if let Err(e) = next.validate() {
            problem.set(worker_error(i18n, &e));
            return;
        }
        match store::save_worker(&next) {
            Ok(()) => {
                problem.set(String::new());
                app.session.worker.set(next);
                status.set(t_string!(i18n, safety.referral.saved).to_owned());
            }
            Err(e) => problem.set(not_saved(i18n, &e)),
        }
    };
    view! {
        <section class="card" aria-labelledby="referral-settings-title">
            <h2 id="referral-settings-title">{t!(i18n, safety.referral.settings_title)}</h2>
            <p class="small">{t!(i18n, safety.referral.settings_intro)}</p>
            <form on:submit=move |e| { e.prevent_default(); save(); }>
                <div class="field">
                    <label for="referral-protocol">{t!(i18n, safety.referral.protocol_label)}</label>
                    <textarea id="referral-protocol" dir="auto" prop:value=move || protocol.get() on:input=move |ev| protocol.set(event_target_value(&ev))></textarea>
                </div>
                <div class="field">
                    <label for="referral-name">{t!(i18n, safety.referral.name_label)}</label>
                    <input id="referral-name" type="text" dir="auto" autocomplete="off" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </div>
                <div class="field">
                    <label for="referral-phone">{t!(i18n, safety.referral.phone_label)}</label>
                    <input id="referral-phone" type="tel" dir="ltr" autocomplete="off" prop:value=move || phone.get() on:input=move |ev| phone.set(event_target_value(&ev))/>
                </div>
                <p role="alert" class="checkin-problem">{move || problem.get()}</p>
                <p role="status" class="checkin-status">{move || status.get()}</p>
                <div class="actions">
                    <button type="submit">{t!(i18n, safety.referral.save)}</button>
                </div>
            </form>
        </section>
    }
}
