//! Retention (gallring), for administrators: how many months occasions are kept, the first
//! day kept and how many are older, and thinning them out after a question.

use crate::api;
use crate::components::{error_message, AskFirst, Asking};
use crate::dates::long_date;
use crate::i18n::{use_i18n, Arg};
use brobygge_model::{ApiError, ErrorCode};
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::json;

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct State {
    months: Option<u32>,
    kept_from: Option<NaiveDate>,
    older: u64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Thinned {
    thinned: u64,
}

#[component]
pub fn Retention() -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(None::<State>);
    let months = RwSignal::new(String::new());
    let error = RwSignal::new(None);
    let thinned = RwSignal::new(None::<u64>);
    let shown = move |s: State| {
        months.set(s.months.map(|m| m.to_string()).unwrap_or_default());
        state.set(Some(s));
        error.set(None);
    };
    let load = move || {
        spawn_local(async move {
            match api::get::<State>("/admin/retention").await {
                Ok(s) => shown(s),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    load();
    let save = move |_| {
        let text = months.get_untracked();
        let body = match text.trim() {
            "" => json!({ "forever": true }),
            t => match t.parse::<u32>() {
                Ok(m) => json!({ "months": m }),
                Err(_) => {
                    let message = String::new();
                    error.set(Some(ApiError {
                        code: ErrorCode::Invalid,
                        message,
                    }));
                    return;
                }
            },
        };
        thinned.set(None);
        spawn_local(async move {
            match api::put::<_, State>("/admin/retention", &body).await {
                Ok(s) => shown(s),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let thin = move |()| {
        spawn_local(async move {
            match api::post::<_, Thinned>("/admin/retention/thin", &json!({})).await {
                Ok(t) => {
                    thinned.set(Some(t.thinned));
                    load();
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <section class="retention">
            <h1>{move || i18n.t("retention-title")}</h1>
            <p class="muted">{move || i18n.t("retention-about")}</p>
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            <div class="filters">
                <label class="field">
                    <span>{move || i18n.t("retention-months")}</span>
                    <input id="retention-months" type="number" min="1" max="1200" inputmode="numeric"
                        prop:value=move || months.get() on:input=move |ev| months.set(event_target_value(&ev)) />
                </label>
                <button type="button" class="primary" id="retention-save" on:click=save>{move || i18n.t("retention-save")}</button>
            </div>
            <p id="retention-state" role="status">{move || state.get().map(|s| match s.kept_from {
                None => i18n.t("retention-forever"),
                Some(day) => i18n.t_args("retention-state", &[
                    ("day", Arg::from(long_date(i18n.locale.get(), day))),
                    ("older", Arg::from(s.older)),
                ]),
            })}</p>
            <p id="retention-thinned" role="status">{move || thinned.get().map(|n| i18n.t_args("retention-thinned", &[("thinned", Arg::from(n))]))}</p>
            {move || state.get().filter(|s| s.kept_from.is_some() && s.older > 0).map(|s| {
                let words = Asking {
                    button: i18n.t("retention-thin"),
                    question: i18n.t_args("retention-thin-question", &[("older", Arg::from(s.older))]),
                    yes: i18n.t("retention-thin-yes"),
                    no: i18n.t("retention-thin-no"),
                };
                view! {
                    <div class="hand-in">
                        <AskFirst id="retention-thin" words on_yes=Callback::new(thin) />
                    </div>
                }
            })}
        </section>
    }
}
