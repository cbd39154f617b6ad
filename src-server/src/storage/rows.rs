//! What both backends build from the rows they read: devices, activities, conflicts, and the
//! pages of a pull.

use super::{Author, Conflict, Device, ServerActivity, StorageError};
use brobygge_model::sync::{PullResponse, PulledActivity, Role, ServerProfile};
use brobygge_model::{ActivityDraft, ActivityId, ReferenceData};

pub(super) fn role_str(role: Role) -> &'static str {
    match role {
        Role::Guide => "guide",
        Role::Staff => "staff",
        Role::Coordinator => "coordinator",
        Role::Admin => "admin",
        Role::Viewer => "viewer",
    }
}

/// A device from the columns both backends select.
pub(super) fn device_from_columns(
    id: String,
    user_id: i64,
    revoked: bool,
    name: String,
    role: String,
    projects: String,
) -> Result<Device, StorageError> {
    Ok(Device {
        id,
        user_id,
        revoked,
        profile: ServerProfile {
            name,
            role: serde_json::from_value(serde_json::Value::String(role))?,
            projects: serde_json::from_str(&projects)?,
        },
    })
}

pub(super) fn activity_from_columns(
    id: String,
    owner: i64,
    version: i64,
    deleted: bool,
    document: &str,
) -> Result<ServerActivity, StorageError> {
    Ok(ServerActivity {
        id,
        owner,
        version: u64::try_from(version).unwrap_or_default(),
        deleted,
        activity: serde_json::from_str(document)?,
    })
}

pub(super) fn conflict_from_columns(
    activity_id: String,
    version: i64,
    field: String,
    kept: &str,
    lost: &str,
    lost_author: Author,
) -> Result<Conflict, StorageError> {
    Ok(Conflict {
        activity_id,
        version: u64::try_from(version).unwrap_or_default(),
        field,
        kept: serde_json::from_str(kept)?,
        lost: serde_json::from_str(lost)?,
        lost_author,
    })
}

/// One row of a pull: id, document, deleted, change number and version; and who logged it,
/// when the device's user co-hosts it.
pub type PullRow = ((String, String, bool, i64, i64), Option<String>);

/// Builds a pull page from a backend's rows (id, document, deleted, change number), fetched
/// with one row more than `limit` to tell whether more follow, and the reference data with its
/// change number when it changed after `after`. The reference data is narrowed to the user's
/// projects; the cursor covers exactly what the page delivers.
pub fn page(
    device: &Device,
    after: i64,
    limit: u32,
    mut rows: Vec<PullRow>,
    reference: Option<(ReferenceData, i64)>,
) -> Result<PullResponse, StorageError> {
    let more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    let last_row = rows.last().map(|r| r.0 .3);
    let mut cursor = last_row.unwrap_or(after).max(after);
    if !more {
        cursor = cursor.max(reference.as_ref().map_or(after, |r| r.1));
    }
    let activities = rows
        .into_iter()
        .map(|((id, document, deleted, _, version), host)| {
            let activity = if deleted {
                None
            } else {
                Some(Box::new(serde_json::from_str::<ActivityDraft>(&document)?))
            };
            Ok(PulledActivity {
                id: ActivityId(id),
                version: u64::try_from(version).unwrap_or_default(),
                activity,
                host,
            })
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    let reference = reference.map(|(mut r, _)| {
        r.projects
            .retain(|p| device.profile.projects.contains(&p.code));
        Box::new(r)
    });
    Ok(PullResponse {
        activities,
        reference,
        cursor: cursor.to_string(),
        more,
        kept_from: None,
        colleagues: None,
    })
}

/// A [`Fact`] from the columns of `activity_facts`: the user; project, date, area, venue and
/// venue type; minutes and the five counts; topics, languages, referrals, questions, outcomes,
/// partners and co-hosts as JSON arrays; the four counts of people new to the project, none
/// when not asked.
pub fn fact_from_columns(
    user: i64,
    [project, date, area, venue, venue_type]: [&str; 5],
    [minutes, women, men, girls, boys, other]: [u32; 6],
    [topics, languages, referrals, questions, outcomes, partners, co_hosts]: [&str; 7],
    new_people: [Option<u32>; 4],
) -> Result<crate::facts::Fact, StorageError> {
    use crate::facts::{codes_of, lines_of, Key};
    Ok(crate::facts::Fact {
        user,
        project: Key::from(project),
        date: date.parse().ok(),
        area: Key::from(area),
        venue: Key::from(venue),
        venue_type: Key::from(venue_type),
        minutes,
        people: [women, men, girls, boys, other],
        new_people: match new_people {
            [Some(w), Some(m), Some(g), Some(b)] => Some([w, m, g, b]),
            _ => None,
        },
        topics: codes_of(topics),
        languages: codes_of(languages),
        referrals: lines_of(referrals),
        questions: lines_of(questions),
        outcomes: lines_of(outcomes),
        partners: codes_of(partners),
        co_hosts: crate::facts::hosts_of(co_hosts),
    })
}
