//! Accounts in the web pages, in chromium against the real server: an administrator hands a
//! coordinator a one-time password reset in Swedish, the coordinator chooses a new password
//! with it and then changes it again in Arabic, and a disabled account's open page returns to
//! the login, which says why, and its login is told the account is disabled.

use super::dist;
use brobygge_tests::driver::{without_isolation, Driver};
use brobygge_tests::server::ServerProcess;

const ADMIN_PASSWORD: &str = "administratörens lösenord";

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_resets_a_password_and_disables_an_account() {
    let home = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::new(&home.path().join("server"));
    server.serve_ui(&dist());
    let sara = server.coordinator("Sara Lind");
    server.set_password(&sara, "sara", "korrekt häst batteri");
    let root = server.admin(&["create-user", "--name", "Rut Admin", "--role", "admin"]);
    server.set_password(&root, "rut", ADMIN_PASSWORD);
    server.start();
    let driver = Driver::chromium();

    let admin = driver.browse(&server.url(), home.path(), "sv-SE").await;
    admin.type_into("#login-name", "rut").await;
    admin.type_into("#login-password", ADMIN_PASSWORD).await;
    admin.click("#login-submit").await;
    admin.click("#nav-people").await;
    let row = format!("#people tr[data-person='{sara}']");
    admin.click(&format!("{row} .account-reset")).await;
    let code = admin
        .wait_text("#issued-reset-code", |t| t.len() >= 14)
        .await;
    let issued = admin.wait_text("#issued-reset", |t| !t.is_empty()).await;
    assert!(
        without_isolation(&issued).contains("loggar in som sara"),
        "{issued}"
    );
    admin.screenshot("web-account-reset-sv").await;

    // Sara, in Arabic, chooses a password with the code: first two that differ.
    let page = driver.browse(&server.url(), home.path(), "ar").await;
    page.click("#reset-open").await;
    page.type_into("#reset-login", "sara").await;
    page.type_into("#reset-code", &code).await;
    page.type_into("#reset-new", "ett nytt långt lösenord")
        .await;
    page.type_into("#reset-repeat", "ett annat långt lösenord")
        .await;
    page.click("#reset-submit").await;
    page.wait_text("#reset-error", |t| !t.is_empty()).await;
    page.screenshot("web-account-reset-form-ar").await;
    page.type_into("#reset-repeat", "ett nytt långt lösenord")
        .await;
    page.click("#reset-submit").await;
    page.wait("#reset-done").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "ett nytt långt lösenord")
        .await;
    page.click("#login-submit").await;
    page.wait("#logged-in-as").await;

    page.click("#password-open").await;
    page.type_into("#password-current", "ett nytt långt lösenord")
        .await;
    page.type_into("#password-new", "ett tredje långt lösenord")
        .await;
    page.type_into("#password-repeat", "ett tredje långt lösenord")
        .await;
    page.click("#password-submit").await;
    page.wait("#password-changed").await;
    let html = page.wait("html").await;
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    page.screenshot("web-password-changed-ar").await;
    // The session the password was changed in goes on.
    page.click("#nav-people").await;
    page.wait("#people").await;

    // The administrator disables Sara's account, after a confirmation.
    admin.click(&format!("{row} .account-disable")).await;
    admin.click(&format!("{row} .account-disable-yes")).await;
    admin.wait_text(&row, |t| t.contains("Avstängt")).await;
    admin.screenshot("web-account-disabled-sv").await;
    // Sara's next call finds her session ended: the login says why.
    page.click("#nav-overview").await;
    page.wait("#session-ended").await;
    page.type_into("#login-name", "sara").await;
    page.type_into("#login-password", "ett tredje långt lösenord")
        .await;
    page.click("#login-submit").await;
    let refused = page.wait_text("#login-error", |t| !t.is_empty()).await;
    assert!(refused.contains("الحساب"), "{refused}");

    admin.click(&format!("{row} .account-enable")).await;
    admin.wait_text(&row, |t| !t.contains("Avstängt")).await;
    page.click("#login-submit").await;
    page.wait("#logged-in-as").await;
    page.close().await;
    admin.close().await;
}
