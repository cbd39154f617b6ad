//! "Log again": the occasions a guide holds again and again (the same language café every
//! week), taken from the final entries they logged most recently, each once, as starting
//! points for a new entry. A starting point carries where, what and in which languages, never
//! the counts or the note.

use crate::CoreError;
use brobygge_model::log::RecentOccasion;
use brobygge_model::{ActivityDraft, Code};
use rusqlite::Connection;

/// The latest entries looked at: a few weeks of a busy guide's work.
const LOOKED_AT: u32 = 60;

/// What makes two occasions the same for "log again".
fn same_occasion(draft: &ActivityDraft) -> impl PartialEq {
    let sorted = |codes: &[Code]| {
        let mut codes = codes.to_vec();
        codes.sort();
        codes
    };
    (
        draft.project.clone(),
        draft.area.clone(),
        draft.venue.clone(),
        draft.venue_type.clone(),
        draft.format.clone(),
        sorted(&draft.languages),
        sorted(&draft.topics),
    )
}

/// The starting point an entry makes: no id, date, counts, note or other detail of that day.
fn starting_point(draft: &ActivityDraft) -> ActivityDraft {
    ActivityDraft {
        project: draft.project.clone(),
        start_time: draft.start_time,
        duration_minutes: draft.duration_minutes,
        area: draft.area.clone(),
        venue: draft.venue.clone(),
        venue_type: draft.venue_type.clone(),
        format: draft.format.clone(),
        languages: draft.languages.clone(),
        topics: draft.topics.clone(),
        ..ActivityDraft::default()
    }
}

/// Up to `limit` different occasions, the most recently held first.
pub(crate) fn recent(conn: &Connection, limit: usize) -> Result<Vec<RecentOccasion>, CoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT document FROM activities
         WHERE state = 'final' AND deleted = 0
         ORDER BY date DESC, start_time DESC, updated_at DESC LIMIT ?1",
    )?;
    let documents = stmt
        .query_map([LOOKED_AT], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut found: Vec<RecentOccasion> = Vec::new();
    for document in documents {
        let draft: ActivityDraft = serde_json::from_str(&document)?;
        let point = starting_point(&draft);
        if found
            .iter()
            .any(|f| same_occasion(&f.draft) == same_occasion(&point))
        {
            continue;
        }
        found.push(RecentOccasion {
            last_held: draft.date,
            draft: point,
        });
        if found.len() == limit {
            break;
        }
    }
    Ok(found)
}
