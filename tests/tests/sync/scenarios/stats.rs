//! What the scenarios did, counted across a run and printed at its end, so that a run (and the
//! soak) shows that the faults it claims to inject were injected.

use brobygge_tests::proxy::Fault;
use std::sync::atomic::{AtomicU64, Ordering};

/// Counters, shared by every scenario of a run.
#[derive(Default)]
pub struct Stats {
    pub scenarios: AtomicU64,
    pub ops: AtomicU64,
    /// Proxy faults queued, by kind: dropped request, dropped response, duplicate, delay,
    /// request body cut, response cut.
    proxy: [AtomicU64; 6],
    pub server_kills: AtomicU64,
    /// Device processes killed with SIGKILL while they ran, and those that had finished first.
    pub device_kills: AtomicU64,
    pub device_kills_too_late: AtomicU64,
    pub revocations: AtomicU64,
    /// Revoked devices that learned of it from a call and erased their data.
    pub erasures: AtomicU64,
    pub handovers: AtomicU64,
    /// Handovers whose previous user's waiting entries could not be sent and were discarded.
    pub handovers_discarding: AtomicU64,
    pub re_enrollments: AtomicU64,
    /// Enrollments (again or handed over) whose first answer was lost and that were retried
    /// with the same code.
    pub enrollments_retried: AtomicU64,
    pub concurrent_syncs: AtomicU64,
    pub corrections: AtomicU64,
    /// Entries logged or moved to a project the user is not in, which the server refuses.
    pub refused_upserts: AtomicU64,
    /// Upserts applied under two enrollments (answer lost, then enrolled again), and upserts
    /// discarded by an erasure while they waited (see `ledger.rs`).
    pub applied_twice: AtomicU64,
    pub discarded: AtomicU64,
}

const KINDS: [&str; 6] = [
    "dropped request",
    "dropped response",
    "duplicated",
    "delayed",
    "request body cut",
    "response cut",
];

impl Stats {
    pub fn add(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    pub fn faults(&self, faults: &[Fault]) {
        for fault in faults {
            let kind = match fault {
                Fault::DropRequest => 0,
                Fault::DropResponse => 1,
                Fault::Duplicate => 2,
                Fault::Delay(_) => 3,
                Fault::CutRequestBody => 4,
                Fault::CutResponse => 5,
            };
            Stats::add(&self.proxy[kind]);
        }
    }

    /// The figures, one line each.
    pub fn report(&self, backend: &str, seconds: f64) -> String {
        let n = |c: &AtomicU64| c.load(Ordering::Relaxed);
        let proxy: Vec<String> = KINDS
            .iter()
            .zip(&self.proxy)
            .map(|(kind, c)| format!("{kind} {}", n(c)))
            .collect();
        let proxy_total: u64 = self.proxy.iter().map(n).sum();
        [
            format!(
                "sync scenarios on {backend}: {} run, {} steps, in {seconds:.0} s",
                n(&self.scenarios),
                n(&self.ops)
            ),
            format!(
                "  proxy faults injected: {proxy_total} ({})",
                proxy.join(", ")
            ),
            format!(
                "  server killed (SIGKILL) during a sync: {}",
                n(&self.server_kills)
            ),
            format!(
                "  device process killed (SIGKILL) once its pull went out: {} (and {} that had finished \
                 before the kill)",
                n(&self.device_kills),
                n(&self.device_kills_too_late)
            ),
            format!(
                "  devices revoked: {} ({} learned of it and erased their data)",
                n(&self.revocations),
                n(&self.erasures)
            ),
            format!(
                "  handovers to the other user: {} ({} discarded unsent entries, confirmed)",
                n(&self.handovers),
                n(&self.handovers_discarding)
            ),
            format!(
                "  enrolled again as the same user: {}",
                n(&self.re_enrollments)
            ),
            format!(
                "  enrollments retried after a lost answer: {}",
                n(&self.enrollments_retried)
            ),
            format!(
                "  all devices syncing at once: {}",
                n(&self.concurrent_syncs)
            ),
            format!(
                "  coordinator's corrections of the scenario's entries: {}",
                n(&self.corrections)
            ),
            format!(
                "  changes the server refuses (a project not the user's): {}",
                n(&self.refused_upserts)
            ),
            format!(
                "  upserts applied under two enrollments (answer lost, then enrolled again): {}; \
                 discarded waiting by an erasure: {}",
                n(&self.applied_twice),
                n(&self.discarded)
            ),
        ]
        .join("\n")
    }
}
