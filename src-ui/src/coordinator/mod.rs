//! The coordinator pages, for a browser served by the municipality's server: log in, then the
//! synced activities of the projects the coordinator coordinates, the overview, the funder's
//! reports, kept conflicts, people and devices, and the reference lists.

mod accounts;
mod activities;
mod charts;
mod conflicts;
mod entry;
mod handing_in;
mod hours;
pub mod in_app;
mod login;
mod more_filters;
mod overview;
mod part_texts;
mod people;
mod project_run;
mod reference_editor;
mod reference_funder;
mod report_funder;
mod report_view;
mod reports;
mod retention;

use crate::api;
use crate::i18n::{start_locale, I18n};
use activities::Activities;
use brobygge_model::sync::Role;
use brobygge_model::ReferenceData;
use conflicts::Conflicts;
use leptos::prelude::*;
use leptos::task::spawn_local;
use login::Login;
use overview::Overview;
use people::People;
use reference_editor::ReferenceEditor;
use reports::Reports;
use serde::Deserialize;

/// Which coordinator page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Showing {
    Activities,
    Overview,
    Reports,
    Conflicts,
    People,
    Reference,
    Retention,
}

/// The pages in the order of the tabs: each one's button id and message id.
const PAGES: [(Showing, &str, &str); 7] = [
    (
        Showing::Activities,
        "nav-activities",
        "coordinator-nav-activities",
    ),
    (
        Showing::Overview,
        "nav-overview",
        "coordinator-nav-overview",
    ),
    (Showing::Reports, "nav-reports", "report-nav"),
    (
        Showing::Conflicts,
        "nav-conflicts",
        "coordinator-nav-conflicts",
    ),
    (Showing::People, "nav-people", "coordinator-nav-people"),
    (
        Showing::Reference,
        "nav-reference",
        "coordinator-nav-reference",
    ),
    (
        Showing::Retention,
        "nav-retention",
        "coordinator-nav-retention",
    ),
];

/// Who is logged in, as `/auth/me` says.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Me {
    pub user_id: i64,
    pub name: String,
    pub role: Role,
}

#[component]
pub fn CoordinatorApp() -> impl IntoView {
    let i18n = I18n::provide(start_locale());
    let me = RwSignal::new(None::<Me>);
    let checked = RwSignal::new(false);
    // The people page offers an administrator's account actions to an administrator.
    provide_context(me);
    let changing_password = RwSignal::new(false);
    let ended = RwSignal::new(false);
    api::on_session_ended(move || {
        if me.get_untracked().is_some() {
            ended.set(true);
            me.set(None);
        }
    });
    let reference = RwSignal::new(ReferenceData::default());
    // Once logged in: the labels of the projects, areas, venues and topics.
    Effect::new(move |_| {
        if me.get().is_some() {
            spawn_local(async move {
                if let Ok(r) = api::get::<ReferenceData>("/coordinator/reference").await {
                    reference.set(r);
                }
            });
        }
    });
    spawn_local(async move {
        if let Ok(m) = api::get::<Me>("/auth/me").await {
            me.set(Some(m));
        }
        checked.set(true);
    });
    let logout = move |_| {
        spawn_local(async move {
            let _ = api::post::<_, serde_json::Value>("/auth/logout", &serde_json::json!({})).await;
            me.set(None);
        });
    };
    view! {
        <div class="app coordinator">
            <header class="top-bar no-print">
                <span class="brand">{move || i18n.t("app-name")}</span>
                {move || me.get().map(|m| view! {
                    <span class="who" id="logged-in-as">
                        {i18n.t_args("coordinator-logged-in-as", &[("name", m.name.clone().into())])}
                    </span>
                    <button type="button" class="secondary" id="password-open"
                        on:click=move |_| changing_password.update(|open| *open = !*open)>
                        {i18n.t("password-change")}
                    </button>
                    <button type="button" class="secondary" id="logout" on:click=logout>
                        {i18n.t("coordinator-logout")}
                    </button>
                })}
            </header>
            <main class="page">
                {move || match (checked.get(), me.get()) {
                    (false, _) => view! { <p class="loading">"…"</p> }.into_any(),
                    (true, None) => view! { <Login me ended /> }.into_any(),
                    (true, Some(_)) => view! {
                        <accounts::ChangePassword open=changing_password />
                        <CoordinatorPages reference />
                    }.into_any(),
                }}
            </main>
        </div>
    }
}

/// Whether someone with `role` has the page: a viewer reads the overview and the reports only,
/// and retention is an administrator's.
fn has_page(role: Option<Role>, page: Showing) -> bool {
    match page {
        Showing::Overview | Showing::Reports => true,
        Showing::Retention => role == Some(Role::Admin),
        _ => role != Some(Role::Viewer),
    }
}

/// Whether the one logged in only reads (a viewer): the reports page then offers no hand-in
/// and no texts to edit.
pub fn only_reads() -> bool {
    use_context::<RwSignal<Option<Me>>>()
        .and_then(|me| me.get_untracked())
        .is_some_and(|me| me.role == Role::Viewer)
}

/// The coordinator pages behind their tabs, once someone is known to be a coordinator (or a
/// viewer, who has the overview and reports alone): in a browser after logging in, in the app
/// for a device enrolled to a coordinator.
#[component]
pub fn CoordinatorPages(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let role = use_context::<RwSignal<Option<Me>>>()
        .and_then(|me| me.get_untracked())
        .map(|me| me.role);
    let first = if has_page(role, Showing::Activities) {
        Showing::Activities
    } else {
        Showing::Overview
    };
    let showing = RwSignal::new(first);
    view! {
                        <nav class="tabs no-print">
                            {PAGES.iter().filter(|(page, _, _)| has_page(role, *page)).map(|&(page, id, label)| view! {
                                <button type="button" id=id
                                    aria-pressed=move || (showing.get() == page).to_string()
                                    on:click=move |_| showing.set(page)>
                                    {move || i18n.t(label)}
                                </button>
                            }).collect_view()}
                        </nav>
                        {move || match showing.get() {
                            Showing::Activities => view! { <Activities reference /> }.into_any(),
                            Showing::Overview => view! { <Overview reference /> }.into_any(),
                            Showing::Reports => view! { <Reports reference /> }.into_any(),
                            Showing::Conflicts => view! { <Conflicts /> }.into_any(),
                            Showing::People => view! { <People reference /> }.into_any(),
                            Showing::Reference => view! { <ReferenceEditor reference /> }.into_any(),
                            Showing::Retention => view! { <retention::Retention /> }.into_any(),
                        }}
    }
}
