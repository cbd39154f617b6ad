//! The bar on top of every page: the product's name and the two main pages, for a
//! coordinator's device the coordinator pages, and, when there is something to say, whether
//! the device is offline and how many entries wait to be sent.

use crate::app::{AppState, Page};
use crate::i18n::{use_i18n, Arg};
use brobygge_model::ErrorCode;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let has_profile = move || state.profile.with(Option::is_some);
    let current = move |page: Page| move || (state.page.get() == page).to_string();
    // Offline: the engine says so, or the last sync could not reach the server.
    let offline = move || {
        !state.online.get()
            || state.sync.with(|s| {
                s.as_ref()
                    .and_then(|s| s.last_error.as_ref())
                    .is_some_and(|e| e.code == ErrorCode::Offline)
            })
    };
    let waiting = move || state.sync.with(|s| s.as_ref().map_or(0, |s| s.waiting));
    let status = move || {
        let mut parts = Vec::new();
        if offline() {
            parts.push(i18n.t("status-offline"));
        }
        if waiting() > 0 {
            parts.push(i18n.t_args("sync-waiting", &[("count", Arg::from(waiting()))]));
        }
        parts.join(" ")
    };
    view! {
        <header class="top-bar">
            <span class="brand">{move || i18n.t("app-name")}</span>
            <Show when=has_profile>
                <nav class="tabs" aria-label=move || i18n.t("nav-label")>
                    <button id="nav-log" aria-current=current(Page::Log)
                        on:click=move |_| state.navigate(Page::Log)>
                        {move || i18n.t("nav-log")}
                    </button>
                    <button id="nav-my-log" aria-current=current(Page::MyLog)
                        on:click=move |_| state.navigate(Page::MyLog)>
                        {move || i18n.t("nav-my-log")}
                    </button>
                    <Show when=move || state.coordinator.with(Option::is_some)>
                        <button id="nav-coordinator" aria-current=current(Page::Coordinator)
                            on:click=move |_| state.navigate(Page::Coordinator)>
                            {move || i18n.t("nav-coordinator")}
                        </button>
                    </Show>
                </nav>
                <p class="status-line" id="status-line" role="status"
                    data-offline=move || offline().to_string()>{status}</p>
            </Show>
        </header>
    }
}
