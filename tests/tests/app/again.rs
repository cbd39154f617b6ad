//! The first minute in the field: a first-time guide's path from first start to a saved
//! occasion, and the same occasion logged again from "log again", each touch counted. The
//! repeat, with four people reached, takes at most eight touches.

use crate::text;
use brobygge_tests::driver::Driver;
use brobygge_tests::paths;

#[tokio::test(flavor = "multi_thread")]
async fn the_same_occasion_again_takes_at_most_eight_touches() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    // A phone's screen.
    app.client.set_window_size(360, 740).await.unwrap();
    let first = paths::first_time(&app).await;
    println!(
        "first time: {} taps, {} keys, {:.1} s",
        first.taps, first.keys, first.seconds
    );
    let choice = text(&app, "#log-again-0").await;
    assert!(choice.contains("Råslätts bibliotek"), "{choice}");
    app.screenshot("log-again-sv").await;

    let again = paths::repeat(&app).await;
    println!(
        "repeat: {} taps, {} keys, {:.1} s",
        again.taps, again.keys, again.seconds
    );
    assert!(
        again.touches() <= 8,
        "a repeat took {} taps and {} keys",
        again.taps,
        again.keys
    );
    let week = app.wait_text("#my-log-week", |t| t.contains("2 ")).await;
    assert!(week.contains("8 personer"), "{week}");

    // Both are stored the same, each with its own four women and today's date.
    let db = brobygge_tests::device_db::look_inside_app(home.path());
    let mut stmt = db
        .prepare(
            "SELECT date, json_extract(document, '$.venue'), json_extract(document, '$.format'),
                    json_extract(document, '$.people.women'), json_extract(document, '$.languages')
             FROM activities WHERE state = 'final' ORDER BY updated_at",
        )
        .unwrap();
    let rows: Vec<(String, String, String, u32, String)> = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0], rows[1], "{rows:?}");
    assert_eq!(rows[1].1, "raslatt-library");
    assert_eq!(rows[1].3, 4);
    app.close().await;
}
