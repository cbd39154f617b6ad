use super::*;
use crate::report::{Expected, NewReached, ShownReach};

fn section(occasions: u64, women: Option<u64>, new_women: Option<u64>) -> ProjectSection {
    ProjectSection {
        project: Code::new("halsoguider").unwrap(),
        start: None,
        end: None,
        finished: false,
        occasions,
        minutes: 90 * occasions,
        reach: ShownReach {
            women,
            total: women,
            ..ShownReach::default()
        },
        new_people: NewReached {
            women: new_women,
            ..NewReached::default()
        },
        new_unknown: 0,
        expected: Expected::default(),
        by_area: vec![],
        by_topic: vec![],
        by_venue_type: vec![],
        by_language: vec![],
        referrals: vec![],
        questions: vec![],
        outcomes: vec![],
        partners: vec![],
    }
}

#[test]
fn a_correction_shows_as_the_figures_it_changed() {
    let then = section(3, Some(17), Some(5));
    let now = section(4, Some(21), Some(5));
    let found: Vec<(String, bool, Option<u64>, Option<u64>)> = changes(&then, Some(&now))
        .into_iter()
        .map(|c| (c.figure, c.new, c.handed_in, c.now))
        .collect();
    let line = |f: &str, new, a, b| (f.to_owned(), new, a, b);
    assert_eq!(
        found,
        [
            line("report-occasions", false, Some(3), Some(4)),
            line("report-hours", false, Some(270), Some(360)),
            line("report-women", false, Some(17), Some(21)),
            line("report-total", false, Some(17), Some(21)),
        ]
    );
    assert!(changes(&then, Some(&then)).is_empty());
}

#[test]
fn a_project_without_figures_now_shows_every_figure_gone() {
    let then = section(3, Some(17), None);
    let gone = changes(&then, None);
    assert!(gone.iter().all(|c| c.now.is_none()));
    assert!(gone.iter().any(|c| c.figure == "report-occasions"));
}

#[test]
fn a_report_stands_running_due_overdue_or_handed_in() {
    let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    let (to, due) = (day("2026-06-30"), day("2026-07-31"));
    assert_eq!(
        Standing::of(false, to, due, day("2026-06-30")),
        Standing::Running
    );
    assert_eq!(
        Standing::of(false, to, due, day("2026-07-31")),
        Standing::Due
    );
    assert_eq!(
        Standing::of(false, to, due, day("2026-08-01")),
        Standing::Overdue
    );
    assert_eq!(
        Standing::of(true, to, due, day("2026-08-01")),
        Standing::HandedIn
    );
}
