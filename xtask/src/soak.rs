//! `cargo xtask soak [N]`: the random sync scenarios (`tests/tests/sync/scenarios/`) run N
//! times (1,000 unless given) on SQLite and then on PostgreSQL in a throwaway cluster, each
//! printing how many ran, the faults injected and any failure, then a summary per backend. A
//! failing case is kept in the scenarios' `regressions.txt`, which every later run replays
//! first. Not part of `cargo xtask test`, which runs a few scenarios only.

use crate::build::{self, Profile};
use crate::cargo;
use crate::postgres::{Cluster, Durability};
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::time::Instant;

/// Scenarios per backend unless the command line says otherwise.
const DEFAULT_SCENARIOS: u32 = 1_000;

/// The first line of the scenario test's figures (`scenarios/stats.rs`); they and any failure
/// run to the test's panic, or to its end.
const FIGURES: &str = "sync scenarios on ";

pub fn soak(root: &Path, count: Option<&str>) -> Result<()> {
    let scenarios = match count {
        None => DEFAULT_SCENARIOS,
        Some(n) => n
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .with_context(|| format!("not a number of scenarios: {n}"))?,
    };
    let server = build::server(root, Profile::Debug)?;
    let device = build::device_cli(root)?;
    // Built once before the clock starts, so that each backend's time is its scenarios'.
    crate::step(
        "the sync tests",
        scenario_test(&server, &device, 0, &["--no-run"]),
    )?;
    let mut summaries = Vec::new();
    for backend in ["SQLite", "PostgreSQL"] {
        let cluster = match backend {
            "PostgreSQL" => Some(Cluster::start(Durability::Tests)?),
            _ => None,
        };
        let mut test = scenario_test(&server, &device, scenarios, &["--", "--nocapture"]);
        if let Some(cluster) = &cluster {
            test.env("BROBYGGE_TEST_POSTGRES", cluster.url());
        }
        println!("\n==> {scenarios} sync scenarios on {backend}");
        let started = Instant::now();
        let output = test
            .stderr(std::process::Stdio::piped())
            .spawn()
            .context("starting the scenario test")?;
        let (passed, figures) = echo_figures(output)?;
        let minutes = started.elapsed().as_secs_f64() / 60.0;
        let verdict = if passed { "passed" } else { "FAILED" };
        summaries.push(format!(
            "{backend}: {verdict} in {minutes:.1} min\n{}",
            figures.join("\n")
        ));
    }
    println!("\n==> soak summary\n{}", summaries.join("\n\n"));
    if summaries.iter().any(|s| s.contains(": FAILED in")) {
        bail!("the soak found a failing scenario (kept in tests/tests/sync/scenarios/regressions.txt)");
    }
    Ok(())
}

/// The scenario test alone, `scenarios` times.
fn scenario_test(
    server: &Path,
    device: &Path,
    scenarios: u32,
    args: &[&str],
) -> std::process::Command {
    let mut test = cargo(&[
        "test",
        "-p",
        "brobygge-tests",
        "--features",
        "e2e",
        "--test",
        "sync",
        "scenarios::random_scenarios",
    ]);
    test.args(args)
        .env("BROBYGGE_SERVER", server)
        .env("BROBYGGE_DEVICE", device)
        .env("BROBYGGE_SYNC_SCENARIOS", scenarios.to_string());
    test
}

/// Passes the test's error output through as it comes and keeps the figures, with any
/// failure; returns whether the test passed.
fn echo_figures(mut child: std::process::Child) -> Result<(bool, Vec<String>)> {
    use std::io::BufRead;
    let stderr = child.stderr.take().context("the test's error output")?;
    let mut figures = Vec::new();
    let mut in_figures = false;
    for line in std::io::BufReader::new(stderr).lines() {
        let line = line?;
        eprintln!("{line}");
        in_figures = line.starts_with(FIGURES) || (in_figures && !line.starts_with("thread '"));
        if in_figures {
            figures.push(line);
        }
    }
    let status = child.wait()?;
    Ok((status.success(), figures))
}
