//! Small pieces the pages are built from.

mod chips;
mod language_picker;
mod messages;
mod stepper;
mod sync_panel;
mod top_bar;

pub use chips::Chips;
pub use language_picker::LanguagePicker;
pub use messages::{error_message, ErrorBanner, Toast};
pub use stepper::{CountStepper, InvalidCounts};
pub use sync_panel::SyncPanel;
pub use top_bar::TopBar;
