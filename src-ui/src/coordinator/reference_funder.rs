//! The funder's lists in the reference editor: an outcome counter's project (chosen when it is
//! added, never changed) and its target, and the topics and projects a development area is
//! served by.

use super::project_run::whole_number;
use crate::i18n::use_i18n;
use brobygge_model::reference::{toggle, DevelopmentArea, List, Outcome};
use brobygge_model::{Code, Item, Labels, ReferenceData};
use leptos::prelude::*;

/// Adds a new item `code` to `list` (an outcome counter of `project`), unless it is there.
pub fn add(
    draft: RwSignal<ReferenceData>,
    list: List,
    code: Code,
    labels: Labels,
    project: Option<Code>,
) {
    draft.update(|r| match list {
        List::Outcomes => {
            if let (Some(project), None) = (project, r.outcome(&code)) {
                r.outcomes.push(Outcome {
                    code,
                    project,
                    labels,
                    retired: false,
                    target: None,
                });
            }
        }
        List::DevelopmentAreas => {
            if r.development_area(&code).is_none() {
                r.development_areas.push(DevelopmentArea {
                    code,
                    labels,
                    retired: false,
                    topics: Vec::new(),
                    projects: Vec::new(),
                });
            }
        }
        _ => {
            if let Some(items) = r.items_mut(list) {
                if !items.iter().any(|i| i.code == code) {
                    items.push(Item {
                        code,
                        labels,
                        retired: false,
                    });
                }
            }
        }
    });
}

/// An outcome counter's project and its target (empty: none).
#[component]
pub fn OutcomeTarget(draft: RwSignal<ReferenceData>, code: Code) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale.get_untracked();
    let project = draft.with_untracked(|r| {
        (r.outcome(&code)).map(|o| r.label(List::Projects, &o.project, locale).to_owned())
    });
    let shown = {
        let code = code.clone();
        move || {
            draft.with(|r| {
                r.outcome(&code)
                    .and_then(|o| o.target)
                    .map(|t| t.to_string())
            })
        }
    };
    let change = move |typed: String| {
        let target = whole_number(&typed);
        draft.update(|r| {
            if let Some(o) = r.outcomes.iter_mut().find(|o| o.code == code) {
                o.target = target;
            }
        });
    };
    view! {
        <span class="outcome-project"><bdi>{project}</bdi></span>
        <label class="field">
            <span>{move || i18n.t("report-target")}</span>
            <input type="text" inputmode="numeric" class="outcome-target"
                prop:value=move || shown().unwrap_or_default()
                on:change=move |ev| change(event_target_value(&ev)) />
        </label>
    }
}

/// The topics and projects that serve the development area `code`, as toggle boxes.
#[component]
pub fn AreaTags(draft: RwSignal<ReferenceData>, code: Code) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale.get_untracked();
    let boxes = move |projects: bool| {
        let choices: Vec<(Code, String)> = draft.with_untracked(|r| {
            if projects {
                (r.projects.iter())
                    .map(|p| (p.code.clone(), p.labels.get(locale).to_owned()))
                    .collect()
            } else {
                r.options(List::Topics, locale)
            }
        });
        let code = code.clone();
        choices
            .into_iter()
            .map(|(choice, label)| {
                let (code, choice_for_check) = (code.clone(), choice.clone());
                let checked = draft.with_untracked(|r| {
                    r.development_area(&code).is_some_and(|a| {
                        let tags = if projects { &a.projects } else { &a.topics };
                        tags.contains(&choice_for_check)
                    })
                });
                let flip = move |_| {
                    draft.update(|r| {
                        if let Some(a) = r.development_areas.iter_mut().find(|a| a.code == code) {
                            toggle(
                                if projects {
                                    &mut a.projects
                                } else {
                                    &mut a.topics
                                },
                                choice.clone(),
                            );
                        }
                    })
                };
                view! {
                    <label class="check"><input type="checkbox" checked=checked on:change=flip />
                        <span><bdi>{label}</bdi></span></label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="area-tags">
            <legend>{move || i18n.t("coordinator-list-projects")}</legend>
            {boxes(true)}
        </fieldset>
        <fieldset class="area-tags">
            <legend>{move || i18n.t("coordinator-topics")}</legend>
            {boxes(false)}
        </fieldset>
    }
}

/// The codes, labels and retired marks of the funder's own lists.
pub fn entries(r: &ReferenceData, list: List) -> Option<Vec<(Code, Labels, bool)>> {
    match list {
        List::Outcomes => Some(
            (r.outcomes.iter())
                .map(|o| (o.code.clone(), o.labels.clone(), o.retired))
                .collect(),
        ),
        List::DevelopmentAreas => Some(
            (r.development_areas.iter())
                .map(|a| (a.code.clone(), a.labels.clone(), a.retired))
                .collect(),
        ),
        _ => None,
    }
}

/// Whether the new item of `list` needs a project.
pub fn needs_project(list: List) -> bool {
    list == List::Outcomes
}
