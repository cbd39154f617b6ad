//! Logging occasions: saved, listed, kept across a restart, refused when the note would
//! identify a resident, the same in Arabic, nobody reached only when confirmed, edits, drafts
//! kept, deletes undone.

use crate::{html_attr, set_up, text};
use brobygge_tests::driver::Driver;
use brobygge_tests::form::fill_occasion;

#[tokio::test(flavor = "multi_thread")]
async fn an_occasion_is_logged_listed_and_still_there_after_a_restart() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;
    assert_eq!(html_attr(&app, "lang").await.as_deref(), Some("sv"));
    app.screenshot("log-form-top-sv").await;
    fill_occasion(
        &app,
        "2",
        "Språkcafé om vaccinationsprogrammet, många frågor om 1177.",
    )
    .await;
    assert_eq!(text(&app, "#log-people-total").await, "Totalt 5 personer");
    app.screenshot("log-form-sv").await;
    app.click("#log-save").await;

    let entry = app
        .wait_text("#my-log-entries .entry", |t| t.contains("Inte skickat än"))
        .await;
    assert!(entry.contains("5 personer"), "{entry}");
    assert!(entry.contains("Råslätt"), "{entry}");
    let week = app.wait_text("#my-log-week", |t| !t.is_empty()).await;
    assert_eq!(week, "Den här veckan: 1 tillfälle, 5 personer nådda");
    // No keyring answers the app under test (`device_db::NO_SESSION_BUS`): the settings say
    // that its key is in a file.
    let notice = app
        .wait_text("#my-log-key-in-file", |t| !t.is_empty())
        .await;
    assert!(notice.contains("ligger i en fil"), "{notice}");
    app.screenshot("my-log-sv").await;
    app.show("#my-log-key-in-file").await;
    app.screenshot("my-log-settings-sv").await;
    app.close().await;

    let app = driver.launch().await;
    app.click("#nav-my-log").await;
    let entry = app
        .wait_text("#my-log-entries .entry", |t| t.contains("5 personer"))
        .await;
    assert!(entry.contains("Inte skickat än"), "{entry}");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_note_with_an_identity_number_is_refused_with_the_reason() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "sv").await;
    fill_occasion(
        &app,
        "2",
        "Mamman 19811218-9876 ville ha hjälp med blanketten",
    )
    .await;
    let guard = app.wait_text("#log-note-guard", |t| !t.is_empty()).await;
    assert!(
        guard.contains("Anteckningen innehåller ett personnummer (19811218-9876)."),
        "{guard}"
    );
    assert!(
        guard.contains("Loggen får aldrig kunna peka ut en invånare"),
        "{guard}"
    );
    app.click("#log-save").await;
    let problems = app.wait_text("#log-problems", |t| !t.is_empty()).await;
    assert!(
        problems.contains("personnummer (19811218-9876)"),
        "{problems}"
    );
    app.screenshot("privacy-refused-sv").await;

    app.click("#nav-my-log").await;
    app.wait("#my-log-empty").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn in_arabic_the_page_is_right_to_left_and_the_guard_speaks_arabic() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "ar").await;
    assert_eq!(html_attr(&app, "dir").await.as_deref(), Some("rtl"));
    assert_eq!(html_attr(&app, "lang").await.as_deref(), Some("ar"));
    app.screenshot("log-form-top-ar").await;

    // Counts typed in Eastern Arabic digits count as numbers.
    fill_occasion(&app, "٢", "الأم ٨١١٢١٨-٩٨٧٦ طلبت المساعدة").await;
    let guard = app.wait_text("#log-note-guard", |t| !t.is_empty()).await;
    assert!(guard.contains("تحتوي الملاحظة على رقم شخصي"), "{guard}");
    app.click("#log-save").await;
    app.wait_text("#log-problems", |t| t.contains("رقم شخصي"))
        .await;
    app.screenshot("privacy-refused-ar").await;

    app.type_into("#log-note", "مقهى اللغة: أسئلة عن التطعيم")
        .await;
    app.wait_text("#log-note-guard", str::is_empty).await;
    app.screenshot("log-form-ar").await;
    app.click("#log-save").await;
    let entry = app
        .wait_text("#my-log-entries .entry", |t| t.contains("لم يُرسل بعد"))
        .await;
    assert!(entry.contains("٥ أشخاص"), "{entry}");
    assert_eq!(html_attr(&app, "dir").await.as_deref(), Some("rtl"));
    app.screenshot("my-log-ar").await;
    app.close().await;

    // The choice of language is kept.
    let app = driver.launch().await;
    app.wait("#log-project").await;
    assert_eq!(html_attr(&app, "dir").await.as_deref(), Some("rtl"));
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_half_filled_form_is_kept_as_a_draft_and_a_delete_can_be_undone() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "en").await;
    app.click("#log-area-oxnehaga").await;
    app.type_into("#log-people-men", "4").await;
    app.click("#nav-my-log").await;
    app.wait_text("#my-log-drafts", |t| t.contains("4 people"))
        .await;
    app.close().await;

    // After a restart the draft is listed and opens where it was left.
    let app = driver.launch().await;
    app.click("#nav-my-log").await;
    app.click("#my-log-drafts .entry-open").await;
    app.wait_text("h1", |t| t == "Draft").await;
    let men = app
        .wait("#log-people-men")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(men.as_deref(), Some("4"));
    let pressed = app
        .wait("#log-area-oxnehaga")
        .await
        .attr("aria-pressed")
        .await
        .unwrap();
    assert_eq!(pressed.as_deref(), Some("true"));

    // Finish it, then delete it and undo.
    app.select("#log-venue", "oxnehaga-library").await;
    app.select("#log-format", "drop-in").await;
    app.click("#log-languages-so").await;
    app.click("#log-save").await;
    app.wait_text("#my-log-entries .entry", |t| t.contains("4 people"))
        .await;
    app.wait_gone("#my-log-drafts .entry").await;
    app.click("#my-log-entries .entry-delete").await;
    app.click("#my-log-entries .entry-delete-yes").await;
    app.wait("#my-log-empty").await;
    app.click("#toast-undo").await;
    app.wait_text("#my-log-entries .entry", |t| t.contains("4 people"))
        .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn nobody_reached_is_saved_only_when_confirmed_and_an_entry_is_edited_without_loss() {
    let home = tempfile::tempdir().unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    set_up(&app, "en").await;
    app.click("#log-area-osterangen").await;
    app.select("#log-venue", "osterangen-family-centre").await;
    app.select("#log-format", "information-stand").await;
    app.click("#log-languages-ti").await;
    app.click("#log-save").await;
    let question = text(&app, "#log-confirm-nobody").await;
    assert!(
        question.contains("Nobody was reached at this occasion. Save it anyway?"),
        "{question}"
    );
    app.click("#log-confirm-nobody-yes").await;
    app.wait_text("#my-log-entries .entry", |t| t.contains("0 people"))
        .await;

    // Tap the entry, correct the count, save: the same entry changes.
    app.click("#my-log-entries .entry-open").await;
    app.wait_text("h1", |t| t == "Edit occasion").await;
    app.type_into("#log-people-boys", "6").await;
    app.click("#log-save").await;
    app.wait_text("#my-log-entries", |t| {
        t.contains("6 people") && !t.contains("0 people")
    })
    .await;
    let rows = app
        .client
        .find_all(fantoccini::Locator::Css("#my-log-entries .entry"))
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);

    // Complete changes are saved when the user leaves the form; incomplete ones are kept
    // until finished or discarded.
    app.click("#my-log-entries .entry-open").await;
    app.type_into("#log-people-boys", "7").await;
    app.click("#nav-my-log").await;
    app.wait_text("#my-log-entries", |t| t.contains("7 people"))
        .await;
    app.click("#my-log-entries .entry-open").await;
    app.select("#log-venue", "").await;
    app.click("#nav-my-log").await;
    app.wait_text("#toast", |t| t.contains("not complete"))
        .await;
    app.wait_text("h1", |t| t == "Edit occasion").await;
    app.click("#log-discard").await;
    app.wait_text("#my-log-entries", |t| t.contains("7 people"))
        .await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_a_newer_app_is_reported_not_a_blank_window() {
    let home = tempfile::tempdir().unwrap();
    let database = brobygge_tests::device_db::app_database(home.path());
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    brobygge_tests::device_db::look_inside_app(home.path())
        .execute_batch("CREATE TABLE later (x); PRAGMA user_version = 99;")
        .unwrap();
    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    let banner = app.wait_text("#app-unavailable", |t| !t.is_empty()).await;
    assert!(
        banner.contains("newer version") || banner.contains("nyare version"),
        "{banner}"
    );
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_whose_key_does_not_match_is_reported_and_kept() {
    use brobygge_tests::device_db;
    let home = tempfile::tempdir().unwrap();
    let database = device_db::app_database(home.path());
    std::fs::create_dir_all(database.parent().unwrap()).unwrap();
    // Written with another key than the one the app makes for itself on its first start.
    drop(device_db::open(&database));
    let before = std::fs::read(&database).unwrap();

    let driver = Driver::start(home.path());
    let app = driver.launch().await;
    let banner = app.wait_text("#app-unavailable", |t| !t.is_empty()).await;
    assert!(
        banner.contains("key is missing") || banner.contains("nyckeln till dem saknas"),
        "{banner}"
    );
    app.close().await;

    assert!(
        std::fs::read(&database).unwrap() == before,
        "the file is untouched"
    );
    device_db::open(&database);
}
