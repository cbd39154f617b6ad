//! Each guide's and staff member's volunteer hours for a period, on SQLite and PostgreSQL:
//! the occasions and minutes worked out by hand, the people of the project who logged nothing
//! listed too, and another project's coordinator seeing only their own project's people.

use super::accounts::{login_as, session_get};
use super::reports::fixture;
use super::*;
use serde_json::{json, Value};

fn lines(hours: &Value) -> Vec<(String, u64, u64)> {
    let all = hours.as_array().expect("a list of lines");
    all.iter()
        .map(|l| {
            let n = |key: &str| l[key].as_u64().unwrap();
            (
                l["name"].as_str().unwrap().to_owned(),
                n("occasions"),
                n("minutes"),
            )
        })
        .collect()
}

#[tokio::test]
async fn volunteer_hours_by_person_for_a_period_worked_out_by_hand() {
    let server = Server::fresh();
    fixture(&server).await;
    // A staff member of the health guides who has logged nothing yet.
    server.enrolled(Role::Staff, "Lina", "halsoguider").await;
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;

    // The second half of 2026: Amina's occasions of July (90 minutes), September (60) and
    // December (30); Hodan's occasion is Egenkraft's.
    let autumn = "/coordinator/hours?from=2026-07-01&to=2026-12-31";
    let (status, hours) = session_get(&server, &sara, autumn).await;
    assert_eq!(status, StatusCode::OK, "{hours}");
    let expected = vec![("Amina".to_owned(), 3, 180), ("Lina".to_owned(), 0, 0)];
    assert_eq!(lines(&hours), expected);
    let (_, same) = session_get(&server, &sara, &format!("{autumn}&project=halsoguider")).await;
    assert_eq!(lines(&same), expected);
    let (_, june) = session_get(&server, &sara, "/coordinator/hours?to=2026-06-30").await;
    assert_eq!(
        lines(&june),
        [("Amina".to_owned(), 1, 60), ("Lina".to_owned(), 0, 0)]
    );
    assert!(hours[0]["user"].as_i64().is_some(), "{hours}");

    // Egenkraft's coordinator sees Hodan alone, and not the health guides' hours.
    let nils = login_as(&server, "nils", Role::Coordinator, &["egenkraft"]).await;
    let (_, theirs) = session_get(&server, &nils, autumn).await;
    assert_eq!(lines(&theirs).len(), 1, "{theirs}");
    assert_eq!(
        (theirs[0]["name"].as_str(), theirs[0]["occasions"].as_u64()),
        (Some("Hodan"), Some(1))
    );
    let (status, refused) =
        session_get(&server, &nils, "/coordinator/hours?project=halsoguider").await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{refused}");

    // A date that is not one is refused in the shared shape.
    let (status, bad) = session_get(&server, &sara, "/coordinator/hours?from=2026-13-01").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(bad["code"], json!("bad-request"));
}
