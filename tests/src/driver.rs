//! Starting the app under tauri-driver, or Debian's chromium under chromedriver, for one test,
//! and stopping everything after it.
//!
//! The driver runs in its own process group: on drop the whole group gets SIGTERM and then
//! SIGKILL, so no WebKitWebDriver or browser is orphaned to hold a port (and cargo's output)
//! open.

mod page;

pub use page::{html_attr, App};

use fantoccini::ClientBuilder;
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const WAIT: Duration = Duration::from_secs(30);

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn app_binary() -> PathBuf {
    let path = std::env::var_os("BROBYGGE_APP")
        .expect("BROBYGGE_APP must name the built app; run these tests with `cargo xtask test`");
    let path = PathBuf::from(path);
    assert!(
        path.exists(),
        "the app binary {} does not exist",
        path.display()
    );
    path
}

/// Text as shown, without the direction isolation marks Fluent puts around variables.
pub fn without_isolation(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// How long the app's window may take to answer a new session. Once here WebKitWebDriver
/// never answered one, with no app process left, and the test run hung; a test now starts a
/// fresh tauri-driver instead of waiting forever.
const SESSION_WAIT: Duration = Duration::from_secs(90);

/// A tauri-driver process whose app keeps its data under `home`, or a chromedriver.
pub struct Driver {
    running: Mutex<Running>,
    /// The app's home, for a tauri-driver; none for a chromedriver.
    home: Option<PathBuf>,
}

/// The driver process and its port; its whole process group is stopped when dropped.
struct Running {
    child: Child,
    port: u16,
}

impl Driver {
    /// tauri-driver, for the app whose data lives under `home`.
    pub fn start(home: &Path) -> Driver {
        Driver {
            running: Mutex::new(tauri_driver(home)),
            home: Some(home.into()),
        }
    }

    /// chromedriver, for Debian's chromium.
    pub fn chromium() -> Driver {
        let port = free_port();
        let mut command = Command::new("chromedriver");
        command.arg(format!("--port={port}"));
        Driver {
            running: Mutex::new(spawn(command, port)),
            home: None,
        }
    }

    fn port(&self) -> u16 {
        self.running.lock().expect("the driver").port
    }

    /// Where the chromium opened by [`Driver::browse`] for `language` saves downloads.
    pub fn downloads(home: &Path, language: &str) -> PathBuf {
        downloads(home, language).into()
    }

    /// Opens `url` in headless chromium set to `language` (such as `sv-SE`), with a profile of
    /// its own under `home`.
    pub async fn browse(&self, url: &str, home: &Path, language: &str) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    format!("--lang={language}"),
                    format!("--user-data-dir={}", home.join(format!("chromium-{language}")).display()),
                ],
                "prefs": {
                    "intl.accept_languages": language,
                    "download.default_directory": downloads(home, language),
                    "download.prompt_for_download": false,
                },
            }),
        );
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port()))
            .await
            .expect("a WebDriver session with chromium");
        client.goto(url).await.expect("the page");
        App { client }
    }

    /// Starts the app and connects to its window.
    pub async fn launch(&self) -> App {
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "wry".into());
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({ "application": app_binary() }),
        );
        let home = self.home.as_deref().expect("a tauri-driver");
        for attempt in 1..=3 {
            let mut builder = ClientBuilder::native();
            builder.capabilities(caps.clone());
            let url = format!("http://127.0.0.1:{}", self.port());
            let session = builder.connect(&url);
            // A window that does not answer in time, or a driver that drops the connection
            // while it starts the app (seen once in many runs: an incomplete HTTP message), is
            // tried again with a new tauri-driver.
            match tokio::time::timeout(SESSION_WAIT, session).await {
                Ok(Ok(client)) => return App { client },
                Ok(Err(e)) => eprintln!(
                    "tauri-driver refused a session ({e}) (try {attempt}); starting it again"
                ),
                Err(_) => eprintln!(
                    "the app's window did not answer within {SESSION_WAIT:?} (try {attempt}); \
                     starting tauri-driver again"
                ),
            }
            *self.running.lock().expect("the driver") = tauri_driver(home);
        }
        panic!("no WebDriver session with the app's window in three tries");
    }
}

fn tauri_driver(home: &Path) -> Running {
    let port = free_port();
    let native_port = free_port();
    let mut command = Command::new("tauri-driver");
    command
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        // The tests read the app's key file: no secret store for the app.
        .env("DBUS_SESSION_BUS_ADDRESS", crate::device_db::NO_SESSION_BUS);
    spawn(command, port)
}

fn spawn(mut command: Command, port: u16) -> Running {
    let name = format!("{:?}", command.get_program());
    let child = command
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("{name} is installed by `cargo xtask test`: {e}"));
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < WAIT, "{name} did not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }
    Running { child, port }
}

impl Drop for Running {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let signal = |name: &str| {
            let _ = Command::new("kill").args([name, "--", &group]).status();
        };
        signal("-TERM");
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        signal("-KILL");
        let _ = self.child.wait();
    }
}

fn downloads(home: &Path, language: &str) -> String {
    home.join(format!("downloads-{language}"))
        .to_string_lossy()
        .into_owned()
}
