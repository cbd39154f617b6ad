//! The date and time fields as a user meets them in either engine: choosing a day from the
//! lists and a time, and checking what each language is shown: its digits, its month names,
//! the lists in the order it writes a date, and a time laid out hour first, left to right.

use crate::driver::{without_isolation, App};
use brobygge_model::LocaleCode;
use chrono::{Datelike, NaiveDate};
use fantoccini::Locator;
use std::time::{SystemTime, UNIX_EPOCH};

/// One language's words for the checks: its month names for June and November and what an
/// empty date field says.
pub struct Language {
    pub tag: &'static str,
    pub locale: LocaleCode,
    pub june: &'static str,
    pub november: &'static str,
    pub no_date: &'static str,
    pub right_to_left: bool,
}

/// Swedish, Arabic, Persian and Tigrinya: two scripts each way, and three kinds of digits.
pub const LANGUAGES: [Language; 4] = [
    Language {
        tag: "sv",
        locale: LocaleCode::Sv,
        june: "juni",
        november: "november",
        no_date: "Inget datum",
        right_to_left: false,
    },
    Language {
        tag: "ar",
        locale: LocaleCode::Ar,
        june: "يونيو",
        november: "نوفمبر",
        no_date: "بدون تاريخ",
        right_to_left: true,
    },
    Language {
        tag: "fa",
        locale: LocaleCode::Fa,
        june: "ژوئن",
        november: "نوامبر",
        no_date: "بدون تاریخ",
        right_to_left: true,
    },
    Language {
        tag: "ti",
        locale: LocaleCode::Ti,
        june: "ሰነ",
        november: "ሕዳር",
        no_date: "ዕለት የለን",
        right_to_left: false,
    },
];

/// Today in UTC, the time zone the tests' engines run in.
pub fn today() -> NaiveDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(seconds / 86_400)
}

/// The last 12 June that is not after today: a day other than today or yesterday, in the
/// years the log form offers.
pub fn last_twelfth_of_june() -> NaiveDate {
    let today = today();
    let this_year = NaiveDate::from_ymd_opt(today.year(), 6, 12).unwrap();
    match this_year < today.pred_opt().unwrap() {
        true => this_year,
        false => NaiveDate::from_ymd_opt(today.year() - 1, 6, 12).unwrap(),
    }
}

/// Chooses `date` in the date field `id` from its lists, opening them first where they wait
/// behind "another date"; the year and month before the day, as a person would.
pub async fn choose_date(app: &App, id: &str, date: NaiveDate) {
    let other = format!("#{id}-other");
    if let Ok(button) = app.client.find(Locator::Css(&other)).await {
        if button.attr("aria-expanded").await.unwrap().as_deref() == Some("false") {
            app.click(&other).await;
        }
    }
    app.select(&format!("#{id}-year"), &date.year().to_string())
        .await;
    app.select(&format!("#{id}-month"), &date.month().to_string())
        .await;
    app.select(&format!("#{id}-day"), &date.day().to_string())
        .await;
}

/// The text of the chosen option of the list `css`.
pub async fn chosen(app: &App, css: &str) -> String {
    let option = app.wait(&format!("{css} option:checked")).await;
    without_isolation(&option.text().await.unwrap())
}

/// Where the element `css` starts from the window's left edge.
pub async fn left(app: &App, css: &str) -> f64 {
    app.wait(css).await.rectangle().await.unwrap().0
}

/// Checks the date field `id` showing `date`: written in full in `language`'s digits and month
/// name (`month`), its lists in the order the language writes a date (day, month, year: from
/// the right in a right-to-left language) and their options in its digits.
pub async fn check_date_shown(app: &App, language: &Language, id: &str, date: NaiveDate) {
    let locale = language.locale;
    let month = match date.month() {
        6 => language.june,
        11 => language.november,
        m => panic!("the checks know the names of June and November, not month {m}"),
    };
    let day = locale.write_digits(&date.day().to_string());
    let year = locale.write_digits(&date.year().to_string());
    let written = format!("{day} {month} {year}");
    app.wait_text(&format!("#{id}-shown"), |t| t == written)
        .await;
    assert_eq!(chosen(app, &format!("#{id}-day")).await, day);
    assert_eq!(chosen(app, &format!("#{id}-month")).await, month);
    assert_eq!(chosen(app, &format!("#{id}-year")).await, year);

    let lists = app
        .client
        .find_all(Locator::Css(&format!("#{id}-lists select")))
        .await
        .unwrap();
    let mut ids = Vec::new();
    for list in lists {
        ids.push(list.attr("id").await.unwrap().unwrap_or_default());
    }
    let parts = ["day", "month", "year"].map(|p| format!("{id}-{p}"));
    assert_eq!(
        ids, parts,
        "{}: lists in the order of the language",
        language.tag
    );
    let [d, m, y] = [&parts[0], &parts[1], &parts[2]].map(|p| format!("#{p}"));
    let (d, m, y) = (
        left(app, &d).await,
        left(app, &m).await,
        left(app, &y).await,
    );
    match language.right_to_left {
        true => assert!(
            d > m && m > y,
            "{}: day at the right ({d}, {m}, {y})",
            language.tag
        ),
        false => assert!(
            d < m && m < y,
            "{}: day at the left ({d}, {m}, {y})",
            language.tag
        ),
    }
}

/// Chooses 20:05 in the time field `id` and checks it reads 20:05 left to right in the
/// language's digits, whatever the page's direction.
pub async fn choose_and_check_five_past_eight(app: &App, language: &Language, id: &str) {
    app.select(&format!("#{id}-hour"), "20").await;
    app.select(&format!("#{id}-minute"), "5").await;
    let locale = language.locale;
    assert_eq!(
        chosen(app, &format!("#{id}-hour")).await,
        locale.write_digits("20")
    );
    assert_eq!(
        chosen(app, &format!("#{id}-minute")).await,
        locale.write_digits("05")
    );
    let hour = left(app, &format!("#{id}-hour")).await;
    let colon = left(app, &format!("#{id} .time-colon")).await;
    let minute = left(app, &format!("#{id}-minute")).await;
    assert!(
        hour < colon && colon < minute,
        "{}: hour, ':', minute from the left ({hour}, {colon}, {minute})",
        language.tag
    );
}

/// On the log form: today is chosen at first, yesterday is one tap, and another day and 20:05
/// are chosen from the lists and shown in the language. Answers the day chosen.
pub async fn log_form_on_another_day(app: &App, language: &Language) -> NaiveDate {
    let pressed = |css: &'static str| async move {
        let button = app.wait(css).await;
        button
            .attr("aria-pressed")
            .await
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(pressed("#log-date-today").await, "true", "{}", language.tag);
    app.click("#log-date-yesterday").await;
    assert_eq!(pressed("#log-date-yesterday").await, "true");
    assert_eq!(pressed("#log-date-today").await, "false");

    let day = last_twelfth_of_june();
    choose_date(app, "log-date", day).await;
    check_date_shown(app, language, "log-date", day).await;
    assert_eq!(pressed("#log-date-yesterday").await, "false");
    choose_and_check_five_past_eight(app, language, "log-start-time").await;
    day
}

/// Scrolls the log form's date field to the middle of the window, for a screenshot.
pub async fn show_log_date(app: &App) {
    app.show("#log-date").await;
}

/// How My log writes a day in a list ("12 juni", "١٢ يونيو") and a time ("٢٠:٠٥").
pub fn in_my_log(language: &Language, date: NaiveDate) -> (String, String) {
    let locale = language.locale;
    let day = locale.write_digits(&date.day().to_string());
    let month = if date.month() == 6 {
        language.june
    } else {
        language.november
    };
    (format!("{day} {month}"), locale.write_digits("20:05"))
}
