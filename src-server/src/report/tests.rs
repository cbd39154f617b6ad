use super::period::{PeriodError, PeriodQuery};
use super::*;
use brobygge_model::{Code, Labels, Sections};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn code(s: &str) -> Code {
    Code::new(s).unwrap()
}

fn target(from: &str, to: &str, girls: u32, boys: u32, women: u32, men: u32) -> ReachTarget {
    ReachTarget {
        from: day(from),
        to: day(to),
        girls,
        boys,
        women,
        men,
    }
}

fn project(c: &str, start: Option<&str>, end: Option<&str>) -> Project {
    Project {
        code: code(c),
        labels: Labels::default(),
        sections: Sections::default(),
        topics: Vec::new(),
        retired: false,
        start: start.map(day),
        end: end.map(day),
        targets: vec![target("2025-01-01", "2025-12-31", 365, 730, 100, 0)],
    }
}

fn reference() -> ReferenceData {
    ReferenceData {
        projects: vec![
            project("alpha", Some("2025-03-01"), Some("2026-02-28")),
            project("beta", Some("2024-01-01"), Some("2024-12-31")),
            project("gamma", None, None),
        ],
        ..ReferenceData::default()
    }
}

fn query(project: Option<&str>, year: Option<i32>, half: Option<u8>) -> PeriodQuery {
    PeriodQuery {
        project: project.map(code),
        year,
        half,
    }
}

#[test]
fn expected_reach_counts_the_days_of_each_target_within_the_period() {
    let targets = [
        target("2025-01-01", "2025-12-31", 365, 730, 100, 0),
        target("2026-01-01", "2026-12-31", 0, 0, 0, 10),
    ];
    // January 2025: 31 of 365 days.
    assert_eq!(
        expected(&targets, day("2025-01-01"), day("2025-01-31")),
        Expected {
            girls: 31,
            boys: 62,
            women: 8,
            men: 0
        }
    );
    // Both years whole.
    assert_eq!(
        expected(&targets, day("2025-01-01"), day("2026-12-31")),
        Expected {
            girls: 365,
            boys: 730,
            women: 100,
            men: 10
        }
    );
    assert_eq!(
        expected(&targets, day("2027-01-01"), day("2027-12-31")),
        Expected::default()
    );
}

#[test]
fn a_half_year_is_clipped_to_the_project_run() {
    let p = ReportPeriod::resolve(
        ReportKind::HalfYear,
        &query(Some("alpha"), Some(2025), Some(1)),
        &reference(),
        &None,
    )
    .unwrap();
    assert_eq!(
        (p.from, p.to, p.due),
        (day("2025-03-01"), day("2025-06-30"), None)
    );
    let outside = ReportPeriod::resolve(
        ReportKind::HalfYear,
        &query(Some("alpha"), Some(2026), Some(2)),
        &reference(),
        &None,
    );
    assert_eq!(outside, Err(PeriodError::NotRunning));
    let no_half = ReportPeriod::resolve(
        ReportKind::HalfYear,
        &query(Some("alpha"), Some(2025), Some(3)),
        &reference(),
        &None,
    );
    assert_eq!(no_half, Err(PeriodError::NoPeriod));
}

#[test]
fn the_final_report_covers_the_run_and_is_due_a_month_after_the_end() {
    let p = ReportPeriod::resolve(
        ReportKind::Final,
        &query(Some("alpha"), None, None),
        &reference(),
        &None,
    )
    .unwrap();
    assert_eq!(
        (p.from, p.to, p.due),
        (
            day("2025-03-01"),
            day("2026-02-28"),
            Some(day("2026-03-28"))
        )
    );
    let open = ReportPeriod::resolve(
        ReportKind::Final,
        &query(Some("gamma"), None, None),
        &reference(),
        &None,
    );
    assert_eq!(open, Err(PeriodError::NoRun));
}

#[test]
fn the_compilation_covers_the_projects_that_ran_that_year_and_the_asker_may_see() {
    let all = ReportPeriod::resolve(
        ReportKind::Annual,
        &query(None, Some(2025), None),
        &reference(),
        &None,
    )
    .unwrap();
    assert_eq!(all.projects, vec![code("alpha"), code("gamma")]);
    let some = ReportPeriod::resolve(
        ReportKind::Annual,
        &query(None, Some(2024), None),
        &reference(),
        &Some(vec![code("alpha"), code("beta")]),
    )
    .unwrap();
    assert_eq!(some.projects, vec![code("beta")]);
}

#[test]
fn referrals_and_questions_by_hand_with_small_counts_hidden() {
    let line = |key: &str, n: u32| (crate::facts::Key::from(key), n);
    let fact = |referrals, questions| Fact {
        project: "alpha".into(),
        referrals,
        questions,
        ..Fact::default()
    };
    let facts = [
        fact(vec![line("vardcentral", 2), line("1177", 1)], vec![]),
        fact(vec![line("vardcentral", 4)], vec![line("housing", 6)]),
        fact(vec![], vec![line("housing", 1), line("income-support", 2)]),
    ];
    let period = ReportPeriod {
        kind: ReportKind::HalfYear,
        project: Some(code("alpha")),
        from: day("2025-07-01"),
        to: day("2025-12-31"),
        due: None,
        projects: vec![code("alpha")],
    };
    let alpha = project("alpha", Some("2025-03-01"), Some("2026-02-28"));
    let row = |key: &str, occasions, count| CountRow {
        key: key.into(),
        occasions,
        count,
    };
    let shown = section(&ReferenceData::default(), &alpha, &period, &facts, 0);
    assert_eq!(
        shown.referrals,
        [row("vardcentral", 2, Some(6)), row("1177", 1, Some(1))]
    );
    assert_eq!(
        shown.questions,
        [
            row("housing", 2, Some(7)),
            row("income-support", 1, Some(2))
        ]
    );
    // Below 3 is not published.
    let published = section(&ReferenceData::default(), &alpha, &period, &facts, 3);
    assert_eq!(
        published.referrals,
        [row("vardcentral", 2, Some(6)), row("1177", 1, None)]
    );
    assert_eq!(
        published.questions,
        [row("housing", 2, Some(7)), row("income-support", 1, None)]
    );
}

#[test]
fn the_promise_is_compared_with_new_people_not_contacts() {
    // The same two mothers at three parent breakfasts: six contacts, two new people.
    let breakfast = |new: [u32; 4]| Fact {
        project: "alpha".into(),
        people: [2, 0, 0, 0, 0],
        new_people: Some(new),
        ..Fact::default()
    };
    let older_app = Fact {
        project: "alpha".into(),
        people: [1, 0, 0, 0, 0],
        ..Fact::default()
    };
    let facts = [
        breakfast([2, 0, 0, 0]),
        breakfast([0, 0, 0, 0]),
        breakfast([0, 0, 0, 0]),
        older_app,
    ];
    let period = ReportPeriod {
        kind: ReportKind::HalfYear,
        project: Some(code("alpha")),
        from: day("2025-01-01"),
        to: day("2025-12-31"),
        due: None,
        projects: vec![code("alpha")],
    };
    // The application expects 100 women in 2025.
    let alpha = project("alpha", Some("2025-03-01"), Some("2026-02-28"));
    let s = section(&ReferenceData::default(), &alpha, &period, &facts, 0);
    assert_eq!(
        (s.reach.women, s.new_people.women, s.new_unknown),
        (Some(7), Some(2), 1)
    );
    let women = s.reach_lines()[2];
    assert_eq!(women.group, "report-women");
    assert_eq!(
        (women.reached, women.new, women.expected),
        (Some(7), Some(2), Some(100))
    );
    assert_eq!(women.share_percent(), Some(2));
    let other = s.reach_lines()[4];
    assert_eq!(
        (other.new, other.expected, other.share_percent()),
        (None, None, None)
    );
}
