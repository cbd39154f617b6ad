//! One occasion, several hosts: a guide names a colleague of the project as co-host; the
//! occasion counts once in the report, each host's time counts as their volunteer hours, the
//! co-host's device receives it (and is told when taken off it), and nobody outside the project
//! can be named. An app from before co-hosts is sent neither colleagues nor co-hosted entries.

use super::accounts::{login_as, session_get, session_post};
use super::push::body;
use super::review::logged;
use super::*;
use brobygge_model::sync::{Change, Mutation};
use brobygge_model::{ActivityId, CoHost};
use serde_json::json;

/// The id of the user a device token belongs to, from its pull's colleagues as seen by
/// another device.
fn colleague_id(pull: &serde_json::Value, name: &str) -> i64 {
    let colleagues = pull["colleagues"].as_array().expect("colleagues");
    let found = colleagues.iter().find(|c| c["name"] == name);
    found.unwrap_or_else(|| panic!("{name} in {pull}"))["id"]
        .as_i64()
        .unwrap()
}

async fn pull(server: &Server, token: &str, protocol: u32) -> serde_json::Value {
    let request = Request::post("/api/v1/sync/pull")
        .header("content-type", "application/json")
        .header(PROTOCOL_HEADER, protocol.to_string())
        .header("authorization", format!("Bearer {token}"))
        .body(Body::from(json!({ "cursor": null }).to_string()))
        .unwrap();
    let (status, json) = server.call(request).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    json
}

#[tokio::test]
async fn a_co_hosted_occasion_counts_once_and_for_each_hosts_hours() {
    let server = Server::fresh();
    let amina = server.enroll(&server.guide_with_code("Amina")).await;
    let bilal = server.enroll(&server.guide_with_code("Bilal")).await;
    let carl = server.enrolled(Role::Guide, "Carl", "egenkraft").await;
    let first = pull(&server, &amina, PROTOCOL_VERSION).await;
    let bilal_id = colleague_id(&first, "Bilal");
    assert!(
        first["colleagues"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["name"] != "Carl" && c["name"] != "Amina"),
        "{first}"
    );
    assert_eq!(first["colleagues"][0]["projects"], json!(["halsoguider"]));
    let carls = pull(&server, &carl, PROTOCOL_VERSION).await;
    assert_eq!(carls["colleagues"], json!([]), "Carl alone in Egenkraft");

    // Amina logs a language café of 60 minutes with Bilal, who stayed 45.
    logged(&server, &amina, 1, "cafe", |a| {
        a.co_hosts = vec![CoHost {
            user: bilal_id,
            minutes: Some(45),
        }];
    })
    .await;
    // Nobody outside the project, not herself, and not twice.
    let outsider = people(&server, "Carl");
    for (seq, hosts) in [
        (2, vec![(outsider, None)]),
        (3, vec![(people(&server, "Amina"), None)]),
        (4, vec![(bilal_id, None), (bilal_id, Some(30))]),
    ] {
        let mut activity = super::push::occasion("Språkcafé");
        activity.co_hosts = (hosts.into_iter())
            .map(|(user, minutes)| CoHost { user, minutes })
            .collect();
        let m = Mutation {
            seq,
            activity_id: ActivityId(format!("bad{seq}")),
            change: Change::Upsert {
                activity: Box::new(activity),
                base_version: None,
            },
        };
        let (_, json) = server.post("/sync/push", Some(&amina), body(vec![m])).await;
        assert_eq!(json["results"][0]["outcome"], "rejected", "{json}");
        assert_eq!(json["results"][0]["problems"][0]["problem"], "bad-co-host");
    }

    // Bilal's phone receives it, marked as Amina's; an app from before co-hosts does not.
    let his = pull(&server, &bilal, PROTOCOL_VERSION).await;
    let activities = his["activities"].as_array().unwrap();
    assert_eq!(activities.len(), 1, "{his}");
    assert_eq!(activities[0]["id"], "cafe");
    assert_eq!(activities[0]["host"], "Amina");
    let old = pull(&server, &bilal, 3).await;
    assert_eq!(old["activities"], json!([]), "{old}");
    assert!(old.get("colleagues").is_none(), "{old}");

    // Counted once; each host's own time.
    let sara = login_as(&server, "sara", Role::Coordinator, &["halsoguider"]).await;
    let half = "/coordinator/reports/half-year?project=halsoguider&year=2026&half=2";
    let (_, report) = session_get(&server, &sara, half).await;
    assert_eq!(report["sections"][0]["occasions"], 1);
    let hours = "/coordinator/hours?project=halsoguider&from=2026-11-01&to=2026-11-30";
    let (status, lines) = session_get(&server, &sara, hours).await;
    assert_eq!(status, StatusCode::OK, "{lines}");
    let line = |name: &str| {
        let lines = lines.as_array().unwrap();
        let found = lines.iter().find(|l| l["name"] == name).unwrap();
        (found["occasions"].as_u64(), found["minutes"].as_u64())
    };
    assert_eq!(line("Amina"), (Some(1), Some(60)));
    assert_eq!(line("Bilal"), (Some(1), Some(45)));

    // Nor can a coordinator name someone of another project by correcting the occasion.
    let correct = "/coordinator/activities/cafe/correct";
    let outsider = json!({ "field": "co_hosts", "value": [{ "user": people(&server, "Carl") }] });
    let refused = session_post(&server, &sara, correct, outsider).await;
    assert_error(refused, StatusCode::BAD_REQUEST, "invalid");

    // Bilal cannot change it; taken off it, his next pull drops it.
    let mut edit = super::push::occasion("Mitt eget");
    edit.co_hosts = Vec::new();
    let m = Mutation {
        seq: 1,
        activity_id: ActivityId("cafe".into()),
        change: Change::Upsert {
            activity: Box::new(edit),
            base_version: Some(1),
        },
    };
    let (_, json) = server.post("/sync/push", Some(&bilal), body(vec![m])).await;
    assert_eq!(json["results"][0]["outcome"], "forbidden", "{json}");
    logged(&server, &amina, 5, "cafe", |a| a.co_hosts = Vec::new()).await;
    let after = pull(&server, &bilal, PROTOCOL_VERSION).await;
    let dropped = &after["activities"][0];
    assert_eq!(
        (&dropped["id"], &dropped["activity"], &dropped["host"]),
        (&json!("cafe"), &json!(null), &json!("Amina")),
        "{after}"
    );
}

/// The id of the user named `name`.
fn people(server: &Server, name: &str) -> i64 {
    let everyone = blocking(|| server.storage.people().unwrap());
    everyone.iter().find(|p| p.name == name).unwrap().id
}
