//! When an occasion can have taken place: not on a day that has not come yet, and within its
//! project's run.

use super::Problem;
use crate::reference::Project;
use chrono::{Days, NaiveDate};

/// The last day that is already today somewhere on Earth (the zones run to UTC+14), from the
/// day in UTC: what the server takes as `latest`, so that no user's today is refused.
pub fn latest_day_anywhere(utc_today: NaiveDate) -> NaiveDate {
    utc_today
        .checked_add_days(Days::new(1))
        .unwrap_or(utc_today)
}

pub(super) fn check(
    problems: &mut Vec<Problem>,
    date: NaiveDate,
    project: Option<&Project>,
    latest: NaiveDate,
) {
    if date > latest {
        problems.push(Problem::DateInFuture);
    }
    let Some(project) = project else { return };
    match (project.start, project.end) {
        (Some(start), _) if date < start => problems.push(Problem::DateBeforeProject { start }),
        (_, Some(end)) if date > end => problems.push(Problem::DateAfterProject { end }),
        _ => {}
    }
}
