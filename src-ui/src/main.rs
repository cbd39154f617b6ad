//! The device pages: the log form, My log and the first start, in the app's window (`index.html`).

fn main() {
    brobygge_ui::start_device();
}
