//! Coordinators' changes to the reference data. The whole document is replaced and takes the
//! next change number, so every device receives it on its next pull; items are retired, never
//! removed, which [`check_nothing_removed`] makes sure of (and an outcome counter stays with
//! its project).

use super::audit::AuditEntry;
use super::StorageError;
use brobygge_model::{List, ReferenceData};

pub trait ReferenceEdits {
    /// Replaces the reference data and records `audit` in the same transaction.
    fn replace_reference(
        &self,
        data: &ReferenceData,
        audit: &AuditEntry,
    ) -> Result<(), StorageError>;
}

/// Refuses a new version of the reference data that drops an item the old one had: old entries
/// must keep their meaning, so an item is retired instead.
pub fn check_nothing_removed(old: &ReferenceData, new: &ReferenceData) -> Result<(), StorageError> {
    let missing = |list: &str, old: Vec<String>, new: Vec<String>| -> Result<(), StorageError> {
        match old.into_iter().find(|c| !new.contains(c)) {
            Some(code) => Err(StorageError::Invalid(format!(
                "{list} {code:?} cannot be removed: retire it instead"
            ))),
            None => Ok(()),
        }
    };
    let projects = |d: &ReferenceData| d.projects.iter().map(|p| p.code.to_string()).collect();
    missing("project", projects(old), projects(new))?;
    let venues = |d: &ReferenceData| d.venues.iter().map(|v| v.code.to_string()).collect();
    missing("venue", venues(old), venues(new))?;
    let outcomes = |d: &ReferenceData| d.outcomes.iter().map(|o| o.code.to_string()).collect();
    missing("outcome", outcomes(old), outcomes(new))?;
    let areas = |d: &ReferenceData| {
        (d.development_areas.iter().map(|a| a.code.to_string())).collect::<Vec<_>>()
    };
    missing("development area", areas(old), areas(new))?;
    // An outcome counter's counts are its project's for good.
    let moved = (new.outcomes.iter())
        .find(|n| (old.outcomes.iter()).any(|o| o.code == n.code && o.project != n.project));
    if let Some(o) = moved {
        return Err(StorageError::Invalid(format!(
            "outcome {:?} belongs to its project: add a new one instead",
            o.code.as_str()
        )));
    }
    for list in [
        List::Areas,
        List::VenueTypes,
        List::Formats,
        List::Topics,
        List::Languages,
        List::QuestionCategories,
        List::ReferralTargets,
        List::Partners,
    ] {
        let codes = |d: &ReferenceData| d.items(list).iter().map(|i| i.code.to_string()).collect();
        missing("item", codes(old), codes(new))?;
    }
    Ok(())
}
