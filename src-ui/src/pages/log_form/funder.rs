//! What an occasion achieved beyond people reached, and whom it was run with: a stepper per
//! outcome counter of the chosen project (shown only where the project has any), the partners
//! as toggle buttons, and the colleagues of the project who ran it too (co-hosts: the occasion
//! counts once, and for each host's volunteer hours).

use super::reach::set_line;
use crate::app::AppState;
use crate::components::{Chips, CountStepper};
use crate::i18n::{use_i18n, Arg};
use crate::ipc;
use brobygge_model::reference::{toggle, List};
use brobygge_model::{CoHost, Code, OutcomeCount};
use leptos::prelude::*;

#[component]
pub(super) fn Funder() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    // The chosen project's active counters, as (code, label) in the user's language.
    let counters = Memo::new(move |_| {
        let locale = i18n.locale.get();
        let project = state.form.with(|f| f.draft.project.clone());
        state.reference.with(|r| {
            project.map_or_else(Vec::new, |p| {
                (r.outcomes_of(&p))
                    .map(|o| (o.code.clone(), o.labels.get(locale).to_owned()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let count_of = move |code: &Code| {
        state.form.with(|f| {
            (f.draft.outcomes.iter())
                .find(|o| &o.outcome == code)
                .map(|o| o.count)
                .unwrap_or_default()
        })
    };
    let total = move || {
        state
            .form
            .with(|f| f.draft.outcomes.iter().map(|o| o.count.get()).sum::<u32>())
    };
    let partners = Signal::derive(move || {
        let locale = i18n.locale.get();
        state.reference.with(|r| r.options(List::Partners, locale))
    });
    // The project's colleagues, as the device last heard of them, fetched when it changes.
    let colleagues = RwSignal::new(Vec::<(Code, String)>::new());
    Effect::new(move |_| {
        let Some(project) = state.form.with(|f| f.draft.project.clone()) else {
            colleagues.set(Vec::new());
            return;
        };
        leptos::task::spawn_local(async move {
            let found = ipc::colleagues(&project).await.unwrap_or_default();
            let chips = found
                .into_iter()
                .filter_map(|c| Some((host_code(c.id)?, c.name)));
            colleagues.set(chips.collect());
        });
    });
    let chosen = Signal::derive(move || {
        state.form.with(|f| {
            (f.draft.co_hosts.iter())
                .filter_map(|h| host_code(h.user))
                .collect::<Vec<_>>()
        })
    });
    let toggle_host = Callback::new(move |code: Code| {
        let Some(user) = code.as_str().strip_prefix('u').and_then(|n| n.parse().ok()) else {
            return;
        };
        state.edit(|d| match d.co_hosts.iter().position(|h| h.user == user) {
            Some(i) => {
                d.co_hosts.remove(i);
            }
            None => d.co_hosts.push(CoHost {
                user,
                minutes: None,
            }),
        });
    });
    view! {
        <Show when=move || !colleagues.with(Vec::is_empty)>
            <Chips id="log-co-hosts" legend=Signal::derive(move || i18n.t("log-co-hosts"))
                items=Signal::derive(move || colleagues.get()) selected=chosen on_toggle=toggle_host />
        </Show>
        <Show when=move || !counters.with(Vec::is_empty)>
            <details class="lines" id="log-outcome">
                <summary>{move || i18n.t_args("log-outcomes", &[("total", Arg::from(total()))])}</summary>
                {move || counters.get().into_iter().map(|(code, label)| {
                    let id = format!("log-outcome-{code}");
                    let value = {
                        let code = code.clone();
                        Signal::derive(move || count_of(&code))
                    };
                    let on_change = Callback::new(move |count| state.edit(|d| {
                        set_line(&mut d.outcomes, code.clone(), count,
                            |o| (&mut o.outcome, &mut o.count),
                            |outcome, count| OutcomeCount { outcome, count });
                    }));
                    view! {
                        <CountStepper id=id
                            label=Signal::derive(move || label.clone()) value=value on_change=on_change />
                    }
                }).collect_view()}
            </details>
        </Show>
        <Show when=move || !partners.with(Vec::is_empty)>
            <Chips id="log-partners" legend=Signal::derive(move || i18n.t("log-partners"))
                items=partners
                selected=Signal::derive(move || state.form.with(|f| f.draft.partners.clone()))
                on_toggle=Callback::new(move |c| state.edit(|d| toggle(&mut d.partners, c))) />
        </Show>
    }
}

/// A colleague as a chip's code: `u` and their id.
fn host_code(user: i64) -> Option<Code> {
    Code::new(format!("u{user}")).ok()
}
