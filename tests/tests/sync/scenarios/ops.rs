//! What a scenario does, step by step, and how steps are drawn at random.

use super::DEVICES;
use brobygge_model::{ActivityDraft, Code};
use brobygge_tests::proxy::Fault;
use proptest::prelude::*;
use std::time::Duration;

#[derive(Clone, Debug)]
pub enum Op {
    Log {
        device: usize,
        women: u32,
    },
    /// An occasion in a project the guides are not in: the server refuses it. The device
    /// accepts it only while it has the seed lists (before its first pull).
    LogElsewhere {
        device: usize,
        women: u32,
    },
    Edit {
        device: usize,
        pick: usize,
        women: u32,
    },
    /// One of the device's entries moved to a project the guides are not in.
    MoveElsewhere {
        device: usize,
        pick: usize,
    },
    Delete {
        device: usize,
        pick: usize,
    },
    /// A coordinator corrects one of this scenario's entries on the server.
    Correct {
        pick: usize,
        women: u32,
    },
    Sync {
        device: usize,
        faults: Vec<Fault>,
    },
    /// Every device syncs at the same time, the faults taken by whichever request comes first.
    SyncAll {
        faults: Vec<Fault>,
    },
    KillServerDuringSync {
        device: usize,
        after_ms: u64,
    },
    /// The device runs as its own process (`brobygge-device sync`), its pull held for
    /// `delay_ms` at the proxy, and is killed with SIGKILL `after_ms` after the pull went out
    /// (after the answer came, when that is longer).
    KillDeviceDuringPull {
        device: usize,
        delay_ms: u64,
        after_ms: u64,
    },
    /// A coordinator revokes the device's enrollment.
    Revoke {
        device: usize,
    },
    /// The device is enrolled again to its user with a new code, the enrollment's request
    /// through `fault`.
    EnrollAgain {
        device: usize,
        fault: Option<Fault>,
    },
    /// The device is enrolled to the other guide, the enrollment's request through `fault` and
    /// the requests that send the previous guide's waiting entries first through `push_faults`.
    HandOver {
        device: usize,
        fault: Option<Fault>,
        push_faults: Vec<Fault>,
    },
}

/// The project of [`Op::LogElsewhere`] and [`Op::MoveElsewhere`].
pub const ELSEWHERE: &str = "egenkraft";

/// The draft moved to [`ELSEWHERE`] (with a topic of that project).
pub fn elsewhere(draft: ActivityDraft) -> ActivityDraft {
    ActivityDraft {
        project: Some(Code::new(ELSEWHERE).unwrap()),
        topics: vec![Code::new("cv-help").unwrap()],
        // Within its run, which ended on 31 July 2026.
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, 15),
        ..draft
    }
}

pub fn is_elsewhere(draft: &ActivityDraft) -> bool {
    draft
        .project
        .as_ref()
        .is_some_and(|p| p.as_str() == ELSEWHERE)
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::DropRequest),
        Just(Fault::DropResponse),
        Just(Fault::Duplicate),
        (0..40u64).prop_map(|ms| Fault::Delay(Duration::from_millis(ms))),
        Just(Fault::CutRequestBody),
        Just(Fault::CutResponse),
    ]
}

fn faults() -> impl Strategy<Value = Vec<Fault>> {
    prop::collection::vec(fault(), 0..4)
}

/// The steps that change entries on a device or on the server.
fn entry_op() -> impl Strategy<Value = Op> {
    let device = 0..DEVICES;
    prop_oneof![
        8 => (device.clone(), 1..40u32).prop_map(|(device, women)| Op::Log { device, women }),
        1 => (device.clone(), 1..40u32)
            .prop_map(|(device, women)| Op::LogElsewhere { device, women }),
        4 => (device.clone(), any::<usize>(), 1..40u32)
            .prop_map(|(device, pick, women)| Op::Edit { device, pick, women }),
        1 => (device.clone(), any::<usize>())
            .prop_map(|(device, pick)| Op::MoveElsewhere { device, pick }),
        2 => (device, any::<usize>()).prop_map(|(device, pick)| Op::Delete { device, pick }),
        3 => (any::<usize>(), 1..40u32).prop_map(|(pick, women)| Op::Correct { pick, women }),
    ]
}

/// The steps of sync, faults and a device's life.
fn sync_op() -> impl Strategy<Value = Op> {
    let device = 0..DEVICES;
    prop_oneof![
        6 => (device.clone(), faults()).prop_map(|(device, faults)| Op::Sync { device, faults }),
        3 => faults().prop_map(|faults| Op::SyncAll { faults }),
        1 => (device.clone(), 0..25u64)
            .prop_map(|(device, after_ms)| Op::KillServerDuringSync { device, after_ms }),
        1 => (device.clone(), 20..200u64)
            .prop_flat_map(|(device, delay_ms)| (Just(device), Just(delay_ms), 0..delay_ms + 30))
            .prop_map(|(device, delay_ms, after_ms)| {
                Op::KillDeviceDuringPull { device, delay_ms, after_ms }
            }),
        1 => device.clone().prop_map(|device| Op::Revoke { device }),
        1 => (device.clone(), prop::option::of(fault()))
            .prop_map(|(device, fault)| Op::EnrollAgain { device, fault }),
        1 => (device, prop::option::of(fault()), faults()).prop_map(
            |(device, fault, push_faults)| Op::HandOver { device, fault, push_faults }
        ),
    ]
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![19 => entry_op(), 14 => sync_op()]
}
