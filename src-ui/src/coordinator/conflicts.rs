//! Kept conflicts: where a coordinator's correction and a guide's later edit (or two devices of
//! one guide) changed the same field, the value the server kept and the value that lost. The
//! coordinator settles each: keep what was kept, or take the other value as a correction.

use crate::api;
use crate::components::error_message;
use crate::i18n::{use_i18n, Arg};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Author {
    kind: String,
    name: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Conflict {
    id: i64,
    activity_id: String,
    field: String,
    kept: Value,
    lost: Value,
    lost_author: Author,
}

/// A value as text: strings without their quotes.
fn shown(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[component]
pub fn Conflicts() -> impl IntoView {
    let i18n = use_i18n();
    let conflicts = RwSignal::new(Vec::<Conflict>::new());
    let error = RwSignal::new(None);
    let reload = RwSignal::new(0u32);
    Effect::new(move |_| {
        reload.track();
        spawn_local(async move {
            match api::get::<Vec<Conflict>>("/coordinator/conflicts").await {
                Ok(c) => conflicts.set(c),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let settle = move |id: i64, keep: &'static str| {
        move |_| {
            spawn_local(async move {
                let path = format!("/coordinator/conflicts/{id}/settle");
                match api::post::<_, Value>(&path, &json!({ "keep": keep })).await {
                    Ok(_) => reload.update(|n| *n += 1),
                    Err(e) => error.set(Some(e)),
                }
            });
        }
    };
    view! {
        <section class="conflicts">
            <h1>{move || i18n.t("coordinator-conflicts-title")}</h1>
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            <p id="conflicts-total" aria-live="polite">
                {move || i18n.t_args("coordinator-conflicts-count", &[("count", Arg::from(conflicts.with(Vec::len) as u32))])}
            </p>
            <ul class="conflict-list">
                {move || conflicts.get().into_iter().map(|c| {
                    let by = i18n.t_args("coordinator-conflict-lost-by", &[("name", Arg::Text(c.lost_author.name.clone()))]);
                    view! {
                        <li class="conflict" data-id=c.id>
                            <p><strong>{i18n.t("coordinator-conflict-field")}": "</strong><bdi>{c.field.clone()}</bdi>
                               " · "<bdi class="muted">{c.activity_id.clone()}</bdi></p>
                            <p>{i18n.t("coordinator-conflict-kept")}": "<bdi class="value">{shown(&c.kept)}</bdi></p>
                            <p>{i18n.t("coordinator-conflict-lost")}": "<bdi class="value">{shown(&c.lost)}</bdi>" ("{by}")"</p>
                            <div class="actions">
                                <button type="button" class="secondary" on:click=settle(c.id, "kept")>
                                    {i18n.t("coordinator-conflict-keep")}
                                </button>
                                <button type="button" class="secondary" on:click=settle(c.id, "lost")>
                                    {i18n.t("coordinator-conflict-take")}
                                </button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
