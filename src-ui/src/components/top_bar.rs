//! The bar on top of every page: the product's name, the two main pages and the language.

use crate::app::{AppState, Page};
use crate::i18n::use_i18n;
use brobygge_model::LocaleCode;
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
                </nav>
            </Show>
            <label class="language">
                <span class="visually-hidden">{move || i18n.t("nav-language")}</span>
                <select id="language" on:change=move |ev| {
                    if let Ok(locale) = event_target_value(&ev).parse::<LocaleCode>() {
                        i18n.locale.set(locale);
                        state.remember_locale(locale);
                    }
                }>
                    {LocaleCode::ALL.into_iter().map(|l| view! {
                        <option value=l.tag() lang=l.tag()
                            selected=move || i18n.locale.get() == l>{l.native_name()}</option>
                    }).collect_view()}
                </select>
            </label>
        </header>
    }
}
