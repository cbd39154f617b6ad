//! A guide's two paths through the app, done and counted as a person would: taps (a button,
//! opening a list and choosing in it counts two), keys typed, and the seconds they took
//! through WebDriver. The first time: first start to a saved occasion; a repeat: the same
//! occasion again from "log again". `cargo xtask test` checks the repeat's taps and keys;
//! `cargo xtask bench app` prints both.

use crate::driver::App;
use std::time::Instant;

/// What a path cost.
#[derive(Clone, Copy, Debug)]
pub struct PathFigures {
    pub taps: u32,
    pub keys: u32,
    pub seconds: f64,
}

impl PathFigures {
    /// Taps and keys together: each is a touch of the screen.
    pub fn touches(&self) -> u32 {
        self.taps + self.keys
    }
}

/// The app, with each touch counted.
struct Counted<'a> {
    app: &'a App,
    taps: u32,
    keys: u32,
    started: Instant,
}

impl<'a> Counted<'a> {
    fn new(app: &'a App) -> Counted<'a> {
        Counted {
            app,
            taps: 0,
            keys: 0,
            started: Instant::now(),
        }
    }

    async fn tap(&mut self, css: &str) {
        self.taps += 1;
        self.app.click(css).await;
    }

    async fn choose(&mut self, css: &str, value: &str) {
        self.taps += 2;
        self.app.select(css, value).await;
    }

    async fn type_text(&mut self, css: &str, text: &str) {
        self.taps += 1;
        self.keys += u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
        self.app.type_into(css, text).await;
    }

    fn figures(&self) -> PathFigures {
        PathFigures {
            taps: self.taps,
            keys: self.keys,
            seconds: self.started.elapsed().as_secs_f64(),
        }
    }
}

/// From the first start to a saved occasion: Swedish, a name, the health-guide project, then
/// a talk at Råslätt's library in Arabic about vaccination with four women reached. Ends in My
/// log with the occasion saved.
pub async fn first_time(app: &App) -> PathFigures {
    let mut c = Counted::new(app);
    c.tap("#setup-locale-sv").await;
    c.type_text("#setup-name", "Amina").await;
    c.tap("#setup-project-halsoguider").await;
    c.tap("#setup-start").await;
    c.tap("#log-area-raslatt").await;
    c.choose("#log-venue", "raslatt-library").await;
    c.choose("#log-format", "drop-in").await;
    c.tap("#log-languages-ar").await;
    c.tap("#log-topics-vaccination").await;
    for _ in 0..4 {
        c.tap("#log-people-women ~ button.step").await;
    }
    c.tap("#log-save").await;
    app.wait("#my-log-totals").await;
    c.figures()
}

/// The same occasion again, from My log: "log again", four women, save. Ends in My log.
pub async fn repeat(app: &App) -> PathFigures {
    app.wait("#log-again-0").await;
    let mut c = Counted::new(app);
    c.tap("#log-again-0").await;
    for _ in 0..4 {
        c.tap("#log-people-women ~ button.step").await;
    }
    c.tap("#log-save").await;
    app.wait("#my-log-totals").await;
    c.figures()
}
