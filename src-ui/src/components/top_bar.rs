//! The bar on top of every page: the product's name and the two main pages, and for a
//! coordinator's device the coordinator pages.

use crate::app::{AppState, Page};
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let has_profile = move || state.profile.with(Option::is_some);
    let current = move |page: Page| move || (state.page.get() == page).to_string();
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
            </Show>
        </header>
    }
}
