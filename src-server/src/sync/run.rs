//! The sync rules' ways in: each reads what it is checked against, then runs its rules in one
//! write transaction of the storage ([`Storage::write_sync`]), which knows nothing of them.

use super::{apply_push, correction, PushRules};
use crate::storage::{Choice, Corrector, Device, Storage, StorageError, SyncTx};
use brobygge_model::sync::{Mutation, PushResponse};
use brobygge_model::ActivityId;
use serde_json::Value;

/// Runs `work` in one write transaction of `storage`; answers its result once committed.
fn transaction<R: Send + 'static>(
    storage: &dyn Storage,
    work: impl FnOnce(&mut dyn SyncTx) -> Result<R, StorageError> + Send + 'static,
) -> Result<R, StorageError> {
    let (send, answer) = std::sync::mpsc::sync_channel(1);
    storage.write_sync(Box::new(move |tx| {
        let result = work(tx)?;
        let _ = send.send(result);
        Ok(())
    }))?;
    // A storage that committed ran the work, which left its result.
    answer
        .try_recv()
        .map_err(|_| StorageError::Database("the write was committed without its work".into()))
}

/// Applies a push of `device`'s `mutations` in one transaction: each number exactly once, in
/// order (see the module [`super`]).
pub fn push(
    storage: &dyn Storage,
    device: &Device,
    mutations: Vec<Mutation>,
) -> Result<PushResponse, StorageError> {
    let rules = PushRules::for_push(storage, storage.reference_data()?, &mutations)?;
    let device = device.clone();
    transaction(storage, move |tx| {
        apply_push(tx, &device, &mutations, &rules)
    })
}

/// A coordinator sets one field (a path such as `people.women`) of an activity, by the rules
/// of [`correction::apply_correction`]. Returns the new version.
pub fn correct(
    storage: &dyn Storage,
    id: &ActivityId,
    field: &str,
    value: Value,
    by: &Corrector,
) -> Result<u64, StorageError> {
    let rules = PushRules::now(storage, storage.reference_data()?)?;
    let (id, field, by) = (id.clone(), field.to_owned(), by.clone());
    transaction(storage, move |tx| {
        correction::apply_correction(tx, &rules, &id, &field, value, &by)
    })
}

/// A coordinator settles a kept conflict, by the rules of [`correction::apply_settle`].
pub fn settle(
    storage: &dyn Storage,
    conflict: i64,
    choice: Choice,
    by: &Corrector,
) -> Result<(), StorageError> {
    let rules = PushRules::now(storage, storage.reference_data()?)?;
    let by = by.clone();
    transaction(storage, move |tx| {
        correction::apply_settle(tx, &rules, conflict, choice, &by)
    })
}
