//! `brobygge-device`, the device core's command line, with which `cargo xtask run` connects
//! the demo app: a device database made encrypted and connected to the real server once, a
//! wrong code refused with the server's reason, and its usage.
//!
//! `cargo xtask test` builds it and sets `BROBYGGE_DEVICE`.

use brobygge_core::{DatabaseKey, Store};
use brobygge_tests::device_db::NO_SESSION_BUS;
use brobygge_tests::server::ServerProcess;
use std::path::Path;
use std::process::{Command, Output};

fn device(args: &[&str], database: &Path, server: &str) -> Output {
    let binary = std::env::var_os("BROBYGGE_DEVICE").expect(
        "BROBYGGE_DEVICE must name brobygge-device; run these tests with `cargo xtask test`",
    );
    Command::new(binary)
        .args(args)
        .arg("--database")
        .arg(database)
        .arg("--key")
        .arg(key_file(database))
        .args(["--server", server])
        // The test reads the key file: no secret store for the device process.
        .env("DBUS_SESSION_BUS_ADDRESS", NO_SESSION_BUS)
        .output()
        .unwrap()
}

/// The key file beside the database, as in the test (the app keeps it in another folder).
fn key_file(database: &Path) -> std::path::PathBuf {
    database.with_extension("key")
}

fn open(database: &Path) -> Store {
    let key = DatabaseKey::load_or_create(&key_file(database)).unwrap();
    Store::open(database, &key).unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).trim().to_owned()
}

#[test]
fn the_device_command_line_connects_a_database_once() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    let code = server.guide_code("Amina Hassan");
    server.start();
    let url = server.url();
    let database = home.path().join("app/brobygge.sqlite3");

    let first = device(&["enroll", "--code", &code], &database, &url);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout),
        format!("connected to {url} as Amina Hassan")
    );
    // Connected already: the code is not used again.
    let again = device(&["enroll", "--code", "NOT-USED"], &database, &url);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(text(&again.stdout), format!("already connected to {url}"));

    let mode = std::fs::metadata(key_file(&database))
        .unwrap()
        .permissions();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&mode) & 0o777,
        0o600,
        "the key file is its owner's alone"
    );
    let store = open(&database);
    assert_eq!(store.server_link().unwrap().unwrap().server, url);
    assert_eq!(store.profile().unwrap().unwrap().name, "Amina Hassan");

    let other = home.path().join("other/brobygge.sqlite3");
    let wrong = device(&["enroll", "--code", "WRONG-CODE"], &other, &url);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(
        text(&wrong.stderr).starts_with("brobygge-device: "),
        "{}",
        text(&wrong.stderr)
    );
    assert!(open(&other).server_link().unwrap().is_none());

    let usage = device(&["connect"], &other, &url);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).starts_with("usage: brobygge-device enroll"));
}
