//! The synced activities of the coordinator's projects: filtered by period and project, 50 to
//! a page, with their labels in the coordinator's language; and the filters the overview
//! shares.

use crate::api;
use crate::components::error_message;
use crate::dates::short_date;
use crate::i18n::{use_i18n, Arg};
use brobygge_model::reference::List;
use brobygge_model::{ActivityDraft, Code, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

const PAGE: u32 = 50;

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Row {
    id: String,
    author: String,
    activity: ActivityDraft,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
struct RowPage {
    rows: Vec<Row>,
    total: u32,
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
    let filter = move |signal: RwSignal<String>| {
        move |ev| {
            signal.set(event_target_value(&ev));
            if let Some(cb) = on_change {
                cb.run(());
            }
        }
    };
    view! {
        <div class="filters">
            <label class="field">
                <span>{move || i18n.t("coordinator-from")}</span>
                <input id="filter-from" type="date" on:change=filter(from) />
            </label>
            <label class="field">
                <span>{move || i18n.t("coordinator-to")}</span>
                <input id="filter-to" type="date" on:change=filter(to) />
            </label>
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
    let error = RwSignal::new(None);
    Effect::new(move |_| {
        let mut path = format!(
            "/coordinator/activities?limit={PAGE}&offset={}",
            offset.get()
        );
        for (name, value) in [
            ("from", from.get()),
            ("to", to.get()),
            ("project", project.get()),
        ] {
            if !value.is_empty() {
                path.push_str(&format!("&{name}={value}"));
            }
        }
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
                    </tr>
                </thead>
                <tbody>
                    {move || page.get().rows.into_iter().map(|row| {
                        let a = row.activity;
                        let date = a.date.map(|d| short_date(i18n.locale.get(), d)).unwrap_or_default();
                        view! {
                            <tr data-id=row.id>
                                <td>{date}</td>
                                <td>{label(List::Projects, &a.project)}</td>
                                <td>{label(List::Areas, &a.area)}</td>
                                <td>{label(List::Venues, &a.venue)}</td>
                                <td class="number"><bdi>{a.people.total()}</bdi></td>
                                <td><bdi>{row.author}</bdi></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
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
