//! Declares the app's commands so that each gets a permission the capability file can grant.

/// Every command of `src/commands.rs`; the capability `capabilities/main.json` grants them.
const COMMANDS: &[&str] = &[
    "profile",
    "set_profile",
    "reference_data",
    "save_draft",
    "save_activity",
    "entry",
    "log",
    "totals",
    "recent_occasions",
    "colleagues",
    "delete_activity",
    "restore_activity",
    "enroll",
    "sync_now",
    "sync_status",
    "sync_progress",
    "coordinator_request",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build script");
}
