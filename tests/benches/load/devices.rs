//! A device as the load bench plays it, through the real device protocol: enrolled with its
//! own code, then a sync that pushes a batch of new occasions under its own numbering and
//! pulls every page after its cursor, timing each call.

use super::{Tally, BATCH};
use brobygge_model::sync::{Change, Mutation, PushRequest, PROTOCOL_HEADER, PROTOCOL_VERSION};
use brobygge_model::ActivityId;
use brobygge_tests::made_up::occasion;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Instant;

pub struct Device {
    token: String,
    /// The outbox's last number.
    seq: u64,
    cursor: Option<String>,
    /// How many occasions it has made up, from its own starting number.
    made: usize,
}

pub async fn enroll(client: &reqwest::Client, url: &str, code: &str, i: usize) -> Device {
    let body = serde_json::json!({
        "code": code, "device_name": format!("phone {i}"), "app_version": "0.1.0",
        "install_id": format!("install-{i}"),
    });
    let answer: serde_json::Value = client
        .post(format!("{url}/api/v1/enroll"))
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = answer["token"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"));
    Device {
        token: token.to_owned(),
        seq: 0,
        cursor: None,
        made: i * 1_000_000,
    }
}

/// One sync of `device`: a batch of new occasions pushed, then pages pulled until none is left.
pub async fn sync(
    client: &reqwest::Client,
    url: &str,
    device: &mut Device,
    tally: &Mutex<Tally>,
    errors: &AtomicU64,
) -> usize {
    let mutations: Vec<Mutation> = (0..BATCH)
        .map(|_| {
            device.seq += 1;
            device.made += 1;
            Mutation {
                seq: device.seq,
                activity_id: ActivityId(uuid_like(device.made)),
                change: Change::Upsert {
                    activity: Box::new(occasion(device.made)),
                    base_version: None,
                },
            }
        })
        .collect();
    let started = Instant::now();
    let pushed = client
        .post(format!("{url}/api/v1/sync/push"))
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .bearer_auth(&device.token)
        .json(&PushRequest { mutations })
        .send()
        .await;
    let sent = match pushed {
        Ok(r) if r.status().is_success() => {
            let _ = r.bytes().await;
            tally.lock().unwrap().push.push(started.elapsed());
            BATCH
        }
        _ => {
            // The device would send the same batch again; the bench counts it and moves on.
            errors.fetch_add(1, Ordering::Relaxed);
            device.seq -= BATCH as u64;
            0
        }
    };
    loop {
        let started = Instant::now();
        let pulled = client
            .post(format!("{url}/api/v1/sync/pull"))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .bearer_auth(&device.token)
            .json(&serde_json::json!({ "cursor": device.cursor }))
            .send()
            .await;
        let page: serde_json::Value = match pulled {
            Ok(r) if r.status().is_success() => r.json().await.unwrap_or_default(),
            _ => {
                errors.fetch_add(1, Ordering::Relaxed);
                break;
            }
        };
        tally.lock().unwrap().pull.push(started.elapsed());
        device.cursor = page["cursor"].as_str().map(str::to_owned);
        if page["more"] != true {
            break;
        }
    }
    sent
}

/// An activity id as a device makes them: unique per device and occasion.
fn uuid_like(n: usize) -> String {
    format!("0190a000-0000-7000-8000-{n:012}")
}
