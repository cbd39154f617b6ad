//! The language picker: every language in its own name and script; the choice is kept in the
//! user's profile.

use crate::app::AppState;
use crate::i18n::use_i18n;
use brobygge_model::LocaleCode;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    view! {
        <label class="field language">
            <span>{move || i18n.t("nav-language")}</span>
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
    }
}
