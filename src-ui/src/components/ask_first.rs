//! A button that asks before it acts, for what cannot be undone (handing a report in,
//! thinning out old occasions): pressed, it shows its question with a yes and a no in its
//! place. The elements are `#{id}`, `#{id}-question`, `#{id}-yes` and `#{id}-no`.

use leptos::prelude::*;

/// The words of an [`AskFirst`]: the button, the question, the yes and the no.
pub struct Asking {
    pub button: String,
    pub question: String,
    pub yes: String,
    pub no: String,
}

#[component]
pub fn AskFirst(id: &'static str, words: Asking, on_yes: Callback<()>) -> impl IntoView {
    let asking = RwSignal::new(false);
    let Asking {
        button,
        question,
        yes,
        no,
    } = words;
    view! {
        <Show when=move || !asking.get()>
            <button type="button" class="primary" id=id
                on:click=move |_| asking.set(true)>{button.clone()}</button>
        </Show>
        <Show when=move || asking.get()>
            <div class="confirm" role="alertdialog" aria-labelledby=format!("{id}-question")>
                <p id=format!("{id}-question")>{question.clone()}</p>
                <button type="button" class="primary" id=format!("{id}-yes")
                    on:click=move |_| {
                        asking.set(false);
                        on_yes.run(());
                    }>{yes.clone()}</button>
                <button type="button" class="secondary" id=format!("{id}-no")
                    on:click=move |_| asking.set(false)>{no.clone()}</button>
            </div>
        </Show>
    }
}
