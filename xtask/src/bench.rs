//! `cargo xtask bench`: the figures the issues ask for, printed, never asserted: the store's
//! save latency and My log queries, the app's cold start and My log render with 10,000 entries,
//! and the sizes of the release binary and the wasm bundle.

use crate::build::{self, Profile};
use crate::{cargo, display, install, step};
use anyhow::{Context, Result};
use std::path::Path;

pub fn bench(root: &Path) -> Result<()> {
    let tools = install::all()?;
    step(
        "the store",
        cargo(&["bench", "-p", "brobygge-core", "--bench", "store"]),
    )?;
    build::ui(root, &tools, Profile::Release)?;
    let app = build::app(root, Profile::Release)?;
    let display = display::ensure()?;
    let mut run = cargo(&[
        "bench",
        "-p",
        "brobygge-tests",
        "--features",
        "e2e",
        "--bench",
        "app",
    ]);
    run.env("BROBYGGE_APP", &app);
    if let Some(d) = &display {
        run.env("DISPLAY", d.name());
    }
    step("the app", run)?;

    println!("\n==> sizes");
    println!(
        "release app binary (stripped): {}",
        kib(std::fs::metadata(&app)?.len())
    );
    for entry in std::fs::read_dir(root.join("src-ui/dist"))? {
        let path = entry?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".wasm") || name.ends_with(".js") || name.ends_with(".css") {
            let raw = std::fs::metadata(&path)?.len();
            println!("{name}: {} raw, {} gzipped", kib(raw), kib(gzipped(&path)?));
        }
    }
    Ok(())
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// The size after `gzip -9`, as a web server would send it.
fn gzipped(path: &Path) -> Result<u64> {
    let out = std::process::Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .output()
        .context("gzip")?;
    Ok(out.stdout.len() as u64)
}
