//! The checks: cursors and exactly once after every step that may move them, and after a
//! scenario's final sync, every device holds exactly its current guide's entries as the server
//! has them (nothing of a guide it was taken from) and shows each entry's sync state honestly.

use super::ops::is_elsewhere;
use super::world::{Phone, World};
use brobygge_core::LogQuery;
use brobygge_model::{ActivityDraft, ActivityState};
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

impl World<'_> {
    pub fn check_cursors(&mut self) {
        for (d, phone) in self.phones.iter().enumerate() {
            self.ledger.check_cursor(d, &phone.files);
        }
    }

    /// The rule of exactly once (`ledger.rs`) against the server's history.
    pub fn check_exactly_once(&self, after_final_sync: bool) {
        let history = self.server().history();
        let enrollments: Vec<_> = self.phones.iter().map(|p| p.enrollments.clone()).collect();
        let stores: Vec<_> = self.phones.iter().map(Phone::store).collect();
        let (twice, discarded) =
            self.ledger
                .check_exactly_once(&history, &enrollments, &stores, after_final_sync);
        if after_final_sync {
            let add = |c: &std::sync::atomic::AtomicU64, n| c.fetch_add(n, Ordering::Relaxed);
            add(&self.stats.applied_twice, twice);
            add(&self.stats.discarded, discarded);
        }
    }

    /// Each device holds its guide's live entries as the server has them. The one exception
    /// is an entry whose change the server refused: the device may keep its own refused
    /// version (marked refused, see [`World::check_honest`]), which the server never has.
    pub fn check_converged(&self) {
        let server = self.server().activities();
        for a in &server {
            assert!(!is_elsewhere(&a.activity), "the server accepted {}", a.id);
        }
        for (d, phone) in self.phones.iter().enumerate() {
            let user = phone.user.expect("every device ends enrolled");
            let mut expected: BTreeMap<String, ActivityDraft> = server
                .iter()
                .filter(|a| a.owner == self.users[user] && !a.deleted)
                .map(|a| (a.id.clone(), a.activity.clone()))
                .collect();
            let mut local = phone.files.local_entries();
            local.retain(|id, draft| {
                let own_refused = self.ledger.refused[d].contains(id) && is_elsewhere(draft);
                if own_refused {
                    expected.remove(id);
                }
                !own_refused
            });
            assert_eq!(
                local, expected,
                "device {d} (guide {user}) differs from the server"
            );
        }
    }

    /// After the final sync nothing waits, and every entry in My log is sent, except those
    /// whose last change the server refused, which say so.
    pub fn check_honest(&self) {
        for (d, phone) in self.phones.iter().enumerate() {
            let store = phone.store();
            let status = store.sync_status().unwrap();
            assert_eq!(status.waiting, 0, "device {d}: {status:?}");
            assert_eq!(status.last_error, None, "device {d}");
            assert!(status.last_success.is_some(), "device {d}");
            let query = LogQuery {
                state: ActivityState::Final,
                limit: 10_000,
                offset: 0,
            };
            let log = store.log(query).unwrap();
            let mut shown: Vec<_> = log.iter().map(|e| e.id.0.clone()).collect();
            shown.sort();
            assert_eq!(
                shown,
                phone.entry_ids(),
                "device {d}: My log shows its entries"
            );
            for entry in log {
                let refused = self.ledger.refused[d].contains(&entry.id.0);
                assert_eq!(
                    (entry.sent, entry.refused),
                    (!refused, refused),
                    "device {d}, entry {}: sent and refused as the server answered",
                    entry.id.0
                );
            }
        }
    }
}
