//! People new to the project: counted by group, never more than were reached in that group,
//! and absent (not zero) on an entry from an app that did not ask.

use super::{check, complete};
use crate::validation::{Problem, SaveOptions};
use crate::{ActivityDraft, Count, NewPeople};

fn with_new(women: u32, girls: u32) -> ActivityDraft {
    ActivityDraft {
        new_people: Some(NewPeople {
            women: Count::new(women).unwrap(),
            girls: Count::new(girls).unwrap(),
            ..NewPeople::default()
        }),
        ..complete()
    }
}

#[test]
fn new_people_are_at_most_those_reached_in_each_group() {
    let reached = complete().people;
    let women = reached.women.get();
    check(with_new(women, 0), SaveOptions::default(), &[]);
    check(with_new(0, 0), SaveOptions::default(), &[]);
    check(
        with_new(women + 1, 0),
        SaveOptions::default(),
        &[Problem::NewPeopleAboveReached],
    );
    let girls = reached.girls.get();
    check(with_new(0, girls), SaveOptions::default(), &[]);
    check(
        with_new(0, girls + 1),
        SaveOptions::default(),
        &[Problem::NewPeopleAboveReached],
    );
}

#[test]
fn an_entry_that_was_not_asked_has_no_new_people_in_its_document() {
    let json = serde_json::to_value(complete()).unwrap();
    assert!(json.get("new_people").is_none());
    let asked = serde_json::to_value(with_new(1, 0)).unwrap();
    assert_eq!(asked["new_people"]["women"], 1);
    let back: ActivityDraft = serde_json::from_value(json).unwrap();
    assert_eq!(back.new_people, None);
}
