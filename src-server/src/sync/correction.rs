//! A coordinator's correction of one field of an activity, and the settling of a kept
//! conflict, which may make the value that lost a correction: the same rules as a push, applied
//! for the coordinator, and audited.

use super::{server_check, PushRules};
use crate::storage::{Author, Choice, Corrector, StorageError, SyncTx};
use brobygge_model::{ActivityDraft, ActivityId};
use serde_json::Value;

/// A coordinator sets one field of an activity, given as a dotted path (`people.women`,
/// `venue`, `note`). The corrected activity must pass the same checks as a device's entry; it
/// becomes the next version, which reaches the user's devices by pull. The entry must be in a
/// project `by` may write into, before and after.
pub(super) fn apply_correction(
    tx: &mut dyn SyncTx,
    rules: &PushRules,
    id: &ActivityId,
    field: &str,
    value: Value,
    by: &Corrector,
) -> Result<u64, StorageError> {
    let head = tx
        .head(id)?
        .filter(|h| !h.deleted)
        .ok_or(StorageError::NotFound)?;
    let current = tx
        .versions_from(id, head.version)?
        .pop()
        .ok_or(StorageError::NotFound)?;
    let not_a_field = || StorageError::Invalid(format!("{field} is not a field of an activity"));
    let before: ActivityDraft = serde_json::from_str(&current.document)?;
    if !by.may_write(before.project.as_ref()) {
        return Err(StorageError::Forbidden);
    }
    let mut document: Value = serde_json::from_str(&current.document)?;
    let (parent, key) = match field.rsplit_once('.') {
        Some((parent, key)) => (crate::merge::at_mut(&mut document, parent), key),
        None => (Some(&mut document), field),
    };
    let parent = parent
        .and_then(Value::as_object_mut)
        .filter(|_| field != "id")
        .ok_or_else(not_a_field)?;
    parent.insert(key.to_owned(), value.clone());
    let corrected: ActivityDraft = serde_json::from_value(document)
        .map_err(|e| StorageError::Invalid(format!("{field}: {e}")))?;
    // A name the activity does not have would be dropped silently by serde: refuse it.
    if crate::merge::at(&serde_json::to_value(&corrected)?, field) != Some(&value) {
        return Err(not_a_field());
    }
    if !by.may_write(corrected.project.as_ref()) {
        return Err(StorageError::Forbidden);
    }
    // Co-hosts too: a correction names no one outside the project as co-host.
    let mut problems = server_check(&corrected, &rules.reference)
        .err()
        .unwrap_or_default();
    problems.extend(rules.hosts.check(&corrected, head.owner, &before.co_hosts));
    if !problems.is_empty() {
        let reasons: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
        return Err(StorageError::Invalid(reasons.join(", ")));
    }
    let version = tx.write(
        id,
        head.owner,
        &Author::Coordinator(by.name.clone()),
        &serde_json::to_string(&corrected)?,
    )?;
    let detail = serde_json::json!({ "field": field, "value": value, "version": version });
    tx.record(&by.audit("correct", &id.0, detail))?;
    tx.finish()?;
    Ok(version)
}

/// A coordinator settles a kept conflict: keeping the value the server kept changes nothing;
/// choosing the value that lost makes it a correction (audited like any). Either way the
/// conflict is marked settled, by whom and how, and the decision is audited.
pub(super) fn apply_settle(
    tx: &mut dyn SyncTx,
    rules: &PushRules,
    conflict: i64,
    choice: Choice,
    by: &Corrector,
) -> Result<(), StorageError> {
    let (activity, field, lost) = tx.open_conflict(conflict)?.ok_or(StorageError::NotFound)?;
    if choice == Choice::Lost {
        apply_correction(tx, rules, &activity, &field, lost, by)?;
    }
    tx.settle_conflict(conflict, &by.name, choice)?;
    let detail = serde_json::json!({ "conflict": conflict, "field": field, "chose": choice });
    tx.record(&by.audit("settle-conflict", &activity.0, detail))?;
    tx.finish()
}
