//! The steps of a device's life inside a scenario: revoked by the coordinator, enrolled again
//! as the same guide, handed over to the other guide, and run as a device process of its own
//! that is killed with SIGKILL while it pulls; and what a device must show after any call that
//! may have told it that it is revoked.

use super::device_db::accepted_waiting;
use super::stats::Stats;
use super::world::World;
use brobygge_core::{Handover, PushSummary, SyncError};
use brobygge_tests::proxy::Fault;
use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The device process, killed if a failing check leaves it running.
struct DeviceProcess(std::process::Child);

impl Drop for DeviceProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl World<'_> {
    /// The coordinator revokes the device's current enrollment.
    pub fn revoke(&mut self, d: usize) {
        let phone = &self.phones[d];
        if phone.user.is_none() || phone.revoked {
            return;
        }
        let id = phone.enrollments.last().unwrap().clone();
        self.server().admin(&["revoke-device", "--device", &id]);
        self.phones[d].revoked = true;
        Stats::add(&self.stats.revocations);
    }

    /// Enrolls the device with `code`, the first try's request through `fault` and the push
    /// of the previous user's waiting entries (`SendFirst`) through `push_faults`; a failed
    /// try is retried on a healed network with the same code (the server accepts it again
    /// from the same install), with `DiscardUnsent` when the previous user's entries could not
    /// be sent. Returns what waited when they were discarded, if they were.
    async fn enroll(
        &mut self,
        d: usize,
        code: &str,
        fault: Option<Fault>,
        push_faults: &[Fault],
    ) -> Option<HashMap<String, u64>> {
        let url = self.tap.url();
        match fault {
            Some(fault) => self.inject(&[fault]),
            None => self.proxy.inject([Fault::Delay(Duration::ZERO)]),
        }
        self.inject(push_faults);
        let store = self.phones[d].store();
        let first = store
            .enroll_with(&url, code, "0.1.0", Handover::SendFirst)
            .await;
        self.proxy.heal();
        match first {
            Ok(_) => None,
            Err(SyncError::UnsentEntries { .. }) => {
                Stats::add(&self.stats.handovers_discarding);
                let waiting = accepted_waiting(store);
                let retry = store.enroll_with(&url, code, "0.1.0", Handover::DiscardUnsent);
                retry.await.unwrap_or_else(|e| panic!("device {d}: {e}"));
                Some(waiting)
            }
            Err(_) => {
                Stats::add(&self.stats.enrollments_retried);
                let retry = store.enroll_with(&url, code, "0.1.0", Handover::SendFirst);
                retry.await.unwrap_or_else(|e| panic!("device {d}: {e}"));
                None
            }
        }
    }

    /// Keeps the device's new enrollment to `user`.
    fn enrolled_to(&mut self, d: usize, user: usize) {
        let link = self.phones[d].store().server_link().unwrap().unwrap();
        let phone = &mut self.phones[d];
        phone.user = Some(user);
        phone.last_user = user;
        phone.revoked = false;
        if phone.enrollments.last() != Some(&link.device_id) {
            phone.enrollments.push(link.device_id);
        }
    }

    /// The device is enrolled again to its guide with a new code: it keeps its entries, and
    /// what waited is sent under the new enrollment.
    pub async fn enroll_again(&mut self, d: usize, fault: Option<Fault>) {
        let phone = &self.phones[d];
        let user = phone.user.unwrap_or(phone.last_user);
        let was_enrolled = phone.user.is_some();
        let entries = phone.entry_ids();
        let waiting = accepted_waiting(phone.store());
        let code = self.code_for(user);
        let discarded = self.enroll(d, &code, fault, &[]).await;
        assert_eq!(
            discarded, None,
            "device {d}: nothing to discard for the same guide"
        );
        assert_eq!(
            self.phones[d].entry_ids(),
            entries,
            "device {d}, enrolled again as the same guide, keeps its entries"
        );
        if was_enrolled {
            self.ledger.carry(d, &waiting);
        } else {
            self.ledger.enrolled(d);
        }
        self.enrolled_to(d, user);
        Stats::add(&self.stats.re_enrollments);
    }

    /// The device is handed to the other guide: the previous guide's waiting entries are sent
    /// first or, when that fails, discarded (confirmed), and nothing of theirs stays.
    pub async fn hand_over(&mut self, d: usize, fault: Option<Fault>, push_faults: &[Fault]) {
        let phone = &self.phones[d];
        let to = 1 - phone.user.unwrap_or(phone.last_user);
        let was_enrolled = phone.user.is_some();
        let entries = phone.entry_ids();
        // A revoked device sends nothing: what waited is discarded.
        let revoked = phone.revoked.then(|| accepted_waiting(phone.store()));
        let code = self.code_for(to);
        let unsent = self.enroll(d, &code, fault, push_faults).await;
        let discarded = revoked.or(unsent);
        let phone = &self.phones[d];
        let store = phone.store();
        assert_eq!(
            store.profile().unwrap().map(|p| p.name),
            Some(format!("Guide {to}"))
        );
        if was_enrolled {
            assert!(
                phone.entry_ids().is_empty(),
                "device {d} keeps the previous guide's"
            );
            assert!(
                store.outbox().unwrap().is_empty(),
                "device {d}: outbox kept"
            );
            self.ledger.discard(d, &discarded.unwrap_or_default());
        } else {
            // Erased before: what was logged since belongs to whoever enrolls it.
            assert_eq!(phone.entry_ids(), entries, "device {d}");
            self.ledger.enrolled(d);
        }
        self.enrolled_to(d, to);
        Stats::add(&self.stats.handovers);
    }

    /// The device's files are synced by a device process of their own (`brobygge-device
    /// sync`) whose pull the proxy holds for `delay_ms`; the process is killed with SIGKILL
    /// `after_ms` after its pull went out. The device then opens its files again.
    pub async fn kill_device_during_pull(&mut self, d: usize, delay_ms: u64, after_ms: u64) {
        let binary = std::env::var_os("BROBYGGE_DEVICE").expect(
            "BROBYGGE_DEVICE must name brobygge-device; run these tests with `cargo xtask test`",
        );
        let store = self.phones[d].store.take().unwrap();
        let before = accepted_waiting(&store);
        let pushes = usize::from(!store.outbox().unwrap().is_empty());
        drop(store);
        // The push (if anything waits) goes at once; the pull, and any page after it, waits.
        let mut faults = vec![Fault::Delay(Duration::ZERO); pushes];
        faults.extend([Fault::Delay(Duration::from_millis(delay_ms)); 3]);
        self.proxy.inject(faults);
        let pull = self.tap.connections() + pushes + 1;
        let files = &self.phones[d].files;
        let child = Command::new(binary)
            .arg("sync")
            .arg("--database")
            .arg(&files.database)
            .arg("--key")
            .arg(&files.key)
            // The scenario opens the files with the key file: no secret store for the process.
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                brobygge_tests::device_db::NO_SESSION_BUS,
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut child = DeviceProcess(child);
        // Until its pull goes out, or it ends without one (revoked, or not enrolled).
        while self.tap.connections() < pull && child.0.try_wait().unwrap().is_none() {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        tokio::time::sleep(Duration::from_millis(after_ms)).await;
        let finished = child.0.try_wait().unwrap();
        if finished.is_none() {
            child.0.kill().unwrap();
            Stats::add(&self.stats.device_kills);
        } else {
            Stats::add(&self.stats.device_kills_too_late);
        }
        let status = child.0.wait().unwrap();
        self.proxy.heal();
        if finished.is_some() {
            let mut stderr = String::new();
            std::io::Read::read_to_string(child.0.stderr.as_mut().unwrap(), &mut stderr).unwrap();
            let phone = &self.phones[d];
            assert!(
                status.success() || phone.revoked || phone.user.is_none(),
                "device {d}'s process failed: {stderr}"
            );
        }
        let store = self.phones[d].files.open();
        self.phones[d].store = Some(store);
        self.observe(d, &before, None);
        self.check_cursors();
        self.check_exactly_once(false);
    }

    /// Before the final sync: a revoked device learns of it on its next sync and erases its
    /// data; a device without an enrollment is enrolled again to its guide.
    pub async fn settle(&mut self, d: usize) {
        if self.phones[d].revoked {
            let before = accepted_waiting(self.phones[d].store());
            let result = self.phones[d].store().sync().await;
            assert!(
                result.as_ref().is_err_and(SyncError::is_revoked),
                "device {d} was revoked, and its sync says {result:?}"
            );
            self.observe(d, &before, Some(&result));
        }
        if self.phones[d].user.is_none() {
            self.enroll_again(d, None).await;
        }
    }

    /// After a call that talks to the server: a device that lost its enrollment must have been
    /// revoked, and then it holds nothing; `before` is what waited in its outbox before the
    /// call, `result` the call's outcome when known.
    pub fn observe(
        &mut self,
        d: usize,
        before: &HashMap<String, u64>,
        result: Option<&Result<PushSummary, SyncError>>,
    ) {
        let phone = &self.phones[d];
        let store = phone.store();
        let link = store.server_link().unwrap();
        if let Some(result) = result {
            assert!(
                !(phone.revoked && result.is_ok()),
                "device {d} was answered after its revocation"
            );
            if result.as_ref().is_err_and(SyncError::is_revoked) {
                assert_eq!(
                    link, None,
                    "device {d} learned of its revocation and kept data"
                );
            } else if phone.user.is_some() {
                assert!(
                    link.is_some(),
                    "device {d} erased without learning why: {result:?}"
                );
            }
        }
        match (phone.user, link) {
            (Some(_), None) => {
                assert!(phone.revoked, "device {d} lost its enrollment unrevoked");
                let status = store.sync_status().unwrap();
                assert!(
                    status.erased_at.is_some(),
                    "device {d}: erased, and says so"
                );
                assert_eq!(status.waiting, 0, "device {d}: nothing waits once erased");
                assert_eq!(store.profile().unwrap(), None, "device {d}: no profile");
                assert!(phone.entry_ids().is_empty(), "device {d}: no entries");
                self.ledger.discard(d, before);
                let phone = &mut self.phones[d];
                phone.user = None;
                phone.revoked = false;
                Stats::add(&self.stats.erasures);
            }
            (Some(_), Some(link)) => {
                assert_eq!(Some(&link.device_id), phone.enrollments.last());
            }
            (None, link) => assert_eq!(link, None, "device {d} enrolled by itself"),
        }
    }
}
