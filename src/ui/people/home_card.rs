//! The "This week" card for today's self-care log: one tap to the log, what she logged today,
//! and any put-off item whose review day has come.

use leptos::prelude::*;

use crate::domain::selfcare::{day_record, deferred_due, sleep_hours_text, Session};
use crate::ui::state::use_app;

use super::today;

/// Today's self-care, for the home screen.
#[component]
pub fn SelfCareCard() -> impl IntoView {
    let app = use_app();
    let day = today();
    let logged = Memo::new(move |_| {
        app.with_journal(|j| {
            day_record(j, day).map(|r| {
                let d = &r.data;
                let mut parts: Vec<String> = Vec::new();
                if let Some(h) = d.sleep_half_hours {
                    parts.push(format!("slept {} h", sleep_hours_text(h)));
                }
                if d.regular_meals == Some(true) {
                    parts.push("regular meals".to_owned());
                }
                if d.movement == Some(true) {
                    parts.push("some movement".to_owned());
                }
                if !d.pleasant_activity.trim().is_empty() {
                    parts.push(d.pleasant_activity.trim().to_owned());
                }
                if d.session == Session::Yes {
                    parts.push("went to your session".to_owned());
                }
                parts.join(", ")
            })
        })
    });
    let due = Memo::new(move |_| {
        app.with_journal(|j| {
            deferred_due(j, day)
                .into_iter()
                .map(|d| d.what)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card selfcare-card" aria-labelledby="selfcare-card-title">
            <h2 id="selfcare-card-title">"Today's self-care"</h2>
            {move || match logged.get() {
                None => view! {
                    <p>"Sleep, meals, a little movement, one pleasant thing. It takes a few seconds."</p>
                    <a class="button" href="/people/today">"Log today"</a>
                }.into_any(),
                Some(summary) => view! {
                    <p>{if summary.is_empty() {
                        "You wrote today down. Thank you for looking after yourself.".to_owned()
                    } else {
                        format!("Today: {summary}. Thank you for looking after yourself.")
                    }}</p>
                    <a class="button quiet" href="/people/today">"Change today's log"</a>
                }.into_any(),
            }}
            {move || {
                let items = due.get();
                (!items.is_empty()).then(|| view! {
                    <p class="small">"Time to look again at what you put off: " {items.join(", ")} ". "
                        <a href="/people/plan">"Open my plan"</a></p>
                })
            }}
        </section>
    }
}
