//! Figures for the real app: cold start to a usable form (against a bare WebKitGTK window's
//! start, the floor on this machine), My log with 10,000 entries, a
//! guide's paths (first start to a saved occasion, and the same occasion again) in taps, keys
//! and seconds, and the first load: what the device pages load from the built UI before the
//! form (or on the first start, the setup page) is usable and its fonts are in, in Swedish,
//! Arabic and Tigrinya, gzipped as a web server sends it. The app's engine does not list what a
//! page loaded from the app's own files, so the first load is read in chromium through the
//! browser harness (`device_page.rs`), from the same built files. Prints figures; asserts
//! nothing. Run by `cargo xtask bench`, which builds the release app and sets `BROBYGGE_APP`
//! and `BROBYGGE_UI_DIST`.

use brobygge_core::Store;
use brobygge_model::{ActivityDraft, Count, LocaleCode, PeopleReached, Profile, SaveOptions};
use brobygge_tests::driver::Driver;
use chrono::{Duration as Days, Local, NaiveTime};
use fantoccini::Locator;
use std::path::{Path, PathBuf};
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
            // Sixteen a day: 10,000 entries reach back 625 days, within the project's run.
            date: Some(today - Days::days(i64::from(i / 16))),
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

/// When the newest process running `app` started, in seconds since the Unix epoch: Linux
/// counts a process's start in clock ticks since boot (`/proc/<pid>/stat`), to 10 ms.
fn newest_process_start(app: &Path) -> f64 {
    let app = app.canonicalize().unwrap();
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    let ticks = std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(|entry| {
            let dir = entry.ok()?.path();
            (std::fs::read_link(dir.join("exe")).ok()? == app).then_some(())?;
            let stat = std::fs::read_to_string(dir.join("stat")).ok()?;
            // The fields after the command's name, which is in parentheses: the start is the
            // 22nd field of the line, the 20th after the name.
            let after_name = &stat[stat.rfind(')')? + 2..];
            after_name.split(' ').nth(19)?.parse::<u64>().ok()
        })
        .max()
        .expect("the app's process");
    // The kernel's USER_HZ, which is 100 on every Linux this runs on.
    now.as_secs_f64() - (uptime - ticks as f64 / 100.0)
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

    let (mut starts, mut in_page, mut renders) = (Vec::new(), Vec::new(), Vec::new());
    let mut from_process = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let app = driver.launch().await;
        // Looked for every 10 ms: the usual wait looks every 250 ms.
        let usable = Locator::Css("#log-project option[value]:not([value=''])");
        let every = Duration::from_millis(10);
        app.client
            .wait()
            .every(every)
            .for_element(usable)
            .await
            .unwrap();
        starts.push(t.elapsed());
        // The moment the page marked itself drawn with its data, on the page's clock (which
        // starts when the window loads the page) and on the wall clock.
        let marked = app.client.execute(
            "const m = performance.getEntriesByName('brobygge-started')[0].startTime;
             return [m, performance.timeOrigin + m];",
            vec![],
        );
        let (page_ms, wall_ms): (f64, f64) = serde_json::from_value(marked.await.unwrap()).unwrap();
        in_page.push(Duration::from_secs_f64(page_ms / 1000.0));
        let launched = newest_process_start(Path::new(&std::env::var_os("BROBYGGE_APP").unwrap()));
        from_process.push(Duration::from_secs_f64(wall_ms / 1000.0 - launched));

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
        "from the app's process starting to the usable form, median of 5: {:?} (all: {from_process:?})",
        median(from_process.clone())
    );
    println!(
        "of which in the page, from loading it to the usable form, median of 5: {:?} (all: {in_page:?})",
        median(in_page.clone())
    );
    let bare = brobygge_tests::bare_engine::build(home.path());
    let bare = brobygge_tests::bare_engine::starts(&bare, 5);
    println!(
        "baseline: a bare WebKitGTK window to a one-line page loaded, median of 5: {:?} (all: {bare:?}); the app's process to its usable form is {:.2}× that",
        median(bare.clone()),
        median(from_process.clone()).as_secs_f64() / median(bare.clone()).as_secs_f64()
    );
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

    let dist = PathBuf::from(std::env::var_os("BROBYGGE_UI_DIST").expect(
        "BROBYGGE_UI_DIST must name the built UI; run this bench with `cargo xtask bench app`",
    ));
    brobygge_tests::first_load::print_first_loads(&dist, home.path()).await;
}
