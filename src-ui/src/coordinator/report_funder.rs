//! A report's parts that are not people reached, as the page shows them: a project's outcome
//! counters against their targets and its partners, and the annual compilation's tables by
//! development area.

use super::charts;
use super::overview::hours;
use crate::i18n::I18n;
use brobygge_model::report::{AreaTable, ProjectSection};
use leptos::prelude::*;

/// The section's outcome counters (count, target, share) and partners (occasions).
pub fn outcomes_and_partners(
    i18n: I18n,
    s: &ProjectSection,
    outcome: impl Fn(&str) -> String,
    partner: impl Fn(&str) -> String,
) -> impl IntoView {
    let hidden = i18n.t("report-suppressed");
    let outcomes: Vec<_> = (s.outcomes.iter())
        .map(|row| {
            let share = row.share_percent().map(|p| format!("{} %", i18n.number(p)));
            let cells = vec![
                i18n.number(row.occasions),
                row.count.map_or(hidden.clone(), |n| i18n.number(n)),
                row.target.map(|t| i18n.number(t)).unwrap_or_default(),
                share.unwrap_or_default(),
            ];
            (outcome(&row.key), cells)
        })
        .collect();
    let partners: Vec<_> = (s.partners.iter())
        .map(|row| (partner(&row.key), vec![i18n.number(row.occasions)]))
        .collect();
    const OUTCOME_COLUMNS: [&str; 4] = [
        "report-occasions",
        "report-count",
        "report-target",
        "report-target-share",
    ];
    view! {
        {(!outcomes.is_empty()).then(|| charts::table(i18n, "report-outcomes",
            i18n.t("report-outcomes"), &OUTCOME_COLUMNS, outcomes))}
        {(!partners.is_empty()).then(|| charts::table(i18n, "report-partners",
            i18n.t("report-partners"), &["report-occasions"], partners))}
    }
}

/// Each development area's projects with the occasions that served it and their hours.
pub fn development_areas(
    i18n: I18n,
    areas: &[AreaTable],
    area: impl Fn(&str) -> String,
    project: impl Fn(&str) -> String,
) -> impl IntoView {
    let locale = i18n.locale.get_untracked();
    let tables = areas
        .iter()
        .map(|a| {
            let mut rows: Vec<_> = (a.projects.iter())
                .map(|row| {
                    let cells = vec![i18n.number(row.occasions), hours(row.minutes, locale)];
                    (project(row.project.as_str()), cells)
                })
                .collect();
            let total = vec![i18n.number(a.occasions), hours(a.minutes, locale)];
            rows.push((i18n.t("report-total"), total));
            let columns = &["report-occasions", "report-hours"];
            view! {
                <div class="development-area" data-area=a.area.to_string()>
                    {charts::table(i18n, "report-development-area", area(a.area.as_str()), columns, rows)}
                </div>
            }
        })
        .collect_view();
    (!areas.is_empty()).then(|| {
        view! {
            <section class="report-section" id="report-development-areas">
                <h2>{i18n.t("report-development-areas")}</h2>
                {tables}
            </section>
        }
    })
}
