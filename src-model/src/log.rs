//! What "My log" shows: entries, lines of the list, a page query and the totals on top. The
//! device core produces them and the UI displays them.

use crate::{ActivityDraft, ActivityId, ActivityState, Code};
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// One stored activity with everything needed to edit it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: ActivityId,
    pub state: ActivityState,
    /// Whether every change to it has reached the server.
    pub sent: bool,
    pub draft: ActivityDraft,
}

/// An occasion the user logged recently, as a starting point for logging it again: where,
/// what and in which languages, with no counts and no note.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentOccasion {
    /// When it was last held.
    pub last_held: Option<NaiveDate>,
    pub draft: ActivityDraft,
}

/// A line of My log.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LogEntry {
    pub id: ActivityId,
    pub state: ActivityState,
    pub project: Option<Code>,
    pub date: Option<NaiveDate>,
    pub start_time: Option<NaiveTime>,
    pub venue: Option<Code>,
    pub people_total: u32,
    pub sent: bool,
    /// The server refused it for good (for example a project the user is not in); it stays on
    /// the device, and saving it again sends it again.
    pub refused: bool,
    /// Who logged it, when the user co-hosted it: shown, never changed on this device.
    #[serde(default)]
    pub host: Option<String>,
}

/// A page of My log, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogQuery {
    pub state: ActivityState,
    pub limit: u32,
    pub offset: u32,
}

/// Occasions and people reached in a period.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reach {
    pub occasions: u32,
    pub people: u32,
}

/// The totals shown above My log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// The ISO week (Monday to Sunday) that holds `today`.
    pub week: Reach,
    /// The calendar month that holds `today`.
    pub month: Reach,
}
