//! People and devices: the guides and staff of the coordinator's projects (an administrator
//! sees everyone), each device with its app version and last sync; creating a user, issuing a
//! one-time enrollment code shown as text and as a QR code, and revoking a device. An
//! administrator also disables and enables accounts and hands out password resets here.
//! Below them, each person's volunteer hours for a period (`hours.rs`).

use crate::api;
use crate::components::error_message;
use crate::i18n::use_i18n;
use brobygge_model::reference::List;
use brobygge_model::sync::Role;
use brobygge_model::{Code, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Device {
    id: String,
    app_version: String,
    last_sync_at: Option<String>,
    revoked: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Person {
    id: i64,
    name: String,
    role: Role,
    projects: Vec<Code>,
    login: Option<String>,
    disabled: bool,
    devices: Vec<Device>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Issued {
    code: String,
    expires_at: String,
}

/// The QR code of what a phone's camera reads to enroll: the link with the server's address
/// and the code.
fn qr_svg(text: &str) -> String {
    qrcode::QrCode::new(text.as_bytes())
        .map(|qr| {
            qr.render::<qrcode::render::svg::Color>()
                .min_dimensions(180, 180)
                .build()
        })
        .unwrap_or_default()
}

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Guide => "coordinator-role-guide",
        Role::Staff => "coordinator-role-staff",
        Role::Coordinator => "coordinator-role-coordinator",
        Role::Admin => "coordinator-role-admin",
        Role::Viewer => "coordinator-role-viewer",
    }
}

/// A timestamp as the minute it names, in UTC.
fn minute(at: &str) -> String {
    at.get(..16).unwrap_or(at).replace('T', " ")
}

#[component]
pub fn People(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let people = RwSignal::new(Vec::<Person>::new());
    let error = RwSignal::new(None);
    let issued = RwSignal::new(None::<(String, Issued)>);
    let reload = RwSignal::new(0u32);
    let reset = RwSignal::new(None);
    let me = use_context::<RwSignal<Option<super::Me>>>().and_then(|me| me.get_untracked());
    let admin = me.as_ref().is_some_and(|m| m.role == Role::Admin);
    let own_id = me.map_or(0, |m| m.user_id);
    let (name, role, project) = (
        RwSignal::new(String::new()),
        RwSignal::new("guide".to_owned()),
        RwSignal::new(String::new()),
    );
    Effect::new(move |_| {
        reload.track();
        spawn_local(async move {
            match api::get::<Vec<Person>>("/coordinator/people").await {
                Ok(p) => people.set(p),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let create = move |_| {
        let mut projects = Vec::new();
        if !project.get().is_empty() {
            projects.push(project.get());
        }
        let body = json!({"name": name.get(), "role": role.get(), "projects": projects});
        spawn_local(async move {
            match api::post::<_, Value>("/coordinator/people", &body).await {
                Ok(_) => {
                    name.set(String::new());
                    error.set(None);
                    reload.update(|n| *n += 1);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let issue = move |id: i64, who: String| {
        move |_| {
            let who = who.clone();
            spawn_local(async move {
                let path = format!("/coordinator/people/{id}/code");
                match api::post::<_, Issued>(&path, &json!({})).await {
                    Ok(code) => issued.set(Some((who, code))),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let revoke = move |device: String| {
        move |_| {
            let device = device.clone();
            spawn_local(async move {
                let path = format!("/coordinator/devices/{device}/revoke");
                match api::post::<_, Value>(&path, &json!({})).await {
                    Ok(_) => reload.update(|n| *n += 1),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let project_names = move |codes: &[Code]| {
        reference.with(|r| {
            codes
                .iter()
                .map(|c| r.label(List::Projects, c, i18n.locale.get()).to_owned())
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <section class="people">
            <h1>{move || i18n.t("coordinator-people-title")}</h1>
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            {move || issued.get().map(|(who, code)| {
                // The link carries the server's address: scanned or pasted, nothing else to type.
                let link = brobygge_model::Invite::link(&origin, &code.code);
                let svg = qr_svg(&link);
                view! {
                    <div class="issued" id="issued-code" role="status">
                        <p>{i18n.t_args("coordinator-code-for", &[("name", who.into())])}</p>
                        <p class="code"><bdi id="issued-code-text">{code.code.clone()}</bdi></p>
                        <p class="muted">{i18n.t_args("coordinator-code-expires", &[("at", minute(&code.expires_at).into())])}</p>
                        <div class="qr" role="img" aria-label=i18n.t("coordinator-code-qr") inner_html=svg></div>
                        <p class="muted">{i18n.t("coordinator-code-link")}</p>
                        <p class="link"><bdi id="issued-code-link" dir="ltr">{link}</bdi></p>
                    </div>
                }
            })}
            <super::accounts::IssuedResetPanel issued=reset />
            <table id="people" class="figures">
                <thead><tr>
                    <th scope="col">{move || i18n.t("coordinator-person-name")}</th>
                    <th scope="col">{move || i18n.t("coordinator-person-role")}</th>
                    <th scope="col">{move || i18n.t("coordinator-project")}</th>
                    <th scope="col">{move || i18n.t("coordinator-devices")}</th>
                    <th scope="col"><span class="visually-hidden">{move || i18n.t("coordinator-issue-code")}</span></th>
                    {admin.then(|| view! { <th scope="col">{move || i18n.t("account-column")}</th> })}
                </tr></thead>
                <tbody>{move || people.get().into_iter().map(|p| view! {
                    <tr data-person=p.id>
                        <th scope="row"><bdi>{p.name.clone()}</bdi></th>
                        <td>{i18n.t(role_id(p.role))}</td>
                        <td>{project_names(&p.projects)}</td>
                        <td><ul class="devices">{p.devices.iter().map(|d| {
                            let seen = d.last_sync_at.as_deref().map_or_else(|| i18n.t("coordinator-never"), minute);
                            view! {
                                <li data-device=d.id.clone()>
                                    {i18n.t_args("coordinator-device-line", &[
                                        ("version", d.app_version.clone().into()), ("seen", seen.into())])}
                                    {if d.revoked {
                                        view! { <strong class="revoked">" "{i18n.t("coordinator-revoked")}</strong> }.into_any()
                                    } else {
                                        view! { <button type="button" class="secondary revoke" on:click=revoke(d.id.clone())>
                                            {i18n.t("coordinator-revoke")}</button> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}</ul></td>
                        <td><button type="button" class="secondary issue" on:click=issue(p.id, p.name.clone())>
                            {i18n.t("coordinator-issue-code")}</button></td>
                        {admin.then(|| view! { <td><super::accounts::AccountActions id=p.id name=p.name.clone()
                            has_password=matches!(p.role, Role::Coordinator | Role::Admin | Role::Viewer)
                            login=p.login.clone() disabled=p.disabled own={p.id == own_id} reload error issued=reset /></td> })}
                    </tr>
                }).collect_view()}</tbody>
            </table>
            <h2>{move || i18n.t("coordinator-new-person")}</h2>
            <div class="filters">
                <label class="field">
                    <span>{move || i18n.t("coordinator-person-name")}</span>
                    <input id="person-name" type="text" prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{move || i18n.t("coordinator-person-role")}</span>
                    <select id="person-role" on:change=move |ev| role.set(event_target_value(&ev))>
                        {["guide", "staff", "coordinator", "admin", "viewer"].into_iter().map(|r| {
                            let id = format!("coordinator-role-{r}");
                            view! { <option value=r>{move || i18n.t(&id)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || i18n.t("coordinator-project")}</span>
                    <select id="person-project" on:change=move |ev| project.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {move || reference.with(|r| r.projects.iter().map(|p| {
                            let name = r.label(List::Projects, &p.code, i18n.locale.get()).to_owned();
                            view! { <option value=p.code.to_string()>{name}</option> }
                        }).collect_view())}
                    </select>
                </label>
                <button type="button" class="primary" id="person-create" on:click=create>{move || i18n.t("coordinator-create-person")}</button>
            </div>
            <super::hours::VolunteerHours reference />
        </section>
    }
}
