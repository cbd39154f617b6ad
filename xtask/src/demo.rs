//! The server for `cargo xtask run`: SQLite in the target dir, a demo guide and a demo
//! coordinator on first start, and the coordinator pages served to browsers; and the demo
//! app's own database, beside it in the target dir, connected to it as the demo guide.

use crate::target_dir;
use anyhow::{bail, Context, Result};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// The demo coordinator's password: demo data on the developer's own machine only.
const DEMO_PASSWORD: &str = "bro-demo-2026";

/// The running server, stopped when dropped.
pub struct DemoServer {
    child: Child,
    url: String,
    data: PathBuf,
    /// Its database was made in this run, so no device knows it yet.
    fresh: bool,
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn admin(server: &Path, data: &Path, args: &[&str]) -> Result<String> {
    let out = Command::new(server)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()?;
    if !out.status.success() {
        bail!(
            "brobygge-server {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(String::from_utf8(out.stdout)?.trim().to_owned())
}

pub fn start(root: &Path, server: &Path) -> Result<DemoServer> {
    let data = target_dir(root).join("demo-server");
    let fresh = !data.join("brobygge.sqlite3").exists();
    if fresh {
        admin(
            server,
            &data,
            &[
                "create-user",
                "--name",
                "Demo Hälsoguide",
                "--role",
                "guide",
                "--projects",
                "halsoguider,medborgarservice",
            ],
        )?;
        let coordinator = admin(
            server,
            &data,
            &[
                "create-coordinator",
                "--name",
                "Demo Samordnare",
                "--projects",
                "halsoguider,medborgarservice",
            ],
        )?;
        let out = Command::new(server)
            .arg("--data-dir")
            .arg(&data)
            .args([
                "set-password",
                "--user",
                &coordinator,
                "--login",
                "samordnare",
            ])
            .env("BROBYGGE_PASSWORD", DEMO_PASSWORD)
            .output()?;
        if !out.status.success() {
            bail!("set-password: {}", String::from_utf8_lossy(&out.stderr));
        }
        // A year and a half of made-up occasions by another guide, so that the overview and
        // the reports have something to show; the demo app's own log starts empty.
        let other = admin(
            server,
            &data,
            &[
                "create-user",
                "--name",
                "Exempelguide",
                "--role",
                "guide",
                "--projects",
                "halsoguider,medborgarservice",
            ],
        )?;
        admin(
            server,
            &data,
            &[
                "demo-data",
                "--user",
                &other,
                "--entries",
                "600",
                "--projects",
                "halsoguider,medborgarservice",
                "--from",
                "2025-07-01",
                "--days",
                "500",
            ],
        )?;
    }
    let port = (8080..8180)
        .find(|p| TcpListener::bind(("127.0.0.1", *p)).is_ok())
        .context("no free port from 8080 to 8179")?;
    let address = format!("127.0.0.1:{port}");
    let child = Command::new(server)
        .arg("--data-dir")
        .arg(&data)
        .args(["serve", "--address", &address, "--ui-dir"])
        .arg(root.join("src-ui/dist"))
        .spawn()
        .context("starting the server")?;
    let demo = DemoServer {
        child,
        url: format!("http://{address}"),
        data,
        fresh,
    };
    let started = Instant::now();
    while TcpStream::connect(&address).is_err() {
        if started.elapsed() > Duration::from_secs(30) {
            bail!("the server did not listen on {address}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    println!(
        "\nThe server runs at {} (SQLite in {}).",
        demo.url,
        demo.data.display()
    );
    println!(
        "Coordinators: open {} in a browser and log in as samordnare with the password \
         {DEMO_PASSWORD}",
        demo.url
    );
    Ok(demo)
}

/// Connects the demo app's database to the demo server as the demo guide (user 1), unless it
/// is connected already, and returns the folder to give the app as its home. The app's data
/// stays in the target dir, apart from a real installation's; a new server database starts a
/// new app database, since no device of the old one is known to it.
pub fn connect_app(
    root: &Path,
    server: &Path,
    device: &Path,
    demo: &DemoServer,
) -> Result<PathBuf> {
    let home = target_dir(root).join("demo-app");
    if demo.fresh && home.exists() {
        std::fs::remove_dir_all(&home).with_context(|| format!("clearing {}", home.display()))?;
    }
    let database = home.join("data/se.brobygge.app/brobygge.sqlite3");
    let code = admin(server, &demo.data, &["issue-code", "--user", "1"])?;
    let out = Command::new(device)
        .arg("enroll")
        .arg("--database")
        .arg(&database)
        .arg("--key")
        .arg(home.join("config/se.brobygge.app/database.key"))
        .args(["--server", &demo.url, "--code", &code])
        .output()
        .context("starting brobygge-device")?;
    if !out.status.success() {
        bail!(
            "connecting the demo app: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    println!(
        "The app is {}.\n",
        String::from_utf8_lossy(&out.stdout).trim()
    );
    Ok(home)
}
