//! Who was reached, as counts only: people by gender and age group, how many of them were new
//! to the project, referrals made and, for the contact centre, questions asked by category.

use crate::app::AppState;
use crate::components::CountStepper;
use crate::i18n::{use_i18n, Arg};
use brobygge_model::reference::List;
use brobygge_model::{Code, Count, NewPeople, PeopleReached, QuestionCount, Referral};
use leptos::prelude::*;

type PeopleField = fn(&mut PeopleReached) -> &mut Count;

const GROUPS: [(&str, PeopleField); 5] = [
    ("women", |p| &mut p.women),
    ("men", |p| &mut p.men),
    ("girls", |p| &mut p.girls),
    ("boys", |p| &mut p.boys),
    ("other", |p| &mut p.other),
];

type NewField = fn(&mut NewPeople) -> &mut Count;

/// The groups the application's promise counts, for the people new to the project.
const NEW_GROUPS: [(&str, NewField); 4] = [
    ("women", |n| &mut n.women),
    ("men", |n| &mut n.men),
    ("girls", |n| &mut n.girls),
    ("boys", |n| &mut n.boys),
];

/// Sets the count of `code` in a list of lines, dropping the line at zero.
pub(super) fn set_line<T>(
    lines: &mut Vec<T>,
    code: Code,
    count: Count,
    key: fn(&mut T) -> (&mut Code, &mut Count),
    make: fn(Code, Count) -> T,
) {
    match lines.iter_mut().position(|l| *key(l).0 == code) {
        Some(i) if count == Count::ZERO => {
            lines.remove(i);
        }
        Some(i) => *key(&mut lines[i]).1 = count,
        None if count != Count::ZERO => lines.push(make(code, count)),
        None => {}
    }
}

#[component]
pub(super) fn Reach() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let sections = Memo::new(move |_| {
        let project = state.form.with(|f| f.draft.project.clone());
        state.reference.with(|r| {
            project
                .and_then(|c| r.project(&c).map(|p| p.sections))
                .unwrap_or_default()
        })
    });
    let total = move || state.form.with(|f| f.draft.people.total());

    let people = GROUPS.map(|(group, field)| {
        let value =
            Signal::derive(move || state.form.with(|f| *field(&mut f.draft.people.clone())));
        view! {
            <CountStepper id=format!("log-people-{group}")
                label=Signal::derive(move || i18n.t(&format!("log-people-{group}")))
                value=value
                on_change=Callback::new(move |c| state.edit(|d| *field(&mut d.people) = c)) />
        }
    });

    let new_people = NEW_GROUPS.map(|(group, field)| {
        let value = Signal::derive(move || {
            state
                .form
                .with(|f| *field(&mut f.draft.new_people.unwrap_or_default()))
        });
        view! {
            <CountStepper id=format!("log-new-{group}")
                label=Signal::derive(move || i18n.t(&format!("log-people-{group}")))
                value=value
                on_change=Callback::new(move |c| {
                    state.edit(|d| *field(d.new_people.get_or_insert_default()) = c)
                }) />
        }
    });

    view! {
        <fieldset class="people" id="log-people">
            <legend>{move || i18n.t("log-people")}</legend>
            <div class="stepper-grid">{people.into_iter().collect_view()}</div>
            <p class="total" id="log-people-total">
                {move || i18n.t_args("log-people-total", &[("total", Arg::from(total()))])}
            </p>
        </fieldset>
        <fieldset class="people" id="log-new-people" aria-describedby="log-new-people-hint">
            <legend>{move || i18n.t("log-new-people")}</legend>
            <p class="hint" id="log-new-people-hint">{move || i18n.t("log-new-people-hint")}</p>
            <div class="stepper-grid">{new_people.into_iter().collect_view()}</div>
        </fieldset>
        <Show when=move || sections.get().referrals>
            <Lines list=List::ReferralTargets />
        </Show>
        <Show when=move || sections.get().questions>
            <Lines list=List::QuestionCategories />
        </Show>
    }
}

/// Referrals or questions: a stepper per target or category, folded away until needed.
#[component]
fn Lines(list: List) -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let referrals = list == List::ReferralTargets;
    let (prefix, title) = if referrals {
        ("log-referral", "log-referrals")
    } else {
        ("log-question", "log-questions")
    };
    let count_of = move |code: &Code| {
        state.form.with(|f| {
            let d = &f.draft;
            if referrals {
                d.referrals
                    .iter()
                    .find(|r| &r.target == code)
                    .map(|r| r.count)
            } else {
                d.questions
                    .iter()
                    .find(|q| &q.category == code)
                    .map(|q| q.count)
            }
            .unwrap_or_default()
        })
    };
    let lines_total = move || {
        state.form.with(|f| {
            if referrals {
                f.draft.referrals.iter().map(|r| r.count.get()).sum::<u32>()
            } else {
                f.draft.questions.iter().map(|q| q.count.get()).sum()
            }
        })
    };
    let items = move || {
        let locale = i18n.locale.get();
        state.reference.with(|r| r.options(list, locale))
    };
    view! {
        <details class="lines" id=prefix>
            <summary>{move || i18n.t_args(title, &[("total", Arg::from(lines_total()))])}</summary>
            {move || items().into_iter().map(|(code, label)| {
                let id = format!("{prefix}-{code}");
                let value = {
                    let code = code.clone();
                    Signal::derive(move || count_of(&code))
                };
                let on_change = Callback::new(move |count| state.edit(|d| {
                    if referrals {
                        set_line(&mut d.referrals, code.clone(), count,
                            |r| (&mut r.target, &mut r.count), |target, count| Referral { target, count });
                    } else {
                        set_line(&mut d.questions, code.clone(), count,
                            |q| (&mut q.category, &mut q.count), |category, count| QuestionCount { category, count });
                    }
                }));
                view! {
                    <CountStepper id=id
                        label=Signal::derive(move || label.clone()) value=value on_change=on_change />
                }
            }).collect_view()}
        </details>
    }
}
