//! The overview for a period and project: key figures, and people reached by gender and age
//! group, by month, area, venue, topic and language, and the referrals made and questions
//! asked, each as an SVG chart followed by a table of the same numbers (for screen readers and
//! for copying).

use super::activities::Period;
use super::charts::{self, Bar};
use crate::api;
use crate::components::error_message;
use crate::i18n::{use_i18n, Arg, I18n};
use brobygge_model::overview::{Overview as Figures, Reach, Tally};
use brobygge_model::reference::List;
use brobygge_model::report::CELL_GROUPS;
use brobygge_model::{Code, LocaleCode, ReferenceData};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Minutes as hours to one decimal, in the locale's digits and decimal separator.
pub fn hours(minutes: u64, locale: LocaleCode) -> String {
    let tenths = (minutes * 10 + 30) / 60;
    locale.write_number(&format!("{}.{}", tenths / 10, tenths % 10))
}

/// Tallies as a chart of bars and a table of the same numbers, labelled from `label`; the bars
/// are the people reached, or for `counted` tallies (referrals, questions) how many.
fn tallied(
    i18n: I18n,
    (id, caption): (&'static str, &'static str),
    tallies: &[Tally],
    label: impl Fn(&str) -> String,
    counted: bool,
) -> impl IntoView {
    let columns: &'static [&'static str] = if counted {
        &["coordinator-column-occasions", "report-count"]
    } else {
        &["coordinator-column-occasions", "coordinator-column-people"]
    };
    let bars: Vec<Bar> = tallies
        .iter()
        .map(|t| Bar {
            label: label(&t.key),
            value: t.people,
        })
        .collect();
    let rows = tallies
        .iter()
        .zip(&bars)
        .map(|(t, b)| {
            (
                b.label.clone(),
                vec![i18n.number(t.occasions), i18n.number(t.people)],
            )
        })
        .collect();
    view! {
        <h2>{i18n.t(caption)}</h2>
        {charts::rows(&bars, i18n.locale.get_untracked())}
        {charts::table(i18n, id, i18n.t(caption), columns, rows)}
    }
}

/// People reached by gender and by age group (adults and children), as the funder counts them.
fn by_gender(i18n: I18n, p: &Reach) -> impl IntoView {
    let bars: Vec<Bar> = CELL_GROUPS
        .iter()
        .zip(p.cells())
        .map(|(id, n)| Bar {
            label: i18n.t(id),
            value: n,
        })
        .collect();
    let rows = bars
        .iter()
        .map(|b| (b.label.clone(), vec![i18n.number(b.value)]))
        .collect();
    view! {
        <h2>{i18n.t("coordinator-by-gender-title")}</h2>
        {charts::rows(&bars, i18n.locale.get_untracked())}
        {charts::table(i18n, "overview-gender", i18n.t("coordinator-by-gender-title"), &["coordinator-column-people"], rows)}
    }
}

#[component]
pub fn Overview(reference: RwSignal<ReferenceData>) -> impl IntoView {
    let i18n = use_i18n();
    let figures = RwSignal::new(None::<Figures>);
    let error = RwSignal::new(None);
    let period = Period::default();
    Effect::new(move |_| {
        let path = period.query("/coordinator/overview");
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
            <super::activities::Filters from=period.from to=period.to project=period.project reference />
            <p class="field-error" role="alert">{move || error.get().map(|e| error_message(i18n, &e))}</p>
            {move || figures.get().map(|f| view! {
                <div class="figures-row">
                    {figure("overview-occasions", "coordinator-occasions", i18n.number(f.occasions))}
                    {figure("overview-hours", "coordinator-hours", hours(f.minutes, i18n.locale.get()))}
                    {figure("overview-people-total", "coordinator-people-total", i18n.number(f.people.total))}
                    {figure("overview-new-people", "report-new", i18n.number(f.new_people))}
                    {figure("overview-guides", "coordinator-active-guides", i18n.number(f.active_guides))}
                </div>
                <p id="overview-by-gender">{i18n.t_args("coordinator-by-gender", &[
                    ("women", Arg::from(f.people.women)), ("men", Arg::from(f.people.men)),
                    ("girls", Arg::from(f.people.girls)), ("boys", Arg::from(f.people.boys)),
                    ("other", Arg::from(f.people.other)),
                ])}</p>
                {by_gender(i18n, &f.people)}
                <h2>{i18n.t("coordinator-by-month")}</h2>
                {charts::columns(&f.by_month.iter().map(|m| Bar { label: i18n.number(&m.key[5..]), value: m.people }).collect::<Vec<_>>())}
                {charts::table(i18n, "overview-months", i18n.t("coordinator-by-month"),
                    &["coordinator-column-occasions", "coordinator-column-people"],
                    f.by_month.iter().map(|m| (i18n.number(&m.key), vec![i18n.number(m.occasions), i18n.number(m.people)])).collect())}
                {tallied(i18n, ("overview-areas", "coordinator-by-area"), &f.by_area, label(List::Areas), false)}
                {tallied(i18n, ("overview-venues", "coordinator-venues"), &f.venues, label(List::Venues), false)}
                {tallied(i18n, ("overview-topics", "coordinator-topics"), &f.topics, label(List::Topics), false)}
                {tallied(i18n, ("overview-languages", "coordinator-languages"), &f.languages, label(List::Languages), false)}
                {(!f.referrals.is_empty()).then(|| tallied(i18n, ("overview-referrals", "report-referrals"),
                    &f.referrals, label(List::ReferralTargets), true))}
                {(!f.questions.is_empty()).then(|| tallied(i18n, ("overview-questions", "report-questions"),
                    &f.questions, label(List::QuestionCategories), true))}
            })}
        </section>
    }
}
