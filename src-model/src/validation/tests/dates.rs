//! When an occasion can have taken place: not after today, and within its project's run.

use super::{check, complete, reference, today};
use crate::validation::{latest_day_anywhere, validate, Field, Problem, SaveOptions};
use crate::ActivityDraft;
use chrono::{Days, NaiveDate};

fn on(date: NaiveDate) -> ActivityDraft {
    ActivityDraft {
        date: Some(date),
        ..complete()
    }
}

#[test]
fn today_and_earlier_days_are_taken_and_tomorrow_is_refused() {
    check(on(today()), SaveOptions::default(), &[]);
    check(on(today() - Days::new(400)), SaveOptions::default(), &[]);
    let tomorrow = today() + Days::new(1);
    check(
        on(tomorrow),
        SaveOptions::default(),
        &[Problem::DateInFuture],
    );
}

#[test]
fn the_server_takes_a_day_that_is_today_somewhere_and_no_later() {
    // At 23:30 UTC it is already the next day in Sweden (and up to UTC+14).
    let utc_today = today();
    let latest = latest_day_anywhere(utc_today);
    let reference = reference();
    let ahead = on(utc_today + Days::new(1));
    assert!(validate(&ahead, &reference, SaveOptions::default(), latest).is_ok());
    let later = on(utc_today + Days::new(2));
    let problems = validate(&later, &reference, SaveOptions::default(), latest).unwrap_err();
    assert_eq!(problems, [Problem::DateInFuture]);
}

#[test]
fn a_date_outside_the_projects_run_is_refused_with_the_day_it_started_or_ended() {
    let start = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
    let mut reference = reference();
    let project = &mut reference.projects[0];
    assert_eq!(Some(&project.code), complete().project.as_ref());
    (project.start, project.end) = (Some(start), Some(end));
    let checked = |date: NaiveDate| {
        validate(&on(date), &reference, SaveOptions::default(), today())
            .err()
            .unwrap_or_default()
    };
    assert_eq!(checked(start), []);
    assert_eq!(checked(end), []);
    let before = start - Days::new(1);
    assert_eq!(checked(before), [Problem::DateBeforeProject { start }]);
    let after = end + Days::new(1);
    assert_eq!(checked(after), [Problem::DateAfterProject { end }]);
    // A day that has not come is both.
    let future = today() + Days::new(3);
    assert_eq!(
        checked(future),
        [Problem::DateInFuture, Problem::DateAfterProject { end }]
    );
}

#[test]
fn a_day_older_than_is_kept_reads_as_each_protocol_can() {
    let kept_from = NaiveDate::from_ymd_opt(2025, 6, 7).unwrap();
    let problem = Problem::DateNotKept { kept_from };
    assert_eq!(problem.clone().for_protocol(3), problem);
    assert_eq!(
        problem.clone().for_protocol(2),
        Problem::DateBeforeProject { start: kept_from }
    );
    assert_eq!(
        problem.for_protocol(1),
        Problem::Missing { field: Field::Date }
    );
}
