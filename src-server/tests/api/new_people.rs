//! People new to the project beside the contacts: counted in the overview and the half-year
//! report where an occasion said, the occasions that did not said so, and an edit by an app
//! that does not know the question keeping what the entry had.

use super::accounts::{login_as, session_get};
use super::push::body;
use super::review::logged;
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::{ActivityId, Count, NewPeople};

fn new(women: u32, girls: u32) -> Option<NewPeople> {
    Some(NewPeople {
        women: Count::new(women).unwrap(),
        girls: Count::new(girls).unwrap(),
        ..NewPeople::default()
    })
}

#[tokio::test]
async fn reports_compare_the_promise_with_new_people_and_old_apps_keep_them() {
    let server = Server::fresh();
    let guide = server.enroll(&server.guide_with_code("Amina")).await;
    // Four women at each of two parent breakfasts in September, three of them new the first
    // time and one the second; a third occasion from an app that did not ask.
    for (seq, new_people) in [(1, new(3, 0)), (2, new(1, 0)), (3, None)] {
        logged(&server, &guide, seq, &format!("b{seq}"), |a| {
            a.date = chrono::NaiveDate::from_ymd_opt(2026, 9, seq as u32);
            a.new_people = new_people;
        })
        .await;
    }
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let half = "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2";
    let (status, report) = session_get(&server, &sara, half).await;
    assert_eq!(status, StatusCode::OK, "{report}");
    let s = &report["sections"][0];
    assert_eq!(s["reach"]["women"], 12, "three occasions of four women");
    assert_eq!(s["new_people"]["women"], 4);
    assert_eq!(s["new_unknown"], 1);
    let overview = "/coordinator/overview?project=halsoguider&from=2026-09-01&to=2026-09-30";
    let (_, o) = session_get(&server, &sara, overview).await;
    assert_eq!(
        (o["people"]["total"].as_u64(), o["new_people"].as_u64()),
        (Some(12), Some(4))
    );

    // An app from before the question edits the first breakfast's note: its document has no
    // new people, and the entry keeps its three.
    let mut edit = super::push::occasion("Föräldrafrukost med BVC");
    edit.date = chrono::NaiveDate::from_ymd_opt(2026, 9, 1);
    let m = Mutation {
        seq: 4,
        activity_id: ActivityId("b1".into()),
        change: Change::Upsert {
            activity: Box::new(edit),
            base_version: Some(1),
        },
    };
    let (_, json) = server.post("/sync/push", Some(&guide), body(vec![m])).await;
    assert_eq!(json["results"][0]["outcome"], "applied", "{json}");
    let stored = blocking(|| server.storage.activities().unwrap());
    let first = stored.iter().find(|a| a.id == "b1").unwrap();
    assert_eq!(first.activity.note, "Föräldrafrukost med BVC");
    assert_eq!(first.activity.new_people, new(3, 0));
}
