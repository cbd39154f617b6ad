//! Random scenarios of a bad network and a device's life: three devices (two of one guide, one
//! of another) log, edit, delete and sync through the fault-injecting proxy, alone and all at
//! once, while a coordinator corrects the scenario's entries, the server is killed with
//! SIGKILL in the middle of syncs, a device runs as its own process and is killed with
//! SIGKILL while it pulls, and devices are revoked, enrolled again and handed to the other
//! guide. After each scenario the network heals and every device syncs, and these must hold:
//! - every upsert is applied on the server exactly once per enrollment, as `ledger.rs` states;
//! - nothing the server acknowledged is lost, even across a kill -9;
//! - a device's pull cursor only moves forward within an enrollment;
//! - every device holds exactly its current guide's entries as the server has them;
//! - every entry's sync state is honest: sent, waiting or refused as the server answered.
//!
//! 150 scenarios by default; `BROBYGGE_SYNC_SCENARIOS=N` runs N (`cargo xtask soak` runs
//! thousands). A failing case is kept in `regressions.txt` beside this file and replayed
//! first by every later run; commit it.

mod checks;
mod device_db;
mod ledger;
mod life;
mod ops;
mod stats;
mod tap;
mod world;

use super::occasion;
use brobygge_tests::server::ServerProcess;
use ops::Op;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestRunner};
use stats::Stats;
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Instant;
use world::World;

const DEVICES: usize = 3;

/// Where failing cases are kept, as proptest seeds.
const REGRESSIONS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/sync/scenarios/regressions.txt"
);

#[test]
fn random_scenarios_on_a_bad_network_lose_nothing_and_converge() {
    let cases = std::env::var("BROBYGGE_SYNC_SCENARIOS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(150);
    let backend = match std::env::var_os("BROBYGGE_TEST_POSTGRES") {
        Some(_) => "PostgreSQL",
        None => "SQLite",
    };
    let dir = tempfile::tempdir().unwrap();
    let server = Mutex::new(Server {
        process: ServerProcess::new(&dir.path().join("server")),
        up: false,
    });
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(REGRESSIONS))),
        max_shrink_iters: 50,
        ..Config::default()
    });
    let scenario = prop::collection::vec(ops::op(), 1..16);
    let stats = Stats::default();
    let started = Instant::now();
    let result = runner.run(&scenario, |ops| {
        let n = stats
            .scenarios
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let root = dir.path().join(format!("scenario-{n}"));
        runtime.block_on(run(&server, &root, &stats, ops));
        // Each scenario's devices are done with: keep the disk small over a soak.
        let _ = std::fs::remove_dir_all(&root);
        Ok(())
    });
    eprintln!("{}", stats.report(backend, started.elapsed().as_secs_f64()));
    match result {
        Ok(()) => eprintln!("  failures: none"),
        Err(failure) => {
            eprintln!("  failure: {failure}");
            panic!("a scenario failed on {backend}: {failure}");
        }
    }
}

/// The server process of a run, and whether it is up: a failed scenario may leave it killed.
pub struct Server {
    process: ServerProcess,
    up: bool,
}

impl Server {
    pub fn kill(&mut self) {
        self.process.kill();
        self.up = false;
    }

    pub fn start(&mut self) {
        self.process.start();
        self.up = true;
    }
}

impl std::ops::Deref for Server {
    type Target = ServerProcess;
    fn deref(&self) -> &ServerProcess {
        &self.process
    }
}

/// The run's server; a scenario that failed while holding it leaves it usable.
fn lock(server: &Mutex<Server>) -> MutexGuard<'_, Server> {
    server.lock().unwrap_or_else(|e| e.into_inner())
}

async fn run(server: &Mutex<Server>, root: &Path, stats: &Stats, ops: Vec<Op>) {
    {
        let mut s = lock(server);
        if !s.up {
            s.kill();
            s.start();
        }
    }
    let mut world = World::new(server, root, stats).await;
    for op in ops {
        world.apply(op).await;
        world.check_cursors();
    }
    world.proxy.heal();
    for d in 0..DEVICES {
        world.settle(d).await;
    }
    // Twice: everything each device sent reaches every other device.
    for _ in 0..2 {
        for d in 0..DEVICES {
            let result = world.phones[d].store().sync().await;
            assert!(result.is_ok(), "device {d}'s final sync: {result:?}");
            world.check_cursors();
        }
    }
    world.check_exactly_once(true);
    world.check_converged();
    world.check_honest();
}
