//! The coordinator pages, for a browser served by the municipality's server: log in, then the
//! synced activities of the projects the coordinator coordinates.

mod activities;
mod login;
mod overview;

use crate::api;
use crate::i18n::{device_locale, I18n};
use activities::Activities;
use brobygge_model::sync::Role;
use brobygge_model::LocaleCode;
use brobygge_model::ReferenceData;
use leptos::prelude::*;
use leptos::task::spawn_local;
use login::Login;
use overview::Overview;
use serde::Deserialize;

/// Which coordinator page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Showing {
    Activities,
    Overview,
}

/// Who is logged in, as `/auth/me` says.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Me {
    pub name: String,
    pub role: Role,
}

#[component]
pub fn CoordinatorApp() -> impl IntoView {
    let i18n = I18n::provide(device_locale().unwrap_or(LocaleCode::Sv));
    let me = RwSignal::new(None::<Me>);
    let checked = RwSignal::new(false);
    let showing = RwSignal::new(Showing::Activities);
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
            <header class="top-bar">
                <span class="brand">{move || i18n.t("app-name")}</span>
                {move || me.get().map(|m| view! {
                    <span class="who" id="logged-in-as">
                        {i18n.t_args("coordinator-logged-in-as", &[("name", m.name.clone().into())])}
                    </span>
                    <button type="button" class="secondary" id="logout" on:click=logout>
                        {i18n.t("coordinator-logout")}
                    </button>
                })}
            </header>
            <main class="page">
                {move || match (checked.get(), me.get()) {
                    (false, _) => view! { <p class="loading">"…"</p> }.into_any(),
                    (true, None) => view! { <Login me /> }.into_any(),
                    (true, Some(_)) => view! {
                        <nav class="tabs">
                            <button type="button" id="nav-activities"
                                aria-pressed=move || (showing.get() == Showing::Activities).to_string()
                                on:click=move |_| showing.set(Showing::Activities)>
                                {move || i18n.t("coordinator-nav-activities")}
                            </button>
                            <button type="button" id="nav-overview"
                                aria-pressed=move || (showing.get() == Showing::Overview).to_string()
                                on:click=move |_| showing.set(Showing::Overview)>
                                {move || i18n.t("coordinator-nav-overview")}
                            </button>
                        </nav>
                        {move || match showing.get() {
                            Showing::Activities => view! { <Activities reference /> }.into_any(),
                            Showing::Overview => view! { <Overview reference /> }.into_any(),
                        }}
                    }.into_any(),
                }}
            </main>
        </div>
    }
}
