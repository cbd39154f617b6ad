//! A virtual display (Xvfb) for machines without a screen, so the same commands work on a
//! desktop and in CI.

use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running Xvfb, stopped when dropped.
pub struct Display {
    name: String,
    child: Child,
}

impl Display {
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        // SIGTERM lets Xvfb remove its socket and lock file; SIGKILL would leave them behind.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

/// Starts Xvfb when there is no display (or in CI), and sets `DISPLAY` for this process's
/// children. `None` means the existing display is used.
pub fn ensure() -> Result<Option<Display>> {
    let in_ci = std::env::var_os("CI").is_some();
    if std::env::var_os("DISPLAY").is_some() && !in_ci {
        return Ok(None);
    }
    let number = (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .context("no free X display number")?;
    let name = format!(":{number}");
    let child = Command::new("Xvfb")
        .args([
            name.as_str(),
            "-screen",
            "0",
            "1280x1024x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Xvfb")?;
    let socket = format!("/tmp/.X11-unix/X{number}");
    let started = Instant::now();
    while !Path::new(&socket).exists() {
        if started.elapsed() > Duration::from_secs(10) {
            bail!("Xvfb did not start on {name}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    std::env::set_var("DISPLAY", &name);
    println!("Virtual display {name}");
    Ok(Some(Display { name, child }))
}
