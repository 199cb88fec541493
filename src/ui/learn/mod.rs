//! Learn: short psychoeducation pages that work offline (`/learn`, `/learn/<slug>`), plain and
//! readable. `domain::learn` holds the pages and their order; the words are in the `learn`
//! namespace (`locales/<lang>/learn.json`), one key per title, summary and paragraph.

use leptos::prelude::*;

use crate::domain::learn::{self, Page};
use crate::i18n::{t, t_string, use_i18n, I18n};
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
    let i18n = use_i18n();
    view! {
        <h1 tabindex="-1">{t!(i18n, learn.title)}</h1>
        <p class="promise">{t!(i18n, learn.promise)}</p>
        <ul class="mw-menu">
            {learn::pages().iter().map(|p| view! {
                <li>
                    <a href=format!("/learn/{}", p.slug)>
                        <span class="mw-title">{move || text(i18n, p.key, Part::Title)}</span>
                        <span class="mw-about">{move || text(i18n, p.key, Part::Summary)}</span>
                    </a>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// `/learn/<slug>`: one page, then the next one to read.
#[component]
pub fn LearnPage(page: &'static Page) -> impl IntoView {
    let i18n = use_i18n();
    let pages = learn::pages();
    let next = pages
        .iter()
        .position(|p| p.slug == page.slug)
        .and_then(|i| pages.get(i + 1));
    view! {
        <p class="back"><a href="/learn">{t!(i18n, learn.all_pages)}</a></p>
        <article class="learn-page">
            <h1 tabindex="-1">{move || text(i18n, page.key, Part::Title)}</h1>
            {(1..=page.paragraphs).map(|n| view! {
                <p>{move || text(i18n, page.key, Part::Paragraph(n))}</p>
            }).collect_view()}
        </article>
        {next.map(|n| view! {
            <p class="next">
                <span class="small">{t!(i18n, learn.next)}" "</span>
                <a href=format!("/learn/{}", n.slug)>{move || text(i18n, n.key, Part::Title)}</a>
            </p>
        })}
    }
}

/// A part of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Title,
    Summary,
    /// Paragraph `n`, from 1.
    Paragraph(usize),
}

/// One part of a page in the chosen language (reactive inside a closure). Every key is checked at
/// compile time; a part the page does not have is empty (the domain tests keep the paragraph
/// counts and the locale files in step).
fn text(i18n: I18n, page: &str, part: Part) -> &'static str {
    match (page, part) {
        ("depression", Part::Title) => t_string!(i18n, learn.pages.depression.title),
        ("depression", Part::Summary) => t_string!(i18n, learn.pages.depression.summary),
        ("depression", Part::Paragraph(1)) => t_string!(i18n, learn.pages.depression.p1),
        ("depression", Part::Paragraph(2)) => t_string!(i18n, learn.pages.depression.p2),
        ("depression", Part::Paragraph(3)) => t_string!(i18n, learn.pages.depression.p3),
        ("depression", Part::Paragraph(4)) => t_string!(i18n, learn.pages.depression.p4),
        ("depression", Part::Paragraph(5)) => t_string!(i18n, learn.pages.depression.p5),
        ("depression", Part::Paragraph(6)) => t_string!(i18n, learn.pages.depression.p6),
        ("baby_blues", Part::Title) => t_string!(i18n, learn.pages.baby_blues.title),
        ("baby_blues", Part::Summary) => t_string!(i18n, learn.pages.baby_blues.summary),
        ("baby_blues", Part::Paragraph(1)) => t_string!(i18n, learn.pages.baby_blues.p1),
        ("baby_blues", Part::Paragraph(2)) => t_string!(i18n, learn.pages.baby_blues.p2),
        ("baby_blues", Part::Paragraph(3)) => t_string!(i18n, learn.pages.baby_blues.p3),
        ("baby_blues", Part::Paragraph(4)) => t_string!(i18n, learn.pages.baby_blues.p4),
        ("baby_blues", Part::Paragraph(5)) => t_string!(i18n, learn.pages.baby_blues.p5),
        ("baby_blues", Part::Paragraph(6)) => t_string!(i18n, learn.pages.baby_blues.p6),
        ("ipt", Part::Title) => t_string!(i18n, learn.pages.ipt.title),
        ("ipt", Part::Summary) => t_string!(i18n, learn.pages.ipt.summary),
        ("ipt", Part::Paragraph(1)) => t_string!(i18n, learn.pages.ipt.p1),
        ("ipt", Part::Paragraph(2)) => t_string!(i18n, learn.pages.ipt.p2),
        ("ipt", Part::Paragraph(3)) => t_string!(i18n, learn.pages.ipt.p3),
        ("ipt", Part::Paragraph(4)) => t_string!(i18n, learn.pages.ipt.p4),
        ("ipt", Part::Paragraph(5)) => t_string!(i18n, learn.pages.ipt.p5),
        ("ipt", Part::Paragraph(6)) => t_string!(i18n, learn.pages.ipt.p6),
        ("ipt", Part::Paragraph(7)) => t_string!(i18n, learn.pages.ipt.p7),
        ("ipt", Part::Paragraph(8)) => t_string!(i18n, learn.pages.ipt.p8),
        ("ipt", Part::Paragraph(9)) => t_string!(i18n, learn.pages.ipt.p9),
        ("sick_role", Part::Title) => t_string!(i18n, learn.pages.sick_role.title),
        ("sick_role", Part::Summary) => t_string!(i18n, learn.pages.sick_role.summary),
        ("sick_role", Part::Paragraph(1)) => t_string!(i18n, learn.pages.sick_role.p1),
        ("sick_role", Part::Paragraph(2)) => t_string!(i18n, learn.pages.sick_role.p2),
        ("sick_role", Part::Paragraph(3)) => t_string!(i18n, learn.pages.sick_role.p3),
        ("sick_role", Part::Paragraph(4)) => t_string!(i18n, learn.pages.sick_role.p4),
        ("sick_role", Part::Paragraph(5)) => t_string!(i18n, learn.pages.sick_role.p5),
        ("sick_role", Part::Paragraph(6)) => t_string!(i18n, learn.pages.sick_role.p6),
        ("sick_role", Part::Paragraph(7)) => t_string!(i18n, learn.pages.sick_role.p7),
        _ => "",
    }
}
