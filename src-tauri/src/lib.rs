//! The Tauri shell: opens the device store in the app's data folder and exposes it to the UI
//! through thin commands. Desktop and mobile builds share this library.

mod commands;
mod error;

use brobygge_core::Store;
use tauri::Manager;

/// The file name of the device database inside the app's data folder.
const DATABASE_FILE: &str = "brobygge.sqlite3";

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    tauri::Builder::default()
        .setup(|app| {
            let dir = app.path().app_data_dir()?;
            std::fs::create_dir_all(&dir)?;
            let store = Store::open(dir.join(DATABASE_FILE))?;
            app.manage(store);
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
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("Brobygge could not start: {e}");
            std::process::exit(1);
        });
}
