//! Charts drawn in the page as SVG, each hidden from screen readers and followed by a table of
//! the same numbers: for screen readers, for copying, and because a bar's length alone must
//! never be the only way to read a figure.

use crate::i18n::I18n;
use brobygge_model::locale::Direction;
use brobygge_model::LocaleCode;
use leptos::prelude::*;

/// One bar: its label and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u64,
}

/// Vertical bars with short labels under them (months).
pub fn columns(bars: &[Bar]) -> impl IntoView {
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let width = 40 * bars.len().max(1);
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let height = 160 * b.value / max;
            let x = 40 * i + 6;
            view! {
                <rect x=x y=170 - height width="28" height=height class="bar" />
                <text x=x + 14 y="188" text-anchor="middle" class="axis">{b.label.clone()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" aria-hidden="true" viewBox=format!("0 0 {width} 192")
            width=width height="192">{drawn}</svg>
    }
}

/// Horizontal bars with their labels and values written beside them (in the locale's digits),
/// growing from the start of the line: rightwards in a left-to-right page, leftwards in a
/// right-to-left one. The SVG's own text direction is fixed so that positions mean the same in
/// both.
pub fn rows(bars: &[Bar], locale: LocaleCode) -> impl IntoView {
    let rtl = locale.direction() == Direction::Rtl;
    const WIDTH: u32 = 480;
    const LABELS: u32 = 160;
    const LONGEST: u32 = 260;
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = 28 * bars.len().max(1);
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let y = 28 * i as u32;
            let length = (u64::from(LONGEST) * b.value / max) as u32;
            let (bar_x, label_x, value_x, anchor) = if rtl {
                let start = WIDTH - LABELS;
                (start - length, WIDTH - 4, start - length - 6, "end")
            } else {
                (LABELS, 4, LABELS + length + 6, "start")
            };
            let mut label = b.label.clone();
            if label.chars().count() > 22 {
                label = label.chars().take(21).collect::<String>() + "…";
            }
            view! {
                <rect x=bar_x y=y + 4 width=length height="20" class="bar" />
                <text x=label_x y=y + 19 text-anchor=anchor class="axis">{label}</text>
                <text x=value_x y=y + 19 text-anchor=anchor class="axis value">{locale.write_number(&b.value.to_string())}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart rows" aria-hidden="true" direction="ltr"
            viewBox=format!("0 0 {WIDTH} {height}") width=WIDTH height=height>{drawn}</svg>
    }
}

/// A table of labelled rows with numeric columns, headed by `columns` (message ids).
pub fn table(
    i18n: I18n,
    id: &'static str,
    caption: String,
    columns: &'static [&'static str],
    rows: Vec<(String, Vec<String>)>,
) -> impl IntoView {
    view! {
        <table id=id class="figures">
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col"></th>
                {columns.iter().map(|c| view! {
                    <th scope="col" class="number">{move || i18n.t(c)}</th>
                }).collect_view()}
            </tr></thead>
            <tbody>{rows.into_iter().map(|(label, cells)| view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells.into_iter().map(|c| view! { <td class="number"><bdi>{c}</bdi></td> }).collect_view()}
                </tr>
            }).collect_view()}</tbody>
        </table>
    }
}
