//! The funder's reports: the calendar of reports due, then choose the kind, project and period,
//! read the figures, write the texts saved with the report, hand it in, download it as XLSX
//! or CSV, or print it (the print view leaves out everything but the report). A report handed
//! in is shown as it was then, its texts no longer editable, with what has changed since.

use super::handing_in::{handed_in, Calendar, HandIn};
use super::report_view::ReportView;
use crate::api;
use crate::components::error_message;
use crate::dates::today;
use crate::i18n::use_i18n;
use brobygge_model::reference::List;
use brobygge_model::report::{Report, ReportKind, ReportTexts};
use brobygge_model::{privacy, ReferenceData};
use chrono::Datelike;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The query of the chosen report, without the leading `?`.
fn query(kind: &str, project: &str, year: &str, half: &str, threshold: &str) -> String {
    let mut q = format!("threshold={}", threshold.parse::<u32>().unwrap_or(0));
    if kind != "annual" {
        q.push_str(&format!("&project={project}"));
    }
    if kind != "final" {
        q.push_str(&format!("&year={year}"));
    }
    if kind == "half-year" {
        q.push_str(&format!("&half={half}"));
    }
    q
}

#[component]
fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    readonly: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{move || i18n.t(label)}</span>
            <textarea id=id rows="4" prop:value=move || value.get() readonly=readonly
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        </label>
    }
}

#[component]
pub fn Reports(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let reads_only = super::only_reads();
    let now = today();
    let kind = RwSignal::new("half-year".to_owned());
    let project = RwSignal::new(String::new());
    let year = RwSignal::new(now.year().to_string());
    let half = RwSignal::new(if now.month() <= 6 { "1" } else { "2" }.to_owned());
    let threshold = RwSignal::new("0".to_owned());
    let report = RwSignal::new(None::<Report>);
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let (done, analysis, afterwards) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let parts: super::part_texts::Parts = RwSignal::new(Default::default());
    // The first project is chosen once the list has come.
    Effect::new(move |_| {
        if project.with_untracked(String::is_empty) {
            if let Some(p) = reference.with(|r| r.projects.first().map(|p| p.code.to_string())) {
                project.set(p);
            }
        }
    });
    let current = move || {
        query(
            &kind.get(),
            &project.get(),
            &year.get(),
            &half.get(),
            &threshold.get(),
        )
    };
    let handed = RwSignal::new(0usize);
    let load = move || {
        let path = format!("/coordinator/reports/{}?{}", kind.get(), current());
        saved.set(false);
        spawn_local(async move {
            match api::get::<Report>(&path).await {
                Ok(r) => {
                    done.set(r.texts.done.clone());
                    analysis.set(r.texts.analysis.clone());
                    afterwards.set(r.texts.afterwards.clone());
                    parts.set((r.texts.areas.clone(), r.texts.projects.clone()));
                    report.set(Some(r));
                    error.set(None);
                }
                Err(e) => {
                    report.set(None);
                    error.set(Some(error_message(i18n, &e)));
                }
            }
        });
    };
    let show = move |_| load();
    let open = Callback::new(
        move |(k, p, y, h): (String, String, Option<i32>, Option<u8>)| {
            kind.set(k);
            project.set(p);
            if let Some(y) = y {
                year.set(y.to_string());
            }
            if let Some(h) = h {
                half.set(h.to_string());
            }
            load();
        },
    );
    let path = Signal::derive(move || format!("{}?{}", kind.get(), current()));
    let save = move |_| {
        let texts = ReportTexts {
            done: done.get(),
            analysis: analysis.get(),
            afterwards: afterwards.get(),
            areas: parts.with(|p| p.0.clone()),
            projects: parts.with(|p| p.1.clone()),
        };
        // The same guard as a guide's note: no resident's number or address in a report.
        let leaks = [&texts.done, &texts.analysis, &texts.afterwards]
            .into_iter()
            .chain(texts.areas.values().chain(texts.projects.values()))
            .any(|t| !privacy::scan(t).is_empty());
        if leaks {
            error.set(Some(i18n.t("report-personal-data")));
            return;
        }
        let path = format!("/coordinator/reports/{}/texts?{}", kind.get(), current());
        spawn_local(async move {
            match api::put::<_, ReportTexts>(&path, &texts).await {
                Ok(_) => {
                    saved.set(true);
                    error.set(None);
                }
                Err(e) => error.set(Some(error_message(i18n, &e))),
            }
        });
    };
    let download = move |format: &'static str| {
        move || {
            let lang = i18n.locale.get().tag();
            format!(
                "/api/v1/coordinator/reports/{}/export?{}&format={format}&lang={lang}",
                kind.get(),
                current()
            )
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let option = move |value: &'static str, id: &'static str| {
        view! { <option value=value>{move || i18n.t(id)}</option> }
    };
    view! {
        <section class="reports">
            <h1 class="no-print">{move || i18n.t("report-nav")}</h1>
            <Calendar reference open refresh=handed.into() />
            <div class="filters no-print">
                <label class="field">
                    <span>{move || i18n.t("report-kind")}</span>
                    <select id="report-kind" prop:value=move || kind.get()
                        on:change=move |ev| kind.set(event_target_value(&ev))>
                        {option("half-year", "report-kind-half-year")}
                        {option("final", "report-kind-final")}
                        {option("annual", "report-kind-annual")}
                    </select>
                </label>
                <Show when=move || kind.get() != "annual">
                    <label class="field">
                        <span>{move || i18n.t("report-project")}</span>
                        <select id="report-project" prop:value=move || project.get()
                            on:change=move |ev| project.set(event_target_value(&ev))>
                            {move || reference.with(|r| r.projects.iter().map(|p| {
                                let code = p.code.to_string();
                                let selected = project.get_untracked() == code;
                                let name = r.label(List::Projects, &p.code, i18n.locale.get()).to_owned();
                                view! { <option value=code selected=selected>{name}</option> }
                            }).collect_view())}
                        </select>
                    </label>
                </Show>
                <Show when=move || kind.get() != "final">
                    <label class="field">
                        <span>{move || i18n.t("report-year")}</span>
                        <input id="report-year" type="number" min="2020" max="2100" inputmode="numeric"
                            prop:value=move || year.get() on:change=move |ev| year.set(event_target_value(&ev)) />
                    </label>
                </Show>
                <Show when=move || kind.get() == "half-year">
                    <label class="field">
                        <span>{move || i18n.t("report-half")}</span>
                        <select id="report-half" prop:value=move || half.get()
                            on:change=move |ev| half.set(event_target_value(&ev))>
                            {option("1", "report-half-first")}
                            {option("2", "report-half-second")}
                        </select>
                    </label>
                </Show>
                <label class="field">
                    <span>{move || i18n.t("report-threshold")}</span>
                    <input id="report-threshold" type="number" min="0" max="100" inputmode="numeric"
                        prop:value=move || threshold.get() on:change=move |ev| threshold.set(event_target_value(&ev)) />
                </label>
                <button type="button" class="primary" id="report-show" on:click=show>{move || i18n.t("report-show")}</button>
            </div>
            <p class="field-error" role="alert" id="report-error">{move || error.get()}</p>
            {move || report.get().map(|r| {
                let title = format!("report-kind-{}", kind.get_untracked());
                // A viewer reads a report as it stands, and changes nothing.
                let frozen = r.handed_in.is_some() || reads_only;
                let status = match &r.handed_in {
                    Some(who) => reference.with(|refs| handed_in(i18n, who, &r.changes, refs)).into_any(),
                    None if reads_only => ().into_any(),
                    None => view! { <HandIn path report error handed /> }.into_any(),
                };
                view! {
                    <h1 id="report-title">{i18n.t(&title)}</h1>
                    <div class="actions no-print">
                        // Files are saved by a browser; the app's window has no downloads.
                        <Show when=|| !crate::ipc::in_app()>
                            <a class="button secondary" id="report-xlsx" href=download("xlsx") download="">{i18n.t("report-export-xlsx")}</a>
                            <a class="button secondary" id="report-csv" href=download("csv") download="">{i18n.t("report-export-csv")}</a>
                        </Show>
                        <button type="button" class="secondary" id="report-print" on:click=print>{i18n.t("report-print")}</button>
                    </div>
                    {status}
                    <ReportView report=r.clone() reference />
                    <div class="report-texts">
                        <TextField id="report-text-done" label="report-text-done" value=done readonly=frozen />
                        <TextField id="report-text-analysis" label="report-text-analysis" value=analysis readonly=frozen />
                        <TextField id="report-text-afterwards" label="report-text-afterwards" value=afterwards readonly=frozen />
                        {(r.kind == ReportKind::Annual).then(|| view! {
                            <super::part_texts::PartTexts report=r.clone() reference parts readonly=frozen />
                        })}
                        {(!frozen).then(|| view! {
                            <button type="button" class="primary no-print" id="report-save-texts" on:click=save>{i18n.t("report-save-texts")}</button>
                        })}
                        <p role="status" class="no-print">{move || saved.get().then(|| i18n.t("report-texts-saved"))}</p>
                    </div>
                }
            })}
        </section>
    }
}
