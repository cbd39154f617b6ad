//! Made-up occasions for the benches, like the ones guides log: places, formats, languages,
//! topics, counts and notes vary with the number asked for, all within the health guides'
//! project's run and before today.

use brobygge_model::{ActivityDraft, Code, Count, PeopleReached};
use chrono::{NaiveDate, NaiveTime};

/// Occasions like the ones guides log: places, formats, languages, topics and notes vary.
pub fn occasion(n: usize) -> ActivityDraft {
    let code = |s: &str| Code::new(s).unwrap();
    let (area, venue) = [
        ("oxnehaga", "oxnehaga-library"),
        ("raslatt", "raslatt-library"),
    ][n % 2];
    let languages = [["so", "sv"], ["ar", "sv"], ["ti", "sv"], ["prs", "fa"]][n % 4];
    let topics = [["diet", "vaccination"], ["vaccination", "diet"]][n % 2];
    let notes = [
        "Språkcafé: samtal om kost och fysisk aktivitet, många frågor om skolmat.",
        "Föräldrafrukost på biblioteket. Frågor om vaccinationer och tandvård för barn.",
        "Öppen förskola, samtal med mammor om sömn och skärmtid.",
        "",
    ];
    let count = |k: usize| Count::new(u32::try_from(k % 13).unwrap()).unwrap();
    ActivityDraft {
        project: Some(code("halsoguider")),
        date: NaiveDate::from_ymd_opt(2026, 1, 5)
            .map(|d| d + chrono::Duration::days((n % 330) as i64)),
        start_time: NaiveTime::from_hms_opt(9 + (n % 8) as u32, 15 * (n % 4) as u32, 0),
        duration_minutes: Some(30 + 15 * (n % 8) as u32),
        area: Some(code(area)),
        venue: Some(code(venue)),
        venue_type: Some(code("library")),
        format: Some(code(["group-talk", "drop-in"][n % 2])),
        languages: languages.iter().map(|l| code(l)).collect(),
        topics: topics.iter().map(|t| code(t)).collect(),
        people: PeopleReached {
            women: Count::new(1 + (n % 11) as u32).unwrap(),
            men: count(n / 3),
            girls: count(n / 5),
            boys: count(n / 7),
            ..Default::default()
        },
        note: notes[n % notes.len()].into(),
        ..ActivityDraft::default()
    }
}
