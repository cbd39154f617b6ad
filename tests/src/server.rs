//! The real `brobygge-server` process on loopback for one test, with its own data folder;
//! administrator tasks through its command line, as an administrator would do them.

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
    port: u16,
    child: Option<Child>,
}

impl ServerProcess {
    /// A server with its data in `data_dir`, not yet started.
    pub fn new(data_dir: &Path) -> ServerProcess {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        ServerProcess {
            data_dir: data_dir.to_owned(),
            port,
            child: None,
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Runs an administrator command and returns what it printed.
    pub fn admin(&self, args: &[&str]) -> String {
        let out = Command::new(binary())
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
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
        let child = Command::new(binary())
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(["serve", "--address", &format!("127.0.0.1:{}", self.port)])
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

    /// Stops the server at once, as a crash or a pulled cable would.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// The server's database, for checking what it holds.
    pub fn database(&self) -> PathBuf {
        self.data_dir.join("brobygge.sqlite3")
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
