//! One report as the page and its print view show it: the period and due date, then for each
//! project reach against what the application expected, occasions and hours, the tables by
//! gender for area, topic, type of venue and language, the referrals and questions, with
//! suppressed cells marked, and the outcome counters and partners; in the annual compilation,
//! the development areas.

use super::charts::{self, Bar};
use super::overview::hours;
use super::report_funder;
use crate::dates::long_date;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::reference::List;
use brobygge_model::report::{CountTable, CrossRow, ProjectSection, Report, CELL_GROUPS};
use brobygge_model::{Code, ReferenceData};
use leptos::prelude::*;

/// Reach against the application's expected numbers, as a chart and a table.
fn reach(i18n: I18n, s: &ProjectSection) -> impl IntoView {
    let lines = s.reach_lines();
    // A suppressed group has no bar: its table cell says it is hidden.
    let bars: Vec<Bar> = lines[..5]
        .iter()
        .filter_map(|line| {
            Some(Bar {
                label: i18n.t(line.group),
                value: line.reached?,
            })
        })
        .collect();
    let hidden = i18n.t("report-suppressed");
    let rows = lines
        .iter()
        .map(|line| {
            let share = line
                .share_percent()
                .map(|p| format!("{} %", i18n.number(p)));
            let number = |n: Option<u64>| n.map(|n| i18n.number(n)).unwrap_or_default();
            let cells = vec![
                line.reached.map_or(hidden.clone(), |n| i18n.number(n)),
                // Other or unstated has no new count to hide: the application asks for none.
                match (line.new, line.expected) {
                    (Some(n), _) => i18n.number(n),
                    (None, Some(_)) => hidden.clone(),
                    (None, None) => String::new(),
                },
                number(line.expected),
                share.unwrap_or_default(),
            ];
            (i18n.t(line.group), cells)
        })
        .collect();
    let unknown = s.new_unknown;
    view! {
        {charts::rows(&bars, i18n.locale.get_untracked())}
        {charts::table(i18n, "report-reach", i18n.t("report-reached"),
            &["report-reached", "report-new", "report-expected", "report-share"], rows)}
        <p class="note" id="report-new-note">{i18n.t("report-new-note")}</p>
        {(unknown > 0).then(|| view! {
            <p class="note" id="report-new-unknown">
                {i18n.t_args("report-new-unknown", &[("count", Arg::from(unknown))])}
            </p>
        })}
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
        CELL_GROUPS[0],
        CELL_GROUPS[1],
        CELL_GROUPS[2],
        CELL_GROUPS[3],
        CELL_GROUPS[4],
        "report-total",
    ];
    charts::table(i18n, caption, i18n.t(caption), &COLUMNS, rows)
}

/// Referrals by target or questions by category: occasions and a count, hidden when small.
fn counts(i18n: I18n, table: CountTable<'_>, label: impl Fn(&str) -> String) -> impl IntoView {
    let hidden = i18n.t("report-suppressed");
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let count = row.count.map_or(hidden.clone(), |n| i18n.number(n));
            (label(&row.key), vec![i18n.number(row.occasions), count])
        })
        .collect();
    let columns = &["report-occasions", "report-count"];
    charts::table(i18n, table.heading, i18n.t(table.heading), columns, rows)
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
                    {s.tables().into_iter().map(|t| cross(i18n, t.heading, t.rows, label(t.list))).collect_view()}
                    {s.count_tables().into_iter().filter(|t| !t.rows.is_empty())
                        .map(|t| counts(i18n, t, label(t.list))).collect_view()}
                    {report_funder::outcomes_and_partners(i18n, s, label(List::Outcomes), label(List::Partners))}
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
                <p class="note" id="report-suppressed-note">
                    {i18n.t_args("report-suppressed-note", &[("threshold", Arg::from(report.threshold))])}
                    " "{i18n.t("report-suppressed-more")}
                </p>
            })}
            {report.sections.is_empty().then(|| view! { <p>{i18n.t("report-no-projects")}</p> })}
            {sections}
            {report_funder::development_areas(i18n, &report.development_areas,
                label(List::DevelopmentAreas), label(List::Projects))}
        </div>
    }
}
