//! Learn: short psychoeducation pages that work offline (`/learn`, `/learn/<slug>`), plain and
//! readable. The words live in `domain::learn`.

use leptos::prelude::*;

use crate::domain::learn::{self, Page};
use crate::ui::pages::not_found::NotFound;

/// The view for `/learn/<rest…>`.
pub fn render(rest: &[String]) -> AnyView {
    match rest {
        [] => view! { <LearnIndex/> }.into_any(),
        [slug] => match learn::page(slug) {
            Some(page) => view! { <LearnPage page=page/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        },
        _ => view! { <NotFound/> }.into_any(),
    }
}

/// `/learn`: every page, with its one-line summary.
#[component]
pub fn LearnIndex() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Learn"</h1>
        <p class="promise">"Short pages to read when you have a moment. They work without internet."</p>
        <ul class="mw-menu">
            {learn::pages().iter().map(|p| view! {
                <li>
                    <a href=format!("/learn/{}", p.slug)>
                        <span class="mw-title">{p.title}</span>
                        <span class="mw-about">{p.summary}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// `/learn/<slug>`: one page, then the next one to read.
#[component]
pub fn LearnPage(page: &'static Page) -> impl IntoView {
    let pages = learn::pages();
    let next = pages
        .iter()
        .position(|p| p.slug == page.slug)
        .and_then(|i| pages.get(i + 1));
    view! {
        <p class="back"><a href="/learn">"All pages"</a></p>
        <article class="learn-page">
            <h1 tabindex="-1">{page.title}</h1>
            {page.paragraphs.iter().map(|t| view! { <p>{*t}</p> }).collect_view()}
        </article>
        {next.map(|n| view! {
            <p class="next"><span class="small">"Next: "</span><a href=format!("/learn/{}", n.slug)>{n.title}</a></p>
        })}
    }
}
