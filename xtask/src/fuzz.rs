//! `cargo xtask fuzz [seconds]`: builds the fuzz targets in `fuzz/` (cargo-fuzz, libFuzzer,
//! on the nightly toolchain) and runs each for the given time, printing its executions, its
//! executions per second and whether it crashed. A crash fails the command and names the
//! input that caused it, kept under `fuzz/artifacts/<target>/`.
//!
//! The inputs each run finds are kept in `<target dir>/fuzz/corpus/<target>`, so the next run
//! starts from them; the small seed corpora under `fuzz/corpus/<target>` are read, never written.

use crate::target_dir;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// The fuzz targets, as `fuzz/fuzz_targets/<name>.rs`.
pub const TARGETS: [&str; 6] = [
    "push_body",
    "pull_cursor",
    "privacy_guard",
    "relay_path",
    "csv_writer",
    "xlsx_writer",
];

/// The seconds each target runs in `cargo xtask fuzz` without a number.
pub const DEFAULT_SECONDS: u64 = 60;

/// The seconds each target runs as a step of `cargo xtask test`.
pub const SHORT_SECONDS: u64 = 8;

const CARGO_FUZZ: &str = "0.13.2";

/// What one target's run came to.
struct Run {
    target: &'static str,
    executions: u64,
    per_second: u64,
    /// The input that made it fail (a crash, a timeout or running out of memory).
    failure: Option<Failure>,
}

struct Failure {
    artifact: Option<String>,
    log: PathBuf,
}

/// Installs the nightly toolchain and cargo-fuzz when missing.
pub fn tools() -> Result<()> {
    let nightly = Command::new("rustup")
        .args(["run", "nightly", "rustc", "--version"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !nightly {
        println!("Installing the nightly toolchain (for cargo-fuzz's libFuzzer), once");
        run(Command::new("rustup").args([
            "toolchain",
            "install",
            "nightly",
            "--profile",
            "minimal",
        ]))?;
    }
    let found = Command::new("cargo-fuzz")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    if !found.split_whitespace().any(|w| w == CARGO_FUZZ) {
        println!("Installing cargo-fuzz {CARGO_FUZZ} (about a minute, once)");
        let spec = format!("cargo-fuzz@{CARGO_FUZZ}");
        run(Command::new("rustup").args(["run", "stable", "cargo", "install", &spec, "--locked"]))?;
    }
    Ok(())
}

/// Builds every target, runs each for `seconds` and reports; fails when one crashed.
pub fn fuzz(root: &Path, seconds: u64) -> Result<()> {
    tools()?;
    let out = target_dir(root).join("fuzz");
    let started = Instant::now();
    println!("Building the fuzz targets (nightly, release with debug assertions)");
    run(&mut cargo_fuzz("build", &out))?;
    println!("Built in {:.0?}", started.elapsed());
    let bin = out.join(host()?).join("release");
    let mut runs = Vec::new();
    for target in TARGETS {
        println!("Fuzzing {target} for {seconds} s");
        runs.push(run_target(root, &out, &bin, target, seconds)?);
    }
    println!(
        "\n{:<14} {:>12} {:>10}  crashes",
        "target", "executions", "exec/s"
    );
    for r in &runs {
        let crashes = if r.failure.is_some() { 1 } else { 0 };
        println!(
            "{:<14} {:>12} {:>10}  {crashes}",
            r.target, r.executions, r.per_second
        );
    }
    println!("(all of it in {:.0?})", started.elapsed());
    let failed: Vec<&Run> = runs.iter().filter(|r| r.failure.is_some()).collect();
    for r in &failed {
        let f = r.failure.as_ref().expect("failed");
        let artifact = f.artifact.as_deref().unwrap_or("(no input written)");
        eprintln!(
            "{} crashed on {artifact}; its output: {}",
            r.target,
            f.log.display()
        );
        eprintln!("  reproduce: {} {artifact}", bin.join(r.target).display());
    }
    if !failed.is_empty() {
        bail!("{} fuzz target(s) crashed", failed.len());
    }
    Ok(())
}

/// `cargo fuzz <subcommand>` on the nightly toolchain, without sanitizers (the project forbids
/// unsafe code, so it is panics and broken properties that are looked for, at about twice the
/// speed), building into `out`.
fn cargo_fuzz(subcommand: &str, out: &Path) -> Command {
    let mut c = Command::new("rustup");
    c.args(["run", "nightly", "cargo", "fuzz", subcommand, "-s", "none"])
        .arg("--target-dir")
        .arg(out);
    // Set by the stable cargo that runs xtask; cargo-fuzz must use nightly's.
    for var in ["CARGO", "RUSTC", "RUSTDOC", "RUSTUP_TOOLCHAIN", "RUSTFLAGS"] {
        c.env_remove(var);
    }
    c
}

/// Runs the built binary of `target` (not `cargo fuzz run`, which builds again whenever a
/// crate changed meanwhile) with cargo-fuzz's usual folders and libFuzzer's final statistics.
fn run_target(
    root: &Path,
    out: &Path,
    bin: &Path,
    target: &'static str,
    seconds: u64,
) -> Result<Run> {
    let corpus = out.join("corpus").join(target);
    let artifacts = root.join("fuzz/artifacts").join(target);
    let log = out.join("logs").join(format!("{target}.log"));
    for dir in [&corpus, &artifacts, &out.join("logs")] {
        std::fs::create_dir_all(dir)?;
    }
    let log_file = std::fs::File::create(&log)?;
    let mut command = Command::new(bin.join(target));
    command
        .arg(&corpus)
        .arg(root.join("fuzz/corpus").join(target))
        .arg(format!("-artifact_prefix={}/", artifacts.display()))
        .arg(format!("-max_total_time={seconds}"))
        .args(["-print_final_stats=1", "-max_len=4096", "-timeout=10"])
        .stdout(log_file.try_clone()?)
        .stderr(log_file);
    let status = command
        .status()
        .with_context(|| format!("could not start {command:?}"))?;
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let stat = |name: &str| {
        text.lines()
            .filter_map(|l| l.strip_prefix(name))
            .filter_map(|v| v.trim_start_matches(':').trim().parse::<u64>().ok())
            .next_back()
    };
    let executions = stat("stat::number_of_executed_units").unwrap_or(0);
    let per_second = stat("stat::average_exec_per_sec").unwrap_or(executions / seconds.max(1));
    let artifact = text
        .lines()
        .filter_map(|l| l.split_once("Test unit written to "))
        .map(|(_, path)| path.trim().to_owned())
        .next_back();
    let failure = (!status.success() || artifact.is_some()).then_some(Failure { artifact, log });
    Ok(Run {
        target,
        executions,
        per_second,
        failure,
    })
}

/// The host's target triple, under which cargo-fuzz puts the binaries.
fn host() -> Result<String> {
    let out = Command::new("rustup")
        .args(["run", "nightly", "rustc", "-vV"])
        .output()
        .context("could not start rustc")?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("host: "))
        .map(str::to_owned)
        .context("rustc -vV names no host")
}

fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .with_context(|| format!("could not start {command:?}"))?;
    if !status.success() {
        bail!("{command:?} failed ({status})");
    }
    Ok(())
}
