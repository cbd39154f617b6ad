//! The commands the UI invokes: each takes the store, calls the core and maps the error.

use crate::error::IpcError;
use brobygge_core::{Entry, LogEntry, LogQuery, Store, Totals};
use brobygge_model::{ActivityDraft, ActivityId, Profile, ReferenceData, SaveOptions};
use chrono::NaiveDate;
use tauri::State;

type Result<T> = std::result::Result<T, IpcError>;

#[tauri::command]
pub async fn profile(store: State<'_, Store>) -> Result<Option<Profile>> {
    Ok(store.profile()?)
}

#[tauri::command]
pub async fn set_profile(store: State<'_, Store>, profile: Profile) -> Result<()> {
    Ok(store.set_profile(&profile)?)
}

#[tauri::command]
pub async fn reference_data(store: State<'_, Store>) -> Result<ReferenceData> {
    Ok(store.reference_data()?)
}

#[tauri::command]
pub async fn save_draft(store: State<'_, Store>, draft: ActivityDraft) -> Result<ActivityId> {
    Ok(store.save_draft(&draft)?)
}

#[tauri::command]
pub async fn save_activity(
    store: State<'_, Store>,
    draft: ActivityDraft,
    options: SaveOptions,
) -> Result<ActivityId> {
    Ok(store.save_activity(&draft, options)?)
}

#[tauri::command]
pub async fn entry(store: State<'_, Store>, id: ActivityId) -> Result<Entry> {
    Ok(store.entry(&id)?)
}

#[tauri::command]
pub async fn log(store: State<'_, Store>, query: LogQuery) -> Result<Vec<LogEntry>> {
    Ok(store.log(query)?)
}

/// `today` is the user's calendar date as the UI sees it; it only chooses the week and month.
#[tauri::command]
pub async fn totals(store: State<'_, Store>, today: NaiveDate) -> Result<Totals> {
    Ok(store.totals(today)?)
}

#[tauri::command]
pub async fn delete_activity(store: State<'_, Store>, id: ActivityId) -> Result<()> {
    Ok(store.delete(&id)?)
}

#[tauri::command]
pub async fn restore_activity(store: State<'_, Store>, id: ActivityId) -> Result<()> {
    Ok(store.restore(&id)?)
}
