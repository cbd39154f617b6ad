use super::*;
use proptest::prelude::*;
use serde_json::json;

fn device() -> Author {
    Author::Device("phone".into())
}

fn coordinator() -> Author {
    Author::Coordinator("Sara".into())
}

/// Merges `incoming` against base → corrected (by a coordinator).
fn check(base: Value, corrected: Value, incoming: Value) -> (Value, Vec<FieldConflict>) {
    let (d, c) = (device(), coordinator());
    let versions = [
        Version {
            document: &base,
            author: &d,
        },
        Version {
            document: &corrected,
            author: &c,
        },
    ];
    merge(&versions, &incoming, &d)
}

#[test]
fn different_fields_are_both_kept() {
    let (merged, conflicts) = check(
        json!({"people": {"women": 3, "men": 1}, "note": "a"}),
        json!({"people": {"women": 4, "men": 1}, "note": "a"}),
        json!({"people": {"women": 3, "men": 2}, "note": "b"}),
    );
    assert_eq!(
        merged,
        json!({"people": {"women": 4, "men": 2}, "note": "b"})
    );
    assert!(conflicts.is_empty());
}

#[test]
fn the_same_field_keeps_the_correction_and_records_the_device_value() {
    let (merged, conflicts) = check(
        json!({"people": {"women": 3}, "topics": ["diet"]}),
        json!({"people": {"women": 4}, "topics": ["diet"]}),
        json!({"people": {"women": 5}, "topics": ["diet", "sleep"]}),
    );
    assert_eq!(
        merged,
        json!({"people": {"women": 4}, "topics": ["diet", "sleep"]})
    );
    assert_eq!(
        conflicts,
        vec![FieldConflict {
            field: "people.women".into(),
            kept: json!(4),
            lost: json!(5),
            lost_author: device(),
        }]
    );
}

#[test]
fn the_same_value_on_both_sides_is_no_conflict() {
    let (merged, conflicts) = check(
        json!({"note": "a"}),
        json!({"note": "b"}),
        json!({"note": "b"}),
    );
    assert_eq!(merged, json!({"note": "b"}));
    assert!(conflicts.is_empty());
}

#[test]
fn between_two_devices_the_later_edit_wins_and_the_earlier_is_kept() {
    let other = Author::Device("laptop".into());
    let (base, earlier, later) = (
        json!({"note": "a"}),
        json!({"note": "b"}),
        json!({"note": "c"}),
    );
    let d = device();
    let versions = [
        Version {
            document: &base,
            author: &d,
        },
        Version {
            document: &earlier,
            author: &other,
        },
    ];
    let (merged, conflicts) = merge(&versions, &later, &d);
    assert_eq!(merged, json!({"note": "c"}));
    assert_eq!(conflicts[0].lost, json!("b"));
    assert_eq!(conflicts[0].lost_author, other);
}

#[test]
fn a_field_removed_on_one_side_is_a_change_too() {
    let (merged, conflicts) = check(
        json!({"venue": "library", "note": "a"}),
        json!({"note": "a"}),
        json!({"venue": "library", "note": "b"}),
    );
    assert_eq!(merged, json!({"note": "b"}));
    assert!(conflicts.is_empty());
}

#[test]
fn a_field_the_devices_app_does_not_know_keeps_the_servers_value() {
    // An app from before `new_people` edits the note of an entry that has them.
    let (merged, conflicts) = check(
        json!({"new_people": {"women": 2}, "note": "a"}),
        json!({"new_people": {"women": 3}, "note": "a"}),
        json!({"note": "b"}),
    );
    assert_eq!(merged, json!({"new_people": {"women": 3}, "note": "b"}));
    assert!(conflicts.is_empty());
}

fn document() -> impl Strategy<Value = Value> {
    (0..4u32, 0..4u32, prop::sample::select(vec!["a", "b", "c"]))
        .prop_map(|(w, m, note)| json!({"people": {"women": w, "men": m}, "note": note}))
}

proptest! {
    /// Nothing is lost without a trace: every field where the merge does not keep the device's
    /// change, or overwrote someone else's, has a conflict holding the value that lost.
    #[test]
    fn no_change_is_dropped_silently(base in document(), corrected in document(), incoming in document()) {
        let (merged, conflicts) = check(base.clone(), corrected.clone(), incoming.clone());
        for field in ["people.women", "people.men", "note"] {
            let (b, c, i, m) = (at(&base, field), at(&corrected, field), at(&incoming, field), at(&merged, field));
            let recorded = conflicts.iter().any(|x| x.field == field);
            if i != b && c != b && i != c {
                // Both changed it: the correction is kept and the device's value recorded.
                prop_assert_eq!(m, c);
                prop_assert!(recorded);
            } else {
                prop_assert!(!recorded);
                prop_assert_eq!(m, if i != b { i } else { c });
            }
        }
    }
}
