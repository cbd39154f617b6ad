//! Brobygge's UI in the app's window: mounts the Leptos application.

mod app;
mod components;
mod dates;
mod i18n;
mod ids;
mod ipc;
mod pages;
mod state;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
