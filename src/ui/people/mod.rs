//! "The people around her": the closeness circle and inventory, each person's page, the
//! sick-role plan and daily self-care log, the weekly who-questions, and the timeline.
//!
//! Paths (first segment `people`, see `routes::SECTIONS`):
//! `/people` circle and list, `/people/new` add someone, `/people/<id>` one person,
//! `/people/plan` sick-role plan (`/people/plan/steps/<n>` one step at a time, `/people/plan/review`
//! all of it to read), `/people/today` self-care log, `/people/week[/<date>]` the
//! week's pattern, `/people/support` who-questions, `/people/timeline` the timeline (also served
//! at `/my-work/timeline` by the My work section through [`TimelinePage`]).

mod autosave;
mod home_card;
mod inventory;
mod person;
mod plan;
mod story;
mod support;
mod text;
pub mod timeline;
mod today;
pub(crate) mod week;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::dates::{local_date, week_start, weekday_from_index};
use crate::domain::journal::Journal;
use crate::domain::people::sorted_people;
use crate::domain::record::Id;
use crate::i18n::use_i18n;
use crate::ui::state::AppState;

pub use home_card::SelfCareCard;
pub use timeline::TimelinePage;

/// The view for `/people/<rest…>`.
pub fn render(rest: &[String]) -> AnyView {
    let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
    match rest.as_slice() {
        [] => view! { <inventory::Inventory/> }.into_any(),
        ["new"] => view! { <inventory::NewPerson/> }.into_any(),
        ["plan"] => view! { <plan::PlanPage/> }.into_any(),
        ["plan", "steps", n] => {
            let n = n.parse::<usize>().unwrap_or(1);
            view! { <plan::PlanPage step=n/> }.into_any()
        }
        ["plan", "review"] => view! { <plan::PlanReview/> }.into_any(),
        ["today"] => view! { <today::TodayPage/> }.into_any(),
        ["week"] => view! { <week::WeekPage start=None/> }.into_any(),
        ["week", date] => {
            let start = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
            view! { <week::WeekPage start=start/> }.into_any()
        }
        ["support"] => view! { <support::SupportPage/> }.into_any(),
        ["timeline"] => view! { <TimelinePage/> }.into_any(),
        [id] => {
            let id = Id::from(*id);
            view! { <person::PersonPage id=id/> }.into_any()
        }
        _ => view! { <crate::ui::pages::not_found::NotFound/> }.into_any(),
    }
}

/// Today's local calendar date.
pub(crate) fn today() -> NaiveDate {
    local_date(&crate::store::now())
}

/// The first day of the week containing `date`, for her check-in weekday.
pub(crate) fn week_of(app: &AppState, date: NaiveDate) -> NaiveDate {
    let weekday = app
        .journal
        .doc
        .with_untracked(|d| d.journal.settings().checkin_weekday);
    week_start(date, weekday_from_index(weekday))
}

/// "2 March 2026", in the chosen language.
pub(crate) fn long_date(d: NaiveDate) -> String {
    text::long_date(d)
}

/// Live people for chips and pickers: (id, name), sorted by name.
pub(crate) fn people_choices(j: &Journal) -> Vec<(Id, String)> {
    sorted_people(&j.people)
        .into_iter()
        .map(|(id, p)| (id.clone(), p.name.clone()))
        .collect()
}

/// Check boxes with the names of her people, to name them in a note. `checked` says whether a
/// person is named; `toggle` is called with the person and the new state.
pub(crate) fn people_chips(
    app: AppState,
    legend: impl Fn() -> String + Send + Sync + 'static,
    group_id: String,
    checked: impl Fn(&Id) -> bool + Clone + Send + Sync + 'static,
    toggle: impl Fn(Id, bool) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let people = Memo::new(move |_| app.with_journal(people_choices));
    view! {
        <fieldset class="pp-chips">
            <legend class="small">{legend}</legend>
            {move || {
                let list = people.get();
                if list.is_empty() {
                    return view! {
                        <p class="small">{crate::i18n::text_link(i18n, crate::i18n::keys::people::home::chips_empty, "/people")}</p>
                    }.into_any();
                }
                list.into_iter().enumerate().map(|(i, (id, name))| {
                    let checked = checked.clone();
                    let toggle = toggle.clone();
                    let input_id = format!("{group_id}-{i}");
                    let id2 = id.clone();
                    view! {
                        <span class="pp-chip">
                            <input type="checkbox" id=input_id.clone()
                                prop:checked=move || checked(&id)
                                on:change=move |ev| toggle(id2.clone(), event_target_checked(&ev))/>
                            <label for=input_id>{name}</label>
                        </span>
                    }
                }).collect_view().into_any()
            }}
        </fieldset>
    }
}
