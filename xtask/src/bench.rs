//! `cargo xtask bench [store | app | sync | desk | load]`: the figures the issues ask for,
//! printed, never asserted: the store's save latency and My log queries; the app's cold start,
//! My log render with 10,000 entries, the device pages' first load in three languages and the
//! sizes of the release binary and the UI's files; sync of 10,000 entries on SQLite and on
//! PostgreSQL beside PouchDB replicating the same documents to pouchdb-server; the coordinator
//! views with 1,000,000 entries on both backends; and 1,000 devices syncing at once while a
//! coordinator reports, on SQLite and on PostgreSQL with one and three server processes.
//! Without a name, all of them.

use crate::build::{self, Profile};
use crate::postgres::{Cluster, Durability};
use crate::{cargo, display, install, step};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

pub fn bench(root: &Path, which: Option<&str>) -> Result<()> {
    let tools = install::all()?;
    if !matches!(
        which,
        None | Some("store" | "app" | "sync" | "desk" | "load")
    ) {
        bail!("no bench named {which:?}: store, app, sync, desk or load");
    }
    if matches!(which, None | Some("store")) {
        step(
            "the store",
            cargo(&["bench", "-p", "brobygge-core", "--bench", "store"]),
        )?;
    }
    if matches!(which, None | Some("app")) {
        app(root, &tools)?;
    }
    if matches!(which, None | Some("sync")) {
        sync(root)?;
    }
    if matches!(which, None | Some("desk")) {
        let cluster = Cluster::start(Durability::Default)?;
        let mut run = cargo(&["bench", "-p", "brobygge-server", "--bench", "desk"]);
        run.env("BROBYGGE_BENCH_POSTGRES", cluster.url());
        step("the coordinator views with 1,000,000 entries", run)?;
    }
    if matches!(which, None | Some("load")) {
        load(root)?;
    }
    Ok(())
}

/// `cargo bench` of one of the end-to-end benches in `tests/benches`.
fn tests_bench(name: &str) -> std::process::Command {
    cargo(&[
        "bench",
        "-p",
        "brobygge-tests",
        "--features",
        "e2e",
        "--bench",
        name,
    ])
}

fn load(root: &Path) -> Result<()> {
    let server = build::server(root, Profile::Release)?;
    let cluster = Cluster::start(Durability::Default)?;
    let mut run = tests_bench("load");
    run.env("BROBYGGE_SERVER", &server)
        .env("BROBYGGE_BENCH_POSTGRES", cluster.url());
    step("1,000 devices syncing while a coordinator reports", run)
}

/// The peer to measure against, installed from npm once.
const POUCHDB_SERVER: &str = "4.2.0";
const POUCHDB_NODE: &str = "9.0.0";

fn pouchdb() -> Result<PathBuf> {
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    let dir = PathBuf::from(home).join(".cache/brobygge/pouchdb");
    let modules = dir.join("node_modules");
    let installed = |name: &str, version: &str| {
        std::fs::read_to_string(modules.join(name).join("package.json"))
            .is_ok_and(|p| p.contains(&format!("\"version\": \"{version}\"")))
    };
    if !installed("pouchdb-server", POUCHDB_SERVER) || !installed("pouchdb-node", POUCHDB_NODE) {
        println!("Installing pouchdb-server {POUCHDB_SERVER} and pouchdb-node {POUCHDB_NODE}");
        std::fs::create_dir_all(&dir)?;
        let status = std::process::Command::new("npm")
            .arg("install")
            .arg("--prefix")
            .arg(&dir)
            .args(["--no-audit", "--no-fund"])
            .arg(format!("pouchdb-server@{POUCHDB_SERVER}"))
            .arg(format!("pouchdb-node@{POUCHDB_NODE}"))
            .status()
            .context("starting npm")?;
        if !status.success() {
            bail!("installing PouchDB from npm failed ({status})");
        }
    }
    Ok(modules)
}

fn sync(root: &Path) -> Result<()> {
    let modules = pouchdb()?;
    let server = build::server(root, Profile::Release)?;
    let cluster = Cluster::start(Durability::Default)?;
    let mut run = tests_bench("sync");
    run.env("BROBYGGE_SERVER", &server)
        .env("BROBYGGE_BENCH_POSTGRES", cluster.url())
        .env("BROBYGGE_POUCHDB_MODULES", &modules);
    step("sync, against PouchDB", run)
}

fn app(root: &Path, tools: &install::Tools) -> Result<()> {
    build::ui(root, tools, Profile::Release)?;
    let app = build::app(root, Profile::Release)?;
    let display = display::ensure()?;
    let mut run = tests_bench("app");
    let dist = root.join("src-ui/dist");
    run.env("BROBYGGE_APP", &app).env("BROBYGGE_UI_DIST", &dist);
    if let Some(d) = &display {
        run.env("DISPLAY", d.name());
    }
    step("the app", run)?;

    println!("\n==> sizes");
    println!(
        "release app binary (stripped): {}",
        kib(std::fs::metadata(&app)?.len())
    );
    // The device pages' and the coordinator pages' programs, styles and fonts; the strings of
    // one language (Swedish), which each page fetches for its language.
    for dir in ["", "coordinator", "fonts", "locales/sv"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dist.join(dir))?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        for path in files {
            let name = path.strip_prefix(&dist)?.to_string_lossy().into_owned();
            let shipped = [".wasm", ".js", ".css", ".woff2", ".ftl"];
            if shipped.iter().any(|end| name.ends_with(end)) {
                let raw = std::fs::metadata(&path)?.len();
                println!("{name}: {} raw, {} gzipped", kib(raw), kib(gzipped(&path)?));
            }
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
