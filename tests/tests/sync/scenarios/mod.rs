//! Random scenarios on a bad network: three devices (two of one guide, one of another) log,
//! edit, delete and sync through the fault-injecting proxy while a coordinator corrects
//! entries and the server is killed with SIGKILL in the middle of syncs. After each scenario
//! the network heals and every device syncs, and these must hold:
//! - every upsert a device made is applied on the server exactly once (one version each);
//! - nothing the server acknowledged is lost, even across a kill -9;
//! - a device's pull cursor only moves forward;
//! - every device holds exactly its user's entries as the server has them.
//!
//! 200 scenarios by default; `BROBYGGE_SYNC_SCENARIOS=1000` runs more.

mod device_db;
mod ops;

use super::occasion;
use brobygge_core::Store;
use brobygge_model::{ActivityDraft, ActivityId, Count, SaveOptions};
use brobygge_tests::proxy::Proxy;
use brobygge_tests::server::ServerProcess;
use device_db::{local_entries, pull_cursor};
use ops::Op;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Devices 0 and 1 belong to one guide, device 2 to another.
const DEVICES: usize = 3;
const OWNER: [usize; DEVICES] = [0, 0, 1];

#[test]
fn random_scenarios_on_a_bad_network_lose_nothing_and_converge() {
    let cases = std::env::var("BROBYGGE_SYNC_SCENARIOS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    let server = Arc::new(Mutex::new(ServerProcess::new(&dir.path().join("server"))));
    server.lock().unwrap().start();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 50,
        ..Config::default()
    });
    let scenario = prop::collection::vec(ops::op(), 1..12);
    let counter = std::sync::atomic::AtomicUsize::new(0);
    runner
        .run(&scenario, |ops| {
            let n = counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let root = dir.path().join(format!("scenario-{n}"));
            runtime.block_on(run(&server, &root, ops));
            Ok(())
        })
        .unwrap();
}

/// What the scenario did, to check the server against.
#[derive(Default)]
struct Ledger {
    /// Upserts each device made of each entry.
    upserts: HashMap<(usize, ActivityId), u64>,
    /// Each device's last pull cursor.
    cursors: [i64; DEVICES],
}

struct World<'a> {
    server: &'a Mutex<ServerProcess>,
    proxy: Proxy,
    devices: Vec<Store>,
    device_ids: Vec<String>,
    users: [i64; 2],
    roots: Vec<std::path::PathBuf>,
    ledger: Ledger,
}

async fn run(server: &Mutex<ServerProcess>, root: &Path, ops: Vec<Op>) {
    let (upstream, codes, users) = {
        let s = server.lock().unwrap();
        let mut users = [0; 2];
        let mut codes = Vec::new();
        for (i, user) in users.iter_mut().enumerate() {
            *user = s
                .admin(&[
                    "create-user",
                    "--name",
                    &format!("Guide {i}"),
                    "--role",
                    "guide",
                    "--projects",
                    "halsoguider",
                ])
                .parse()
                .unwrap();
        }
        for owner in OWNER {
            codes.push(s.admin(&["issue-code", "--user", &users[owner].to_string()]));
        }
        (s.address(), codes, users)
    };
    let proxy = Proxy::start(upstream).await;
    let mut world = World {
        server,
        proxy,
        devices: Vec::new(),
        device_ids: Vec::new(),
        users,
        roots: Vec::new(),
        ledger: Ledger::default(),
    };
    for (i, code) in codes.iter().enumerate() {
        let dir = root.join(format!("device-{i}"));
        std::fs::create_dir_all(&dir).unwrap();
        let store = super::device(&dir);
        store
            .enroll(&world.proxy.url(), code, "0.1.0")
            .await
            .unwrap();
        world
            .device_ids
            .push(store.server_link().unwrap().unwrap().device_id);
        world.devices.push(store);
        world.roots.push(dir);
    }
    for op in ops {
        world.apply(op).await;
        world.check_cursors();
    }
    world.proxy.heal();
    for _ in 0..2 {
        for d in 0..DEVICES {
            world.devices[d].sync().await.unwrap();
            world.check_cursors();
        }
    }
    world.check_exactly_once(true);
    world.check_converged();
}

impl World<'_> {
    async fn apply(&mut self, op: Op) {
        match op {
            Op::Log { device, women } => {
                let id = self.devices[device]
                    .save_activity(&occasion(women), SaveOptions::default())
                    .unwrap();
                *self.ledger.upserts.entry((device, id)).or_default() += 1;
            }
            Op::Edit {
                device,
                pick,
                women,
            } => {
                let Some((id, mut draft)) = self.pick_local(device, pick) else {
                    return;
                };
                draft.people.women = Count::new(women).unwrap();
                draft.note = format!("Ändrad på enhet {device}.");
                self.devices[device]
                    .save_activity(&draft, SaveOptions::default())
                    .unwrap();
                *self.ledger.upserts.entry((device, id)).or_default() += 1;
            }
            Op::Delete { device, pick } => {
                if let Some((id, _)) = self.pick_local(device, pick) {
                    self.devices[device].delete(&id).unwrap();
                }
            }
            Op::Correct { pick, women } => {
                let server = self.server.lock().unwrap();
                let live: Vec<_> = server
                    .activities()
                    .into_iter()
                    .filter(|a| !a.deleted)
                    .collect();
                if !live.is_empty() {
                    server.admin(&[
                        "correct",
                        "--activity",
                        &live[pick % live.len()].id,
                        "--field",
                        "people.women",
                        "--value",
                        &women.to_string(),
                        "--by",
                        "Sara Lind",
                    ]);
                }
            }
            Op::Sync { device, faults } => {
                self.proxy.inject(faults);
                // Failing is allowed on a bad network; losing or doubling is not.
                let _ = self.devices[device].sync().await;
                self.proxy.heal();
            }
            Op::KillDuringSync { device, after_ms } => {
                let store = &self.devices[device];
                let (result, ()) = tokio::join!(store.sync(), async {
                    tokio::time::sleep(Duration::from_millis(after_ms)).await;
                    self.server.lock().unwrap().kill();
                });
                drop(result);
                self.server.lock().unwrap().start();
                self.check_exactly_once(false);
            }
        }
    }

    /// One of the device's own live entries, chosen by `pick`.
    fn pick_local(&self, device: usize, pick: usize) -> Option<(ActivityId, ActivityDraft)> {
        let live = local_entries(&self.roots[device]);
        let n = live.len();
        let (id, draft) = live.into_iter().nth(pick.checked_rem(n)?)?;
        Some((ActivityId(id), draft))
    }

    /// Every upsert the server acknowledged is there once; with `all`, every upsert made.
    fn check_exactly_once(&self, all: bool) {
        let history = self.server.lock().unwrap().history();
        for ((device, id), made) in &self.ledger.upserts {
            let applied = history
                .iter()
                .filter(|h| {
                    h.activity_id == id.0
                        && h.author.device() == Some(self.device_ids[*device].as_str())
                })
                .count() as u64;
            let waiting = self.devices[*device]
                .outbox()
                .unwrap()
                .iter()
                .filter(|r| r.activity_id == *id && r.kind == "upsert")
                .count() as u64;
            let acknowledged = made - waiting.min(*made);
            assert!(
                applied >= acknowledged && applied <= *made,
                "device {device}, entry {}: {applied} applied, {acknowledged} acknowledged, \
                 {made} made",
                id.0
            );
            if all {
                assert_eq!(applied, *made, "device {device}, entry {}", id.0);
            }
        }
    }

    fn check_cursors(&mut self) {
        for d in 0..DEVICES {
            let cursor = pull_cursor(&self.roots[d]);
            assert!(
                cursor >= self.ledger.cursors[d],
                "device {d}'s cursor went back from {} to {cursor}",
                self.ledger.cursors[d]
            );
            self.ledger.cursors[d] = cursor;
        }
    }

    fn check_converged(&self) {
        let server = self.server.lock().unwrap().activities();
        for (d, owner) in OWNER.iter().enumerate() {
            let expected: BTreeMap<String, ActivityDraft> = server
                .iter()
                .filter(|a| a.owner == self.users[*owner] && !a.deleted)
                .map(|a| (a.id.clone(), a.activity.clone()))
                .collect();
            assert_eq!(
                local_entries(&self.roots[d]),
                expected,
                "device {d} differs from the server"
            );
        }
    }
}
