//! `/share/qr?from=…&to=…&show=…`: the offline QR handoff. The chosen weeks of the summary are
//! packed into the fragment of a link to this app (`/handoff#handoff=bs1.…`) and drawn as a QR
//! code. Nothing goes over a network: the summary is inside the code, and browsers never send a
//! fragment to a server.

use leptos::prelude::*;
use qrcode::{Color, EcLevel};

use super::choices::from_location;
use super::qr_mask;
use super::words;
use crate::domain::dates::local_date;
use crate::domain::exchange::base64;
use crate::domain::exchange::handoff::{
    handoff_from_summary, handoff_lines, handoff_link, weeks_that_fit, QR_COMFORTABLE_CHARS,
};
use crate::domain::exchange::summary::therapist_summary;
use crate::i18n::{t, t_string, use_i18n};
use crate::plural::Form;
use crate::store;
use crate::ui::state::use_app;

/// Pixels per module of the drawn code (the page scales it to the screen).
const MODULE_PX: usize = 4;
/// Light modules around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// The QR code of `text` as an SVG data URL (for `<img src>`, allowed by the CSP).
fn qr_data_url(text: &str) -> Option<String> {
    let (colors, width) = qr_mask::encode(text.as_bytes(), EcLevel::M)
        .or_else(|| qr_mask::encode(text.as_bytes(), EcLevel::L))?;
    let svg = qr_svg(&colors, width);
    Some(format!(
        "data:image/svg+xml;base64,{}",
        base64::encode(svg.as_bytes())
    ))
}

/// The modules as SVG: one path, each row's dark modules drawn as runs (a few KB where a square
/// per module made a 100 KB image to encode and decode).
fn qr_svg(colors: &[Color], width: usize) -> String {
    use std::fmt::Write;
    let size = width + 2 * QUIET_ZONE;
    let px = size * MODULE_PX;
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] == Color::Dark {
                x += 1;
            }
            let _ = write!(
                path,
                "M{},{}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            );
        }
    }
    format!(
        "<svg xmlns='http://www.w3.org/2000/svg' width='{px}' height='{px}' viewBox='0 0 {size} {size}' shape-rendering='crispEdges'><rect width='{size}' height='{size}' fill='white'/><path fill='black' d='{path}'/></svg>"
    )
}

/// What the page shows.
struct Made {
    link: String,
    image: Option<String>,
    weeks: usize,
    chosen_weeks: usize,
    first: Option<chrono::NaiveDate>,
    last: Option<chrono::NaiveDate>,
    flagged: bool,
}

#[component]
pub fn QrPage() -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let today = local_date(&store::now());
    let choice = app
        .journal
        .doc
        .with_untracked(|d| from_location(&d.journal, today));
    let (from, to) = choice.range();
    let app_url = format!(
        "{}/handoff",
        window().location().origin().unwrap_or_default()
    );
    let made = app.journal.doc.with_untracked(|d| {
        let j = &d.journal;
        // The code always carries the weekly scores: they hold the safety flags.
        let mut sections = choice.sections;
        sections.scores = true;
        let s = therapist_summary(j, from, to, sections);
        let fit = weeks_that_fit(&app_url, QR_COMFORTABLE_CHARS);
        let focus = j
            .focus
            .as_ref()
            .filter(|f| f.is_live())
            .map(|f| (f.data.area, f.data.since));
        let mut h = handoff_from_summary(&s, focus, Some(fit));
        // Her lines in her language (the code carries them as text).
        h.lines = handoff_lines(&s, |b| words::title(i18n, b));
        let link = handoff_link(&app_url, &h);
        Made {
            image: qr_data_url(&link),
            link,
            weeks: h.weeks.len(),
            chosen_weeks: s.weeks.len(),
            first: h.weeks.first().map(|w| w.week_of),
            last: h.weeks.last().map(|w| w.week_of),
            flagged: h.has_safety_flag(),
        }
    });
    let back = format!("/share?{}", choice.to_query());
    let count_text = move || match (made.weeks, made.first, made.last) {
        (0, _, _) => t_string!(i18n, share.qr.holds_none).to_owned(),
        (1, Some(f), _) => t_string!(i18n, share.qr.holds_one, date = words::day(f)),
        (n, Some(f), Some(l)) => {
            let (first, last) = (words::day(f), words::day(l));
            match words::plural(i18n, n) {
                Form::One | Form::Two => t_string!(i18n, share.qr.holds_two, first, last),
                Form::Few => {
                    t_string!(i18n, share.qr.holds_few, n = words::num(n), first, last)
                }
                Form::Many => {
                    t_string!(i18n, share.qr.holds_many, n = words::num(n), first, last)
                }
            }
        }
        (n, _, _) => words::weeks(i18n, n),
    };
    let (chosen, weeks) = (made.chosen_weeks, made.weeks);
    let more = move || {
        (chosen > weeks).then(|| {
            let n = words::num(weeks);
            match words::plural(i18n, chosen) {
                Form::One => t_string!(i18n, share.qr.more_one, n),
                Form::Two => t_string!(i18n, share.qr.more_two, n),
                Form::Few => {
                    t_string!(i18n, share.qr.more_few, chosen = words::num(chosen), n)
                }
                Form::Many => {
                    t_string!(i18n, share.qr.more_many, chosen = words::num(chosen), n)
                }
            }
        })
    };
    let alt = move || words::counted!(i18n, weeks, qr.alt_one, alt_two, alt_few, alt_many);

    view! {
        <h1 tabindex="-1">{t!(i18n, share.qr.title)}</h1>
        <p class="lead">{t!(i18n, share.qr.lead)}</p>
        <div class="card share-qr">
            {match made.image {
                Some(src) => view! { <img class="share-qr-img" src=src alt=alt/> }.into_any(),
                None => view! { <p>{t!(i18n, share.qr.too_long)}</p> }.into_any(),
            }}
            <p role="status">{count_text}</p>
            {move || more().map(|m| view! { <p class="small">{m}</p> })}
            {made.flagged.then(|| view! {
                <p class="share-flag">{t!(i18n, share.qr.flagged)}</p>
            })}
        </div>
        <p>{t!(i18n, share.qr.offline)}</p>
        <details class="share-link">
            <summary>{t!(i18n, share.qr.show_link)}</summary>
            <p><code>{made.link}</code></p>
        </details>
        <div class="actions">
            <a class="button quiet" href=back>{t!(i18n, share.summary.back)}</a>
        </div>
    }
}
