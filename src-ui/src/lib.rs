//! Brobygge's UI: in the app's window the device pages; in a browser served by the
//! municipality's server, the coordinator pages.

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

fn main() {
    console_error_panic_hook::set_once();
    if ipc::in_app() {
        leptos::mount::mount_to_body(app::App);
    } else {
        leptos::mount::mount_to_body(coordinator::CoordinatorApp);
    }
}
