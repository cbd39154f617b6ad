//! The rules of a push, the same for every storage backend: mutations are applied in the
//! device's order, each number exactly once, a gap refused, and a mutation that fails
//! validation answered `rejected` without blocking the ones after it.

use crate::storage::{Device, StorageError, SyncTx};
use brobygge_model::sync::{Change, Mutation, MutationResult, Outcome, PushResponse};
use brobygge_model::{validate, ReferenceData, SaveOptions};

pub fn apply_push(
    tx: &mut impl SyncTx,
    device: &Device,
    mutations: &[Mutation],
    reference: &ReferenceData,
) -> Result<PushResponse, StorageError> {
    let mut last = tx.last_seq(&device.id)?;
    let mut results = Vec::with_capacity(mutations.len());
    for m in mutations {
        if m.seq <= last {
            results.push(MutationResult {
                seq: m.seq,
                outcome: Outcome::AlreadyApplied,
            });
            continue;
        }
        if m.seq != last + 1 {
            return Err(StorageError::SequenceGap {
                expected: last + 1,
                got: m.seq,
            });
        }
        let outcome = apply(tx, device, m, reference)?;
        results.push(MutationResult {
            seq: m.seq,
            outcome,
        });
        last = m.seq;
    }
    tx.set_last_seq(&device.id, last)?;
    Ok(PushResponse {
        last_applied: last,
        results,
    })
}

fn apply(
    tx: &mut impl SyncTx,
    device: &Device,
    m: &Mutation,
    reference: &ReferenceData,
) -> Result<Outcome, StorageError> {
    if tx
        .owner(&m.activity_id)?
        .is_some_and(|owner| owner != device.user_id)
    {
        return Ok(Outcome::Forbidden);
    }
    match &m.change {
        Change::Delete => tx.delete(&m.activity_id)?,
        Change::Upsert { activity }
            if activity
                .project
                .as_ref()
                .is_some_and(|p| !device.profile.projects.contains(p)) =>
        {
            return Ok(Outcome::Forbidden);
        }
        Change::Upsert { activity } => {
            // Whatever the device checked, the server checks again, the privacy guard included.
            let options = SaveOptions {
                confirm_nobody_reached: true,
            };
            if let Err(problems) = validate(activity, reference, options) {
                return Ok(Outcome::Rejected { problems });
            }
            let activity = brobygge_model::ActivityDraft {
                id: Some(m.activity_id.clone()),
                ..activity.as_ref().clone()
            };
            tx.upsert(device, &activity)?;
        }
    }
    Ok(Outcome::Applied)
}
