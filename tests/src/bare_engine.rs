//! The baseline of the app's cold start: a bare WebKitGTK window (`bare_engine/window.c`,
//! built here with the system's C compiler against the same libwebkit2gtk-4.1 the app uses)
//! from its process starting to a one-line page loaded. No app can start faster than its
//! engine on the same machine, so the bench prints the app's cold start against it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Builds the bare window in `dir`; answers its path.
pub fn build(dir: &Path) -> PathBuf {
    let source = dir.join("window.c");
    std::fs::write(&source, include_str!("bare_engine/window.c")).unwrap();
    let flags = Command::new("pkg-config")
        .args(["--cflags", "--libs", "webkit2gtk-4.1"])
        .output()
        .expect("pkg-config");
    assert!(flags.status.success(), "pkg-config webkit2gtk-4.1");
    let flags = String::from_utf8(flags.stdout).unwrap();
    let binary = dir.join("bare-window");
    let status = Command::new("cc")
        .arg(&source)
        .arg("-o")
        .arg(&binary)
        .args(flags.split_whitespace())
        .status()
        .expect("cc");
    assert!(status.success(), "building the bare window");
    binary
}

/// The time from starting the bare window to its page loaded, `runs` times (on the display
/// the environment names).
pub fn starts(binary: &Path, runs: usize) -> Vec<Duration> {
    (0..runs)
        .map(|_| {
            let started = Instant::now();
            let mut child = Command::new(binary)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .unwrap();
            let mut line = String::new();
            BufReader::new(child.stdout.take().unwrap())
                .read_line(&mut line)
                .unwrap();
            let elapsed = started.elapsed();
            assert_eq!(
                line.trim(),
                "loaded",
                "the bare window did not load its page"
            );
            child.wait().unwrap();
            elapsed
        })
        .collect()
}
