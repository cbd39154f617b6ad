//! The reference lists of the funder's follow-up in a coordinator's edit: outcome counters
//! belong to a project for good and only its coordinators change them; a development area's
//! projects are tagged and untagged only by their coordinators; every code is one of the
//! reference data's own.

use brobygge_model::{Code, ReferenceData};

/// Refuses outcome counters of unknown projects or listed twice, and development areas that
/// name unknown topics or projects.
pub fn check_codes(data: &ReferenceData) -> Result<(), String> {
    let project = |c: &Code| data.project(c).is_some();
    let topic = |c: &Code| data.topics.iter().any(|t| &t.code == c);
    for (i, o) in data.outcomes.iter().enumerate() {
        if !project(&o.project) {
            return Err(format!("outcome {} names no project {}", o.code, o.project));
        }
        if data.outcomes[..i].iter().any(|x| x.code == o.code) {
            return Err(format!("outcome {} is listed twice", o.code));
        }
    }
    for (i, a) in data.development_areas.iter().enumerate() {
        if let Some(c) = (a.projects.iter().find(|c| !project(c)))
            .or_else(|| a.topics.iter().find(|c| !topic(c)))
        {
            return Err(format!(
                "development area {} names no such item {c}",
                a.code
            ));
        }
        if data.development_areas[..i].iter().any(|x| x.code == a.code) {
            return Err(format!("development area {} is listed twice", a.code));
        }
    }
    Ok(())
}

/// Whether `new` changes an outcome counter of a project outside `visible`, or tags or untags
/// such a project with a development area. (No counter moves to another project: the storage
/// refuses that to everyone.)
pub fn reaches_past(old: &ReferenceData, new: &ReferenceData, visible: &[Code]) -> bool {
    let mine = |c: &Code| visible.contains(c);
    let counters =
        new.outcomes
            .iter()
            .any(|n| match old.outcomes.iter().find(|o| o.code == n.code) {
                Some(o) if o == n => false,
                Some(o) => !mine(&o.project) || !mine(&n.project),
                None => !mine(&n.project),
            });
    let tags = new.development_areas.iter().any(|n| {
        let before: &[Code] = (old.development_areas.iter())
            .find(|o| o.code == n.code)
            .map_or(&[], |o| &o.projects);
        let added = n.projects.iter().filter(|p| !before.contains(p));
        let removed = before.iter().filter(|p| !n.projects.contains(p));
        added.chain(removed).any(|p| !mine(p))
    });
    counters || tags
}
