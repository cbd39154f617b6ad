//! The app's commands as typed async functions over Tauri's `invoke`.

use brobygge_model::log::{Entry, LogEntry, LogQuery, Totals};
use brobygge_model::sync::{RelayedAnswer, ServerProfile, SyncProgress, SyncStatus};
use brobygge_model::{
    ActivityDraft, ActivityId, ApiError, ErrorCode, Profile, ReferenceData, SaveOptions,
};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> std::result::Result<JsValue, JsValue>;
}

type Result<T> = std::result::Result<T, ApiError>;

/// Whether the page runs in the app's window: Tauri puts its API on the window; a browser has
/// none.
pub fn in_app() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__TAURI__".into()).ok())
        .is_some_and(|t| !t.is_undefined())
}

/// A coordinator page's call to the server, relayed by the device core.
pub async fn relay(method: &str, path: &str, body: Option<String>) -> Result<RelayedAnswer> {
    call(
        "coordinator_request",
        json!({ "method": method, "path": path, "body": body }),
    )
    .await
}

fn internal(message: impl ToString) -> ApiError {
    ApiError {
        code: ErrorCode::Internal,
        message: message.to_string(),
    }
}

async fn call<R: DeserializeOwned>(cmd: &str, args: serde_json::Value) -> Result<R> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let args = args.serialize(&serializer).map_err(internal)?;
    match invoke(cmd, args).await {
        Ok(value) => serde_wasm_bindgen::from_value(value).map_err(internal),
        Err(error) => Err(serde_wasm_bindgen::from_value(error.clone())
            .unwrap_or_else(|_| internal(format!("{error:?}")))),
    }
}

pub async fn profile() -> Result<Option<Profile>> {
    call("profile", json!({})).await
}

pub async fn set_profile(profile: &Profile) -> Result<()> {
    call("set_profile", json!({ "profile": profile })).await
}

pub async fn reference_data() -> Result<ReferenceData> {
    call("reference_data", json!({})).await
}

pub async fn save_draft(draft: &ActivityDraft) -> Result<ActivityId> {
    call("save_draft", json!({ "draft": draft })).await
}

pub async fn save_activity(draft: &ActivityDraft, options: SaveOptions) -> Result<ActivityId> {
    call(
        "save_activity",
        json!({ "draft": draft, "options": options }),
    )
    .await
}

pub async fn entry(id: &ActivityId) -> Result<Entry> {
    call("entry", json!({ "id": id })).await
}

pub async fn log(query: LogQuery) -> Result<Vec<LogEntry>> {
    call("log", json!({ "query": query })).await
}

pub async fn totals(today: NaiveDate) -> Result<Totals> {
    call("totals", json!({ "today": today })).await
}

pub async fn delete_activity(id: &ActivityId) -> Result<()> {
    call("delete_activity", json!({ "id": id })).await
}

pub async fn restore_activity(id: &ActivityId) -> Result<()> {
    call("restore_activity", json!({ "id": id })).await
}

/// `discard_unsent`: the user confirmed that a previous user's unsent entries may go.
pub async fn enroll(server: &str, code: &str, discard_unsent: bool) -> Result<ServerProfile> {
    let args = json!({ "server": server, "code": code, "discardUnsent": discard_unsent });
    call("enroll", args).await
}

pub async fn sync_status() -> Result<SyncStatus> {
    call("sync_status", json!({})).await
}

pub async fn sync_now() -> Result<SyncStatus> {
    call("sync_now", json!({})).await
}

pub async fn sync_progress() -> Result<Option<SyncProgress>> {
    call("sync_progress", json!({})).await
}

pub async fn recent_occasions() -> Result<Vec<brobygge_model::log::RecentOccasion>> {
    call("recent_occasions", json!({})).await
}

/// The other users of `project`, whom the form offers as co-hosts.
pub async fn colleagues(
    project: &brobygge_model::Code,
) -> Result<Vec<brobygge_model::sync::Colleague>> {
    call("colleagues", json!({ "project": project })).await
}

/// Whether the app runs on a phone, where it can scan a QR code with the camera.
pub fn on_phone() -> bool {
    in_app()
        && web_sys::window()
            .and_then(|w| w.navigator().user_agent().ok())
            .is_some_and(|agent| {
                ["Android", "iPhone", "iPad"]
                    .iter()
                    .any(|p| agent.contains(p))
            })
}

#[derive(serde::Deserialize)]
struct Scanned {
    content: String,
}

/// Reads a QR code with the camera (Tauri's barcode-scanner plugin, built into the phone
/// apps only).
pub async fn scan_qr() -> Result<String> {
    let scanned: Scanned = call(
        "plugin:barcode-scanner|scan",
        json!({ "windowed": false, "formats": ["QR_CODE"] }),
    )
    .await?;
    Ok(scanned.content)
}
