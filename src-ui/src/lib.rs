//! Brobygge's UI, built by Trunk into two WebAssembly programs from this library: the device
//! pages (`main.rs`, the page the app's window opens) and the coordinator pages
//! (`bin/coordinator.rs`, the page the municipality's server gives a browser, which the app
//! also loads into its window when a coordinator opens them). Each program keeps only the pages
//! it shows, so the app's first load carries no coordinator page.

mod api;
mod app;
mod components;
mod coordinator;
mod dates;
mod i18n;
mod ids;
mod ipc;
mod pages;
mod state;

use brobygge_model::LocaleCode;
use wasm_bindgen_futures::spawn_local;

pub use coordinator::in_app::{close as close_coordinator_in_app, open as open_coordinator_in_app};

/// The device pages, in the app's window, in the profile's language (on the first start the
/// device's), loaded before anything is drawn.
pub fn start_device() {
    console_error_panic_hook::set_once();
    if !ipc::in_app() {
        // Outside the app there is no device core: a browser's page is the coordinators'.
        let _ = web_sys::window().map(|w| w.location().replace("/"));
        return;
    }
    spawn_local(async {
        // The reference data is read while the profile, then its language's strings, load.
        let strings = async {
            let profile = ipc::profile().await;
            let locale = profile
                .as_ref()
                .ok()
                .and_then(|p| p.as_ref().map(|p| p.locale));
            let locale = locale.or_else(i18n::device_locale);
            i18n::prepare(locale.unwrap_or(LocaleCode::Sv), i18n::Pages::Device).await;
            profile
        };
        let (reference, profile) = futures::join!(ipc::reference_data(), strings);
        let started = reference.and_then(|reference| Ok((reference, profile?)));
        leptos::mount::mount_to_body(move || leptos::view! { <app::App started /> });
        // The first page is drawn with its data: the moment `cargo xtask bench app` reads.
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("brobygge-started");
        }
    });
}

/// The coordinator pages in a browser, in the browser's language. In the app this does
/// nothing: the device pages open them with [`open_coordinator_in_app`].
pub fn start_coordinator() {
    console_error_panic_hook::set_once();
    if ipc::in_app() {
        return;
    }
    spawn_local(async {
        let locale = i18n::device_locale().unwrap_or(LocaleCode::Sv);
        i18n::prepare(locale, i18n::Pages::Coordinator).await;
        leptos::mount::mount_to_body(coordinator::CoordinatorApp);
    });
}
