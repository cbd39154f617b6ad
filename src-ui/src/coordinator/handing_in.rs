//! Handing a report in, and what comes after: the button (with its question, since a report
//! handed in stays as it is), the line saying who handed it in and when with what has changed
//! since, and the calendar of every project's half-year and final reports with their due dates.

use super::charts;
use super::overview::hours;
use crate::api;
use crate::components::{error_message, AskFirst, Asking};
use crate::dates::long_date;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::handed_in::{CalendarEntry, Change, HandedIn, Standing};
use brobygge_model::reference::List;
use brobygge_model::report::Report;
use brobygge_model::ReferenceData;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The day of an RFC 3339 time, in the language's own words.
fn day_of(i18n: I18n, at: &str) -> String {
    at.get(..10)
        .and_then(|d| d.parse::<NaiveDate>().ok())
        .map_or_else(
            || at.to_owned(),
            |d| long_date(i18n.locale.get_untracked(), d),
        )
}

/// "Hand in" and its question; on yes, the report as handed in replaces the one shown.
#[component]
pub fn HandIn(
    /// The report's path and query without `/coordinator/reports/`: `half-year?project=…`.
    path: Signal<String>,
    report: RwSignal<Option<Report>>,
    error: RwSignal<Option<String>>,
    /// Counted up once the report is handed in, for the calendar to read itself again.
    handed: RwSignal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hand_in = move |()| {
        let (kind, query) = path
            .get_untracked()
            .split_once('?')
            .map(|(k, q)| (k.to_owned(), q.to_owned()))
            .unwrap_or_default();
        let url = format!("/coordinator/reports/{kind}/hand-in?{query}");
        spawn_local(async move {
            match api::post::<_, Report>(&url, &serde_json::json!({})).await {
                Ok(r) => {
                    report.set(Some(r));
                    error.set(None);
                    handed.update(|n| *n += 1);
                }
                Err(e) => error.set(Some(error_message(i18n, &e))),
            }
        });
    };
    let words = Asking {
        button: i18n.t("report-hand-in"),
        question: i18n.t("report-hand-in-question"),
        yes: i18n.t("report-hand-in-yes"),
        no: i18n.t("report-hand-in-no"),
    };
    view! {
        <div class="hand-in no-print">
            <AskFirst id="report-hand-in" words on_yes=Callback::new(hand_in) />
        </div>
    }
}

/// Who handed the report in and when, and what has changed since, figure by figure.
pub fn handed_in(
    i18n: I18n,
    who: &HandedIn,
    changes: &[Change],
    reference: &ReferenceData,
) -> impl IntoView {
    let said = i18n.t_args(
        "report-handed-in",
        &[
            ("date", Arg::from(day_of(i18n, &who.at))),
            ("name", Arg::from(who.by.clone())),
        ],
    );
    let locale = i18n.locale.get_untracked();
    let value = |c: &Change, n: Option<u64>| match n {
        Some(minutes) if c.figure == "report-hours" => hours(minutes, locale),
        Some(n) => i18n.number(n),
        None => i18n.t("report-suppressed"),
    };
    let rows: Vec<(String, Vec<String>)> = (changes.iter())
        .map(|c| {
            let project = reference
                .label(List::Projects, &c.project, locale)
                .to_owned();
            let mut figure = i18n.t(&c.figure);
            if c.new {
                figure = i18n.t_args("report-change-new", &[("figure", Arg::from(figure))]);
            }
            (
                project,
                vec![figure, value(c, c.handed_in), value(c, c.now)],
            )
        })
        .collect();
    view! {
        <div class="issued" id="report-handed-in">
            <p><strong>{said}</strong></p>
            {if rows.is_empty() {
                view! { <p id="report-no-changes">{i18n.t("report-no-changes")}</p> }.into_any()
            } else {
                charts::table(i18n, "report-changes", i18n.t("report-changes"),
                    &["report-change-figure", "report-change-then", "report-change-now"], rows)
                    .into_any()
            }}
        </div>
    }
}

/// Every project's half-year and final reports with their due dates; "open" shows one.
#[component]
pub fn Calendar(
    reference: RwSignal<ReferenceData>,
    /// Called with the kind, project, year and half of the report to show.
    open: Callback<(String, String, Option<i32>, Option<u8>)>,
    /// Read again when this changes (a report was handed in).
    refresh: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let entries = RwSignal::new(None::<Vec<CalendarEntry>>);
    Effect::new(move |_| {
        refresh.track();
        spawn_local(async move {
            if let Ok(list) = api::get::<Vec<CalendarEntry>>("/coordinator/reports/calendar").await
            {
                entries.set(Some(list));
            }
        });
    });
    let row = move |e: CalendarEntry| {
        let locale = i18n.locale.get_untracked();
        let project =
            reference.with_untracked(|r| r.label(List::Projects, &e.project, locale).to_owned());
        let report = match (e.year, e.half) {
            (Some(year), Some(half)) => i18n.t_args(
                "report-calendar-half",
                &[
                    ("year", Arg::from(year.to_string())),
                    ("half", Arg::from(u64::from(half))),
                ],
            ),
            _ => i18n.t("report-kind-final"),
        };
        let standing = match (&e.standing, &e.handed_in) {
            (Standing::HandedIn, Some(who)) => i18n.t_args(
                "report-standing-handed-in",
                &[("date", Arg::from(day_of(i18n, &who.at)))],
            ),
            (Standing::Running, _) => i18n.t("report-standing-running"),
            (Standing::Overdue, _) => i18n.t("report-standing-overdue"),
            _ => i18n.t("report-standing-due"),
        };
        let class = match e.standing {
            Standing::Overdue => "overdue",
            _ => "",
        };
        let period = format!(
            "{} – {}",
            long_date(locale, e.from),
            long_date(locale, e.to)
        );
        let kind = e.kind.as_str().to_owned();
        let code = e.project.to_string();
        let (year, half) = (e.year, e.half);
        let (shown_kind, shown_code) = (kind.clone(), code.clone());
        view! {
            <tr class=class data-project=shown_code data-kind=shown_kind>
                <th scope="row">{project}</th>
                <td>{report}</td>
                <td>{period}</td>
                <td>{long_date(locale, e.due)}</td>
                <td class="standing">{standing}</td>
                <td><button type="button" class="text-button"
                    on:click=move |_| open.run((kind.clone(), code.clone(), year, half))>
                    {i18n.t("report-calendar-open")}</button></td>
            </tr>
        }
    };
    view! {
        <details class="calendar no-print" id="report-calendar" open>
            <summary>{move || i18n.t("report-calendar")}</summary>
            {move || entries.get().map(|list| if list.is_empty() {
                view! { <p>{i18n.t("report-calendar-empty")}</p> }.into_any()
            } else {
                view! {
                    <table class="figures">
                        <thead><tr>
                            <th scope="col">{i18n.t("report-project")}</th>
                            <th scope="col">{i18n.t("report-calendar-report")}</th>
                            <th scope="col">{i18n.t("report-period")}</th>
                            <th scope="col">{i18n.t("report-calendar-due")}</th>
                            <th scope="col">{i18n.t("report-calendar-standing")}</th>
                            <th scope="col"></th>
                        </tr></thead>
                        <tbody>{list.into_iter().map(row).collect_view()}</tbody>
                    </table>
                }.into_any()
            })}
        </details>
    }
}
