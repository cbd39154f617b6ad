//! A project's run and the reach its application expects, edited in the reference lists: the
//! first and last day (either may be left open) and, for each period, how many girls, boys,
//! women and men it is to reach. Days are chosen with the language's own date field.

use crate::components::{DateField, DateKind};
use crate::i18n::use_i18n;
use brobygge_model::reference::Project;
use brobygge_model::{Code, ReachTarget, ReferenceData};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A whole number typed in ASCII, Eastern Arabic (٠-٩) or Persian (۰-۹) digits.
pub(super) fn whole_number(typed: &str) -> Option<u32> {
    let digits: Option<String> = typed
        .trim()
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    digits.filter(|d| !d.is_empty())?.parse().ok()
}

/// The column headers of the targets: from, to, girls, boys, women, men.
const HEAD: [&str; 6] = [
    "coordinator-from",
    "coordinator-to",
    "report-girls",
    "report-boys",
    "report-women",
    "report-men",
];

/// Changes the project `code` in the draft, when it is there.
fn edit_project(draft: RwSignal<ReferenceData>, code: &Code, change: impl FnOnce(&mut Project)) {
    draft.update(|r| {
        if let Some(p) = r.projects.iter_mut().find(|p| &p.code == code) {
            change(p);
        }
    });
}

/// The `i`th target of the project `code`, as it is now.
fn target(
    draft: RwSignal<ReferenceData>,
    code: Code,
    i: usize,
) -> impl Fn() -> Option<ReachTarget> {
    move || draft.with(|r| r.project(&code).and_then(|p| p.targets.get(i).cloned()))
}

/// The run and the targets of `project`. Only adding a target draws the table anew: a date or a
/// count changed in place keeps the focus where the coordinator is.
#[component]
pub fn ProjectRun(draft: RwSignal<ReferenceData>, project: Code) -> impl IntoView {
    let i18n = use_i18n();
    let code = project.clone();
    let count = Memo::new(move |_| draft.with(|r| r.project(&code).map_or(0, |p| p.targets.len())));
    let date_cell = {
        let project = project.clone();
        move |i: usize, end: bool| {
            let target = target(draft, project.clone(), i);
            let value = Signal::derive(move || target().map(|t| if end { t.to } else { t.from }));
            let code = project.clone();
            let on_change = Callback::new(move |day: Option<NaiveDate>| {
                let Some(day) = day else { return };
                edit_project(draft, &code, |p| {
                    if let Some(t) = p.targets.get_mut(i) {
                        *(if end { &mut t.to } else { &mut t.from }) = day;
                    }
                });
            });
            let id = format!("target-{project}-{i}-{}", if end { "to" } else { "from" });
            let label = Signal::derive(move || i18n.t(HEAD[usize::from(end)]));
            view! { <td><DateField id label kind=DateKind::Cell value on_change /></td> }
        }
    };
    let count_cell = {
        let project = project.clone();
        move |i: usize, column: usize| {
            let target = target(draft, project.clone(), i);
            let shown = move || {
                target()
                    .map_or(0, |t| [t.girls, t.boys, t.women, t.men][column - 2])
                    .to_string()
            };
            let code = project.clone();
            let change = move |typed: String| {
                let Some(number) = whole_number(&typed) else {
                    return;
                };
                edit_project(draft, &code, |p| {
                    if let Some(t) = p.targets.get_mut(i) {
                        *[&mut t.girls, &mut t.boys, &mut t.women, &mut t.men][column - 2] = number;
                    }
                });
            };
            view! { <td><input type="text" inputmode="numeric" prop:value=shown
            aria-label=move || i18n.t(HEAD[column])
            on:change=move |ev| change(event_target_value(&ev)) /></td> }
        }
    };
    let add_code = project.clone();
    let add = move |_| {
        edit_project(draft, &add_code, |p| {
            let from = p.targets.last().map_or(p.start.unwrap_or_default(), |t| {
                t.to.succ_opt().unwrap_or(t.to)
            });
            p.targets.push(ReachTarget {
                from,
                to: from,
                girls: 0,
                boys: 0,
                women: 0,
                men: 0,
            });
        });
    };
    // The project's first and last day, either of which may be left open.
    let run = move |end: bool| {
        let code = project.clone();
        let read = code.clone();
        let value = Signal::derive(move || {
            draft.with(|r| {
                r.project(&read)
                    .and_then(|p| if end { p.end } else { p.start })
            })
        });
        let (id, label) = match end {
            false => (format!("project-start-{code}"), "coordinator-project-start"),
            true => (format!("project-end-{code}"), "coordinator-project-end"),
        };
        let on_change = Callback::new(move |day: Option<NaiveDate>| {
            edit_project(draft, &code, |p| {
                *(if end { &mut p.end } else { &mut p.start }) = day
            });
        });
        let label = Signal::derive(move || i18n.t(label));
        view! { <DateField id label kind=DateKind::Limit value on_change /> }
    };
    view! {
        <div class="filters">{run.clone()(false)}{run(true)}</div>
        <table class="figures targets">
            <caption>{move || i18n.t("report-expected")}</caption>
            <thead><tr>{HEAD.iter().map(|h| view! { <th scope="col">{move || i18n.t(h)}</th> }).collect_view()}</tr></thead>
            <tbody>{move || (0..count.get()).map(|i| view! {
                <tr>
                    {date_cell.clone()(i, false)}{date_cell.clone()(i, true)}
                    {(2..6).map(|column| count_cell.clone()(i, column)).collect_view()}
                </tr>
            }).collect_view()}</tbody>
        </table>
        <button type="button" class="secondary" on:click=add>{move || i18n.t("coordinator-add-target")}</button>
    }
}
