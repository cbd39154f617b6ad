//! Small pieces the pages are built from.

mod ask_first;
mod chips;
mod date_field;
mod language_picker;
mod messages;
mod stepper;
mod sync_panel;
mod time_field;
mod top_bar;

pub use ask_first::{AskFirst, Asking};
pub use chips::Chips;
pub use date_field::{DateField, DateKind};
pub use language_picker::LanguagePicker;
pub use messages::{error_message, ErrorBanner, Toast};
pub use stepper::{CountStepper, InvalidCounts};
pub use sync_panel::SyncPanel;
pub use time_field::TimeField;
pub use top_bar::TopBar;
