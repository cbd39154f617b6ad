//! The Tauri shell: opens the device store in the app's data folder, its key in the secret
//! store or the config folder, and exposes it to the UI through thin commands. Desktop and
//! mobile builds share this library.

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
/// database, so that a copy of the data folder alone cannot be read. Used where no secret
/// store answers, and moved into the secret store once one does (a key from an older release).
const KEY_FILE: &str = "database.key";

/// Starts the app: on desktop from `main.rs`, on Android and iOS as the mobile entry point.
///
/// The database's key goes to the operating system's secret store where one answers (the
/// Secret Service on Linux, the Keychain on macOS, the Credential Manager on Windows), else to
/// the key file, and the app tells its user so. On phones the device core uses no keystore
/// yet, so the key file applies there until the shell keeps the key with the platform's own:
/// on Android the Android Keystore, where a hardware-backed key (StrongBox or the TEE) that
/// never leaves it wraps the database's key, and only the wrapped key is stored in the app's
/// files; on iOS the Keychain, as a generic password item with
/// `kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`, so that background sync can read it after
/// the first unlock and it never goes to a backup or another device.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let builder = tauri::Builder::default();
    // The connect form's "scan" button reads the coordinator's QR code (the link with the
    // server's address and the code) with the camera.
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_barcode_scanner::init());
    builder
        .setup(|app| {
            let dir = app.path().app_data_dir()?;
            std::fs::create_dir_all(&dir)?;
            let key = app.path().app_config_dir()?.join(KEY_FILE);
            let store =
                Store::open_with_device_key(dir.join(DATABASE_FILE), key).map_err(IpcError::from);
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
            commands::recent_occasions,
            commands::colleagues,
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
