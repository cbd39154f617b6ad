//! The synced activities of the coordinator's projects: filtered by period, project, area,
//! topic, language, who logged them and whether they are reviewed, 50 to a page, with their labels in the coordinator's language; one
//! entry's details beneath; downloads of what the filter matches; and the filters the overview
//! shares.

use super::entry::{Entry, Row};
use super::more_filters::{Chosen, MoreFilters};
use crate::api;
use crate::components::{error_message, DateField, DateKind};
use crate::dates::short_date;
use crate::i18n::{use_i18n, Arg};
use brobygge_model::reference::List;
use brobygge_model::{Code, ReferenceData};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

const PAGE: u32 = 50;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
struct RowPage {
    rows: Vec<Row>,
    total: u32,
}

/// The period and project a page's figures are for, each as the API's query writes it ("" for
/// none), for [`Filters`] to set.
#[derive(Clone, Copy)]
pub struct Period {
    pub from: RwSignal<String>,
    pub to: RwSignal<String>,
    pub project: RwSignal<String>,
}

impl Default for Period {
    /// No bounds, every project.
    fn default() -> Period {
        Period {
            from: RwSignal::new(String::new()),
            to: RwSignal::new(String::new()),
            project: RwSignal::new(String::new()),
        }
    }
}

impl Period {
    /// `path` with the chosen bounds and project as its query; read in an effect, it runs
    /// again when one changes.
    pub fn query(&self, path: &str) -> String {
        let mut query = format!("{path}?");
        for (name, value) in [
            ("from", self.from.get()),
            ("to", self.to.get()),
            ("project", self.project.get()),
        ] {
            if !value.is_empty() {
                query.push_str(&format!("{name}={value}&"));
            }
        }
        query
    }
}

/// The period and project a page shows; changing one goes back to the first page.
#[component]
pub fn Filters(
    from: RwSignal<String>,
    to: RwSignal<String>,
    project: RwSignal<String>,
    reference: RwSignal<ReferenceData>,
    #[prop(optional)] on_change: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let changed = move || {
        if let Some(cb) = on_change {
            cb.run(());
        }
    };
    let filter = move |signal: RwSignal<String>| {
        move |ev| {
            signal.set(event_target_value(&ev));
            changed();
        }
    };
    // A bound is a day written as the API reads it (`2026-11-02`), or "" for none.
    let bound = move |id: &'static str, label: &'static str, signal: RwSignal<String>| {
        view! {
            <DateField id label=Signal::derive(move || i18n.t(label)) kind=DateKind::Limit
                value=Signal::derive(move || signal.with(|s| s.parse().ok()))
                on_change=Callback::new(move |day: Option<NaiveDate>| {
                    signal.set(day.map(|d| d.to_string()).unwrap_or_default());
                    changed();
                }) />
        }
    };
    view! {
        <div class="filters">
            {bound("filter-from", "coordinator-from", from)}
            {bound("filter-to", "coordinator-to", to)}
            <label class="field">
                <span>{move || i18n.t("coordinator-project")}</span>
                <select id="filter-project" on:change=filter(project)>
                    <option value="">{move || i18n.t("coordinator-all-projects")}</option>
                    {move || reference.with(|r| r.projects.iter().map(|p| {
                        let code = p.code.as_str().to_owned();
                        let name = r.label(List::Projects, &p.code, i18n.locale.get()).to_owned();
                        view! { <option value=code>{name}</option> }
                    }).collect_view())}
                </select>
            </label>
        </div>
    }
}

#[component]
pub fn Activities(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let page = RwSignal::new(RowPage::default());
    let offset = RwSignal::new(0u32);
    let (from, to, project) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let reviewed = RwSignal::new(String::new());
    let chosen = Chosen::new();
    let error = RwSignal::new(None);
    let selected = RwSignal::new(None::<String>);
    let notice = RwSignal::new(None::<String>);
    // Bumped to read the list again after a correction or a review mark.
    let reload = RwSignal::new(0u32);
    let filters = move || {
        let mut query = String::new();
        let chosen = chosen.params();
        for (name, value) in [
            ("from", from.get()),
            ("to", to.get()),
            ("project", project.get()),
            ("reviewed", reviewed.get()),
        ]
        .into_iter()
        .chain(chosen)
        {
            if !value.is_empty() {
                query.push_str(&format!("&{name}={value}"));
            }
        }
        query
    };
    Effect::new(move |_| {
        reload.track();
        let path = format!(
            "/coordinator/activities?limit={PAGE}&offset={}{}",
            offset.get(),
            filters()
        );
        spawn_local(async move {
            match api::get::<RowPage>(&path).await {
                Ok(p) => {
                    page.set(p);
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let label = move |list: List, code: &Option<Code>| {
        code.as_ref().map_or(String::new(), |c| {
            reference.with(|r| r.label(list, c, i18n.locale.get()).to_owned())
        })
    };
    let at_end = move || offset.get() + PAGE >= page.get().total;
    view! {
        <section class="activities">
            <h1>{move || i18n.t("coordinator-activities-title")}</h1>
            <Filters from to project reference on_change=Callback::new(move |()| offset.set(0)) />
            <MoreFilters chosen reference on_change=Callback::new(move |()| offset.set(0)) />
            <div class="filters">
                <label class="field">
                    <span>{move || i18n.t("coordinator-reviewed")}</span>
                    <select id="filter-reviewed" on:change=move |ev| {
                        reviewed.set(event_target_value(&ev));
                        offset.set(0);
                    }>
                        <option value="">{move || i18n.t("coordinator-reviewed-any")}</option>
                        <option value="false">{move || i18n.t("coordinator-reviewed-waiting")}</option>
                        <option value="true">{move || i18n.t("coordinator-reviewed-done")}</option>
                    </select>
                </label>
                <Show when=|| !crate::ipc::in_app()>
                <a class="button secondary" id="activities-xlsx" download=""
                    href=move || format!("/api/v1/coordinator/activities/export?format=xlsx&lang={}{}", i18n.locale.get().tag(), filters())>
                    {move || i18n.t("report-export-xlsx")}
                </a>
                <a class="button secondary" id="activities-csv" download=""
                    href=move || format!("/api/v1/coordinator/activities/export?format=csv&lang={}{}", i18n.locale.get().tag(), filters())>
                    {move || i18n.t("report-export-csv")}
                </a>
                </Show>
            </div>
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            <p id="activities-total" aria-live="polite">
                {move || i18n.t_args("coordinator-total", &[("count", Arg::from(page.get().total))])}
            </p>
            <table id="activities">
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("coordinator-column-date")}</th>
                        <th scope="col">{move || i18n.t("coordinator-column-project")}</th>
                        <th scope="col">{move || i18n.t("coordinator-column-area")}</th>
                        <th scope="col">{move || i18n.t("coordinator-column-venue")}</th>
                        <th scope="col" class="number">{move || i18n.t("coordinator-column-people")}</th>
                        <th scope="col">{move || i18n.t("coordinator-column-author")}</th>
                        <th scope="col">{move || i18n.t("coordinator-reviewed")}</th>
                        <th scope="col"><span class="visually-hidden">{move || i18n.t("coordinator-details")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {move || page.get().rows.into_iter().map(|row| {
                        let id = row.id.clone();
                        let is_selected = {
                            let id = id.clone();
                            move || selected.get().as_deref() == Some(id.as_str())
                        };
                        let a = row.activity;
                        let date = a.date.map(|d| short_date(i18n.locale.get(), d)).unwrap_or_default();
                        view! {
                            <tr data-id=row.id>
                                <td>{date}</td>
                                <td>{label(List::Projects, &a.project)}</td>
                                <td>{label(List::Areas, &a.area)}</td>
                                <td>{label(List::Venues, &a.venue)}</td>
                                <td class="number"><bdi>{i18n.number(a.people.total())}</bdi></td>
                                <td><bdi>{row.author}</bdi></td>
                                <td>{i18n.t(if row.reviewed { "coordinator-yes" } else { "coordinator-no" })}</td>
                                <td>
                                    <button type="button" class="secondary details"
                                        aria-expanded=move || is_selected().to_string()
                                        on:click=move |_| {
                                            selected.set(Some(id.clone()));
                                            notice.set(None);
                                            // Bring the opened entry into view below the list.
                                            request_animation_frame(|| {
                                                if let Some(entry) = document().get_element_by_id("entry") {
                                                    entry.scroll_into_view();
                                                }
                                            });
                                        }>
                                        {i18n.t("coordinator-details")}
                                    </button>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {move || {
                let id = selected.get()?;
                let row = page.with(|p| p.rows.iter().find(|r| r.id == id).cloned())?;
                Some(view! { <Entry row reference notice changed=Callback::new(move |()| reload.update(|n| *n += 1)) /> })
            }}
            <div class="pager">
                <button type="button" class="secondary" id="page-prev"
                    disabled=move || offset.get() == 0
                    on:click=move |_| offset.update(|o| *o = o.saturating_sub(PAGE))>
                    {move || i18n.t("coordinator-previous")}
                </button>
                <button type="button" class="secondary" id="page-next"
                    disabled=at_end
                    on:click=move |_| offset.update(|o| *o += PAGE)>
                    {move || i18n.t("coordinator-next")}
                </button>
            </div>
        </section>
    }
}
