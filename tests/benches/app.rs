//! Figures for the real app: cold start to a usable form, My log with 10,000 entries, and a
//! guide's paths (first start to a saved occasion, and the same occasion again) in taps, keys
//! and seconds.
//! Prints figures; asserts nothing. Run by `cargo xtask bench`, which builds the release app
//! and sets `BROBYGGE_APP`.

use brobygge_core::Store;
use brobygge_model::{ActivityDraft, Count, LocaleCode, PeopleReached, Profile, SaveOptions};
use brobygge_tests::driver::Driver;
use chrono::{Duration as Days, Local, NaiveTime};
use fantoccini::Locator;
use std::time::{Duration, Instant};

/// Fills the app's database (where the app will look for it) with a profile and `n` entries.
fn seed(home: &std::path::Path, n: u32) {
    let database = brobygge_tests::device_db::app_database(home);
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    let key = brobygge_tests::device_db::app_key(home);
    let store = Store::open(&database, &key).unwrap();
    let r = store.reference_data().unwrap();
    let project = r.project(&r.projects[0].code).unwrap().clone();
    let profile = Profile::new("Amina", LocaleCode::Sv, vec![project.code.clone()]).unwrap();
    store.set_profile(&profile).unwrap();
    let today = Local::now().date_naive();
    for i in 0..n {
        let venue = &r.venues[i as usize % r.venues.len()];
        let draft = ActivityDraft {
            project: Some(project.code.clone()),
            date: Some(today - Days::days(i64::from(i / 8))),
            start_time: NaiveTime::from_hms_opt(8 + i % 10, 0, 0),
            duration_minutes: Some(60),
            area: Some(venue.area.clone()),
            venue: Some(venue.code.clone()),
            venue_type: Some(venue.venue_type.clone()),
            format: Some(r.formats[0].code.clone()),
            languages: vec![r.languages[2].code.clone()],
            topics: vec![project.topics[0].clone()],
            people: PeopleReached {
                women: Count::new(1 + i % 7).unwrap(),
                ..Default::default()
            },
            note: "Föräldrafrukost, frågor om förskola och vårdcentral.".into(),
            ..ActivityDraft::default()
        };
        store.save_activity(&draft, SaveOptions::default()).unwrap();
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

#[tokio::main]
async fn main() {
    let home = tempfile::tempdir().unwrap();
    let started = Instant::now();
    seed(home.path(), 10_000);
    println!("seeded 10000 entries in {:?}", started.elapsed());
    let driver = Driver::start(home.path());

    let (mut starts, mut renders) = (Vec::new(), Vec::new());
    for _ in 0..5 {
        let t = Instant::now();
        let app = driver.launch().await;
        app.wait("#log-project option[value]:not([value=''])").await;
        starts.push(t.elapsed());

        let t = Instant::now();
        app.click("#nav-my-log").await;
        loop {
            let rows = app
                .client
                .find_all(Locator::Css("#my-log-entries .entry"))
                .await
                .unwrap();
            if rows.len() == 50 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        renders.push(t.elapsed());
        app.close().await;
    }
    println!("cold start to usable form (app launch + WebDriver session), median of 5: {:?} (all: {starts:?})", median(starts.clone()));
    println!(
        "My log with 10000 entries, first 50 rendered, median of 5: {:?} (all: {renders:?})",
        median(renders.clone())
    );

    // A new guide, on a phone-sized window: the first time, then the same occasion again.
    let fresh = tempfile::tempdir().unwrap();
    let driver = Driver::start(fresh.path());
    let app = driver.launch().await;
    app.client.set_window_size(360, 740).await.unwrap();
    for (name, figures) in [
        (
            "first start to a saved occasion",
            brobygge_tests::paths::first_time(&app).await,
        ),
        (
            "the same occasion again",
            brobygge_tests::paths::repeat(&app).await,
        ),
    ] {
        println!(
            "{name}: {} taps, {} keys, {:.1} s (through WebDriver)",
            figures.taps, figures.keys, figures.seconds
        );
    }
    app.close().await;
}
