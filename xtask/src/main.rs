//! The developer commands. `cargo xtask run` builds everything and starts the app;
//! `cargo xtask test` runs every check and test, the end-to-end ones in a real window;
//! `cargo xtask bench` prints the figures the issues ask for; `cargo xtask fuzz` runs the fuzz
//! targets; `cargo xtask soak` runs the random sync scenarios by the thousand on both backends.
//! Each installs what is missing.

mod bench;
mod build;
mod demo;
mod display;
mod fuzz;
mod install;
mod postgres;
mod secret_service;
mod soak;

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    std::env::set_current_dir(&root)?;
    match args.first().map(String::as_str) {
        Some("run") => run(&root),
        Some("test") => test(&root),
        Some("bench") => bench::bench(&root, args.get(1).map(String::as_str)),
        Some("fuzz") => fuzz::fuzz(&root, fuzz_seconds(args.get(1))?),
        Some("soak") => soak::soak(&root, args.get(1).map(String::as_str)),
        Some("install") => install::all().and_then(|_| fuzz::tools()),
        _ => {
            eprintln!(
                "usage: cargo xtask <run | test | bench [store | app | sync | desk] | fuzz [seconds] | soak [N] | install>"
            );
            std::process::exit(2);
        }
    }
}

/// Builds the UI, the app and the server; starts the server on SQLite (its data in the target
/// dir, with a demo guide on first start) and then the app (under a virtual display when there
/// is no screen), and waits until the app is closed.
fn run(root: &Path) -> Result<()> {
    let tools = install::all()?;
    build::ui(root, &tools, build::Profile::Release)?;
    let app = build::app(root, build::Profile::Debug)?;
    let server = build::server(root, build::Profile::Debug)?;
    let device = build::device_cli(root)?;
    let demo = demo::start(root, &server)?;
    let home = demo::connect_app(root, &server, &device, &demo)?;
    let _display = display::ensure()?;
    println!("Starting {}", app.display());
    let status = Command::new(&app)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .status()
        .context("starting the app")?;
    if !status.success() {
        bail!("the app exited with {status}");
    }
    Ok(())
}

/// Every check and test: formatting, lints on both targets, unit and integration tests, and
/// the real app driven end to end under Xvfb.
fn test(root: &Path) -> Result<()> {
    let tools = install::all()?;
    let wasm = "wasm32-unknown-unknown";
    step("formatting", cargo(&["fmt", "--all", "--", "--check"]))?;
    step(
        "clippy (native)",
        cargo(&[
            "clippy",
            "--workspace",
            "--exclude",
            "brobygge-ui",
            "--all-targets",
            "--features",
            "brobygge-tests/e2e,brobygge-core/cli",
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    step(
        "clippy (wasm32: the model and the UI)",
        cargo(&[
            "clippy",
            "-p",
            "brobygge-model",
            "-p",
            "brobygge-ui",
            "--target",
            wasm,
            "--",
            "-D",
            "warnings",
        ]),
    )?;
    let tests = cargo(&["test", "--workspace", "--exclude", "brobygge-ui"]);
    step(
        "unit and integration tests (beside a throwaway secret service, for the device key)",
        secret_service::around(root, &tests)?,
    )?;
    let cluster = postgres::Cluster::start(postgres::Durability::Tests)?;
    let mut api = cargo(&["test", "-p", "brobygge-server", "--test", "api"]);
    api.env("BROBYGGE_TEST_POSTGRES", cluster.url())
        .env("BROBYGGE_TEST_POSTGRES_CA", cluster.ca_file());
    step("the server's API tests again, on PostgreSQL", api)?;
    build::ui(root, &tools, build::Profile::Release)?;
    let app = build::app(root, build::Profile::Debug)?;
    let server = build::server(root, build::Profile::Debug)?;
    let device = build::device_cli(root)?;
    let display = display::ensure()?;
    let mut e2e = cargo(&[
        "test",
        "-p",
        "brobygge-tests",
        "--features",
        "e2e",
        "--test",
        "app",
        "--test",
        "sync",
        "--test",
        "web",
    ]);
    e2e.env("BROBYGGE_SERVER", &server)
        .env("BROBYGGE_DEVICE", &device)
        .env("BROBYGGE_UI_DIST", root.join("src-ui/dist"))
        .env("BROBYGGE_AXE", &tools.axe);
    e2e.env("BROBYGGE_APP", &app)
        .env("BROBYGGE_SCREENSHOTS", target_dir(root).join("screenshots"));
    if let Some(d) = &display {
        e2e.env("DISPLAY", d.name());
    }
    step(
        "end to end: the app, devices syncing with the server, the coordinator pages in chromium",
        e2e,
    )?;
    let mut sync = cargo(&[
        "test",
        "-p",
        "brobygge-tests",
        "--features",
        "e2e",
        "--test",
        "sync",
    ]);
    sync.env("BROBYGGE_SERVER", &server)
        .env("BROBYGGE_DEVICE", &device)
        .env("BROBYGGE_TEST_POSTGRES", cluster.url());
    step("devices syncing with the server again, on PostgreSQL", sync)?;
    let mut fuzzing = Command::new(std::env::current_exe()?);
    fuzzing.args(["fuzz", &fuzz::SHORT_SECONDS.to_string()]);
    step("fuzzing: each fuzz target briefly", fuzzing)?;
    println!("\nAll checks and tests passed.");
    Ok(())
}

/// The seconds each fuzz target runs: the argument, or [`fuzz::DEFAULT_SECONDS`].
fn fuzz_seconds(arg: Option<&String>) -> Result<u64> {
    arg.map_or(Ok(fuzz::DEFAULT_SECONDS), |s| {
        s.parse()
            .with_context(|| format!("not a number of seconds: {s}"))
    })
}

pub(crate) fn cargo(args: &[&str]) -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.args(args);
    c
}

/// Runs one named step, failing with its name.
pub(crate) fn step(name: &str, mut command: Command) -> Result<()> {
    println!("\n==> {name}");
    let started = std::time::Instant::now();
    let status = command
        .status()
        .with_context(|| format!("{name}: could not start {command:?}"))?;
    println!("<== {name}: {} s", started.elapsed().as_secs());
    if !status.success() {
        bail!("{name} failed ({status})");
    }
    Ok(())
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// The cargo target directory, honouring `CARGO_TARGET_DIR`.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target"))
}
