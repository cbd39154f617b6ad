//! One report as the page and its print view show it: the period and due date, then for each
//! project reach against what the application expected, occasions and hours, and the tables by
//! gender for area, topic, type of venue and language, with suppressed cells marked.

use super::charts::{self, Bar};
use super::overview::hours;
use crate::dates::long_date;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::reference::List;
use brobygge_model::{Code, ReferenceData};
use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Reach {
    pub women: u32,
    pub men: u32,
    pub girls: u32,
    pub boys: u32,
    pub other: u32,
    pub total: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Expected {
    pub girls: u32,
    pub boys: u32,
    pub women: u32,
    pub men: u32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CrossRow {
    pub key: String,
    pub occasions: u32,
    pub cells: [Option<u32>; 5],
    pub total: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Section {
    pub project: Code,
    pub finished: bool,
    pub occasions: u32,
    pub minutes: u32,
    pub reach: Reach,
    pub expected: Expected,
    pub by_area: Vec<CrossRow>,
    pub by_topic: Vec<CrossRow>,
    pub by_venue_type: Vec<CrossRow>,
    pub by_language: Vec<CrossRow>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub done: String,
    pub analysis: String,
    pub afterwards: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Report {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub due: Option<NaiveDate>,
    pub threshold: u32,
    pub sections: Vec<Section>,
    pub texts: Texts,
}

const GENDERS: [&str; 5] = [
    "report-women",
    "report-men",
    "report-girls",
    "report-boys",
    "report-other",
];

/// Reach against the application's expected numbers, as a chart and a table.
fn reach(i18n: I18n, s: &Section) -> impl IntoView {
    let (r, e) = (&s.reach, &s.expected);
    let lines = [
        ("report-girls", r.girls, Some(e.girls)),
        ("report-boys", r.boys, Some(e.boys)),
        ("report-women", r.women, Some(e.women)),
        ("report-men", r.men, Some(e.men)),
        ("report-other", r.other, None),
        (
            "report-total",
            r.total,
            Some(e.girls + e.boys + e.women + e.men),
        ),
    ];
    let bars: Vec<Bar> = lines[..5]
        .iter()
        .map(|(id, n, _)| Bar {
            label: i18n.t(id),
            value: *n,
        })
        .collect();
    let rows = lines
        .iter()
        .map(|(id, reached, expected)| {
            let share = match expected {
                Some(x) if *x > 0 => format!("{} %", i18n.number((reached * 100 + x / 2) / x)),
                _ => String::new(),
            };
            let expected = expected.map(|x| i18n.number(x)).unwrap_or_default();
            (i18n.t(id), vec![i18n.number(reached), expected, share])
        })
        .collect();
    view! {
        {charts::rows(&bars, i18n.locale.get_untracked())}
        {charts::table(i18n, "report-reach", i18n.t("report-reached"),
            &["report-reached", "report-expected", "report-share"], rows)}
    }
}

/// One table by gender, its suppressed cells marked as hidden.
fn cross(
    i18n: I18n,
    caption: &'static str,
    rows: &[CrossRow],
    label: impl Fn(&str) -> String,
) -> impl IntoView {
    let hidden = i18n.t("report-suppressed");
    let rows = rows
        .iter()
        .map(|row| {
            let mut cells = vec![i18n.number(row.occasions)];
            cells.extend(
                row.cells
                    .iter()
                    .chain([&row.total])
                    .map(|c| c.map_or(hidden.clone(), |n| i18n.number(n))),
            );
            (label(&row.key), cells)
        })
        .collect();
    const COLUMNS: [&str; 7] = [
        "report-occasions",
        GENDERS[0],
        GENDERS[1],
        GENDERS[2],
        GENDERS[3],
        GENDERS[4],
        "report-total",
    ];
    charts::table(i18n, caption, i18n.t(caption), &COLUMNS, rows)
}

#[component]
pub fn ReportView(report: Report, reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale.get_untracked();
    let label = move |list: List| {
        move |key: &str| {
            Code::new(key).map_or(key.to_owned(), |c| {
                reference.with_untracked(|r| r.label(list, &c, locale).to_owned())
            })
        }
    };
    let period = i18n.t_args(
        "report-period-days",
        &[
            ("from", Arg::Text(long_date(locale, report.from))),
            ("to", Arg::Text(long_date(locale, report.to))),
        ],
    );
    let sections = report
        .sections
        .iter()
        .map(|s| {
            let name = label(List::Projects)(s.project.as_str());
            let status = if s.finished {
                "report-status-finished"
            } else {
                "report-status-ongoing"
            };
            view! {
                <section class="report-section" data-project=s.project.to_string()>
                    <h2>{name}" · "{i18n.t(status)}</h2>
                    <dl class="key-figures">
                        <dt>{i18n.t("report-occasions")}</dt><dd id="report-occasions"><bdi>{i18n.number(s.occasions)}</bdi></dd>
                        <dt>{i18n.t("report-hours")}</dt><dd><bdi>{hours(s.minutes, locale)}</bdi></dd>
                    </dl>
                    {reach(i18n, s)}
                    {cross(i18n, "report-by-area", &s.by_area, label(List::Areas))}
                    {cross(i18n, "report-by-topic", &s.by_topic, label(List::Topics))}
                    {cross(i18n, "report-by-venue-type", &s.by_venue_type, label(List::VenueTypes))}
                    {cross(i18n, "report-by-language", &s.by_language, label(List::Languages))}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="report" id="report">
            <p><strong>{i18n.t("report-period")}": "</strong><span id="report-period">{period}</span></p>
            {report.due.map(|due| view! {
                <p id="report-due"><strong>{i18n.t("report-due")}": "</strong><span>{long_date(locale, due)}</span></p>
            })}
            {(report.threshold > 0).then(|| view! {
                <p class="note">{i18n.t_args("report-suppressed-note", &[("threshold", Arg::from(report.threshold))])}</p>
            })}
            {report.sections.is_empty().then(|| view! { <p>{i18n.t("report-no-projects")}</p> })}
            {sections}
        </div>
    }
}
