//! Her care team: her therapist's, clinic's and health worker's numbers, first on "Get help now".
//! She adds them in Settings, or her clinic supplies them in a clinic contacts file.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::contacts::{
    self, apply_clinic_contacts, checked_contact, read_contacts_file, ContactError,
    ContactsFileError, PhoneError, Role, MAX_FILE_BYTES,
};
use crate::i18n::{keys, marked, t, t_string, use_i18n, I18n};
use crate::ui::state::use_app;

/// Who a contact is, in her language.
pub fn role_name(i18n: I18n, role: Role) -> &'static str {
    match role {
        Role::Therapist => t_string!(i18n, safety.own.roles.therapist),
        Role::Clinic => t_string!(i18n, safety.own.roles.clinic),
        Role::HealthWorker => t_string!(i18n, safety.own.roles.health_worker),
        Role::Other => t_string!(i18n, safety.own.roles.other),
    }
}

fn role_value(role: Role) -> &'static str {
    match role {
        Role::Therapist => "therapist",
        Role::Clinic => "clinic",
        Role::HealthWorker => "health_worker",
        Role::Other => "other",
    }
}

/// Why a number was refused, in her language.
pub(crate) fn phone_error(i18n: I18n, e: &PhoneError) -> String {
    match e {
        PhoneError::Empty => t_string!(i18n, safety.own.errors.empty).to_owned(),
        PhoneError::NotDialable(c) => {
            t_string!(
                i18n,
                safety.own.errors.not_dialable,
                character = c.to_string()
            )
        }
        PhoneError::PlusNotFirst => t_string!(i18n, safety.own.errors.plus_not_first).to_owned(),
        PhoneError::TooShort => t_string!(i18n, safety.own.errors.too_short).to_owned(),
        PhoneError::TooLong => t_string!(i18n, safety.own.errors.too_long).to_owned(),
    }
}

/// Why a contact she typed was refused, in her language.
fn contact_error(i18n: I18n, e: &ContactError) -> String {
    match e {
        ContactError::NoLabel => t_string!(i18n, safety.own.errors.no_label).to_owned(),
        ContactError::LabelTooLong => t_string!(i18n, safety.own.errors.label_too_long).to_owned(),
        ContactError::Number(p) => phone_error(i18n, p),
        ContactError::Full => t_string!(i18n, safety.own.errors.full).to_owned(),
    }
}

/// Why a clinic contacts file was refused, in her language.
fn file_error(i18n: I18n, e: &ContactsFileError) -> String {
    match e {
        ContactsFileError::TooLarge => t_string!(i18n, safety.own.file.too_large).to_owned(),
        ContactsFileError::NotJson(detail) => {
            t_string!(i18n, safety.own.file.not_json, detail = detail.clone())
        }
        ContactsFileError::NotContactsFile => {
            t_string!(i18n, safety.own.file.not_contacts).to_owned()
        }
        ContactsFileError::VersionZero => t_string!(i18n, safety.own.file.version_zero).to_owned(),
        ContactsFileError::TooNew(v) => t_string!(i18n, safety.own.file.too_new, version = *v),
        ContactsFileError::Shape(detail) => {
            t_string!(i18n, safety.own.file.shape, detail = detail.clone())
        }
        ContactsFileError::NoContacts => t_string!(i18n, safety.own.file.no_contacts).to_owned(),
        ContactsFileError::TooMany(n) => t_string!(i18n, safety.own.file.too_many, count = *n),
        ContactsFileError::NoClinicName => t_string!(i18n, safety.own.file.no_clinic).to_owned(),
        ContactsFileError::NoLabel(n) => t_string!(i18n, safety.own.file.no_label, number = *n),
        ContactsFileError::LabelTooLong(n) => {
            t_string!(i18n, safety.own.file.label_too_long, number = *n)
        }
        ContactsFileError::Number(n, p) => t_string!(
            i18n,
            safety.own.file.bad_number,
            number = *n,
            reason = phone_error(i18n, p)
        ),
        ContactsFileError::Referral(e) => t_string!(
            i18n,
            safety.own.file.referral,
            reason = crate::ui::referral::worker_error(i18n, e)
        ),
    }
}

/// Her care team on "Get help now", with tap-to-call links.
#[component]
pub fn CareTeam() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let list = move || app.with_journal(|j| j.settings().contacts);
    view! {
        <section aria-labelledby="care-team-title" class="card">
            <h2 id="care-team-title">{t!(i18n, safety.own.title)}</h2>
            {move || {
                let list = list();
                if list.is_empty() {
                    view! { <p>{crate::i18n::text_link(i18n, keys::safety::own::empty, "/settings")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="contacts">
                            {list.into_iter().map(|c| {
                                let label = c.label.clone();
                                let call = c.dial().map(|dial| view! {
                                    <span class="contact-actions">
                                        <a class="button call" href=format!("tel:{dial}")>
                                            <span>{move || marked(i18n.template(keys::safety::people::call), &|_, _| view! { <bdi>{label.clone()}</bdi> }.into_any())}</span>
                                        </a>
                                    </span>
                                });
                                let role = c.role;
                                view! {
                                    <li class="contact">
                                        <span class="contact-name"><bdi>{c.label.clone()}</bdi></span>
                                        <span class="contact-note">{move || role_name(i18n, role)}" · "<bdi dir="ltr">{c.number.clone()}</bdi></span>
                                        {call}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// Settings: add and remove her care team, and load a clinic contacts file.
#[component]
pub fn CareTeamSettings() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let role = RwSignal::new(Role::Therapist);
    let label = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let file_problem = RwSignal::new(String::new());
    let file_status = RwSignal::new(String::new());
    let list = move || app.with_journal(|j| j.settings().contacts);
    let add = move || {
        status.set(String::new());
        match checked_contact(
            role.get_untracked(),
            &label.get_untracked(),
            &number.get_untracked(),
        ) {
            Err(e) => problem.set(contact_error(i18n, &e)),
            Ok(c) => {
                let mut full = None;
                app.edit(|j, now| {
                    let mut s = j.settings();
                    match contacts::add(&mut s.contacts, c) {
                        Ok(()) => j.set_settings(s, now),
                        Err(e) => full = Some(e),
                    }
                });
                match full {
                    Some(e) => problem.set(contact_error(i18n, &e)),
                    None => {
                        problem.set(String::new());
                        label.set(String::new());
                        number.set(String::new());
                        status.set(t_string!(i18n, safety.own.added).to_owned());
                    }
                }
            }
        }
    };
    let remove = move |index: usize| {
        app.edit(|j, now| {
            let mut s = j.settings();
            if index < s.contacts.len() {
                s.contacts.remove(index);
                j.set_settings(s, now);
            }
        });
    };
    let on_file = move |ev: web_sys::Event| {
        let Some((input, file)) = crate::ui::components::file_input::chosen(&ev) else {
            return;
        };
        file_status.set(String::new());
        file_problem.set(String::new());
        if file.size() > MAX_FILE_BYTES as f64 {
            file_problem.set(file_error(i18n, &ContactsFileError::TooLarge));
            input.set_value("");
            return;
        }
        let promise = file.text();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_string());
            let Some(text) = text else {
                file_problem.set(t_string!(i18n, safety.own.file.unreadable).to_owned());
                return;
            };
            match read_contacts_file(&text) {
                Err(e) => file_problem.set(t_string!(
                    i18n,
                    safety.own.file.not_used,
                    reason = file_error(i18n, &e)
                )),
                Ok(file) => {
                    let mut added = 0;
                    app.edit(|j, now| {
                        let mut s = j.settings();
                        added = apply_clinic_contacts(&mut s.contacts, &file);
                        j.set_settings(s, now);
                    });
                    file_status.set(t_string!(
                        i18n,
                        safety.own.file.loaded,
                        count = added,
                        clinic = file.clinic.clone()
                    ));
                    if let Some(referral) = &file.referral {
                        crate::ui::referral::keep_from_file(
                            app,
                            i18n,
                            referral,
                            file_status,
                            file_problem,
                        );
                    }
                }
            }
        });
    };
    view! {
        <section class="card checkin-clinic" aria-labelledby="care-team-settings">
            <h2 id="care-team-settings">{t!(i18n, safety.own.title)}</h2>
            <p class="small">{t!(i18n, safety.own.intro)}</p>
            <ul class="contacts">
                {move || list().into_iter().enumerate().map(|(i, c)| {
                    let name = c.label.clone();
                    view! {
                        <li class="contact">
                            <span class="contact-name"><bdi>{c.label.clone()}</bdi></span>
                            <span class="contact-note">{move || role_name(i18n, c.role)}" · "<bdi dir="ltr">{c.number.clone()}</bdi></span>
                            <span class="contact-actions">
                                <button type="button" class="button quiet" on:click=move |_| remove(i)>
                                    {move || t_string!(i18n, safety.own.remove, name = name.clone())}
                                </button>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form on:submit=move |e| { e.prevent_default(); add(); }>
                <div class="field">
                    <label for="care-role">{t!(i18n, safety.own.role)}</label>
                    <select id="care-role" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(r) = Role::ALL.into_iter().find(|r| role_value(*r) == v) {
                            role.set(r);
                        }
                    }>
                        {Role::ALL.into_iter().map(|r| view! {
                            <option value=role_value(r) selected=move || role.get() == r>{move || role_name(i18n, r)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="care-label">{t!(i18n, safety.own.label)}</label>
                    <input id="care-label" type="text" autocomplete="off" maxlength="60"
                        prop:value=move || label.get() on:input=move |e| label.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="care-number">{t!(i18n, safety.own.number)}</label>
                    <input id="care-number" type="tel" dir="ltr" autocomplete="off" inputmode="tel"
                        prop:value=move || number.get() on:input=move |e| number.set(event_target_value(&e))/>
                </div>
                <p role="alert" class="checkin-problem">{move || problem.get()}</p>
                <p role="status" class="checkin-status">{move || status.get()}</p>
                <div class="actions">
                    <button type="submit" class="button">{t!(i18n, safety.own.add)}</button>
                </div>
            </form>
            <div class="field">
                <label for="clinic-contacts-file">{t!(i18n, safety.own.file.load)}</label>
                <input id="clinic-contacts-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <p role="status" class="checkin-status">{move || file_status.get()}</p>
            <p role="alert" class="checkin-problem">{move || file_problem.get()}</p>
        </section>
    }
}
