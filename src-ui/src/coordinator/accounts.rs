//! Accounts in the coordinator pages: an administrator disables and enables a person's account
//! (after saying what that ends) and hands a coordinator a one-time password reset; a logged-in
//! coordinator changes their own password; someone with a reset code chooses a new password
//! before logging in.

use crate::api;
use crate::components::error_message;
use crate::i18n::{use_i18n, I18n};
use brobygge_model::ApiError;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct IssuedReset {
    login: String,
    code: String,
    expires_at: String,
}

/// A password field with its label.
fn password_field(
    i18n: I18n,
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    autocomplete: &'static str,
) -> impl IntoView {
    view! {
        <label class="field">
            <span>{move || i18n.t(label)}</span>
            <input id=id type="password" autocomplete=autocomplete dir="ltr"
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev)) />
        </label>
    }
}

/// The two new passwords typed alike, or the message that says they are not.
fn same(i18n: I18n, new: RwSignal<String>, repeat: RwSignal<String>) -> Result<String, String> {
    let (new, repeat) = (new.get_untracked(), repeat.get_untracked());
    if new == repeat {
        Ok(new)
    } else {
        Err(i18n.t("password-mismatch"))
    }
}

/// What an administrator does to one person's account, in the people table.
#[component]
pub fn AccountActions(
    id: i64,
    name: String,
    /// A coordinator or administrator, who logs in with a password.
    has_password: bool,
    login: Option<String>,
    disabled: bool,
    /// The administrator's own account, which they cannot disable.
    own: bool,
    reload: RwSignal<u32>,
    error: RwSignal<Option<ApiError>>,
    issued: RwSignal<Option<(String, IssuedReset)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirming = RwSignal::new(false);
    let asking_login = RwSignal::new(false);
    let new_login = RwSignal::new(String::new());
    let act = move |action: &'static str| {
        spawn_local(async move {
            let path = format!("/admin/people/{id}/{action}");
            match api::post::<_, Value>(&path, &json!({})).await {
                Ok(_) => {
                    confirming.set(false);
                    error.set(None);
                    reload.update(|n| *n += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let needs_login = login.is_none();
    let reset = move |name: String| {
        let body = if needs_login {
            json!({ "login": new_login.get_untracked() })
        } else {
            json!({})
        };
        spawn_local(async move {
            let path = format!("/admin/people/{id}/password-reset");
            match api::post::<_, IssuedReset>(&path, &body).await {
                Ok(r) => {
                    asking_login.set(false);
                    error.set(None);
                    issued.set(Some((name, r)));
                    reload.update(|n| *n += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let reset_name = name.clone();
    view! {
        <div class="account-actions">
            {disabled.then(|| view! { <strong class="revoked account-disabled">{i18n.t("account-disabled")}" "</strong> })}
            {if disabled {
                view! {
                    <button type="button" class="secondary account-enable" on:click=move |_| act("enable")>
                        {i18n.t("account-enable")}</button>
                }.into_any()
            } else if own {
                ().into_any()
            } else {
                view! {
                    <button type="button" class="secondary account-disable" on:click=move |_| confirming.set(true)
                        aria-expanded=move || confirming.get().to_string()>
                        {i18n.t("account-disable")}</button>
                }.into_any()
            }}
            {move || confirming.get().then(|| view! {
                <div class="confirm" role="alertdialog">
                    <p>{i18n.t_args("account-disable-confirm", &[("name", name.clone().into())])}</p>
                    <button type="button" class="danger account-disable-yes" on:click=move |_| act("disable")>
                        {i18n.t("account-disable-yes")}</button>
                    " "
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                        {i18n.t("account-cancel")}</button>
                </div>
            })}
            {(has_password && !disabled).then(|| {
                let reset_name = reset_name.clone();
                view! {
                    <button type="button" class="secondary account-reset" on:click={
                        let reset_name = reset_name.clone();
                        move |_| if needs_login { asking_login.set(true) } else { reset(reset_name.clone()) }
                    }>{i18n.t("account-reset")}</button>
                    {move || asking_login.get().then(|| {
                        let reset_name = reset_name.clone();
                        view! {
                            <label class="field">
                                <span>{i18n.t("coordinator-login-name")}</span>
                                <input class="account-new-login" type="text" dir="ltr" autocomplete="off"
                                    prop:value=move || new_login.get()
                                    on:input=move |ev| new_login.set(event_target_value(&ev)) />
                            </label>
                            <button type="button" class="primary account-reset-go" on:click=move |_| reset(reset_name.clone())>
                                {i18n.t("account-reset")}</button>
                        }
                    })}
                }
            })}
        </div>
    }
}

/// The one-time reset code, shown once, to hand to its owner.
#[component]
pub fn IssuedResetPanel(issued: RwSignal<Option<(String, IssuedReset)>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        issued.get().map(|(name, r)| {
            let at = r.expires_at.get(..16).unwrap_or(&r.expires_at).replace('T', " ");
            view! {
                <div class="issued" id="issued-reset" role="status">
                    <p>{i18n.t_args("account-reset-for", &[("name", name.into()), ("login", r.login.clone().into())])}</p>
                    <p class="code"><bdi id="issued-reset-code">{r.code.clone()}</bdi></p>
                    <p class="muted">{i18n.t_args("account-reset-expires", &[("at", at.into())])}</p>
                </div>
            }
        })
    }
}

/// A logged-in coordinator changes their own password; their other sessions end.
#[component]
pub fn ChangePassword(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let (current, new, repeat) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = match same(i18n, new, repeat) {
            Ok(new) => new,
            Err(message) => return problem.set(Some(message)),
        };
        busy.set(true);
        let body = json!({ "current": current.get_untracked(), "new": new });
        spawn_local(async move {
            match api::post::<_, Value>("/auth/password", &body).await {
                Ok(_) => {
                    problem.set(None);
                    done.set(true);
                    current.set(String::new());
                }
                Err(e) => problem.set(Some(error_message(i18n, &e))),
            }
            busy.set(false);
        });
    };
    move || {
        open.get().then(|| view! {
        <form class="password-change" id="password-change" on:submit=submit>
            <h2>{i18n.t("password-change")}</h2>
            {password_field(i18n, "password-current", "password-current", current, "current-password")}
            {password_field(i18n, "password-new", "password-new", new, "new-password")}
            {password_field(i18n, "password-repeat", "password-repeat", repeat, "new-password")}
            <p class="field-error" id="password-error" role="alert">{move || problem.get()}</p>
            {move || done.get().then(|| view! { <p class="notice" id="password-changed" role="status">{i18n.t("password-changed")}</p> })}
            <button type="submit" class="primary" id="password-submit" disabled=move || busy.get()>{i18n.t("password-change")}</button>
            " "
            <button type="button" class="secondary" on:click=move |_| open.set(false)>{i18n.t("account-cancel")}</button>
        </form>
    })
    }
}

/// Choosing a new password with a one-time code from an administrator, before logging in.
#[component]
pub fn ResetWithCode() -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let (login, code) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let (new, repeat) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let password = match same(i18n, new, repeat) {
            Ok(p) => p,
            Err(message) => return problem.set(Some(message)),
        };
        let body = json!({ "login": login.get_untracked(), "code": code.get_untracked(), "password": password });
        spawn_local(async move {
            match api::post::<_, Value>("/auth/reset", &body).await {
                Ok(_) => {
                    problem.set(None);
                    done.set(true);
                    open.set(false);
                }
                Err(e) => problem.set(Some(error_message(i18n, &e))),
            }
        });
    };
    view! {
        {move || done.get().then(|| view! { <p class="notice" id="reset-done" role="status">{i18n.t("password-reset-done")}</p> })}
        {move || (!open.get()).then(|| view! {
            <button type="button" class="link" id="reset-open" on:click=move |_| open.set(true)>{i18n.t("password-reset-link")}</button>
        })}
        {move || open.get().then(|| view! {
            <form class="login reset" id="reset-form" on:submit=submit>
                <h2>{i18n.t("password-reset-title")}</h2>
                <label class="field">
                    <span>{i18n.t("coordinator-login-name")}</span>
                    <input id="reset-login" type="text" autocomplete="username" dir="ltr"
                        prop:value=move || login.get() on:input=move |ev| login.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{i18n.t("password-reset-code")}</span>
                    <input id="reset-code" type="text" autocomplete="one-time-code" dir="ltr"
                        prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev)) />
                </label>
                {password_field(i18n, "reset-new", "password-new", new, "new-password")}
                {password_field(i18n, "reset-repeat", "password-repeat", repeat, "new-password")}
                <p class="field-error" id="reset-error" role="alert">{move || problem.get()}</p>
                <button type="submit" class="primary" id="reset-submit">{i18n.t("password-reset-title")}</button>
            </form>
        })}
    }
}
