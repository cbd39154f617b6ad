//! "Log again": the recent, different occasions as starting points, newest first, each once,
//! with nothing of the day itself (no counts, no note, no date).

use super::*;
use brobygge_model::SaveOptions;

#[test]
fn recent_occasions_are_different_newest_first_and_carry_no_counts_or_notes() {
    let (store, _dir, _) = fresh();
    let reference = store.reference_data().unwrap();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let save = |draft: &ActivityDraft| store.save_activity(draft, SaveOptions::default()).unwrap();
    // A language café every week, with languages in another order one week, and a parents'
    // breakfast once in between.
    let languages = vec![
        reference.languages[0].code.clone(),
        reference.languages[1].code.clone(),
    ];
    let cafe = |d, women| ActivityDraft {
        note: "Frågor om 1177.".into(),
        languages: languages.clone(),
        ..occasion(&reference, day(d), women)
    };
    save(&cafe(5, 3));
    let mut breakfast = occasion(&reference, day(9), 6);
    breakfast.venue = Some(reference.venues[1].code.clone());
    save(&breakfast);
    let mut reordered = cafe(12, 4);
    reordered.languages.reverse();
    save(&reordered);
    // A draft and a deleted entry are no starting points.
    let mut draft = occasion(&reference, day(20), 1);
    draft.venue = Some(reference.venues[2].code.clone());
    store.save_draft(&draft).unwrap();

    let recent = store.recent_occasions(3).unwrap();
    assert_eq!(recent.len(), 2, "{recent:#?}");
    assert_eq!(recent[0].last_held, Some(day(12)));
    assert_eq!(recent[1].last_held, Some(day(9)));
    assert_eq!(recent[1].draft.venue, breakfast.venue);
    for r in &recent {
        assert_eq!(r.draft.people, PeopleReached::default());
        assert!(r.draft.note.is_empty() && r.draft.date.is_none() && r.draft.id.is_none());
        assert!(r.draft.project.is_some() && r.draft.format.is_some());
    }
    assert_eq!(store.recent_occasions(1).unwrap().len(), 1);
}
