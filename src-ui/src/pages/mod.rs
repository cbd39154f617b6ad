//! The pages of the device app.

mod log_again;
mod log_form;
mod my_log;
mod setup;

pub use log_again::LogAgain;
pub use log_form::LogForm;
pub use my_log::MyLog;
pub use setup::Setup;
