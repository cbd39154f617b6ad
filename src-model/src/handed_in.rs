//! Reports handed in to the funder stay as they were handed in: who handed one in and when,
//! what has changed in its figures since (corrections made later), and the calendar of every
//! project's half-year and final reports with their due dates.

use crate::reference::Code;
use crate::report::{ProjectSection, ReportKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who handed a report in, and when (RFC 3339).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandedIn {
    pub by: String,
    pub at: String,
}

/// One figure of a handed-in report that is different now: the project, the id of the
/// figure's name in the report messages (`report-occasions`, `report-hours` in minutes, or a
/// reach group from `report-girls` to `report-total`), whether it counts new people, and its
/// value then and now (`None` where it is suppressed, or where the project has no figures now).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub project: Code,
    pub figure: String,
    #[serde(default)]
    pub new: bool,
    pub handed_in: Option<u64>,
    pub now: Option<u64>,
}

/// The figures of `then` (a section as handed in) that differ in `now` (the same project's
/// section computed again), in the order a report shows them.
pub fn changes(then: &ProjectSection, now: Option<&ProjectSection>) -> Vec<Change> {
    let change = |figure: &str, new, handed_in, now| Change {
        project: then.project.clone(),
        figure: figure.to_owned(),
        new,
        handed_in,
        now,
    };
    let mut out = vec![
        change(
            "report-occasions",
            false,
            Some(then.occasions),
            now.map(|s| s.occasions),
        ),
        change(
            "report-hours",
            false,
            Some(then.minutes),
            now.map(|s| s.minutes),
        ),
    ];
    let lines_now = now.map(ProjectSection::reach_lines);
    for (i, line) in then.reach_lines().iter().enumerate() {
        let current = lines_now.as_ref().map(|l| l[i]);
        out.push(change(
            line.group,
            false,
            line.reached,
            current.and_then(|l| l.reached),
        ));
        // Other or unstated has no count of new people.
        if line.expected.is_some() {
            out.push(change(
                line.group,
                true,
                line.new,
                current.and_then(|l| l.new),
            ));
        }
    }
    out.retain(|c| c.handed_in != c.now);
    out
}

/// Where a report of the calendar stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
    /// Handed in.
    HandedIn,
    /// Its period has not ended yet.
    Running,
    /// Its period has ended and it is due on or after today.
    Due,
    /// Past its due date and not handed in.
    Overdue,
}

/// One report of the calendar: a project's half-year report (with its year and half) or its
/// final report, the days it covers, when it is due, and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEntry {
    pub kind: ReportKind,
    pub project: Code,
    pub year: Option<i32>,
    pub half: Option<u8>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub due: NaiveDate,
    pub standing: Standing,
    pub handed_in: Option<HandedIn>,
}

impl Standing {
    /// Where a report covering days up to `to`, due on `due`, stands on `today`.
    pub fn of(handed_in: bool, to: NaiveDate, due: NaiveDate, today: NaiveDate) -> Standing {
        match () {
            _ if handed_in => Standing::HandedIn,
            _ if today <= to => Standing::Running,
            _ if today <= due => Standing::Due,
            _ => Standing::Overdue,
        }
    }
}

#[cfg(test)]
mod tests;
