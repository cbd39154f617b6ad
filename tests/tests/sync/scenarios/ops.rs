//! What a scenario does, step by step, and how steps are drawn at random.

use super::DEVICES;
use brobygge_tests::proxy::Fault;
use proptest::prelude::*;
use std::time::Duration;

#[derive(Clone, Debug)]
pub enum Op {
    Log {
        device: usize,
        women: u32,
    },
    Edit {
        device: usize,
        pick: usize,
        women: u32,
    },
    Delete {
        device: usize,
        pick: usize,
    },
    Correct {
        pick: usize,
        women: u32,
    },
    Sync {
        device: usize,
        faults: Vec<Fault>,
    },
    KillDuringSync {
        device: usize,
        after_ms: u64,
    },
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

pub fn op() -> impl Strategy<Value = Op> {
    let device = 0..DEVICES;
    prop_oneof![
        4 => (device.clone(), 1..40u32).prop_map(|(device, women)| Op::Log { device, women }),
        2 => (device.clone(), any::<usize>(), 1..40u32)
            .prop_map(|(device, pick, women)| Op::Edit { device, pick, women }),
        1 => (device.clone(), any::<usize>()).prop_map(|(device, pick)| Op::Delete { device, pick }),
        1 => (any::<usize>(), 1..40u32).prop_map(|(pick, women)| Op::Correct { pick, women }),
        4 => (device.clone(), prop::collection::vec(fault(), 0..4))
            .prop_map(|(device, faults)| Op::Sync { device, faults }),
        1 => (device, 0..25u64).prop_map(|(device, after_ms)| Op::KillDuringSync { device, after_ms }),
    ]
}
