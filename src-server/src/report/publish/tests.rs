use super::*;

fn row(key: &str, occasions: u64, cells: [u64; 5]) -> Row {
    Row {
        key: key.into(),
        occasions,
        cells,
    }
}

fn shown(key: &str, occasions: u64, cells: [Option<u64>; 5], total: Option<u64>) -> CrossRow {
    CrossRow {
        key: key.into(),
        occasions,
        cells,
        total,
    }
}

/// Three occasions worked out by hand, at a threshold of 5: three women in Råslätt at one;
/// ten women and six men, then eight women and six men, in Öxnehaga, one at a library and
/// one at a preschool. Råslätt's three women are hidden, and with them Öxnehaga's women and
/// its total: else the 21 women reached, less Öxnehaga's 18, would give Råslätt's 3 away,
/// and so would the 33 reached less Öxnehaga's 30.
#[test]
fn a_small_cell_is_protected_against_its_column_and_the_total_by_hand() {
    let counted = Counted {
        reach: [21, 12, 0, 0, 0],
        new: [9, 6, 0, 0],
        areas: vec![
            row("raslatt", 1, [3, 0, 0, 0, 0]),
            row("oxnehaga", 2, [18, 12, 0, 0, 0]),
        ],
        venue_types: vec![
            row("library", 2, [13, 6, 0, 0, 0]),
            row("preschool", 1, [8, 6, 0, 0, 0]),
        ],
        topics: vec![row("health", 3, [21, 12, 0, 0, 0])],
        languages: vec![
            row("ar", 2, [11, 6, 0, 0, 0]),
            row("so", 1, [10, 6, 0, 0, 0]),
        ],
    };
    let published = publish(&counted, 5);
    let none = [Some(0), Some(0), Some(0)];
    assert_eq!(
        published.by_area,
        [
            shown(
                "oxnehaga",
                2,
                [None, Some(12), none[0], none[1], none[2]],
                None
            ),
            shown(
                "raslatt",
                1,
                [None, Some(0), none[0], none[1], none[2]],
                None
            ),
        ]
    );
    // The other tables have no small counts and publish everything.
    assert_eq!(published.by_venue_type[0].total, Some(19));
    assert_eq!(published.by_venue_type[1].total, Some(14));
    assert_eq!(published.by_language[0].cells[0], Some(11));
    assert_eq!(
        published.reach,
        ShownReach {
            women: Some(21),
            men: Some(12),
            girls: Some(0),
            boys: Some(0),
            other: Some(0),
            total: Some(33),
        }
    );
    assert_eq!(
        published.new_people,
        NewReached {
            women: Some(9),
            men: Some(6),
            girls: Some(0),
            boys: Some(0),
            total: Some(15),
        }
    );
}

/// A small new count is hidden, and so is the new total that would give it away; a group
/// whose reach is hidden hides its new count too.
#[test]
fn new_people_are_hidden_with_their_total_and_with_their_groups_reach() {
    let counted = Counted {
        reach: [21, 3, 12, 0, 0],
        new: [9, 2, 6, 0],
        areas: vec![row("raslatt", 4, [21, 3, 12, 0, 0])],
        venue_types: vec![row("library", 4, [21, 3, 12, 0, 0])],
        ..Counted::default()
    };
    let published = publish(&counted, 5);
    // Men's reach of 3 is small; one table's row is the reach, so nothing can hide it from
    // the reach but hiding another group with it.
    assert_eq!(published.reach.men, None);
    assert_eq!(published.reach.total, Some(36));
    assert_eq!(published.new_people.men, None);
    assert_eq!(published.new_people.total, None);
    assert_eq!(published.new_people.boys, published.reach.boys);
}
