//! First start: the language, the user's name and their projects; after a coordinator revoked
//! the device, what happened to its data.

use crate::app::{AppState, FormSession, Page};
use crate::components::error_message;
use crate::dates::local_date_time;
use crate::i18n::{use_i18n, Arg};
use crate::ipc;
use brobygge_model::profile::ProfileProblem;
use brobygge_model::reference::toggle;
use brobygge_model::{ApiError, Code, LocaleCode, Profile};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Setup() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let projects = RwSignal::new(Vec::<Code>::new());
    // Kept as what went wrong, not as text, so it follows a change of language.
    let problem = RwSignal::new(None::<Result<ProfileProblem, ApiError>>);
    // When a revocation erased the device's data, if it did.
    let erased_at = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Ok(status) = ipc::sync_status().await {
            erased_at.set(status.erased_at);
        }
    });

    let start = move |_| {
        let chosen = Profile::new(
            &name.get_untracked(),
            i18n.locale.get_untracked(),
            projects.get_untracked(),
        );
        let profile = match chosen {
            Ok(p) => p,
            Err(e) => {
                problem.set(Some(Ok(e)));
                return;
            }
        };
        spawn_local(async move {
            match ipc::set_profile(&profile).await {
                Ok(()) => {
                    state.form.set(FormSession::new(Some(&profile)));
                    state.profile.set(Some(profile));
                    state.show(Page::Log);
                }
                Err(e) => problem.set(Some(Err(e))),
            }
        });
    };

    let project_list = move || {
        let locale = i18n.locale.get();
        state.reference.with(|r| {
            r.projects
                .iter()
                .filter(|p| !p.retired)
                .map(|p| (p.code.clone(), p.labels.get(locale).to_owned()))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="setup">
            <h1>{move || i18n.t("setup-title")}</h1>
            {move || erased_at.get().map(|at| {
                let time = local_date_time(i18n.locale.get(), &at);
                view! {
                    <p class="notice" id="setup-erased" role="status">
                        {i18n.t_args("setup-erased", &[("time", Arg::from(time))])}
                    </p>
                }
            })}
            <p>{move || i18n.t("setup-intro")}</p>
            <fieldset>
                <legend>{move || i18n.t("setup-language")}</legend>
                <div class="choice-list">
                    {LocaleCode::ALL.into_iter().map(|l| view! {
                        <button type="button" class="choice" id=format!("setup-locale-{l}")
                            lang=l.tag() dir=l.direction().as_str()
                            aria-pressed=move || (i18n.locale.get() == l).to_string()
                            on:click=move |_| i18n.locale.set(l)>{l.native_name()}</button>
                    }).collect_view()}
                </div>
            </fieldset>
            <label class="field">
                <span>{move || i18n.t("setup-name")}</span>
                <input id="setup-name" type="text" autocomplete="name" maxlength="80" dir="auto"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev)) />
            </label>
            <p class="hint">{move || i18n.t("setup-name-hint")}</p>
            <fieldset>
                <legend>{move || i18n.t("setup-projects")}</legend>
                <For each=project_list key=|item| item.clone() let((code, label))>
                    {
                        let checked = {
                            let code = code.clone();
                            move || projects.with(|p| p.contains(&code))
                        };
                        view! {
                            <label class="check">
                                <input type="checkbox" id=format!("setup-project-{code}")
                                    prop:checked=checked
                                    on:change=move |_| projects.update(|p| toggle(p, code.clone())) />
                                <span>{label}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <p class="field-error" role="alert">
                {move || problem.get().map(|p| match p {
                    Ok(ProfileProblem::NameMissing) => i18n.t("setup-problem-name-missing"),
                    Ok(ProfileProblem::NameTooLong) => i18n.t("setup-problem-name-too-long"),
                    Ok(ProfileProblem::NoProject) => i18n.t("setup-problem-no-project"),
                    Err(e) => error_message(i18n, &e),
                })}
            </p>
            <button type="button" class="primary" id="setup-start" on:click=start>
                {move || i18n.t("setup-start")}
            </button>
        </section>
    }
}
