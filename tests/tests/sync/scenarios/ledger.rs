//! What a scenario did, to check the server against, and the rule of exactly once that a
//! device's life allows.
//!
//! The server applies each mutation number of an enrollment (a server device id) at most once,
//! and a device acknowledges a row of its outbox only when the server says it applied it. So:
//! - within one enrollment, every upsert is applied exactly once when the device has synced,
//!   and at most once before;
//! - enrolling again as the same user renumbers the rows still waiting for the new
//!   enrollment, which applies each of them once more; such a row was applied by the previous
//!   enrollment too exactly when that enrollment's answer was lost (it waited because its
//!   acknowledgement never came). Those rows are `carried`: each may be applied twice, once
//!   per enrollment, and nothing else may;
//! - a handover sends the previous user's waiting rows first (then each is applied once) or,
//!   confirmed, discards them; an erasure after a revocation discards them. Those rows are
//!   `discarded`: each was applied once if its answer had been lost, else never;
//! - a change in a project the user is not in is refused and never applied.
//!
//! Hence for each device and entry, counting the versions its enrollments wrote:
//! `accepted - waiting - discarded <= applied <= accepted + carried`, where `waiting` are the
//! accepted upserts still in its outbox; after the final sync nothing waits, and an entry with
//! nothing carried or discarded is applied exactly as often as it was changed.

use super::device_db::{accepted_waiting, DeviceFiles};
use super::ops::is_elsewhere;
use super::DEVICES;
use brobygge_core::Store;
use brobygge_model::ActivityDraft;
use brobygge_tests::server::VersionRecord;
use std::collections::{BTreeSet, HashMap};

/// One device's upserts of one entry.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Upserts made that the server accepts.
    accepted: u64,
    /// Of those, rows renumbered for a new enrollment while they waited.
    carried: u64,
    /// Of those, rows deleted by an erasure while they waited.
    discarded: u64,
    /// Of those, saves of the entry as the device had it, which make no new version.
    unchanged: u64,
}

#[derive(Default)]
pub struct Ledger {
    upserts: HashMap<(usize, String), Tally>,
    /// Per device, the entries whose last change there the server refuses.
    pub refused: [BTreeSet<String>; DEVICES],
    /// Each device's last pull cursor in its current enrollment.
    cursors: [i64; DEVICES],
}

impl Ledger {
    /// Device `device` saved `draft` as entry `id`; `unchanged` when the device had it so.
    pub fn upsert(&mut self, device: usize, id: &str, draft: &ActivityDraft, unchanged: bool) {
        if is_elsewhere(draft) {
            self.refused[device].insert(id.to_owned());
        } else {
            self.refused[device].remove(id);
            let tally = self.tally(device, id);
            tally.accepted += 1;
            tally.unchanged += u64::from(unchanged);
        }
    }

    pub fn deleted(&mut self, device: usize, id: &str) {
        self.refused[device].remove(id);
    }

    fn tally(&mut self, device: usize, id: &str) -> &mut Tally {
        self.upserts.entry((device, id.to_owned())).or_default()
    }

    /// The device was enrolled again while `waiting` (its accepted upserts per entry) waited.
    pub fn carry(&mut self, device: usize, waiting: &HashMap<String, u64>) {
        for (id, n) in waiting {
            self.tally(device, id).carried += n;
        }
        self.cursors[device] = 0;
    }

    /// The device's data was erased while `waiting` waited.
    pub fn discard(&mut self, device: usize, waiting: &HashMap<String, u64>) {
        for (id, n) in waiting {
            self.tally(device, id).discarded += n;
        }
        self.refused[device].clear();
        self.cursors[device] = 0;
    }

    /// A new enrollment with nothing carried over: its cursor starts again.
    pub fn enrolled(&mut self, device: usize) {
        self.cursors[device] = 0;
    }

    /// Checks the rule above for every device and entry against the server's `history`;
    /// `enrollments[d]` are the server device ids device `d` has had, `stores[d]` its store.
    /// Returns how many upserts were applied twice (once per enrollment) and how many were
    /// discarded.
    pub fn check_exactly_once(
        &self,
        history: &[VersionRecord],
        enrollments: &[Vec<String>],
        stores: &[&Store],
        after_final_sync: bool,
    ) -> (u64, u64) {
        let waiting: Vec<_> = stores.iter().map(|s| accepted_waiting(s)).collect();
        let (mut twice, mut discarded) = (0, 0);
        for ((device, id), tally) in &self.upserts {
            let applied = history
                .iter()
                .filter(|h| {
                    h.activity_id == *id
                        && h.author
                            .device()
                            .is_some_and(|a| enrollments[*device].iter().any(|e| e == a))
                })
                .count() as u64;
            let waits = waiting[*device].get(id).copied().unwrap_or(0);
            if after_final_sync {
                assert_eq!(waits, 0, "device {device}, entry {id}: still waiting");
            }
            let low = tally
                .accepted
                .saturating_sub(waits + tally.discarded + tally.unchanged);
            let high = tally.accepted + tally.carried;
            assert!(
                (low..=high).contains(&applied),
                "device {device}, entry {id}: {applied} versions applied, expected {low} to \
                 {high} ({tally:?}, {waits} waiting)"
            );
            twice += applied.saturating_sub(tally.accepted);
            discarded += tally.discarded;
        }
        (twice, discarded)
    }

    /// A device's pull cursor only moves forward within an enrollment.
    pub fn check_cursor(&mut self, device: usize, files: &DeviceFiles) {
        let cursor = files.pull_cursor();
        assert!(
            cursor >= self.cursors[device],
            "device {device}'s cursor went back from {} to {cursor}",
            self.cursors[device]
        );
        self.cursors[device] = cursor;
    }
}
