//! The Tauri shell: opens the device store in the app's data folder and exposes it to the UI
//! through thin commands. Desktop and mobile builds share this library.

mod commands;
mod error;

use brobygge_core::Store;
use error::IpcError;
use tauri::Manager;

/// The device store, or why it could not be opened (a database from a newer app, a broken
/// file). Kept as state either way, so the window opens and tells the user instead of the app
/// vanishing.
pub struct Core(Result<Store, IpcError>);

impl Core {
    fn store(&self) -> Result<&Store, IpcError> {
        self.0.as_ref().map_err(Clone::clone)
    }
}

/// The file name of the device database inside the app's data folder.
const DATABASE_FILE: &str = "brobygge.sqlite3";

/// The file name of the database's key inside the app's config folder, apart from the
/// database, so that a copy of the data folder alone cannot be read.
const KEY_FILE: &str = "database.key";

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let dir = app.path().app_data_dir()?;
            std::fs::create_dir_all(&dir)?;
            let key = app.path().app_config_dir()?.join(KEY_FILE);
            let store =
                Store::open_with_key_file(dir.join(DATABASE_FILE), key).map_err(IpcError::from);
            if let Err(e) = &store {
                eprintln!("Brobygge could not open its database: {e:?}");
            }
            app.manage(Core(store));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::profile,
            commands::set_profile,
            commands::reference_data,
            commands::save_draft,
            commands::save_activity,
            commands::entry,
            commands::log,
            commands::totals,
            commands::delete_activity,
            commands::restore_activity,
            commands::enroll,
            commands::sync_now,
            commands::sync_status,
            commands::sync_progress,
            commands::coordinator_request,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Brobygge could not start: {e}");
            std::process::exit(1);
        });
}
