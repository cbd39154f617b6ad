//! A device database driven from the command line, the way the app drives it: `cargo xtask
//! run` connects the demo app to the demo server with it before the app starts, and the sync
//! tests run it as a real device process that they can kill.
//!
//! `brobygge-device enroll --database <file> --key <key file> --server <url> --code <code>`
//! connects the device whose database is `file`, unless it is connected to that server
//! already. Its key is found as the app finds it: in the operating system's secret store where
//! one answers, else in `key file` (made when missing); a key file is moved into the secret
//! store. (The tests that look inside its database point `DBUS_SESSION_BUS_ADDRESS` nowhere,
//! so that the key stays in the file.)
//!
//! `brobygge-device sync --database <file> --key <key file>` syncs it once, as the app's sync
//! button does (push, then pull), and prints what was sent and refused.

use brobygge_core::Store;
use std::process::ExitCode;

const USAGE: &str =
    "usage: brobygge-device enroll --database <file> --key <key file> --server <url> --code <code>
       brobygge-device sync --database <file> --key <key file>";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let outcome = match (
        args.first().map(String::as_str),
        value("--database"),
        value("--key"),
    ) {
        (Some("enroll"), Some(database), Some(key)) => {
            let (Some(server), Some(code)) = (value("--server"), value("--code")) else {
                return usage();
            };
            enroll(&database, &key, &server, &code).await
        }
        (Some("sync"), Some(database), Some(key)) => sync(&database, &key).await,
        _ => return usage(),
    };
    match outcome {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("brobygge-device: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

async fn enroll(database: &str, key: &str, server: &str, code: &str) -> Result<String, String> {
    if let Some(dir) = std::path::Path::new(database).parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let store = Store::open_with_device_key(database, key).map_err(|e| e.to_string())?;
    let server = server.trim_end_matches('/');
    if let Some(link) = store.server_link().map_err(|e| e.to_string())? {
        if link.server == server {
            return Ok(format!("already connected to {server}"));
        }
    }
    let profile = store
        .enroll(server, code, env!("CARGO_PKG_VERSION"))
        .await
        .map_err(|e| e.to_string())?;
    Ok(format!("connected to {server} as {}", profile.name))
}

/// One sync of an existing device database. A device the server says is revoked erases its
/// data here too, as in the app.
async fn sync(database: &str, key: &str) -> Result<String, String> {
    if !std::path::Path::new(database).exists() {
        return Err(format!("no device database at {database}"));
    }
    let store = Store::open_with_device_key(database, key).map_err(|e| e.to_string())?;
    let summary = store.sync().await.map_err(|e| e.to_string())?;
    Ok(format!(
        "synced: {} sent, {} refused",
        summary.sent, summary.refused
    ))
}
