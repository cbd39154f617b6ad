//! The window of one test, the app's or chromium's: finding, clicking and typing the way a
//! user does, waiting for what they would wait for, screenshots, print and axe-core.

use super::{without_isolation, WAIT};
use fantoccini::elements::Element;
use fantoccini::{Client, Locator};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// An attribute of the page's `<html>`, such as `lang` or `dir`.
pub async fn html_attr(app: &App, name: &str) -> Option<String> {
    app.client
        .find(Locator::Css("html"))
        .await
        .unwrap()
        .attr(name)
        .await
        .unwrap()
}

/// The app's window in a WebDriver session.
pub struct App {
    pub client: Client,
}

impl App {
    /// Waits for an element: the session is ready before the UI has mounted. When it does not
    /// come, the panic shows what the page said instead.
    pub async fn wait(&self, css: &str) -> Element {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => {
                let shown = self
                    .client
                    .execute("return document.body.innerText;", vec![])
                    .await
                    .map(|text| text.as_str().unwrap_or_default().to_owned())
                    .unwrap_or_default();
                panic!("{css} did not appear: {e}; the page showed:\n{shown}")
            }
        }
    }

    /// Brings the element `css` to the middle of the view, as a user scrolls to it (at the edge
    /// it could sit under the page's sticky top bar), and answers it.
    pub async fn show(&self, css: &str) -> Element {
        let element = self.wait(css).await;
        let reference = serde_json::to_value(&element).unwrap();
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'});",
                vec![reference],
            )
            .await
            .unwrap_or_else(|e| panic!("scroll to {css}: {e}"));
        element
    }

    /// Clicks an element after bringing it to the middle of the view ([`App::show`]).
    pub async fn click(&self, css: &str) {
        let element = self.show(css).await;
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.wait(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let element = self.wait(css).await;
        element.clear().await.unwrap();
        element.send_keys(text).await.unwrap();
    }

    /// Waits until the element's text satisfies `check`, returning the last text seen.
    pub async fn wait_text(&self, css: &str, check: impl Fn(&str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(e) => e.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            let text = without_isolation(&text);
            if check(&text) {
                return text;
            }
            assert!(
                started.elapsed() < WAIT,
                "{css} never matched; last text: {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until no element matches `css`.
    pub async fn wait_gone(&self, css: &str) {
        let started = Instant::now();
        while !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
        {
            assert!(started.elapsed() < WAIT, "{css} is still there");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Saves a screenshot for people to look at, in `BROBYGGE_SCREENSHOTS` (set by the xtask
    /// to the target dir's `screenshots/`) or else the temp dir.
    pub async fn screenshot(&self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        let dir = std::env::var_os("BROBYGGE_SCREENSHOTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| std::env::temp_dir().join("brobygge-screenshots"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    /// Prints the page to PDF, as a coordinator's "Print" does, and saves it beside the
    /// screenshots; answers the PDF.
    pub async fn print(&self, name: &str) -> Vec<u8> {
        let pdf = self
            .client
            .print(fantoccini::wd::PrintConfiguration::default())
            .await
            .unwrap();
        let dir = std::env::var_os("BROBYGGE_SCREENSHOTS")
            .map(PathBuf::from)
            .unwrap_or_else(|| std::env::temp_dir().join("brobygge-screenshots"));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.pdf")), &pdf).unwrap();
        pdf
    }

    /// Runs axe-core (from npm, its path in `BROBYGGE_AXE`, set by the xtask) on the page as it
    /// is now; answers its serious and critical violations, one line each with the rule, how
    /// many elements and the first element's selector.
    pub async fn axe(&self) -> Vec<String> {
        let path = std::env::var_os("BROBYGGE_AXE")
            .expect("BROBYGGE_AXE must name axe.min.js; run these tests with `cargo xtask test`");
        let source = std::fs::read_to_string(path).unwrap();
        self.client.execute(&source, vec![]).await.unwrap();
        let report = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] }).then(r => done(
                     r.violations
                         .filter(v => v.impact === 'serious' || v.impact === 'critical')
                         .map(v => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.help}; `
                             + `first ${v.nodes[0].target.join(' ')}`)));",
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(report).unwrap()
    }

    /// Closes the window, which ends the app.
    pub async fn close(self) {
        self.client.close().await.unwrap();
    }
}
