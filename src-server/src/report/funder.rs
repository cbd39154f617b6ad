//! A section's outcome counters against their targets and its partners, and the annual
//! compilation's tables by development area.

use crate::facts::{once, Fact};
use brobygge_model::report::{AreaProjectRow, AreaTable, OutcomeRow, PartnerRow};
use brobygge_model::{Code, Project, ReferenceData};
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// The outcome counters of `project` from its occasions `entries`: every active counter (those
/// not counted yet at zero) and a retired one that was counted, in the order of the reference
/// data. A count from 1 to below the threshold is suppressed; no total is published.
pub fn outcomes<'a>(
    reference: &ReferenceData,
    project: &Project,
    entries: impl IntoIterator<Item = &'a Fact>,
    threshold: u32,
) -> Vec<OutcomeRow> {
    let mut counted: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for fact in entries {
        for (code, n) in &fact.outcomes {
            let row = counted.entry(code.as_str()).or_default();
            row.0 += 1;
            row.1 += u64::from(*n);
        }
    }
    (reference.outcomes.iter())
        .filter(|o| o.project == project.code)
        .filter_map(|o| {
            let (occasions, count) = counted.get(o.code.as_str()).copied().unwrap_or_default();
            (!o.retired || occasions > 0).then(|| OutcomeRow {
                key: o.code.to_string(),
                occasions,
                count: (count == 0 || count >= u64::from(threshold)).then_some(count),
                target: o.target.map(u64::from),
            })
        })
        .collect()
}

/// The partners named by `entries`, each with its occasions, the most first, then by code.
pub fn partners<'a>(entries: impl IntoIterator<Item = &'a Fact>) -> Vec<PartnerRow> {
    let mut counted: BTreeMap<&str, u64> = BTreeMap::new();
    for fact in entries {
        for partner in once(&fact.partners) {
            *counted.entry(partner).or_default() += 1;
        }
    }
    let mut rows: Vec<PartnerRow> = (counted.into_iter())
        .map(|(key, occasions)| PartnerRow {
            key: key.to_owned(),
            occasions,
        })
        .collect();
    rows.sort_by_key(|r| Reverse(r.occasions));
    rows
}

/// For each development area (the retired ones only where occasions served them), the
/// occasions of `projects` that served it, by project and together, with their minutes.
pub fn development_areas(
    reference: &ReferenceData,
    projects: &[&Project],
    entries: &[Fact],
) -> Vec<AreaTable> {
    (reference.development_areas.iter())
        .filter_map(|area| {
            let mut by_project: Vec<AreaProjectRow> = Vec::new();
            for project in projects {
                let serving = (entries.iter())
                    .filter(|f| f.project == project.code.as_str())
                    .filter(|f| area.served_by(&f.project, &f.topics));
                let (occasions, minutes) =
                    serving.fold((0, 0), |(n, m), f| (n + 1, m + u64::from(f.minutes)));
                if occasions > 0 || area.projects.contains(&project.code) {
                    by_project.push(AreaProjectRow {
                        project: Code::clone(&project.code),
                        occasions,
                        minutes,
                    });
                }
            }
            let occasions = by_project.iter().map(|r| r.occasions).sum();
            let minutes = by_project.iter().map(|r| r.minutes).sum();
            (!area.retired || occasions > 0).then(|| AreaTable {
                area: area.code.clone(),
                projects: by_project,
                occasions,
                minutes,
            })
        })
        .collect()
}
