//! The commands the UI invokes: each takes the store, calls the core and maps the error.

use crate::error::IpcError;
use crate::Core;
use brobygge_core::{Entry, Handover, LogEntry, LogQuery, RecentOccasion, Totals};
use brobygge_model::sync::{Colleague, RelayedAnswer, ServerProfile, SyncProgress, SyncStatus};
use brobygge_model::{ActivityDraft, ActivityId, Code, Profile, ReferenceData, SaveOptions};
use chrono::NaiveDate;
use tauri::State;

type Result<T> = std::result::Result<T, IpcError>;

#[tauri::command]
pub async fn profile(core: State<'_, Core>) -> Result<Option<Profile>> {
    Ok(core.store()?.profile()?)
}

#[tauri::command]
pub async fn set_profile(core: State<'_, Core>, profile: Profile) -> Result<()> {
    Ok(core.store()?.set_profile(&profile)?)
}

#[tauri::command]
pub async fn reference_data(core: State<'_, Core>) -> Result<ReferenceData> {
    Ok(core.store()?.reference_data()?)
}

#[tauri::command]
pub async fn save_draft(core: State<'_, Core>, draft: ActivityDraft) -> Result<ActivityId> {
    Ok(core.store()?.save_draft(&draft)?)
}

#[tauri::command]
pub async fn save_activity(
    core: State<'_, Core>,
    draft: ActivityDraft,
    options: SaveOptions,
) -> Result<ActivityId> {
    Ok(core.store()?.save_activity(&draft, options)?)
}

#[tauri::command]
pub async fn entry(core: State<'_, Core>, id: ActivityId) -> Result<Entry> {
    Ok(core.store()?.entry(&id)?)
}

#[tauri::command]
pub async fn log(core: State<'_, Core>, query: LogQuery) -> Result<Vec<LogEntry>> {
    Ok(core.store()?.log(query)?)
}

/// The user's usual occasions, for "log again".
#[tauri::command]
pub async fn recent_occasions(core: State<'_, Core>) -> Result<Vec<RecentOccasion>> {
    Ok(core.store()?.recent_occasions(RECENT)?)
}

/// The other users of `project`, whom the form offers as co-hosts.
#[tauri::command]
pub async fn colleagues(core: State<'_, Core>, project: Code) -> Result<Vec<Colleague>> {
    Ok(core.store()?.colleagues(&project)?)
}

/// Starting points offered at once: a guide's week rarely has more different occasions.
const RECENT: usize = 3;

/// `today` is the user's calendar date as the UI sees it; it only chooses the week and month.
#[tauri::command]
pub async fn totals(core: State<'_, Core>, today: NaiveDate) -> Result<Totals> {
    Ok(core.store()?.totals(today)?)
}

#[tauri::command]
pub async fn delete_activity(core: State<'_, Core>, id: ActivityId) -> Result<()> {
    Ok(core.store()?.delete(&id)?)
}

#[tauri::command]
pub async fn restore_activity(core: State<'_, Core>, id: ActivityId) -> Result<()> {
    Ok(core.store()?.restore(&id)?)
}

/// Connects the device to the municipality's server with a coordinator's one-time code;
/// `discard_unsent` is the user's confirmation that a previous user's unsent entries may go.
#[tauri::command]
pub async fn enroll(
    core: State<'_, Core>,
    server: String,
    code: String,
    discard_unsent: bool,
) -> Result<ServerProfile> {
    let version = env!("CARGO_PKG_VERSION");
    let handover = match discard_unsent {
        true => Handover::DiscardUnsent,
        false => Handover::SendFirst,
    };
    let store = core.store()?;
    Ok(store.enroll_with(&server, &code, version, handover).await?)
}

/// Sends what waits; the answer is the sync state afterwards, success or not.
#[tauri::command]
pub async fn sync_now(core: State<'_, Core>) -> Result<SyncStatus> {
    let store = core.store()?;
    let _ = store.sync().await;
    Ok(store.sync_status()?)
}

/// The sync state the device knows now, without asking the server.
#[tauri::command]
pub async fn sync_status(core: State<'_, Core>) -> Result<SyncStatus> {
    Ok(core.store()?.sync_status()?)
}

/// How far the running sync has come; none when none runs.
#[tauri::command]
pub async fn sync_progress(core: State<'_, Core>) -> Result<Option<SyncProgress>> {
    Ok(core.store()?.sync_progress())
}

/// A coordinator page's call to the server, relayed with this device's token: only for a
/// device enrolled to a coordinator or administrator does the server answer with data.
#[tauri::command]
pub async fn coordinator_request(
    core: State<'_, Core>,
    method: String,
    path: String,
    body: Option<String>,
) -> Result<RelayedAnswer> {
    Ok(core.store()?.relay(&method, &path, body).await?)
}
