//! Starting the app under tauri-driver, or Debian's chromium under chromedriver, for one test,
//! and stopping everything after it.
//!
//! The driver runs in its own process group: on drop the whole group gets SIGTERM and then
//! SIGKILL, so no WebKitWebDriver or browser is orphaned to hold a port (and cargo's output)
//! open.

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

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

/// A tauri-driver process whose app keeps its data under `home`.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    /// tauri-driver, for the app whose data lives under `home`.
    pub fn start(home: &Path) -> Driver {
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
            .env("XDG_CACHE_HOME", home.join("cache"));
        Driver::spawn(command, port)
    }

    /// chromedriver, for Debian's chromium.
    pub fn chromium() -> Driver {
        let port = free_port();
        let mut command = Command::new("chromedriver");
        command.arg(format!("--port={port}"));
        Driver::spawn(command, port)
    }

    fn spawn(mut command: Command, port: u16) -> Driver {
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
        Driver { child, port }
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
                "prefs": { "intl.accept_languages": language },
            }),
        );
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
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
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session with the app");
        App { client }
    }
}

impl Drop for Driver {
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

/// The app's window in a WebDriver session.
pub struct App {
    pub client: Client,
}

impl App {
    /// Waits for an element: the session is ready before the UI has mounted.
    pub async fn wait(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    pub async fn click(&self, css: &str) {
        self.wait(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.wait(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.wait(css).await;
        element.clear().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Waits until the element's text satisfies `check`, returning the last text seen.
    pub async fn wait_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(e) => e.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let text = without_isolation(&text);
            if check(&text) {
                return text;
            }
            assert!(
                started.elapsed() < WAIT,
                "{css} never matched; last text: {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let started = Instant::now();
        while !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
        {
            assert!(started.elapsed() < WAIT, "{css} is still there");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot for people to look at, in `BROBYGGE_SCREENSHOTS` (set by the xtask
    /// to the target dir's `screenshots/`) or else the temp dir.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = std::env::var_os("BROBYGGE_SCREENSHOTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| std::env::temp_dir().join("brobygge-screenshots"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Closes the window, which ends the app.
    pub async fn close(self) {
        self.client.close().await.unwrap();
    }
}
