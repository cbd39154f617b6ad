//! A throwaway PostgreSQL cluster of the project's own, for the tests and the bench that run
//! the server on PostgreSQL: made with Debian's binaries in a temporary folder, on a free
//! local port, with trust authentication on loopback only, and removed when dropped.

use anyhow::{bail, Context, Result};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Command;

pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
}

/// How durable the throwaway cluster is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// fsync off: for tests, whose data nobody keeps.
    Tests,
    /// As shipped: for measuring.
    Default,
}

fn bin_dir() -> Result<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .context("PostgreSQL is not installed (/usr/lib/postgresql is missing)")?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("postgres").exists())
        .collect();
    versions.sort();
    versions
        .pop()
        .context("no PostgreSQL server binaries under /usr/lib/postgresql")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL program, as the `postgres` user when we are root (the server refuses to
/// run as root).
fn pg(bin: &std::path::Path, program: &str, args: &[&str]) -> Result<()> {
    let path = bin.join(program);
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&path);
        c
    } else {
        Command::new(&path)
    };
    let out = command
        .args(args)
        .output()
        .with_context(|| format!("starting {}", path.display()))?;
    if !out.status.success() {
        bail!(
            "{program} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

impl Cluster {
    pub fn start(durability: Durability) -> Result<Cluster> {
        let bin = bin_dir()?;
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let dir = std::env::temp_dir().join(format!("brobygge-pg-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        if is_root() {
            let status = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(&dir)
                .status()?;
            if !status.success() {
                bail!("could not give {} to the postgres user", dir.display());
            }
        }
        let data = dir.join("data");
        let data_str = data.to_string_lossy().into_owned();
        pg(
            &bin,
            "initdb",
            &[
                "-D",
                &data_str,
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )?;
        let cluster = Cluster { dir, bin, port };
        let mut options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            cluster.dir.display()
        );
        if durability == Durability::Tests {
            options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        let log = cluster
            .dir
            .join("server.log")
            .to_string_lossy()
            .into_owned();
        pg(
            &cluster.bin,
            "pg_ctl",
            &["-D", &data_str, "-o", &options, "-l", &log, "-w", "start"],
        )?;
        Ok(cluster)
    }

    /// The URL of the cluster's maintenance database; each user makes its own database.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data").to_string_lossy().into_owned();
        let _ = pg(
            &self.bin,
            "pg_ctl",
            &["-D", &data, "-m", "immediate", "stop"],
        );
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
