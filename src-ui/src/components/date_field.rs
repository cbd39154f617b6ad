//! A date read and chosen in the user's own language: the chosen day written as the language
//! writes it, and day, month and year chosen from lists in the language's order and digits.
//! The engines' own date inputs follow the engine's locale rather than the page's (WebKitGTK
//! showed 12/06/2026 to a Swede), so every date a person chooses goes through this field.

use crate::dates::{date_order, long_date, month_name, today, DatePart};
use crate::i18n::use_i18n;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use std::ops::RangeInclusive;
use wasm_bindgen::JsCast;

/// What a date field is for: which shortcuts it offers and whether it may be left empty.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// The day an occasion took place: today and yesterday one tap away, any other day from
    /// the lists behind "another date"; never emptied.
    Occasion,
    /// One end of a period that may be left open, such as a filter's first day: every list
    /// has an empty choice, and "no date" is written while one is empty.
    Limit,
    /// A day that must be given, chosen from the lists.
    Day,
    /// A day in a table whose column header names it: the lists alone, the name kept for
    /// screen readers.
    Cell,
}

impl DateKind {
    fn may_be_empty(self) -> bool {
        self == DateKind::Limit
    }

    fn writes_the_date(self) -> bool {
        matches!(self, DateKind::Occasion | DateKind::Limit)
    }

    /// The years offered around `this_year`: an occasion is logged within days, while a
    /// project's run or a report's period may lie years away.
    fn years(self, this_year: i32) -> RangeInclusive<i32> {
        match self {
            DateKind::Occasion => this_year - 2..=this_year,
            _ => this_year - 10..=this_year + 5,
        }
    }
}

/// The parts chosen so far; a date once all three are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Parts {
    day: Option<u32>,
    month: Option<u32>,
    year: Option<i32>,
}

impl Parts {
    fn of(date: Option<NaiveDate>) -> Parts {
        Parts {
            day: date.map(|d| d.day()),
            month: date.map(|d| d.month()),
            year: date.map(|d| d.year()),
        }
    }

    fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// The days of the chosen month: 31 until a month is chosen, and 29 in February until
    /// the year is.
    fn days(self) -> u32 {
        let Some(month) = self.month else {
            return 31;
        };
        let year = self.year.unwrap_or(2000);
        (28..=31)
            .rev()
            .find(|&day| NaiveDate::from_ymd_opt(year, month, day).is_some())
            .unwrap_or(31)
    }

    /// These parts with `part` set from an option's value ("" for none), the day kept within
    /// its month: 31 January becomes 28 February when the month changes.
    fn with(mut self, part: DatePart, value: &str) -> Parts {
        match part {
            DatePart::Day => self.day = value.parse().ok(),
            DatePart::Month => self.month = value.parse().ok(),
            DatePart::Year => self.year = value.parse().ok(),
        }
        let days = self.days();
        self.day = self.day.map(|day| day.min(days));
        self
    }

    fn get(self, part: DatePart) -> Option<String> {
        match part {
            DatePart::Day => self.day.map(|d| d.to_string()),
            DatePart::Month => self.month.map(|m| m.to_string()),
            DatePart::Year => self.year.map(|y| y.to_string()),
        }
    }
}

/// The id suffix and the message naming each part.
fn part_names(part: DatePart) -> (&'static str, &'static str) {
    match part {
        DatePart::Day => ("day", "date-day"),
        DatePart::Month => ("month", "date-month"),
        DatePart::Year => ("year", "date-year"),
    }
}

#[component]
pub fn DateField(
    /// The fieldset's id and the prefix of its parts' ids: the lists `{id}-day`, `{id}-month`
    /// and `{id}-year` inside `{id}-lists`; the date written out, `{id}-shown`, for an occasion
    /// and a limit; and for an occasion the buttons `{id}-today`, `{id}-yesterday` and
    /// `{id}-other`.
    #[prop(into)]
    id: String,
    label: Signal<String>,
    kind: DateKind,
    value: Signal<Option<NaiveDate>>,
    on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let parts = RwSignal::new(Parts::of(value.get_untracked()));
    // A date set from outside (a shortcut, a draft opened) is shown in the lists; the parts of
    // a date still being chosen are kept while the value stays empty.
    Effect::new(move |_| {
        let date = value.get();
        if parts.get_untracked().date() != date {
            parts.set(Parts::of(date));
        }
    });
    let choose = move |part: DatePart, option: String| {
        let next = parts.get_untracked().with(part, &option);
        parts.set(next);
        if next.date() != value.get_untracked() {
            on_change.run(next.date());
        }
    };
    let recent = move || {
        let now = today();
        value
            .get()
            .is_some_and(|d| d == now || now.pred_opt() == Some(d))
    };
    // For an occasion the lists wait behind "another date", unless the date chosen is neither
    // today nor yesterday.
    let opened = RwSignal::new(false);
    let lists_shown = move || kind != DateKind::Occasion || opened.get() || !recent();

    let list = {
        let id = id.clone();
        move |part: DatePart| {
            let (suffix, name) = part_names(part);
            let current = move || parts.with(|p| p.get(part));
            let options = move || {
                let locale = i18n.locale.get();
                let chosen = parts.get();
                let written = |n: String| locale.write_digits(&n);
                let options: Vec<(String, String)> = match part {
                    DatePart::Day => (1..=chosen.days())
                        .map(|d| (d.to_string(), written(d.to_string())))
                        .collect(),
                    DatePart::Month => (1..=12)
                        .map(|m| (m.to_string(), month_name(locale, m)))
                        .collect(),
                    DatePart::Year => {
                        let offered = kind.years(today().year());
                        let year = chosen.year.unwrap_or(*offered.start());
                        (year.min(*offered.start())..=year.max(*offered.end()))
                            .map(|y| (y.to_string(), written(y.to_string())))
                            .collect()
                    }
                };
                let empty = (kind.may_be_empty() || current().is_none())
                    .then(|| (String::new(), "–".to_owned()));
                empty
                    .into_iter()
                    .chain(options)
                    .map(|(value, text)| {
                        let selected = {
                            let value = value.clone();
                            move || current().unwrap_or_default() == value
                        };
                        view! { <option value=value selected=selected>{text}</option> }
                    })
                    .collect_view()
            };
            view! {
                <select id=format!("{id}-{suffix}") aria-label=move || i18n.t(name)
                    prop:value=move || current().unwrap_or_default()
                    on:change=move |ev| choose(part, event_target_value(&ev))>
                    {options}
                </select>
            }
        }
    };
    let shortcut = {
        let id = id.clone();
        move |suffix: &'static str, name: &'static str, days_ago: u64| {
            let day = move || today().checked_sub_days(chrono::Days::new(days_ago));
            view! {
                <button type="button" class="choice" id=format!("{id}-{suffix}")
                    aria-pressed=move || value.get().is_some_and(|v| Some(v) == day()).to_string()
                    on:click=move |_| {
                        opened.set(false);
                        on_change.run(day());
                    }>
                    {move || i18n.t(name)}
                </button>
            }
        }
    };
    let lists_id = format!("{id}-lists");
    let other = (kind == DateKind::Occasion).then(|| {
        let lists_id = lists_id.clone();
        let first_list = {
            let id = id.clone();
            move || {
                let first = date_order(i18n.locale.get_untracked())[0];
                format!("{id}-{}", part_names(first).0)
            }
        };
        view! {
            <div class="choice-list">
                {shortcut("today", "date-today", 0)}
                {shortcut("yesterday", "date-yesterday", 1)}
                <button type="button" class="choice" id=format!("{id}-other")
                    aria-expanded=move || lists_shown().to_string() aria-controls=lists_id
                    on:click=move |_| {
                        opened.update(|o| *o = !*o);
                        focus_when_shown(first_list());
                    }>
                    {move || i18n.t("date-other")}
                </button>
            </div>
        }
    });
    let written = kind.writes_the_date().then(|| {
        view! {
            <output id=format!("{id}-shown") class="date-shown">
                {move || value.get().map_or_else(|| i18n.t("date-none"), |d| long_date(i18n.locale.get(), d))}
            </output>
        }
    });
    view! {
        <fieldset class="date-field" id=id.clone()>
            <legend class:visually-hidden={kind == DateKind::Cell}>{label}</legend>
            {written}
            {other}
            <div class="date-lists" id=lists_id hidden=move || !lists_shown()>
                {move || date_order(i18n.locale.get()).map(list.clone()).into_iter().collect_view()}
            </div>
        </fieldset>
    }
}

/// Moves the focus to the list `id` once it is drawn, so that "another date" leads the
/// keyboard to the lists it opened.
fn focus_when_shown(id: String) {
    request_animation_frame(move || {
        let list = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(list) = list.filter(|l| l.offset_parent().is_some()) {
            let _ = list.focus();
        }
    });
}
