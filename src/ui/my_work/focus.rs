//! `/my-work/focus`: the problem area she and her therapist agreed on, each with its one-line
//! explanation. Changing it keeps the earlier worksheet, still one tap away.

use leptos::prelude::*;

use crate::domain::worksheets::{focus as focus_domain, ProblemArea};
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::my_work::{text, today, worksheet_path};
use crate::ui::router::navigate;
use crate::ui::state::use_app;

fn area_slug(area: ProblemArea) -> &'static str {
    area.worksheet_kind().slug()
}

/// The problem area page.
#[component]
pub fn FocusPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let current = Memo::new(move |_| app.with_journal(|j| focus_domain::current_focus(j).cloned()));
    let picked = RwSignal::new(current.get_untracked().map(|f| f.area));
    let earlier = move || app.with_journal(focus_domain::earlier_area_worksheets);
    let save = move |_| {
        let Some(area) = picked.get_untracked() else {
            return;
        };
        let day = today();
        let mut sheet = None;
        app.edit(|j, now| sheet = Some(focus_domain::set_focus(j, area, day, now)));
        if let Some(id) = sheet {
            navigate(&app, &worksheet_path(area.worksheet_kind(), &id));
        }
    };
    let button_label = move || match (current.get().map(|f| f.area), picked.get()) {
        (Some(c), Some(p)) if c == p => t_string!(i18n, work.focus.open),
        (Some(_), _) => t_string!(i18n, work.focus.change),
        (None, _) => t_string!(i18n, work.focus.save_open),
    };
    view! {
        <p class="back"><a href="/my-work">{t!(i18n, work.home.title)}</a></p>
        <h1 tabindex="-1">{t!(i18n, work.home.problem_area)}</h1>
        <p>{t!(i18n, work.focus.intro)}</p>
        {move || current.get().map(|f| view! {
            <p class="note-card">{t_string!(i18n, work.focus.since,
                area = text::area_label(i18n, f.area), date = super::day_label(f.since))}</p>
        })}
        <fieldset class="choices areas">
            <legend>{t!(i18n, work.focus.which)}</legend>
            {ProblemArea::ALL.into_iter().map(|area| {
                let rid = format!("area-{}", area_slug(area));
                let eid = format!("{rid}-about");
                view! {
                    <div class="choice">
                        <input type="radio" name="area" id=rid.clone() aria-describedby=eid.clone()
                            prop:checked=move || picked.get() == Some(area)
                            on:change=move |_| picked.set(Some(area))/>
                        <label for=rid>
                            <span class="choice-name">{move || text::area_label(i18n, area)}</span>
                            <span class="choice-about small" id=eid>{move || text::area_about(i18n, area)}</span>
                        </label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <Show when=move || current.get().is_some() && picked.get() != current.get().map(|f| f.area) && picked.get().is_some()>
            <p class="small" role="status">{t!(i18n, work.focus.kept)}</p>
        </Show>
        <div class="actions">
            <button type="button" class="button" disabled=move || picked.get().is_none() on:click=save>{button_label}</button>
        </div>
        {move || {
            let list = earlier();
            (!list.is_empty()).then(|| view! {
                <section class="card" aria-labelledby="earlier-title">
                    <h2 id="earlier-title">{t!(i18n, work.focus.earlier_title)}</h2>
                    <p class="small">{t!(i18n, work.focus.earlier_about)}</p>
                    <ul class="mw-list">
                        {list.into_iter().map(|(id, area)| view! {
                            <li><a href=worksheet_path(area.worksheet_kind(), &id)>{text::area_label(i18n, area)}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
    }
}
