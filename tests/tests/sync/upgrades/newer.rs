//! A server database written by a newer server (a higher schema version than today's) is
//! refused with a message saying so, and left exactly as it was: on SQLite, or on PostgreSQL
//! when `BROBYGGE_TEST_POSTGRES` is set. (A device database from a newer app is tested the
//! same way in src-core's `tests/store/migrations.rs` and `encryption.rs`.)

use super::psql;
use brobygge_tests::server::ServerProcess;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Starts today's server on `database` (`--data-dir` or `--database-url`) and returns what it
/// printed on stderr once it has stopped by itself; fails if it keeps serving.
fn refused_start(data_dir: &Path, database_url: Option<&str>) -> String {
    let binary = std::env::var_os("BROBYGGE_SERVER").expect("BROBYGGE_SERVER names the server");
    let mut command = Command::new(binary);
    command.arg("--data-dir").arg(data_dir);
    if let Some(url) = database_url {
        command.args(["--database-url", url]);
    }
    let mut child = command
        .args(["serve", "--address", "127.0.0.1:0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the server started on a newer database");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        !status.success(),
        "the server exited successfully: {stderr}"
    );
    stderr
}

/// The database at `url` as `pg_dump` writes it, without the random `\restrict` key that
/// pg_dump puts in every dump.
fn dump(url: &str) -> String {
    let out = Command::new("pg_dump")
        .args(["--no-owner", "--no-privileges", "-d", url])
        .output()
        .expect("pg_dump (PostgreSQL's client) on PATH");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_server_database_from_a_newer_server_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("server");
    let postgres = std::env::var("BROBYGGE_TEST_POSTGRES").ok();
    let server = ServerProcess::on(&data_dir, postgres.as_deref());
    // Today's schema, with a guide and a code in it, then marked as one version newer.
    server.guide_code("Amina");
    let url = server.database_url();
    let stderr = match url {
        None => {
            let path = data_dir.join("brobygge.sqlite3");
            {
                let conn = rusqlite::Connection::open(&path).unwrap();
                let today: u32 = conn
                    .pragma_query_value(None, "user_version", |r| r.get(0))
                    .unwrap();
                conn.pragma_update(None, "user_version", today + 1).unwrap();
            }
            let wal = data_dir.join("brobygge.sqlite3-wal");
            assert!(!wal.exists(), "checkpointed when closed");
            let before = std::fs::read(&path).unwrap();
            let stderr = refused_start(&data_dir, None);
            assert!(
                std::fs::read(&path).unwrap() == before,
                "the newer database was changed"
            );
            assert!(
                std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
                "nothing waits in a WAL to be written into it"
            );
            stderr
        }
        Some(url) => {
            psql(
                url,
                &["-c", "UPDATE schema_version SET version = version + 1"],
            );
            let before = dump(url);
            let stderr = refused_start(&data_dir, Some(url));
            assert!(dump(url) == before, "the newer database was changed");
            stderr
        }
    };
    assert!(
        stderr.contains("newer than this server"),
        "the refusal says why: {stderr}"
    );
}
