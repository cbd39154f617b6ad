//! Sync with the municipality: connecting the device with what a coordinator hands out (a link
//! that carries the server's address, scanned or pasted, or a code typed from paper), "Sync
//! now", and an honest account of the last attempt: when it last worked, what waits, why it
//! failed.

use crate::app::{AppState, Page};
use crate::components::error_message;
use crate::dates::local_date_time;
use crate::i18n::{use_i18n, Arg};
use crate::ipc;
use brobygge_model::sync::SyncProgress;
use brobygge_model::{ApiError, ErrorCode, Invite};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn SyncPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let server = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let connect_error = RwSignal::new(None);
    // Entries of the previous user that could not be sent, when connecting as another user
    // would discard them: the user confirms or cancels.
    let unsent = RwSignal::new(None::<u32>);
    // A connected device shows the form only when its user asks to connect with a new code
    // (the phone handed to another user, or a new code from the coordinator).
    let new_code = RwSignal::new(false);

    // What was typed, pasted or scanned, and the server it names or the one already known.
    let invite = move || Invite::parse(&code.get());
    let known_server = move || {
        state
            .sync
            .with(|s| s.as_ref().and_then(|s| s.server.clone()))
            .or(option_env!("BROBYGGE_DEFAULT_SERVER").map(str::to_owned))
    };
    let needs_server =
        move || invite().is_none_or(|i| i.server.is_none()) && known_server().is_none();
    let connect = move |discard_unsent: bool| {
        connect_error.set(None);
        unsent.set(None);
        let Some(found) = invite() else {
            connect_error.set(Some(ApiError {
                code: ErrorCode::InvalidCode,
                message: "not a code".into(),
            }));
            return;
        };
        let address = found
            .server
            .clone()
            .or_else(known_server)
            .unwrap_or_else(|| server.get_untracked());
        let typed = found.code;
        busy.set(true);
        spawn_local(async move {
            match ipc::enroll(address.trim(), typed.trim(), discard_unsent).await {
                // The device's data may belong to another user now: read it all again, and sync.
                Ok(_) => {
                    new_code.set(false);
                    state.reload(Page::MyLog);
                }
                Err(e) if e.code == ErrorCode::UnsentEntries => {
                    let waiting = ipc::sync_status().await.map_or(0, |s| s.waiting);
                    unsent.set(Some(waiting));
                }
                Err(e) => connect_error.set(Some(e)),
            }
            busy.set(false);
        });
    };

    // While a sync runs, how far it has come, asked of the device core a few times a second.
    let progress = RwSignal::new(None::<SyncProgress>);
    let poll = StoredValue::new(None::<IntervalHandle>);
    Effect::new(move |_| {
        if state.syncing.get() {
            let handle = set_interval_with_handle(
                move || {
                    spawn_local(async move {
                        if let Ok(p) = ipc::sync_progress().await {
                            progress.set(p);
                        }
                    });
                },
                std::time::Duration::from_millis(200),
            );
            poll.set_value(handle.ok());
        } else {
            if let Some(handle) = poll.get_value() {
                handle.clear();
            }
            progress.set(None);
        }
    });
    on_cleanup(move || {
        if let Some(handle) = poll.get_value() {
            handle.clear();
        }
    });
    let sync_label = move || match (state.syncing.get(), progress.get()) {
        (true, Some(p)) if p.total > 0 => i18n.t_args(
            "sync-progress",
            &[("sent", Arg::from(p.sent)), ("total", Arg::from(p.total))],
        ),
        (true, _) => i18n.t("sync-running"),
        (false, _) => i18n.t("sync-now"),
    };

    let status = move || state.sync.get();
    // What the device knows, asked of it alone (no network) when nothing is known yet: after
    // the first start's set-up, say.
    if state.sync.with_untracked(Option::is_none) {
        spawn_local(async move {
            if let Ok(known) = ipc::sync_status().await {
                if state.sync.with_untracked(Option::is_none) {
                    state.sync.set(Some(known));
                }
            }
        });
    }
    // Until the device core has said (a moment after start), neither form nor state: a
    // connected device must never show the form to connect.
    let known = move || status().is_some() || new_code.get();
    let connected = move || status().is_some_and(|s| s.server.is_some()) && !new_code.get();
    view! {
        <section class="sync" id="sync">
            <h2>{move || i18n.t("sync-title")}</h2>
            <Show when=known fallback=|| view! { <p class="loading" id="sync-loading">"…"</p> }>
            <Show when=connected fallback=move || view! {
                <p class="hint">{move || i18n.t("sync-intro")}</p>
                <Show when=ipc::on_phone>
                    <button type="button" class="primary" id="sync-scan" on:click=move |_| {
                        spawn_local(async move {
                            match ipc::scan_qr().await {
                                Ok(text) => code.set(text),
                                Err(e) => connect_error.set(Some(e)),
                            }
                        });
                    }>{move || i18n.t("sync-scan")}</button>
                </Show>
                <label class="field">
                    <span>{move || i18n.t("sync-code")}</span>
                    <input id="sync-code" type="text" dir="ltr" autocomplete="one-time-code"
                        prop:value=move || code.get()
                        on:input=move |ev| code.set(event_target_value(&ev)) />
                </label>
                <Show when=needs_server>
                    <label class="field">
                        <span>{move || i18n.t("sync-server")}</span>
                        <input id="sync-server" type="url" dir="ltr" autocomplete="url"
                            placeholder="https://"
                            prop:value=move || server.get()
                            on:input=move |ev| server.set(event_target_value(&ev)) />
                    </label>
                </Show>
                {move || invite().and_then(|i| i.host().map(str::to_owned)).map(|host| view! {
                    <p class="hint" id="sync-connect-to">{i18n.t_args("sync-connect-to", &[("host", Arg::from(host))])}</p>
                })}
                <p class="field-error" role="alert">
                    {move || connect_error.get().map(|e| error_message(i18n, &e))}
                </p>
                <Show when=move || unsent.get().is_some() fallback=move || view! {
                    <button type="button" class="primary" id="sync-connect"
                        disabled=move || busy.get() on:click=move |_| connect(false)>
                        {move || i18n.t("sync-connect")}
                    </button>
                    <Show when=move || new_code.get()>
                        <button type="button" class="secondary" id="sync-new-code-cancel"
                            on:click=move |_| new_code.set(false)>
                            {move || i18n.t("sync-handover-cancel")}
                        </button>
                    </Show>
                }>
                    <div class="confirm" role="alertdialog" aria-labelledby="sync-handover-unsent">
                        <p id="sync-handover-unsent">{move || i18n.t_args(
                            "sync-handover-unsent",
                            &[("count", Arg::from(unsent.get().unwrap_or_default()))],
                        )}</p>
                        <button type="button" class="danger" id="sync-handover-discard"
                            disabled=move || busy.get() on:click=move |_| connect(true)>
                            {move || i18n.t("sync-handover-discard")}
                        </button>
                        <button type="button" class="secondary" id="sync-handover-cancel"
                            on:click=move |_| unsent.set(None)>
                            {move || i18n.t("sync-handover-cancel")}
                        </button>
                    </div>
                </Show>
            }>
                <p id="sync-connected">
                    {move || i18n.t_args("sync-connected", &[("server", Arg::from(status().and_then(|s| s.server).unwrap_or_default()))])}
                </p>
                <p id="sync-state" aria-live="polite">{move || status().map(|s| {
                    let waiting = i18n.t_args("sync-waiting", &[("count", Arg::from(s.waiting))]);
                    let last = match &s.last_success {
                        Some(t) => {
                            let time = local_date_time(i18n.locale.get(), t);
                            i18n.t_args("sync-last-success", &[("time", Arg::from(time))])
                        }
                        None => i18n.t("sync-never"),
                    };
                    format!("{last} {waiting}")
                })}</p>
                <p class="field-error" id="sync-error" role="alert">{move || status()
                    .and_then(|s| s.last_error)
                    .map(|e| i18n.t_args("sync-failed", &[("reason", Arg::from(error_message(i18n, &e)))]))}</p>
                <button type="button" class="secondary" id="sync-now"
                    disabled=move || state.syncing.get()
                    on:click=move |_| state.sync_now()>
                    {sync_label}
                </button>
                <button type="button" class="text-button" id="sync-new-code"
                    on:click=move |_| new_code.set(true)>
                    {move || i18n.t("sync-new-code")}
                </button>
            </Show>
            </Show>
        </section>
    }
}
