//! The real `brobygge-server` process on loopback for one test, with its own data folder;
//! administrator tasks through its command line, as an administrator would do them. When
//! `BROBYGGE_TEST_POSTGRES` names a PostgreSQL server (as `cargo xtask test` does for its second
//! run of the sync suite), each server keeps its data in a fresh database there instead of in
//! SQLite.

use brobygge_server::storage::postgres::Postgres;
use serde::Deserialize;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn binary() -> PathBuf {
    let path = std::env::var_os("BROBYGGE_SERVER").expect(
        "BROBYGGE_SERVER must name the built server; run these tests with `cargo xtask test`",
    );
    PathBuf::from(path)
}

pub struct ServerProcess {
    data_dir: PathBuf,
    ui_dir: Option<PathBuf>,
    database_url: Option<String>,
    port: u16,
    child: Option<Child>,
}

impl ServerProcess {
    /// A server with its data in `data_dir`, not yet started; on PostgreSQL when
    /// `BROBYGGE_TEST_POSTGRES` is set.
    pub fn new(data_dir: &Path) -> ServerProcess {
        let postgres = std::env::var("BROBYGGE_TEST_POSTGRES").ok();
        ServerProcess::on(data_dir, postgres.as_deref())
    }

    /// A server with its files in `data_dir` and, when `postgres` names a PostgreSQL server
    /// (its maintenance database's URL), its data in a fresh database there.
    pub fn on(data_dir: &Path, postgres: Option<&str>) -> ServerProcess {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let database_url = postgres.map(|url| {
            let url = url.to_owned();
            // The PostgreSQL client blocks: keep it off any async runtime of the caller.
            std::thread::spawn(move || Postgres::create_database(&url).unwrap())
                .join()
                .unwrap()
        });
        ServerProcess {
            data_dir: data_dir.to_owned(),
            ui_dir: None,
            database_url,
            port,
            child: None,
        }
    }

    /// Another server process on the same database as this one (the same PostgreSQL
    /// database, or the same SQLite file), on a port of its own.
    pub fn beside(&self) -> ServerProcess {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        ServerProcess {
            data_dir: self.data_dir.clone(),
            ui_dir: None,
            database_url: self.database_url.clone(),
            port,
            child: None,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The URL of the server's own PostgreSQL database, when it has one, so that a test can
    /// fill it (with an old release's dump, say) before the server first opens it.
    pub fn database_url(&self) -> Option<&str> {
        self.database_url.as_deref()
    }

    fn command(&self) -> Command {
        let mut command = Command::new(binary());
        command.arg("--data-dir").arg(&self.data_dir);
        if let Some(url) = &self.database_url {
            command.args(["--database-url", url]);
        }
        command
    }

    /// Serves the built UI in `dir` to browsers, from the next start.
    pub fn serve_ui(&mut self, dir: &Path) {
        self.ui_dir = Some(dir.to_owned());
    }

    /// Gives user `user` the login name `login` and `password`.
    pub fn set_password(&self, user: &str, login: &str, password: &str) {
        let out = self
            .command()
            .args(["set-password", "--user", user, "--login", login])
            .env("BROBYGGE_PASSWORD", password)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Runs an administrator command and returns what it printed.
    pub fn admin(&self, args: &[&str]) -> String {
        match self.try_admin(args) {
            Ok(out) => out,
            Err(error) => panic!("{args:?}: {error}"),
        }
    }

    /// Runs an administrator command: what it printed, or what it said when it failed.
    pub fn try_admin(&self, args: &[&str]) -> Result<String, String> {
        let out = self.command().args(args).output().unwrap();
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        Ok(String::from_utf8(out.stdout).unwrap().trim().to_owned())
    }

    /// Creates a coordinator of the health-guide project and returns the account's id.
    pub fn coordinator(&self, name: &str) -> String {
        self.admin(&[
            "create-coordinator",
            "--name",
            name,
            "--projects",
            "halsoguider",
        ])
    }

    /// Creates a guide in the health-guide project and returns a fresh enrollment code.
    pub fn guide_code(&self, name: &str) -> String {
        let user = self.admin(&[
            "create-user",
            "--name",
            name,
            "--role",
            "guide",
            "--projects",
            "halsoguider",
        ]);
        self.admin(&["issue-code", "--user", &user])
    }

    pub fn start(&mut self) {
        assert!(self.child.is_none(), "already running");
        let mut command = self.command();
        command.args(["serve", "--address", &format!("127.0.0.1:{}", self.port)]);
        if let Some(dir) = &self.ui_dir {
            command.arg("--ui-dir").arg(dir);
        }
        let child = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the server did not listen"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Asks the server to stop, as systemd or a container runtime does (SIGTERM).
    pub fn terminate(&self) {
        let child = self.child.as_ref().expect("the server is running");
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success(), "kill -TERM: {status}");
    }

    /// Waits for the server to stop by itself, at most `limit`; answers how it ended.
    pub fn wait_stopped(&mut self, limit: Duration) -> std::process::ExitStatus {
        let mut child = self.child.take().expect("the server is running");
        let started = Instant::now();
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status;
            }
            if started.elapsed() > limit {
                let _ = child.kill();
                panic!("the server did not stop within {limit:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Stops the server at once, as a crash or a pulled cable would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every activity the server holds, through its administrator command.
    pub fn activities(&self) -> Vec<ServerActivity> {
        self.admin(&["activities"])
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    /// Who made each version of each activity, through the administrator command.
    pub fn history(&self) -> Vec<VersionRecord> {
        self.admin(&["history"])
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    /// Where the server listens.
    pub fn address(&self) -> std::net::SocketAddr {
        ([127, 0, 0, 1], self.port).into()
    }

    /// The conflicts the server kept, through its administrator command.
    pub fn conflicts(&self) -> Vec<serde_json::Value> {
        self.admin(&["conflicts"])
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

/// An activity as `brobygge-server activities` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ServerActivity {
    pub id: String,
    pub owner: i64,
    pub version: u64,
    pub deleted: bool,
    pub activity: brobygge_model::ActivityDraft,
}

/// One version of an activity as `brobygge-server history` prints it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct VersionRecord {
    pub activity_id: String,
    pub version: u64,
    pub author: Author,
}

/// Who made a version: a device by its id, or a coordinator by name.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "kind", content = "name", rename_all = "lowercase")]
pub enum Author {
    Device(String),
    Coordinator(String),
}

impl Author {
    pub fn device(&self) -> Option<&str> {
        match self {
            Author::Device(id) => Some(id),
            Author::Coordinator(_) => None,
        }
    }
}
