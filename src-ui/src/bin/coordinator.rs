//! The coordinator pages (`coordinator.html`, built into `dist/coordinator/`): a browser's page
//! on the municipality's server, and in the app the module the device pages load when a
//! coordinator opens them, through the two functions below.

use wasm_bindgen::prelude::*;

fn main() {
    brobygge_ui::start_coordinator();
}

/// Shows the coordinator pages inside `root`, in the language tagged `locale`, with every
/// project's reference data (`reference`, as JSON) that the device pages loaded.
#[wasm_bindgen]
pub async fn open_in_app(root: web_sys::HtmlElement, locale: String, reference: String) {
    brobygge_ui::open_coordinator_in_app(root, &locale, &reference).await;
}

/// Takes the pages [`open_in_app`] showed away again.
#[wasm_bindgen]
pub fn close_in_app() {
    brobygge_ui::close_coordinator_in_app();
}
