//! A set of toggle buttons for choosing several items, such as languages or topics.

use brobygge_model::Code;
use leptos::prelude::*;

#[component]
pub fn Chips(
    /// Prefix of each button's id: `{id}-{code}`.
    id: &'static str,
    legend: Signal<String>,
    /// The codes and labels on offer, in order.
    items: Signal<Vec<(Code, String)>>,
    selected: Signal<Vec<Code>>,
    on_toggle: Callback<Code>,
) -> impl IntoView {
    view! {
        <fieldset class="chips" id=id>
            <legend>{legend}</legend>
            <div class="chip-list">
                <For each=move || items.get() key=|(code, label)| (code.clone(), label.clone())
                    let((code, label))>
                    {
                        let pressed = {
                            let code = code.clone();
                            move || selected.with(|s| s.contains(&code)).to_string()
                        };
                        let button_id = format!("{id}-{code}");
                        view! {
                            <button type="button" class="chip" id=button_id aria-pressed=pressed
                                on:click=move |_| on_toggle.run(code.clone())>
                                <bdi>{label}</bdi>
                            </button>
                        }
                    }
                </For>
            </div>
        </fieldset>
    }
}
