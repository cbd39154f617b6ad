use super::*;
use brobygge_model::{ActivityDraft, Code};
use brobygge_model::{Count, PeopleReached};
use chrono::NaiveDate;

fn code(s: &str) -> Code {
    Code::new(s).unwrap()
}

fn entry(
    user: i64,
    date: (i32, u32, u32),
    area: &str,
    women: u32,
    girls: u32,
    topics: &[&str],
) -> Fact {
    let activity = ActivityDraft {
        date: NaiveDate::from_ymd_opt(date.0, date.1, date.2),
        duration_minutes: Some(90),
        area: Some(code(area)),
        venue: Some(code(&format!("{area}-library"))),
        topics: topics.iter().map(|t| code(t)).collect(),
        languages: vec![code("ar")],
        people: PeopleReached {
            women: Count::new(women).unwrap(),
            girls: Count::new(girls).unwrap(),
            ..Default::default()
        },
        ..ActivityDraft::default()
    };
    Fact::of(user, &activity)
}

fn tally(key: &str, occasions: u64, people: u64) -> Tally {
    Tally {
        key: key.into(),
        occasions,
        people,
    }
}

#[test]
fn figures_worked_out_by_hand() {
    let entries = [
        entry(1, (2026, 3, 2), "raslatt", 4, 2, &["diet"]),
        entry(
            1,
            (2026, 3, 20),
            "oxnehaga",
            10,
            0,
            &["diet", "vaccination"],
        ),
        entry(2, (2026, 5, 5), "raslatt", 1, 3, &["vaccination"]),
    ];
    let o = overview(&entries);
    assert_eq!(o.occasions, 3);
    assert_eq!(o.minutes, 270);
    assert_eq!(
        o.people,
        Reach {
            women: 15,
            girls: 5,
            total: 20,
            ..Reach::default()
        }
    );
    assert_eq!(
        o.by_month,
        [tally("2026-03", 2, 16), tally("2026-05", 1, 4)]
    );
    assert_eq!(
        o.by_area,
        [tally("oxnehaga", 1, 10), tally("raslatt", 2, 10)]
    );
    assert_eq!(
        o.topics,
        [tally("diet", 2, 16), tally("vaccination", 2, 14)]
    );
    assert_eq!(o.languages, [tally("ar", 3, 20)]);
    assert_eq!(o.active_guides, 2);
}

#[test]
fn nothing_matching_gives_zeros() {
    assert_eq!(overview(&[]), Overview::default());
}

#[test]
fn referrals_and_questions_by_hand() {
    let line = |key: &str, n: u32| (crate::facts::Key::from(key), n);
    let mut first = entry(1, (2026, 3, 2), "raslatt", 4, 2, &["diet"]);
    first.referrals = vec![line("vardcentral", 2), line("1177", 1)];
    first.questions = vec![line("housing", 3)];
    let mut second = entry(2, (2026, 3, 9), "raslatt", 1, 0, &["diet"]);
    second.referrals = vec![line("vardcentral", 1)];
    second.questions = vec![line("housing", 1), line("income-support", 5)];
    let o = overview(&[first, second, entry(2, (2026, 4, 1), "raslatt", 1, 0, &[])]);
    assert_eq!(
        o.referrals,
        [tally("vardcentral", 2, 3), tally("1177", 1, 1)]
    );
    assert_eq!(
        o.questions,
        [tally("income-support", 1, 5), tally("housing", 2, 4)]
    );
}

#[test]
fn new_people_count_only_where_the_occasion_said() {
    let mut asked = entry(1, (2026, 3, 2), "raslatt", 4, 2, &["diet"]);
    asked.new_people = Some([3, 0, 1, 0]);
    let unasked = entry(2, (2026, 3, 9), "raslatt", 5, 0, &["diet"]);
    let o = overview(&[asked, unasked]);
    assert_eq!((o.people.total, o.new_people), (11, 4));
}

#[test]
fn volunteer_hours_by_person_by_hand() {
    let mut long = entry(2, (2026, 3, 2), "raslatt", 4, 2, &["diet"]);
    long.minutes = 150;
    let entries = [
        entry(1, (2026, 3, 2), "raslatt", 1, 0, &[]),
        long,
        entry(1, (2026, 3, 9), "raslatt", 1, 0, &[]),
        // Someone no longer in the project, who logged one occasion in the period.
        entry(7, (2026, 3, 9), "raslatt", 1, 0, &[]),
    ];
    let people = [
        (1, "amina Hassan".to_owned()),
        (2, "Lina Berg".to_owned()),
        (3, "Ahmed Ali".to_owned()),
    ];
    let line = |user, name: &str, occasions, minutes| HoursLine {
        user,
        name: name.into(),
        occasions,
        minutes,
    };
    assert_eq!(
        hours(&entries, &people, |user| format!("Eva {user}")),
        [
            line(3, "Ahmed Ali", 0, 0),
            line(1, "amina Hassan", 2, 180),
            line(7, "Eva 7", 1, 90),
            line(2, "Lina Berg", 1, 150),
        ]
    );
}
