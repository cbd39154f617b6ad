//! One scenario's world: the server (shared by the run), the proxy (behind a tap), two guides
//! and three devices, with the steps that log, edit, delete, correct and sync entries. The
//! steps of a device's life are in `life.rs`, the checks in `checks.rs`.

use super::device_db::{accepted_waiting, DeviceFiles};
use super::ledger::Ledger;
use super::ops::{elsewhere, is_elsewhere, Op};
use super::stats::Stats;
use super::tap::Tap;
use super::{occasion, Server, DEVICES};
use brobygge_core::{CoreError, Store};
use brobygge_model::{ActivityDraft, ActivityId, Count, SaveOptions};
use brobygge_tests::proxy::{Fault, Proxy};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// Devices 0 and 1 start with one guide, device 2 with the other.
const FIRST_USER: [usize; DEVICES] = [0, 0, 1];

/// One device of the scenario.
pub struct Phone {
    pub files: DeviceFiles,
    /// None only while a device process of its own uses the files.
    pub store: Option<Store>,
    /// The guide (0 or 1) it is enrolled to; none once a revocation erased it.
    pub user: Option<usize>,
    /// The guide it was last enrolled to.
    pub last_user: usize,
    /// Every server device id it has been enrolled as, the current one last.
    pub enrollments: Vec<String>,
    /// Revoked by the coordinator, and the device has not learned of it yet.
    pub revoked: bool,
}

impl Phone {
    pub fn store(&self) -> &Store {
        self.store.as_ref().expect("the device's store is open")
    }

    /// The device's entry ids, as stored.
    pub fn entry_ids(&self) -> Vec<String> {
        self.files.local_entries().into_keys().collect()
    }
}

pub struct World<'a> {
    server: &'a Mutex<Server>,
    pub proxy: Proxy,
    /// What the devices connect to: a tap in front of the proxy.
    pub tap: Tap,
    pub phones: Vec<Phone>,
    /// The two guides' user ids.
    pub users: [i64; 2],
    pub ledger: Ledger,
    pub stats: &'a Stats,
}

impl<'a> World<'a> {
    /// Two new guides, and three devices enrolled to them through a new proxy and its tap.
    pub async fn new(server: &'a Mutex<Server>, root: &Path, stats: &'a Stats) -> World<'a> {
        let (upstream, users) = {
            let s = super::lock(server);
            let mut users = [0; 2];
            for (i, user) in users.iter_mut().enumerate() {
                let name = format!("Guide {i}");
                let projects = ["--role", "guide", "--projects", "halsoguider"];
                let args = [&["create-user", "--name", &name][..], &projects].concat();
                *user = s.admin(&args).parse().unwrap();
            }
            (s.address(), users)
        };
        let proxy = Proxy::start(upstream).await;
        let mut world = World {
            server,
            tap: Tap::start(&proxy.url()).await,
            proxy,
            phones: Vec::new(),
            users,
            ledger: Ledger::default(),
            stats,
        };
        for (d, user) in FIRST_USER.into_iter().enumerate() {
            let files = DeviceFiles::in_dir(&root.join(format!("device-{d}")));
            let store = files.first_start();
            let code = world.code_for(user);
            store
                .enroll(&world.tap.url(), &code, "0.1.0")
                .await
                .unwrap();
            let id = store.server_link().unwrap().unwrap().device_id;
            world.phones.push(Phone {
                files,
                store: Some(store),
                user: Some(user),
                last_user: user,
                enrollments: vec![id],
                revoked: false,
            });
        }
        world
    }

    pub fn server(&self) -> MutexGuard<'_, Server> {
        super::lock(self.server)
    }

    /// A new enrollment code for guide `user`.
    pub fn code_for(&self, user: usize) -> String {
        let user = self.users[user].to_string();
        self.server().admin(&["issue-code", "--user", &user])
    }

    /// Queues `faults` at the proxy, counted.
    pub fn inject(&self, faults: &[Fault]) {
        self.stats.faults(faults);
        self.proxy.inject(faults.iter().copied());
    }

    pub async fn apply(&mut self, op: Op) {
        Stats::add(&self.stats.ops);
        match op {
            Op::Log { device, women } => self.save(device, occasion(women)),
            Op::LogElsewhere { device, women } => self.save(device, elsewhere(occasion(women))),
            Op::Edit {
                device,
                pick,
                women,
            } => {
                if let Some((_, mut draft)) = self.pick_local(device, pick) {
                    draft.people.women = Count::new(women).unwrap();
                    draft.note = format!("Ändrad på enhet {device}.");
                    self.save(device, draft);
                }
            }
            Op::MoveElsewhere { device, pick } => {
                if let Some((_, draft)) = self.pick_local(device, pick) {
                    self.save(device, elsewhere(draft));
                }
            }
            Op::Delete { device, pick } => {
                if let Some((id, _)) = self.pick_local(device, pick) {
                    self.phones[device].store().delete(&id).unwrap();
                    self.ledger.deleted(device, &id.0);
                }
            }
            Op::Correct { pick, women } => self.correct(pick, women),
            Op::Sync { device, faults } => {
                self.inject(&faults);
                let before = accepted_waiting(self.phones[device].store());
                // Failing is allowed on a bad network; losing or doubling is not.
                let result = self.phones[device].store().sync().await;
                self.proxy.heal();
                self.observe(device, &before, Some(&result));
            }
            Op::SyncAll { faults } => self.sync_all(&faults).await,
            Op::KillServerDuringSync { device, after_ms } => {
                let before = accepted_waiting(self.phones[device].store());
                let store = self.phones[device].store();
                let (result, ()) = tokio::join!(store.sync(), async {
                    tokio::time::sleep(Duration::from_millis(after_ms)).await;
                    self.server().kill();
                });
                Stats::add(&self.stats.server_kills);
                self.server().start();
                self.observe(device, &before, Some(&result));
                self.check_exactly_once(false);
            }
            Op::KillDeviceDuringPull {
                device,
                delay_ms,
                after_ms,
            } => {
                self.kill_device_during_pull(device, delay_ms, after_ms)
                    .await
            }
            Op::Revoke { device } => self.revoke(device),
            Op::EnrollAgain { device, fault } => self.enroll_again(device, fault).await,
            Op::HandOver {
                device,
                fault,
                push_faults,
            } => self.hand_over(device, fault, &push_faults).await,
        }
    }

    /// Saves `draft` on `device`. A draft in another project is refused by a device that has
    /// its user's lists already; that is no change.
    fn save(&mut self, device: usize, draft: ActivityDraft) {
        // Saved again as the device has it: the server makes no new version of it.
        let unchanged = draft.id.as_ref().is_some_and(|id| {
            self.phones[device]
                .store()
                .entry(id)
                .is_ok_and(|e| e.draft == draft)
        });
        match self.phones[device]
            .store()
            .save_activity(&draft, SaveOptions::default())
        {
            Ok(id) => {
                if is_elsewhere(&draft) {
                    Stats::add(&self.stats.refused_upserts);
                }
                self.ledger.upsert(device, &id.0, &draft, unchanged);
            }
            Err(CoreError::Invalid(_)) if is_elsewhere(&draft) => {}
            Err(e) => panic!("device {device} could not save: {e}"),
        }
    }

    /// One of the device's own live entries, chosen by `pick`.
    fn pick_local(&self, device: usize, pick: usize) -> Option<(ActivityId, ActivityDraft)> {
        let live = self.phones[device].files.local_entries();
        let n = live.len();
        let (id, draft) = live.into_iter().nth(pick.checked_rem(n)?)?;
        Some((ActivityId(id), draft))
    }

    /// A coordinator corrects one of this scenario's entries that the server holds.
    fn correct(&self, pick: usize, women: u32) {
        let server = self.server();
        let ours: Vec<_> = server
            .activities()
            .into_iter()
            .filter(|a| !a.deleted && self.users.contains(&a.owner))
            .collect();
        if let Some(chosen) = pick.checked_rem(ours.len()).map(|i| &ours[i]) {
            let women = women.to_string();
            server.admin(&[
                "correct",
                "--activity",
                &chosen.id,
                "--field",
                "people.women",
                "--value",
                &women,
                "--by",
                "Sara Lind",
            ]);
            Stats::add(&self.stats.corrections);
        }
    }

    /// Every device syncs at the same time.
    async fn sync_all(&mut self, faults: &[Fault]) {
        const { assert!(DEVICES == 3) };
        self.inject(faults);
        let before: Vec<_> = self
            .phones
            .iter()
            .map(|p| accepted_waiting(p.store()))
            .collect();
        let [a, b, c] = [0, 1, 2].map(|d| self.phones[d].store());
        let (a, b, c) = tokio::join!(a.sync(), b.sync(), c.sync());
        self.proxy.heal();
        Stats::add(&self.stats.concurrent_syncs);
        for (d, result) in [a, b, c].iter().enumerate() {
            self.observe(d, &before[d], Some(result));
        }
    }
}
