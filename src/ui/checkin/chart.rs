//! The trend of one measure as an accessible SVG: band shading, one point per check-in, a name
//! that says what it shows, and a table with every value for screen readers and for reading.

use leptos::prelude::*;

use super::{band_label, num, short_date};
use crate::domain::checkin::TrendPoint;
use crate::domain::instruments::Definition;
use crate::i18n::{t, t_string, use_i18n};
use crate::ui::fmt::{self, DateStyle};

const W: f64 = 320.0;
const H: f64 = 180.0;
const LEFT: f64 = 30.0;
const RIGHT: f64 = 10.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;

fn short(d: chrono::NaiveDate) -> String {
    fmt::date(d, DateStyle::DayMon)
}

/// The trend chart and its table.
#[component]
pub fn TrendChart(def: Definition, points: Vec<TrendPoint>) -> impl IntoView {
    let i18n = use_i18n();
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
                <text class="checkin-axis" x=LEFT - 4.0 y=format!("{:.1}", bottom - 2.0) text-anchor="end" font-size="10">{num(b.min)}</text>
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
    let ends = (points.first().cloned(), points.last().cloned());
    let def_l = def.clone();
    let label = move || match &ends {
        (Some(f), Some(l)) => {
            let band = def_l
                .band_for(l.total)
                .map(|b| band_label(i18n, b))
                .unwrap_or_default();
            let lowest = def_l
                .bands
                .first()
                .map(|b| band_label(i18n, b))
                .unwrap_or_default();
            let highest = def_l
                .bands
                .last()
                .map(|b| band_label(i18n, b))
                .unwrap_or_default();
            if n == 1 {
                t_string!(
                    i18n,
                    checkin.chart.label_one,
                    name = name.clone(),
                    total = num(l.total),
                    date = short_date(l.date),
                    band = band,
                    lowest = lowest,
                    highest = highest
                )
                .to_string()
            } else {
                t_string!(
                    i18n,
                    checkin.chart.label_many,
                    name = name.clone(),
                    n = num(n as i64),
                    from = short_date(f.date),
                    to = short_date(l.date),
                    first = num(f.total),
                    total = num(l.total),
                    band = band,
                    lowest = lowest,
                    highest = highest
                )
                .to_string()
            }
        }
        _ => t_string!(i18n, checkin.chart.label_none, name = name.clone()).to_string(),
    };
    let rows = points
        .iter()
        .rev()
        .map(|p| {
            let band = def
                .band_for(p.total)
                .map(|b| band_label(i18n, b))
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{fmt::date(p.date, DateStyle::DayMonYear)}</td>
                    <td>{num(p.total)}</td>
                    <td>{band}</td>
                    <td>{if p.safety_flag { t_string!(i18n, checkin.chart.yes) } else { "" }}</td>
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
                    {format!("{}–{} {}", num(b.min), num(b.max), band_label(i18n, b))}
                </li>
            }
        })
        .collect_view();
    let axis_y = H - 8.0;
    view! {
        <svg class="checkin-chart" dir="ltr" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
            {bands}
            <polyline class="checkin-line" points=line fill="none"/>
            {dots}
            <text class="checkin-axis" x=LEFT y=axis_y font-size="10">{first}</text>
            <text class="checkin-axis" x=W - RIGHT y=axis_y font-size="10" text-anchor="end">{last}</text>
        </svg>
        <ul class="checkin-legend" aria-label=t_string!(i18n, checkin.chart.legend, name = def.name.clone()).to_string()>{legend}</ul>
        <details class="checkin-table">
            <summary>{t_string!(i18n, checkin.chart.table_summary, name = def.name.clone()).to_string()}</summary>
            <table>
                <caption>{t_string!(i18n, checkin.chart.caption, name = def.name.clone()).to_string()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, checkin.chart.date)}</th>
                        <th scope="col">{t!(i18n, checkin.chart.total)}</th>
                        <th scope="col">{t!(i18n, checkin.chart.band)}</th>
                        <th scope="col">{t!(i18n, checkin.chart.safety)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}
