//! A count with large "−" and "+" buttons and a field to type the number in any digits.

use crate::i18n::{use_i18n, Arg};
use brobygge_model::{Count, CountError};
use leptos::prelude::*;

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
    let set = move |c: Count| {
        typed.set(None);
        problem.set(None);
        on_change.run(c);
    };
    let shown = move || typed.get().unwrap_or_else(|| value.get().to_string());
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
