//! The server for `cargo xtask run`: SQLite in the target dir, a demo guide and a demo
//! coordinator on first start, a fresh enrollment code printed so the app can be connected
//! under My log, and the coordinator pages served to browsers.

use crate::target_dir;
use anyhow::{bail, Context, Result};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command};

/// The demo coordinator's password: demo data on the developer's own machine only.
const DEMO_PASSWORD: &str = "bro-demo-2026";

/// The running server, stopped when dropped.
pub struct DemoServer(Child);

impl Drop for DemoServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
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
    if !data.join("brobygge.sqlite3").exists() {
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
    }
    let code = admin(server, &data, &["issue-code", "--user", "1"])?;
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
    println!(
        "\nThe server runs at http://{address} (SQLite in {}).",
        data.display()
    );
    println!("Connect the app under My log with that address and the code {code}");
    println!(
        "Coordinators: open http://{address} in a browser and log in as samordnare with \
         the password {DEMO_PASSWORD}\n"
    );
    Ok(DemoServer(child))
}
