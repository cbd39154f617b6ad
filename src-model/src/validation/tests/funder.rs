//! Outcome counters and partners: each line one of the project's own active counters, counted
//! at least once and listed once; each partner an active one, named once.

use super::{check, code, complete};
use crate::activity::OutcomeCount;
use crate::validation::{Field, Problem, SaveOptions};
use crate::{ActivityDraft, Count};

fn counting(lines: &[(&str, u32)]) -> ActivityDraft {
    ActivityDraft {
        outcomes: (lines.iter())
            .map(|(c, n)| OutcomeCount {
                outcome: code(c),
                count: Count::new(*n).unwrap(),
            })
            .collect(),
        ..complete()
    }
}

#[test]
fn an_occasion_counts_its_own_projects_outcomes() {
    check(
        counting(&[("guided-to-care", 2)]),
        SaveOptions::default(),
        &[],
    );
    let other_project = Problem::NotInProject {
        field: Field::Outcomes,
        code: code("forms-filled"),
    };
    check(
        counting(&[("forms-filled", 1)]),
        SaveOptions::default(),
        &[other_project],
    );
}

#[test]
fn an_outcome_line_is_known_active_counted_and_listed_once() {
    let (field, unknown) = (Field::Outcomes, |c: &str| code(c));
    check(
        counting(&[("nothing-like-it", 1), ("old-counter", 1)]),
        SaveOptions::default(),
        &[
            Problem::Unknown {
                field,
                code: unknown("nothing-like-it"),
            },
            Problem::Unknown {
                field,
                code: unknown("old-counter"),
            },
        ],
    );
    check(
        counting(&[("guided-to-care", 0)]),
        SaveOptions::default(),
        &[Problem::BadLine {
            field,
            code: code("guided-to-care"),
        }],
    );
    check(
        counting(&[("guided-to-care", 1), ("guided-to-care", 3)]),
        SaveOptions::default(),
        &[Problem::BadLine {
            field,
            code: code("guided-to-care"),
        }],
    );
}

#[test]
fn partners_are_active_and_named_once() {
    let with = |codes: &[&str]| ActivityDraft {
        partners: codes.iter().map(|c| code(c)).collect(),
        ..complete()
    };
    check(with(&["police"]), SaveOptions::default(), &[]);
    let field = Field::Partners;
    check(
        with(&["old-partner", "police", "police"]),
        SaveOptions::default(),
        &[
            Problem::Unknown {
                field,
                code: code("old-partner"),
            },
            Problem::BadLine {
                field,
                code: code("police"),
            },
        ],
    );
}

#[test]
fn an_app_before_protocol_4_is_told_its_project_does_not_fit() {
    let problem = Problem::NotInProject {
        field: Field::Outcomes,
        code: code("forms-filled"),
    };
    assert_eq!(
        problem.clone().for_protocol(3),
        Problem::NotInProject {
            field: Field::Project,
            code: code("forms-filled"),
        }
    );
    assert_eq!(problem.clone().for_protocol(4), problem);
}
