//! A count with large "−" and "+" buttons and a field to type the number in any digits.

use crate::i18n::{use_i18n, Arg};
use brobygge_model::{Count, CountError};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The steppers of a form whose typed text is not a valid count, so the form can refuse to
/// save a number other than the one on screen.
#[derive(Clone, Copy)]
pub struct InvalidCounts(RwSignal<BTreeSet<String>>);

impl InvalidCounts {
    pub fn provide() -> InvalidCounts {
        let invalid = InvalidCounts(RwSignal::new(BTreeSet::new()));
        provide_context(invalid);
        invalid
    }

    pub fn any(&self) -> bool {
        self.0.with(|s| !s.is_empty())
    }

    fn mark(&self, id: &str, invalid: bool) {
        let known = self.0.with_untracked(|s| s.contains(id));
        if invalid && !known {
            self.0.update(|s| {
                s.insert(id.to_owned());
            });
        } else if !invalid && known {
            self.0.update(|s| {
                s.remove(id);
            });
        }
    }
}

#[component]
pub fn CountStepper(
    /// Unique id of the input, also used for its label.
    id: String,
    label: Signal<String>,
    value: Signal<Count>,
    on_change: Callback<Count>,
) -> impl IntoView {
    let i18n = use_i18n();
    // What the user typed, kept while it does not parse so they can correct it.
    let typed = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<CountError>);
    if let Some(invalid) = use_context::<InvalidCounts>() {
        let (shown_id, cleanup_id) = (id.clone(), id.clone());
        Effect::new(move |_| invalid.mark(&shown_id, problem.with(Option::is_some)));
        on_cleanup(move || invalid.mark(&cleanup_id, false));
    }
    let set = move |c: Count| {
        typed.set(None);
        problem.set(None);
        on_change.run(c);
    };
    // The language's digits without grouped thousands, so that what is shown parses back.
    let shown = move || {
        typed
            .get()
            .unwrap_or_else(|| i18n.locale.get().write_digits(&value.get().to_string()))
    };
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="stepper" class:invalid=move || problem.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <div class="stepper-row">
                <button type="button" class="step" aria-label=move || i18n.t("stepper-decrease")
                    on:click=move |_| set(value.get_untracked().decrement())>"−"</button>
                <input id=id type="text" inputmode="numeric" autocomplete="off"
                    aria-describedby=described
                    prop:value=shown
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        match Count::parse(&text) {
                            Ok(c) => {
                                problem.set(None);
                                on_change.run(c);
                            }
                            Err(e) => problem.set(Some(e)),
                        }
                        typed.set(Some(text));
                    }
                    on:blur=move |_| if problem.with(Option::is_none) { typed.set(None) } />
                <button type="button" class="step" aria-label=move || i18n.t("stepper-increase")
                    on:click=move |_| set(value.get_untracked().increment())>"+"</button>
            </div>
            <p class="field-error" id=error_id>
                {move || problem.get().map(|e| match e {
                    CountError::NotANumber => i18n.t("count-not-a-number"),
                    CountError::TooLarge { max } => {
                        i18n.t_args("count-too-large", &[("max", Arg::from(max))])
                    }
                })}
            </p>
        </div>
    }
}
