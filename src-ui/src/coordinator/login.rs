//! Logging in with a login name and a password. A wrong name or password gets one message,
//! whichever it was. Below it, choosing a new password with a one-time code.

use super::Me;
use crate::api;
use crate::components::error_message;
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Login(
    me: RwSignal<Option<Me>>,
    /// The last session ended by itself (unused too long, or ended elsewhere).
    ended: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        busy.set(true);
        let body = serde_json::json!({
            "login": name.get_untracked(),
            "password": password.get_untracked(),
        });
        spawn_local(async move {
            match api::post::<_, Me>("/auth/login", &body).await {
                Ok(m) => {
                    ended.set(false);
                    me.set(Some(m));
                }
                Err(e) => error.set(Some(e)),
            }
            busy.set(false);
        });
    };
    view! {
        <form class="login" on:submit=submit>
            <h1>{move || i18n.t("coordinator-login-title")}</h1>
            {move || ended.get().then(|| view! {
                <p class="notice" id="session-ended" role="status">{i18n.t("session-ended")}</p>
            })}
            <label class="field">
                <span>{move || i18n.t("coordinator-login-name")}</span>
                <input id="login-name" type="text" autocomplete="username" dir="ltr"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev)) />
            </label>
            <label class="field">
                <span>{move || i18n.t("coordinator-password")}</span>
                <input id="login-password" type="password" autocomplete="current-password"
                    prop:value=move || password.get()
                    on:input=move |ev| password.set(event_target_value(&ev)) />
            </label>
            <p class="field-error" id="login-error" role="alert">
                {move || error.get().map(|e| error_message(i18n, &e))}
            </p>
            <button type="submit" class="primary" id="login-submit" disabled=move || busy.get()>
                {move || i18n.t("coordinator-login-button")}
            </button>
        </form>
        <super::accounts::ResetWithCode />
    }
}
