//! The trend of one measure as an accessible SVG: band shading, one point per check-in, a name
//! that says what it shows, and a table with every value for screen readers and for reading.

use leptos::prelude::*;

use super::short_date;
use crate::domain::checkin::TrendPoint;
use crate::domain::instruments::Definition;

const W: f64 = 320.0;
const H: f64 = 180.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;

fn short(d: chrono::NaiveDate) -> String {
    d.format("%-d %b").to_string()
}

/// The trend chart and its table.
#[component]
pub fn TrendChart(def: Definition, points: Vec<TrendPoint>) -> impl IntoView {
    let max = f64::from(def.total_range().1.max(1));
    let plot_h = H - TOP - BOTTOM;
    let plot_w = W - LEFT - RIGHT;
    // Totals sit in the middle of their unit step so band edges fall between whole numbers.
    let y = move |v: f64| TOP + plot_h * (1.0 - v / (max + 1.0));
    let n = points.len();
    let x = move |i: usize| {
        if n <= 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + 8.0 + (plot_w - 16.0) * (i as f64) / ((n - 1) as f64)
        }
    };
    let bands = def
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let top = y(f64::from(b.max) + 1.0);
            let bottom = y(f64::from(b.min));
            view! {
                <rect class=format!("checkin-band-{}", (i % 5) + 1) x=LEFT y=format!("{top:.1}") width=plot_w height=format!("{:.1}", bottom - top)/>
                <text class="checkin-axis" x=LEFT - 4.0 y=format!("{:.1}", bottom - 2.0) text-anchor="end" font-size="10">{b.min}</text>
            }
        })
        .collect_view();
    let coords: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, p)| (x(i), y(f64::from(p.total) + 0.5)))
        .collect();
    let line = coords
        .iter()
        .map(|(a, b)| format!("{a:.1},{b:.1}"))
        .collect::<Vec<_>>()
        .join(" ");
    let dots = points
        .iter()
        .zip(&coords)
        .map(|(p, (cx, cy))| {
            let class = if p.safety_flag {
                "checkin-dot flag"
            } else {
                "checkin-dot"
            };
            view! { <circle class=class cx=format!("{cx:.1}") cy=format!("{cy:.1}") r="5"/> }
        })
        .collect_view();
    let first = points.first().map(|p| short(p.date)).unwrap_or_default();
    let last = points.last().map(|p| short(p.date)).unwrap_or_default();
    let name = def.name.clone();
    let label = match (points.first(), points.last()) {
        (Some(f), Some(l)) => {
            let band = def
                .band_for(l.total)
                .map(|b| format!(" ({})", b.label))
                .unwrap_or_default();
            if n == 1 {
                format!(
                    "Chart of {name} totals: one check-in, {} on {}{band}. Shaded bands from {} to {}. The table below lists every value.",
                    l.total,
                    short_date(l.date),
                    def.bands.first().map(|b| b.label.as_str()).unwrap_or(""),
                    def.bands.last().map(|b| b.label.as_str()).unwrap_or(""),
                )
            } else {
                format!(
                    "Chart of {name} totals: {n} check-ins from {} to {}, first {}, latest {}{band}. Shaded bands from {} to {}. The table below lists every value.",
                    short_date(f.date),
                    short_date(l.date),
                    f.total,
                    l.total,
                    def.bands.first().map(|b| b.label.as_str()).unwrap_or(""),
                    def.bands.last().map(|b| b.label.as_str()).unwrap_or(""),
                )
            }
        }
        _ => format!("Chart of {name} totals: no check-ins yet."),
    };
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            let band = def
                .band_for(p.total)
                .map(|b| b.label.clone())
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{p.date.format("%-d %b %Y").to_string()}</td>
                    <td>{p.total}</td>
                    <td>{band}</td>
                    <td>{if p.safety_flag { "Yes" } else { "" }}</td>
                </tr>
            }
        })
        .collect_view();
    let legend = def
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            view! {
                <li>
                    <span class=format!("checkin-swatch checkin-band-{}", (i % 5) + 1) aria-hidden="true"></span>
                    {format!("{}–{} {}", b.min, b.max, b.label)}
                </li>
            }
        })
        .collect_view();
    let axis_y = H - 8.0;
    view! {
        <svg class="checkin-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
            {bands}
            <polyline class="checkin-line" points=line fill="none"/>
            {dots}
            <text class="checkin-axis" x=LEFT y=axis_y font-size="10">{first}</text>
            <text class="checkin-axis" x=W - RIGHT y=axis_y font-size="10" text-anchor="end">{last}</text>
        </svg>
        <ul class="checkin-legend" aria-label=format!("{} bands", def.name)>{legend}</ul>
        <details class="checkin-table">
            <summary>{format!("{} totals as a table", def.name)}</summary>
            <table>
                <caption>{format!("{} totals, newest first", def.name)}</caption>
                <thead>
                    <tr><th scope="col">"Date"</th><th scope="col">"Total"</th><th scope="col">"Band"</th><th scope="col">"Safety answer"</th></tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
