//! Building the UI with Trunk and the app with cargo, in the order the app needs: the app
//! embeds the UI's dist folder when it is compiled.

use crate::install::Tools;
use crate::{cargo, step, target_dir};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Debug,
    Release,
}

/// Builds src-ui into src-ui/dist: the device pages (`index.html`, the app's first page, with
/// the fonts and the locales' strings), then the coordinator pages into `dist/coordinator/`
/// (Trunk empties its output folder, so this order). The coordinator pages' files keep their
/// names without a hash, so that the device pages can load them into the app's window by name.
/// Offline, so that a tool version mismatch fails at once instead of Trunk trying to download
/// another.
pub fn ui(root: &Path, tools: &Tools, profile: Profile) -> Result<()> {
    let device: &[&str] = &["index.html"];
    let coordinator: &[&str] = &COORDINATOR_PAGES;
    for (name, target) in [("device", device), ("coordinator", coordinator)] {
        let mut trunk = Command::new("trunk");
        trunk
            .current_dir(root.join("src-ui"))
            .arg("build")
            .args(target)
            .arg("--offline");
        if profile == Profile::Release {
            trunk.arg("--release");
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![tools.binaryen_bin.clone()];
        paths.extend(std::env::split_paths(&path));
        trunk.env("PATH", std::env::join_paths(paths)?);
        step(&format!("the UI's {name} pages (trunk)"), trunk)?;
    }
    Ok(())
}

/// Trunk's arguments for the coordinator pages; tauri.conf.json's `beforeBuildCommand` says the
/// same.
const COORDINATOR_PAGES: [&str; 7] = [
    "coordinator.html",
    "--dist",
    "dist/coordinator",
    "--public-url",
    "/coordinator/",
    "--filehash",
    "false",
];

/// Builds the app with the UI embedded and returns the binary's path.
pub fn app(root: &Path, profile: Profile) -> Result<PathBuf> {
    let mut args = vec![
        "build",
        "-p",
        "brobygge-app",
        "--features",
        "custom-protocol",
    ];
    if profile == Profile::Release {
        args.push("--release");
    }
    step("the app", cargo(&args))?;
    let dir = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    Ok(target_dir(root).join(dir).join("brobygge-app"))
}

/// Builds the server and returns the binary's path.
pub fn server(root: &Path, profile: Profile) -> Result<PathBuf> {
    let mut args = vec!["build", "-p", "brobygge-server"];
    if profile == Profile::Release {
        args.push("--release");
    }
    step("the server", cargo(&args))?;
    let dir = match profile {
        Profile::Release => "release",
        Profile::Debug => "debug",
    };
    Ok(target_dir(root).join(dir).join("brobygge-server"))
}

/// Builds `brobygge-device`, the device core's command line, and returns the binary's path.
pub fn device_cli(root: &Path) -> Result<PathBuf> {
    let args = [
        "build",
        "-p",
        "brobygge-core",
        "--features",
        "cli",
        "--bin",
        "brobygge-device",
    ];
    step("the device command line", cargo(&args))?;
    Ok(target_dir(root).join("debug").join("brobygge-device"))
}
