//! Dates and times as the device shows them: today for the form's defaults, and dates written
//! the way the user's language writes them.

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

/// A short date such as "mån 30 nov." or "الاثنين ٣٠ نوفمبر", by the browser engine's Intl.
pub fn short_date(locale: LocaleCode, date: NaiveDate) -> String {
    let js = js_sys::Date::new_with_year_month_day(
        date.year() as u32,
        date.month0() as i32,
        date.day() as i32,
    );
    let options = js_sys::Object::new();
    for (key, value) in [("weekday", "short"), ("day", "numeric"), ("month", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js.to_locale_date_string(locale.tag(), &JsValue::from(options))
        .into()
}

/// A moment given in UTC (RFC 3339) as the device's local date and time, in the user's language.
pub fn local_date_time(locale: LocaleCode, utc: &str) -> String {
    let js = js_sys::Date::new(&JsValue::from_str(utc));
    if js.get_time().is_nan() {
        return utc.to_owned();
    }
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js.to_locale_string(locale.tag(), &JsValue::from(options))
        .into()
}
