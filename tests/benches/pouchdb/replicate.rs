//! The peer the sync bench measures against: `replicate.mjs` run by node (PouchDB pushing to
//! pouchdb-server and pulling into a second PouchDB, on fresh databases each run), its figures
//! read back.

use serde::Deserialize;
use std::path::Path;
use std::process::{Command, Stdio};

/// PouchDB's batch size when none is given (`batch_size` in pouchdb-node 9.0.0's replicate).
pub const DEFAULT_BATCH: usize = 100;

/// What `replicate.mjs` prints: every run's figures and the medians, in milliseconds.
#[derive(Deserialize)]
pub struct Replication {
    pub docs: usize,
    pub pouchdb: String,
    pub pouchdb_server: String,
    pub runs: Vec<Run>,
    pub push_median_ms: f64,
    pub pull_median_ms: f64,
    /// The median of each run's push and pull together.
    pub push_pull_median_ms: f64,
    /// Over every run's no-op replications together.
    pub noop_median_ms: f64,
    pub noop_runs: usize,
}

#[derive(Deserialize)]
pub struct Run {
    pub push_ms: f64,
    pub pull_ms: f64,
}

/// How PouchDB replicates: at its default batch size or at `batch_size`, `runs` times, with
/// `noop_runs` replications with nothing new after each run.
pub struct Plan {
    pub batch_size: Option<usize>,
    pub runs: usize,
    pub noop_runs: usize,
}

impl Plan {
    pub fn batch(&self) -> usize {
        self.batch_size.unwrap_or(DEFAULT_BATCH)
    }
}

/// Replicates the documents in `documents` (a JSON array, as `replicate.mjs` takes them) with
/// pouchdb-server in `work`; none when `BROBYGGE_POUCHDB_MODULES` does not name the installed
/// packages. The script's progress goes to stderr as it runs.
pub fn replicate(documents: &Path, work: &Path, plan: &Plan) -> Option<Replication> {
    let modules = std::env::var_os("BROBYGGE_POUCHDB_MODULES")?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pouchdb/replicate.mjs");
    let mut node = Command::new("node");
    node.env("NODE_PATH", modules)
        .arg(script)
        .arg(documents)
        .arg(work)
        .args(["--runs", &plan.runs.to_string()])
        .args(["--noop-runs", &plan.noop_runs.to_string()]);
    if let Some(size) = plan.batch_size {
        node.args(["--batch-size", &size.to_string()]);
    }
    let out = node.stderr(Stdio::inherit()).output().expect("node");
    assert!(
        out.status.success(),
        "replicate.mjs failed ({})",
        out.status
    );
    let replication: Replication = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(replication.runs.len(), plan.runs);
    assert_eq!(replication.noop_runs, plan.runs * plan.noop_runs);
    Some(replication)
}
