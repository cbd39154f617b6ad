//! Dates and times as the device shows them: today for the form's defaults, and dates written
//! the way the user's language writes them.

use crate::i18n::{message, Arg};
use brobygge_model::LocaleCode;
use chrono::{Datelike, NaiveDate, NaiveTime};
use wasm_bindgen::JsValue;

pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// The current time rounded down to five minutes, the usual precision of a log.
pub fn now_rounded() -> NaiveTime {
    let now = js_sys::Date::new_0();
    NaiveTime::from_hms_opt(now.get_hours(), now.get_minutes() / 5 * 5, 0).unwrap_or_default()
}

/// A date in a list such as "tis 1 december" or "الثلاثاء ١ ديسمبر", from the language's
/// messages: the browser engines' own date data lacks several of the languages.
pub fn short_date(locale: LocaleCode, date: NaiveDate) -> String {
    let weekday = format!("date-weekday-{}", date.weekday().number_from_monday());
    composed(
        locale,
        "date-short",
        &[
            ("weekday", Arg::Text(message(locale, &weekday, &[]))),
            ("day", Arg::from(date.day())),
            ("month", Arg::Text(month(locale, date))),
        ],
    )
}

/// A date in full such as "1 juli 2026" or "١ يوليو ٢٠٢٦".
pub fn long_date(locale: LocaleCode, date: NaiveDate) -> String {
    composed(
        locale,
        "date-long",
        &[
            ("day", Arg::from(date.day())),
            ("month", Arg::Text(month(locale, date))),
            // A year is a name, not an amount: never grouped as "2 026".
            (
                "year",
                Arg::Text(locale.write_digits(&date.year().to_string())),
            ),
        ],
    )
}

/// A date message without the direction isolation around its parts: they are the language's
/// own words and digits, and left isolated they would hide the language's direction from the
/// sentence the date is put in, which would then lay the date out left to right.
fn composed(locale: LocaleCode, id: &str, args: &[(&'static str, Arg)]) -> String {
    message(locale, id, args).replace(['\u{2068}', '\u{2069}'], "")
}

fn month(locale: LocaleCode, date: NaiveDate) -> String {
    month_name(locale, date.month())
}

/// The name of month `number` (1 for January), as written after a day's number.
pub fn month_name(locale: LocaleCode, number: u32) -> String {
    message(locale, &format!("date-month-{number}"), &[])
}

/// A part of a date that is chosen on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

/// The order in which `locale` writes day, month and year, read from how its `date-long` lays
/// out a probe date, so that a date chosen part by part follows the message it is shown with.
/// A part the message lacks keeps its place in day, month, year.
pub fn date_order(locale: LocaleCode) -> [DatePart; 3] {
    // Parts that cannot be found inside one another: the day's digits are not in the year's,
    // and the month is a word.
    let probe = NaiveDate::from_ymd_opt(1987, 11, 23).expect("a valid date");
    let written = long_date(locale, probe);
    let at = |part: String| written.find(&part).unwrap_or(usize::MAX);
    let mut parts = [
        (at(locale.write_digits("23")), DatePart::Day),
        (at(month(locale, probe)), DatePart::Month),
        (at(locale.write_digits("1987")), DatePart::Year),
    ];
    parts.sort_by_key(|(position, _)| *position);
    parts.map(|(_, part)| part)
}

/// A moment given in UTC (RFC 3339) as the device's local date and time, in the user's language.
pub fn local_date_time(locale: LocaleCode, utc: &str) -> String {
    let js = js_sys::Date::new(&JsValue::from_str(utc));
    if js.get_time().is_nan() {
        return utc.to_owned();
    }
    let date =
        NaiveDate::from_ymd_opt(js.get_full_year() as i32, js.get_month() + 1, js.get_date());
    let Some(date) = date else {
        return utc.to_owned();
    };
    let time = format!("{:02}:{:02}", js.get_hours(), js.get_minutes());
    composed(
        locale,
        "date-time",
        &[
            ("date", Arg::Text(long_date(locale, date))),
            ("time", Arg::Text(locale.write_digits(&time))),
        ],
    )
}
