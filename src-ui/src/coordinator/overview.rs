//! The overview for a period and project: key figures, people reached month by month as an
//! SVG bar chart with the same numbers in a table (for screen readers and for copying), and
//! tables by area, topic and language.

use crate::api;
use crate::components::error_message;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::reference::List;
use brobygge_model::{Code, LocaleCode, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
struct Reach {
    women: u32,
    men: u32,
    girls: u32,
    boys: u32,
    other: u32,
    total: u32,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
struct Tally {
    key: String,
    occasions: u32,
    people: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
struct Figures {
    occasions: u32,
    minutes: u32,
    people: Reach,
    by_month: Vec<Tally>,
    by_area: Vec<Tally>,
    topics: Vec<Tally>,
    languages: Vec<Tally>,
    active_guides: u32,
}

/// Minutes as hours to one decimal, with the locale's decimal separator.
fn hours(minutes: u32, locale: LocaleCode) -> String {
    let tenths = (minutes * 10 + 30) / 60;
    let separator = match locale {
        LocaleCode::Sv => ",",
        LocaleCode::En => ".",
        LocaleCode::Ar => "\u{066B}",
    };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// Bars of people reached by month; the table below carries the same numbers.
fn month_chart(months: &[Tally]) -> impl IntoView {
    let max = months.iter().map(|m| m.people).max().unwrap_or(0).max(1);
    let width = 40 * months.len().max(1);
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let height = 160 * m.people / max;
            let x = 40 * i + 6;
            let y = 170 - height;
            view! {
                <rect x=x y=y width="28" height=height class="bar">
                    <title>{format!("{}: {}", m.key, m.people)}</title>
                </rect>
                <text x=x + 14 y="188" text-anchor="middle" class="axis">{m.key[5..].to_owned()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" aria-hidden="true" viewBox=format!("0 0 {width} 192")
            width=width height="192">{bars}</svg>
    }
}

/// A table of tallies, with their labels from `list` (months are shown as they are).
fn tally_table(
    i18n: I18n,
    id: &'static str,
    caption: &'static str,
    rows: Vec<Tally>,
    label: impl Fn(&str) -> String + 'static,
) -> impl IntoView {
    view! {
        <table id=id class="figures">
            <caption>{move || i18n.t(caption)}</caption>
            <thead><tr>
                <th scope="col"></th>
                <th scope="col" class="number">{move || i18n.t("coordinator-column-occasions")}</th>
                <th scope="col" class="number">{move || i18n.t("coordinator-column-people")}</th>
            </tr></thead>
            <tbody>{rows.into_iter().map(|t| view! {
                <tr>
                    <th scope="row">{label(&t.key)}</th>
                    <td class="number"><bdi>{t.occasions}</bdi></td>
                    <td class="number"><bdi>{t.people}</bdi></td>
                </tr>
            }).collect_view()}</tbody>
        </table>
    }
}

#[component]
pub fn Overview(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let figures = RwSignal::new(None::<Figures>);
    let error = RwSignal::new(None);
    let (from, to, project) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    Effect::new(move |_| {
        let mut path = "/coordinator/overview?".to_owned();
        for (name, value) in [
            ("from", from.get()),
            ("to", to.get()),
            ("project", project.get()),
        ] {
            if !value.is_empty() {
                path.push_str(&format!("{name}={value}&"));
            }
        }
        spawn_local(async move {
            match api::get::<Figures>(&path).await {
                Ok(f) => figures.set(Some(f)),
                Err(e) => error.set(Some(e)),
            }
        });
    });
    let label = move |list: List| {
        move |code: &str| {
            Code::new(code).map_or(code.to_owned(), |c| {
                reference.with(|r| r.label(list, &c, i18n.locale.get()).to_owned())
            })
        }
    };
    let figure = move |id: &'static str, key: &'static str, value: String| {
        view! {
            <div class="figure">
                <span class="value" id=id><bdi>{value}</bdi></span>
                <span class="what">{move || i18n.t(key)}</span>
            </div>
        }
    };
    view! {
        <section class="overview">
            <h1>{move || i18n.t("coordinator-overview-title")}</h1>
            <super::activities::Filters from to project reference />
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            {move || figures.get().map(|f| view! {
                <div class="figures-row">
                    {figure("overview-occasions", "coordinator-occasions", f.occasions.to_string())}
                    {figure("overview-hours", "coordinator-hours", hours(f.minutes, i18n.locale.get()))}
                    {figure("overview-people-total", "coordinator-people-total", f.people.total.to_string())}
                    {figure("overview-guides", "coordinator-active-guides", f.active_guides.to_string())}
                </div>
                <p id="overview-by-gender">{i18n.t_args("coordinator-by-gender", &[
                    ("women", Arg::from(f.people.women)), ("men", Arg::from(f.people.men)),
                    ("girls", Arg::from(f.people.girls)), ("boys", Arg::from(f.people.boys)),
                    ("other", Arg::from(f.people.other)),
                ])}</p>
                <h2>{i18n.t("coordinator-by-month")}</h2>
                {month_chart(&f.by_month)}
                {tally_table(i18n, "overview-months", "coordinator-by-month", f.by_month.clone(), |k| k.to_owned())}
                {tally_table(i18n, "overview-areas", "coordinator-by-area", f.by_area.clone(), label(List::Areas))}
                {tally_table(i18n, "overview-topics", "coordinator-topics", f.topics.clone(), label(List::Topics))}
                {tally_table(i18n, "overview-languages", "coordinator-languages", f.languages.clone(), label(List::Languages))}
            })}
        </section>
    }
}
