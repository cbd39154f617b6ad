//! A time of day chosen as an hour (00–23) and a minute (every fifth), written in the
//! language's digits and always laid out hour first, left to right: CLDR writes the hour first
//! in Arabic, Persian and Sorani as well (`h:mm a`, `H:mm`, `HH:mm`), and Arabic-Indic digits
//! with ':' between them read left to right inside a right-to-left line. A time input laid out
//! right to left showed 20:05 as "05:20"; this field shows ٢٠:٠٥.

use crate::i18n::use_i18n;
use chrono::{NaiveTime, Timelike};
use leptos::prelude::*;

#[component]
pub fn TimeField(
    /// The fieldset's id and the prefix of `{id}-hour` and `{id}-minute`.
    #[prop(into)]
    id: String,
    label: Signal<String>,
    value: Signal<Option<NaiveTime>>,
    on_change: Callback<NaiveTime>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hour = move || value.get().map(|t| t.hour());
    let minute = move || value.get().map(|t| t.minute());
    // A part chosen while the time is empty takes 0 for the other part.
    let choose = move |hour: Option<u32>, minute: Option<u32>| {
        let now = value.get_untracked();
        let hour = hour.or(now.map(|t| t.hour())).unwrap_or(0);
        let minute = minute.or(now.map(|t| t.minute())).unwrap_or(0);
        if let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) {
            on_change.run(time);
        }
    };
    // Every fifth minute, and the minute already given when it is another one.
    let minutes = move || {
        let mut minutes: Vec<u32> = (0..60).step_by(5).collect();
        if let Some(m) = minute().filter(|m| m % 5 != 0) {
            minutes.push(m);
            minutes.sort_unstable();
        }
        minutes
    };
    // Two digits each, in the language's digits; the values stay ASCII.
    let options = move |numbers: Vec<u32>, current: Option<u32>| {
        let locale = i18n.locale.get();
        let empty = current
            .is_none()
            .then(|| view! { <option value="" selected=true>"–"</option> });
        let numbers = numbers.into_iter().map(move |n| {
            view! {
                <option value=n.to_string() selected=current == Some(n)>
                    {locale.write_digits(&format!("{n:02}"))}
                </option>
            }
        });
        view! { {empty}{numbers.collect_view()} }
    };
    let number = |text: String| text.parse::<u32>().ok();
    view! {
        <fieldset class="time-field" id=id.clone()>
            <legend>{label}</legend>
            <div class="time-lists" dir="ltr">
                <select id=format!("{id}-hour") aria-label=move || i18n.t("time-hour")
                    prop:value=move || hour().map(|h| h.to_string()).unwrap_or_default()
                    on:change=move |ev| choose(number(event_target_value(&ev)), None)>
                    {move || options((0..24).collect(), hour())}
                </select>
                <span class="time-colon" aria-hidden="true">":"</span>
                <select id=format!("{id}-minute") aria-label=move || i18n.t("time-minute")
                    prop:value=move || minute().map(|m| m.to_string()).unwrap_or_default()
                    on:change=move |ev| choose(None, number(event_target_value(&ev)))>
                    {move || options(minutes(), minute())}
                </select>
            </div>
        </fieldset>
    }
}
