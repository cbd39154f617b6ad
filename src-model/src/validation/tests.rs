use super::*;
use crate::activity::{QuestionCount, Referral};
use crate::count::{Count, PeopleReached};
use crate::privacy::FindingKind;
use crate::reference::{Item, Labels};
use chrono::{NaiveDate, NaiveTime};

mod dates;
mod funder;
mod new_people;
mod reference;

use reference::reference;

/// The day the tests run on: a week after [`complete`]'s occasion.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn code(s: &str) -> Code {
    Code::new(s).unwrap()
}

fn item(c: &str) -> Item {
    Item {
        code: code(c),
        labels: Labels::default(),
        retired: false,
    }
}

fn complete() -> ActivityDraft {
    ActivityDraft {
        id: None,
        project: Some(code("halsoguider")),
        date: NaiveDate::from_ymd_opt(2026, 11, 30),
        start_time: NaiveTime::from_hms_opt(10, 0, 0),
        duration_minutes: Some(90),
        area: Some(code("raslatt")),
        venue: Some(code("raslatt-library")),
        venue_type: Some(code("library")),
        format: Some(code("drop-in")),
        languages: vec![code("ar"), code("sv")],
        topics: vec![code("vaccination")],
        people: PeopleReached {
            women: Count::new(6).unwrap(),
            girls: Count::new(2).unwrap(),
            ..PeopleReached::default()
        },
        referrals: vec![Referral {
            target: code("vardcentral"),
            count: Count::new(1).unwrap(),
        }],
        questions: vec![],
        outcomes: vec![],
        partners: vec![],
        co_hosts: vec![],
        note: "Pratade om vaccinationsprogrammet för barn.".into(),
        new_people: None,
    }
}

fn check(draft: ActivityDraft, options: SaveOptions, expected: &[Problem]) {
    match validate(&draft, &reference(), options, today()) {
        Ok(activity) => {
            assert!(
                expected.is_empty(),
                "expected {expected:?}, got a valid activity"
            );
            assert_eq!(activity.to_draft(draft.id.clone()), draft);
        }
        Err(problems) => assert_eq!(problems, expected),
    }
}

#[test]
fn a_complete_draft_is_valid() {
    check(complete(), SaveOptions::default(), &[]);
}

#[test]
fn every_missing_field_is_reported_at_once() {
    let draft = ActivityDraft::default();
    let missing = |field| Problem::Missing { field };
    check(
        draft,
        SaveOptions::default(),
        &[
            missing(Field::Project),
            missing(Field::Area),
            missing(Field::Venue),
            missing(Field::VenueType),
            missing(Field::Format),
            missing(Field::Date),
            missing(Field::StartTime),
            missing(Field::Duration),
            missing(Field::Languages),
            Problem::NobodyReached,
        ],
    );
}

#[test]
fn nobody_reached_needs_a_confirmation() {
    let draft = ActivityDraft {
        people: PeopleReached::default(),
        ..complete()
    };
    check(
        draft.clone(),
        SaveOptions::default(),
        &[Problem::NobodyReached],
    );
    check(
        draft,
        SaveOptions {
            confirm_nobody_reached: true,
        },
        &[],
    );
}

#[test]
fn unknown_retired_and_foreign_codes_are_refused() {
    let draft = ActivityDraft {
        format: Some(code("old-format")),
        topics: vec![code("housing"), code("nonsense")],
        ..complete()
    };
    check(
        draft,
        SaveOptions::default(),
        &[
            Problem::Unknown {
                field: Field::Format,
                code: code("old-format"),
            },
            Problem::Unknown {
                field: Field::Topics,
                code: code("nonsense"),
            },
            Problem::NotInProject {
                field: Field::Topics,
                code: code("housing"),
            },
            Problem::NotInProject {
                field: Field::Topics,
                code: code("nonsense"),
            },
        ],
    );
}

#[test]
fn sections_follow_the_project() {
    let questions = vec![QuestionCount {
        category: code("preschool-place"),
        count: Count::new(3).unwrap(),
    }];
    let draft = ActivityDraft {
        questions: questions.clone(),
        ..complete()
    };
    check(
        draft,
        SaveOptions::default(),
        &[Problem::SectionNotUsed {
            field: Field::Questions,
        }],
    );
    let contact_centre = ActivityDraft {
        project: Some(code("medborgarservice")),
        topics: vec![code("housing")],
        questions,
        ..complete()
    };
    check(contact_centre, SaveOptions::default(), &[]);
}

#[test]
fn zero_and_repeated_lines_are_refused() {
    let line = |n| Referral {
        target: code("vardcentral"),
        count: Count::new(n).unwrap(),
    };
    let draft = ActivityDraft {
        referrals: vec![line(0), line(2)],
        ..complete()
    };
    check(
        draft,
        SaveOptions::default(),
        &[
            Problem::BadLine {
                field: Field::Referrals,
                code: code("vardcentral"),
            },
            Problem::BadLine {
                field: Field::Referrals,
                code: code("vardcentral"),
            },
        ],
    );
}

#[test]
fn duration_must_be_plausible() {
    for minutes in [0, 4, 721, 10_000] {
        let draft = ActivityDraft {
            duration_minutes: Some(minutes),
            ..complete()
        };
        check(
            draft,
            SaveOptions::default(),
            &[Problem::DurationOutOfRange { min: 5, max: 720 }],
        );
    }
}

#[test]
fn a_note_that_identifies_a_resident_is_refused() {
    let draft = ActivityDraft {
        note: "Mamman (811218-9876) ville ha hjälp".into(),
        ..complete()
    };
    let problems = validate(&draft, &reference(), SaveOptions::default(), today()).unwrap_err();
    let [Problem::NoteIdentifies { findings }] = problems.as_slice() else {
        panic!("expected one privacy problem, got {problems:?}");
    };
    assert_eq!(findings[0].kind, FindingKind::PersonalIdentityNumber);
    assert_eq!(findings[0].text, "811218-9876");
}

#[test]
fn problems_have_a_stable_wire_shape() {
    let json = serde_json::to_string(&Problem::Missing {
        field: Field::VenueType,
    })
    .unwrap();
    assert_eq!(json, r#"{"problem":"missing","field":"venue-type"}"#);
}
