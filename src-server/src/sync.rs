//! The rules of a push and of a correction, the same for every storage backend: mutations are
//! applied in the device's order, each number exactly once, a gap refused, and a mutation that
//! fails validation answered `rejected` without blocking the ones after it (and answered so
//! again when the same number comes again after a lost answer). An edit of an
//! activity that changed on the server since the device last saw it is merged field by field
//! ([`crate::merge`]), and the values that lost are kept as conflicts.

use crate::colleagues::Hosts;
use crate::merge::{merge, Version};
use crate::storage::people::People;
use crate::storage::retention::{kept_from, Retention};
use crate::storage::{Author, Conflict, Device, StorageError, SyncTx};
use brobygge_model::sync::{Change, Mutation, MutationResult, Outcome, PushResponse};
use brobygge_model::validation::latest_day_anywhere;
use brobygge_model::{
    validate, ActivityDraft, ActivityId, CoHost, Problem, ReferenceData, SaveOptions,
};
use chrono::NaiveDate;
use serde_json::Value;

mod correction;
mod run;

pub use run::{correct, push, settle};

/// The server checks every write again, the privacy guard included; a device has already
/// asked its user to confirm an occasion that reached nobody.
const SERVER_CHECK: SaveOptions = SaveOptions {
    confirm_nobody_reached: true,
};

/// The rules of [`validate`], with the server's calendar: a date that is today somewhere
/// passes, since the server does not know where the user is.
pub(crate) fn server_check(
    draft: &ActivityDraft,
    reference: &ReferenceData,
) -> Result<(), Vec<Problem>> {
    let latest = latest_day_anywhere(chrono::Utc::now().date_naive());
    validate(draft, reference, SERVER_CHECK, latest).map(drop)
}

/// What a push is checked against: the reference data, and the first day the municipality
/// keeps entries from (none: for ever), before which the server takes no entry (back).
pub struct PushRules {
    pub reference: ReferenceData,
    pub kept_from: Option<NaiveDate>,
    /// Who may co-host an occasion of which project.
    pub hosts: Hosts,
}

impl PushRules {
    /// The rules as `storage` holds them now.
    pub fn now(
        storage: &(impl Retention + People + ?Sized),
        reference: ReferenceData,
    ) -> Result<Self, StorageError> {
        PushRules::reading(storage, reference, true)
    }

    /// The rules for a push of `mutations`. Everyone's projects are read only when one of them
    /// names co-hosts: a co-host an activity already had is never checked again, so a push
    /// that names none needs nobody's (a device's sync should not read every user).
    pub fn for_push(
        storage: &(impl Retention + People + ?Sized),
        reference: ReferenceData,
        mutations: &[Mutation],
    ) -> Result<Self, StorageError> {
        let names_hosts = mutations.iter().any(|m| match &m.change {
            Change::Upsert { activity, .. } => !activity.co_hosts.is_empty(),
            Change::Delete => false,
        });
        PushRules::reading(storage, reference, names_hosts)
    }

    fn reading(
        storage: &(impl Retention + People + ?Sized),
        reference: ReferenceData,
        with_hosts: bool,
    ) -> Result<Self, StorageError> {
        let today = chrono::Local::now().date_naive();
        let hosts = match with_hosts {
            true => Hosts::new(&storage.people()?),
            false => Hosts::default(),
        };
        Ok(PushRules {
            reference,
            kept_from: storage.retention()?.map(|months| kept_from(today, months)),
            hosts,
        })
    }

    /// Checks `draft`, a change by or for `author` of a version whose co-hosts were `before`.
    fn check(
        &self,
        draft: &ActivityDraft,
        author: i64,
        before: &[CoHost],
    ) -> Result<(), Vec<Problem>> {
        let mut problems = server_check(draft, &self.reference)
            .err()
            .unwrap_or_default();
        problems.extend(self.hosts.check(draft, author, before));
        if let (Some(kept_from), Some(date)) = (self.kept_from, draft.date) {
            if date < kept_from {
                problems.push(Problem::DateNotKept { kept_from });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Applies a push of `device` in `tx`.
fn apply_push(
    tx: &mut dyn SyncTx,
    device: &Device,
    mutations: &[Mutation],
    rules: &PushRules,
) -> Result<PushResponse, StorageError> {
    let mut last = tx.last_seq(&device.id)?;
    let fresh: Vec<&ActivityId> = mutations
        .iter()
        .filter(|m| m.seq > last)
        .map(|m| &m.activity_id)
        .collect();
    tx.prefetch(&fresh)?;
    let mut results = Vec::with_capacity(mutations.len());
    for m in mutations {
        if m.seq <= last {
            // Sent again after a lost answer: a refusal is said again, or the device would
            // take the entry for received.
            let outcome = match tx.kept_refusal(&device.id, m.seq)? {
                Some(kept) => serde_json::from_str(&kept)?,
                None => Outcome::AlreadyApplied,
            };
            results.push(MutationResult {
                seq: m.seq,
                outcome,
            });
            continue;
        }
        if m.seq != last + 1 {
            return Err(StorageError::SequenceGap {
                expected: last + 1,
                got: m.seq,
            });
        }
        let outcome = apply(tx, device, m, rules)?;
        if matches!(outcome, Outcome::Rejected { .. } | Outcome::Forbidden) {
            tx.keep_refusal(&device.id, m.seq, &serde_json::to_string(&outcome)?)?;
        }
        results.push(MutationResult {
            seq: m.seq,
            outcome,
        });
        last = m.seq;
    }
    tx.set_last_seq(&device.id, last)?;
    tx.finish()?;
    Ok(PushResponse {
        last_applied: last,
        results,
    })
}

fn apply(
    tx: &mut dyn SyncTx,
    device: &Device,
    m: &Mutation,
    rules: &PushRules,
) -> Result<Outcome, StorageError> {
    let head = tx.head(&m.activity_id)?;
    if head.as_ref().is_some_and(|h| h.owner != device.user_id) {
        return Ok(Outcome::Forbidden);
    }
    let (activity, base_version) = match &m.change {
        Change::Delete => {
            tx.delete(&m.activity_id, &device.id)?;
            return Ok(Outcome::Applied);
        }
        Change::Upsert {
            activity,
            base_version,
        } => (activity, base_version),
    };
    if activity
        .project
        .as_ref()
        .is_some_and(|p| !device.profile.projects.contains(p))
    {
        return Ok(Outcome::Forbidden);
    }
    let incoming = ActivityDraft {
        id: Some(m.activity_id.clone()),
        ..activity.as_ref().clone()
    };
    if let Err(problems) = rules.check(&incoming, device.user_id, &[]) {
        return Ok(Outcome::Rejected { problems });
    }
    let author = Author::Device(device.id.clone());
    let Some(head) = head else {
        tx.write(
            &m.activity_id,
            device.user_id,
            &author,
            &serde_json::to_string(&incoming)?,
        )?;
        return Ok(Outcome::Applied);
    };
    // The device saw the version it names, and every version it wrote itself.
    let seen = tx
        .last_version_by(&m.activity_id, &device.id)?
        .max(*base_version)
        .unwrap_or(head.version);
    let history = tx.versions_from(&m.activity_id, seen.min(head.version))?;
    let documents = history
        .iter()
        .map(|v| serde_json::from_str::<Value>(&v.document))
        .collect::<Result<Vec<_>, _>>()?;
    // Sent back exactly as the device last saw it (by a device that sends everything again
    // after a restore or a new enrollment): no change of the device's, so nothing to apply; an
    // entry deleted or changed elsewhere since stays as it is.
    // A deletion this device made since is not one of those: the entry brought back is the
    // user's undo, and the entry lives again.
    let sent = serde_json::to_value(&incoming)?;
    let deleted_here = head.deleted && head.device.as_deref() == Some(device.id.as_str());
    let as_seen = !deleted_here
        && history.first().is_some_and(|v| v.version == seen)
        && documents.first() == Some(&sent);
    if as_seen {
        return Ok(Outcome::Applied);
    }
    let versions: Vec<Version<'_>> = history
        .iter()
        .zip(&documents)
        .map(|(v, document)| Version {
            document,
            author: &v.author,
        })
        .collect();
    let (merged, conflicts) = merge(&versions, &sent, &author);
    let merged: ActivityDraft = serde_json::from_value(merged)?;
    // The co-hosts of the server's current version, the last of the history.
    let current = documents
        .last()
        .cloned()
        .map(serde_json::from_value::<ActivityDraft>);
    let before = current.transpose()?.map(|c| c.co_hosts).unwrap_or_default();
    if let Err(problems) = rules.check(&merged, head.owner, &before) {
        return Ok(Outcome::Rejected { problems });
    }
    // An entry sent again as the server has it (by a device that sends everything again after
    // a restore or a new enrollment) makes no new version.
    if !head.deleted
        && conflicts.is_empty()
        && documents.last() == Some(&serde_json::to_value(&merged)?)
    {
        return Ok(Outcome::Applied);
    }
    let version = tx.write(
        &m.activity_id,
        head.owner,
        &author,
        &serde_json::to_string(&merged)?,
    )?;
    for c in conflicts {
        tx.add_conflict(&Conflict {
            activity_id: m.activity_id.0.clone(),
            version,
            field: c.field,
            kept: c.kept,
            lost: c.lost,
            lost_author: c.lost_author,
        })?;
    }
    Ok(Outcome::Applied)
}
