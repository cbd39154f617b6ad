//! Installs what the build and tests need and is missing: Debian packages, the wasm target,
//! PostgreSQL (for the server's second backend), Trunk, wasm-bindgen-cli, tauri-driver and a wasm-opt that works (binaryen from npm; Debian
//! 12's binaryen 108 produces a module that leaves the window blank).

use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;

/// Packages for building and running the app and its end-to-end tests.
const DEBIAN_PACKAGES: &[&str] = &[
    "build-essential",
    "pkg-config",
    "file",
    "libssl-dev",
    "libwebkit2gtk-4.1-dev",
    "libjavascriptcoregtk-4.1-dev",
    "libsoup-3.0-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "fonts-noto-core",
    "imagemagick",
    "x11-apps",
    "postgresql-15",
    "chromium",
    "chromium-driver",
    // A private D-Bus session with a secret service, for the tests of the device key.
    "dbus",
    "gnome-keyring",
];

const TRUNK: &str = "0.21.14";
const TAURI_DRIVER: &str = "2.1.0";
/// Must equal the `wasm-bindgen` version pinned in src-ui/Cargo.toml and src-ui/Trunk.toml.
const WASM_BINDGEN: &str = "0.2.130";
/// Must match `wasm_opt` in src-ui/Trunk.toml.
const BINARYEN: &str = "132.0.0";

/// Where the tools live that are not on PATH by default.
pub struct Tools {
    /// Holds `wasm-opt`; put first on PATH for Trunk.
    pub binaryen_bin: PathBuf,
    /// axe-core's `axe.min.js`, which the browser tests run on every coordinator page.
    pub axe: PathBuf,
}

pub fn all() -> Result<Tools> {
    debian_packages()?;
    wasm_target()?;
    cargo_tool("trunk", "trunk", TRUNK, &["--locked"])?;
    cargo_tool("tauri-driver", "tauri-driver", TAURI_DRIVER, &["--locked"])?;
    // Not --locked: its own lock file pins a crate version the registry may not have.
    cargo_tool("wasm-bindgen-cli", "wasm-bindgen", WASM_BINDGEN, &[])?;
    let binaryen_bin = binaryen()?;
    let axe = axe_core()?;
    Ok(Tools { binaryen_bin, axe })
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn run(program: &str, args: &[&str]) -> Result<()> {
    let status = Command::new(program)
        .args(args)
        .status()
        .with_context(|| format!("could not start {program}"))?;
    if !status.success() {
        bail!("{program} {} failed ({status})", args.join(" "));
    }
    Ok(())
}

fn debian_packages() -> Result<()> {
    let mut missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .copied()
        .filter(|p| {
            output("dpkg-query", &["-W", "-f=${Status}", p])
                .is_none_or(|s| !s.contains("install ok installed"))
        })
        .collect();
    // npm (for binaryen) may come from elsewhere than Debian; take Debian's only when absent.
    if output("npm", &["--version"]).is_none() {
        missing.extend(["nodejs", "npm"]);
    }
    if missing.is_empty() {
        return Ok(());
    }
    println!("Installing Debian packages: {}", missing.join(" "));
    let root = output("id", &["-u"]).is_some_and(|u| u.trim() == "0");
    let (program, prefix): (&str, Vec<&str>) = if root {
        ("apt-get", vec![])
    } else {
        ("sudo", vec!["apt-get"])
    };
    let mut update = prefix.clone();
    update.extend(["update", "-qq"]);
    run(program, &update)?;
    let mut install = prefix;
    install.extend(["install", "-y", "-qq", "--no-install-recommends"]);
    install.extend(&missing);
    let status = Command::new(program)
        .args(&install)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()?;
    if !status.success() {
        bail!("installing Debian packages failed ({status})");
    }
    Ok(())
}

fn wasm_target() -> Result<()> {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if !installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        run("rustup", &["target", "add", "wasm32-unknown-unknown"])?;
    }
    Ok(())
}

fn cargo_tool(krate: &str, binary: &str, version: &str, flags: &[&str]) -> Result<()> {
    let found = output(binary, &["--version"]).unwrap_or_default();
    if found.split_whitespace().any(|w| w == version) {
        return Ok(());
    }
    println!("Installing {krate} {version} (a few minutes, once)");
    let spec = format!("{krate}@{version}");
    let mut args = vec!["install", spec.as_str()];
    args.extend(flags);
    run("cargo", &args)
}

/// The accessibility checker the browser tests run, from npm.
const AXE_CORE: &str = "4.10.3";

fn axe_core() -> Result<PathBuf> {
    Ok(npm_package("axe", "axe-core", AXE_CORE)?.join("node_modules/axe-core/axe.min.js"))
}

fn binaryen() -> Result<PathBuf> {
    Ok(npm_package("binaryen", "binaryen", BINARYEN)?.join("node_modules/.bin"))
}

/// The npm package `name@version` in its own folder under `~/.cache/brobygge/`, installed
/// there unless that version already is; answers the folder.
fn npm_package(folder: &str, name: &str, version: &str) -> Result<PathBuf> {
    let home = std::env::var_os("HOME").context("HOME is not set")?;
    let dir = PathBuf::from(home).join(".cache/brobygge").join(folder);
    let manifest = dir.join("node_modules").join(name).join("package.json");
    let installed = std::fs::read_to_string(manifest)
        .is_ok_and(|p| p.contains(&format!("\"version\": \"{version}\"")));
    if !installed {
        println!("Installing {name} {version} from npm");
        std::fs::create_dir_all(&dir)?;
        let prefix = dir.to_string_lossy().into_owned();
        let spec = format!("{name}@{version}");
        let args = [
            "install",
            "--prefix",
            &prefix,
            "--no-audit",
            "--no-fund",
            &spec,
        ];
        run("npm", &args)?;
    }
    Ok(dir)
}
