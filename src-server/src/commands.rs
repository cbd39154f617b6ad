//! The server's command line: serving, and the administrator's tasks.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    version,
    about = "Brobygge's server: enrollment and sync for the outreach log"
)]
pub struct Cli {
    /// Where the server keeps its data; the SQLite database is `brobygge.sqlite3` in it.
    #[arg(
        long,
        env = "BROBYGGE_DATA_DIR",
        default_value = "brobygge-data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// A PostgreSQL URL (`postgres://user@host:port/database`) to keep the data there instead
    /// of in the SQLite file in the data folder.
    #[arg(long, env = "BROBYGGE_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// A certificate authority (PEM) to trust for the PostgreSQL server's certificate, beside
    /// the system's. Connections to another host need TLS unless the URL says `sslmode`.
    #[arg(long, env = "BROBYGGE_DATABASE_CA", global = true)]
    pub database_ca: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Serve the HTTP API.
    Serve {
        #[arg(long, env = "BROBYGGE_ADDRESS", default_value = "127.0.0.1:8080")]
        address: String,
        /// Mark session cookies Secure: the server is reached over TLS, through a proxy.
        #[arg(long, env = "BROBYGGE_SECURE_COOKIES")]
        secure_cookies: bool,
        /// The built UI (src-ui/dist) to serve to coordinators' browsers.
        #[arg(long, env = "BROBYGGE_UI_DIR")]
        ui_dir: Option<PathBuf>,
        /// A reverse proxy (its IP address) whose X-Forwarded-For names the client, for the
        /// limits on failed logins; may be given more than once.
        #[arg(
            long = "trusted-proxy",
            env = "BROBYGGE_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxies: Vec<std::net::IpAddr>,
    },
    /// Create a user; prints the user's id.
    CreateUser {
        #[arg(long)]
        name: String,
        /// guide, staff, coordinator, admin or viewer
        #[arg(long)]
        role: String,
        /// Project codes, separated by commas.
        #[arg(long, value_delimiter = ',')]
        projects: Vec<String>,
    },
    /// Create a coordinator of the given projects; prints the user's id.
    CreateCoordinator {
        #[arg(long)]
        name: String,
        /// Project codes, separated by commas.
        #[arg(long, value_delimiter = ',')]
        projects: Vec<String>,
    },
    /// Give a coordinator or administrator a login name and a password for the web pages.
    /// The password is read from BROBYGGE_PASSWORD, or else from the first line of stdin.
    SetPassword {
        #[arg(long)]
        user: i64,
        #[arg(long)]
        login: String,
    },
    /// Issue a one-time enrollment code for a user; it expires after 72 hours.
    IssueCode {
        #[arg(long)]
        user: i64,
    },
    /// Revoke a device: it is refused from its next call on, and wipes its data.
    RevokeDevice {
        #[arg(long)]
        device: String,
    },
    /// Correct one field of an activity as a coordinator; prints the new version. The
    /// correction reaches the user's devices by sync.
    Correct {
        #[arg(long)]
        activity: String,
        /// The field's path, such as `people.women`, `venue` or `note`.
        #[arg(long)]
        field: String,
        /// The new value as JSON, such as `12` or `"oxnehaga-library"`.
        #[arg(long)]
        value: String,
        /// The coordinator's name, kept with the version.
        #[arg(long)]
        by: String,
    },
    /// Log made-up occasions for a user, through a device enrolled for it, for a demo or for
    /// measuring at scale: plausible counts and places, no resident in them.
    DemoData {
        #[arg(long)]
        user: i64,
        #[arg(long, default_value_t = 400)]
        entries: u64,
        /// Project codes to spread them over, separated by commas.
        #[arg(long, value_delimiter = ',')]
        projects: Vec<String>,
        /// The first day, and how many days they are spread over.
        #[arg(long, default_value = "2025-01-01")]
        from: chrono::NaiveDate,
        #[arg(long, default_value_t = 700)]
        days: u64,
    },
    /// Set how many months entries are kept, by the day each occasion took place (retention,
    /// gallring); `--forever` keeps them for ever. Older entries go at the next `thin`.
    SetRetention {
        #[arg(long, conflicts_with = "forever", required_unless_present = "forever")]
        months: Option<u32>,
        #[arg(long)]
        forever: bool,
    },
    /// Delete the entries older than the retention allows, with everything kept of them;
    /// prints how many. Reports handed in stay as they were. `--dry-run` only counts them.
    Thin {
        #[arg(long)]
        dry_run: bool,
    },
    /// Write a consistent copy of the SQLite database into a new file, while the server
    /// serves. A PostgreSQL database is copied with `pg_dump` (see the README).
    Backup {
        #[arg(long)]
        to: PathBuf,
    },
    /// Put a copy made by `backup` in place of the data folder's SQLite database; no server
    /// may be serving from the folder. The database it replaces is kept beside it; devices
    /// that synced after the copy was made send their entries again.
    Restore {
        #[arg(long)]
        from: PathBuf,
    },
    /// Say that the database was restored by other means (PostgreSQL's `pg_restore`):
    /// devices that synced after the copy was made send their entries again.
    Restored,
    /// Print every activity as one JSON line each.
    Activities,
    /// Print the kept conflicts as one JSON line each.
    Conflicts,
    /// Print who made each version of each activity, one JSON line each.
    History,
}
