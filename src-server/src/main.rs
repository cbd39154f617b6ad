//! `brobygge-server`: serve the API, or do an administrator's task from the command line.

use anyhow::{Context, Result};
use brobygge_model::sync::Role;
use brobygge_model::ActivityId;
use brobygge_model::Code;
use brobygge_server::storage::audit::AuditEntry;
use brobygge_server::storage::{self, Corrector, NewUser};
use brobygge_server::{app, app_with_ui, demo_data, passwords, tokens, AppState};
use clap::{Parser, Subcommand};
use serde_json::json;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    version,
    about = "Brobygge's server: enrollment and sync for the outreach log"
)]
struct Cli {
    /// Where the server keeps its data; the SQLite database is `brobygge.sqlite3` in it.
    #[arg(
        long,
        env = "BROBYGGE_DATA_DIR",
        default_value = "brobygge-data",
        global = true
    )]
    data_dir: PathBuf,
    /// A PostgreSQL URL (`postgres://user@host:port/database`) to keep the data there instead
    /// of in the SQLite file in the data folder.
    #[arg(long, env = "BROBYGGE_DATABASE_URL", global = true)]
    database_url: Option<String>,
    /// A certificate authority (PEM) to trust for the PostgreSQL server's certificate, beside
    /// the system's. Connections to another host need TLS unless the URL says `sslmode`.
    #[arg(long, env = "BROBYGGE_DATABASE_CA", global = true)]
    database_ca: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
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
        /// guide, staff, coordinator or admin
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
    /// Print every activity as one JSON line each.
    Activities,
    /// Print the kept conflicts as one JSON line each.
    Conflicts,
    /// Print who made each version of each activity, one JSON line each.
    History,
}

fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let database = match &cli.database_url {
        Some(url) => url.clone(),
        None => cli.data_dir.to_string_lossy().into_owned(),
    };
    // Opened before the async runtime starts: the PostgreSQL client blocks.
    let trust = storage::postgres::TlsTrust {
        ca_file: cli.database_ca.clone(),
    };
    let storage = storage::open_with(&database, &trust).context("opening the database")?;
    let create = |name: String, role: Role, projects: Vec<String>| -> Result<()> {
        let projects = projects
            .into_iter()
            .map(Code::new)
            .collect::<Result<Vec<_>, _>>()?;
        let id = storage.create_user(&NewUser {
            name,
            role,
            projects,
        })?;
        println!("{id}");
        Ok(())
    };
    match cli.command {
        Command::Serve {
            address,
            secure_cookies,
            ui_dir,
            trusted_proxies,
        } => {
            let state = AppState {
                secure_cookies,
                trusted_proxies: std::sync::Arc::new(trusted_proxies),
                ..AppState::new(storage)
            };
            let router = match &ui_dir {
                Some(dir) => app_with_ui(state, dir),
                None => app(state),
            };
            let runtime = tokio::runtime::Runtime::new()?;
            runtime
                .block_on(brobygge_server::serve(&address, router))
                .with_context(|| format!("serving on {address}"))?;
        }
        Command::SetPassword { user, login } => {
            let password = match std::env::var("BROBYGGE_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            if let Some(problem) = passwords::problem(&password) {
                anyhow::bail!(problem);
            }
            let login = login.trim().to_lowercase();
            storage.set_login(user, &login, &passwords::hash(&password))?;
        }
        Command::CreateUser {
            name,
            role,
            projects,
        } => {
            let role: Role = serde_json::from_value(serde_json::Value::String(role))
                .context("role must be guide, staff, coordinator or admin")?;
            create(name, role, projects)?;
        }
        Command::CreateCoordinator { name, projects } => {
            create(name, Role::Coordinator, projects)?;
        }
        Command::IssueCode { user } => {
            let code = tokens::new_code();
            let expires = chrono::Utc::now() + chrono::Duration::hours(72);
            storage.add_code(user, &tokens::hash(&tokens::normalize_code(&code)), expires)?;
            println!("{code}");
        }
        Command::RevokeDevice { device } => {
            if !storage.revoke(&device)? {
                anyhow::bail!("no device {device} that is not already revoked");
            }
            let entry = AuditEntry::now("command line", "revoke-device", &device, json!({}));
            storage.record(&entry)?;
        }
        Command::Correct {
            activity,
            field,
            value,
            by,
        } => {
            let value: serde_json::Value =
                serde_json::from_str(&value).context("the value must be JSON")?;
            let by = Corrector {
                name: by,
                user_id: None,
                projects: None,
            };
            let version = storage.correct(&ActivityId(activity), &field, value, &by)?;
            println!("{version}");
        }
        Command::DemoData {
            user,
            entries,
            projects,
            from,
            days,
        } => {
            let projects = projects
                .into_iter()
                .map(Code::new)
                .collect::<Result<Vec<_>, _>>()?;
            let code = tokens::new_code();
            let hash = tokens::hash(&tokens::normalize_code(&code));
            let now = chrono::Utc::now();
            storage.add_code(user, &hash, now + chrono::Duration::minutes(5))?;
            let token = tokens::hash(&tokens::new_code());
            let device = storage.enroll(&hash, &token, env!("CARGO_PKG_VERSION"), now)?;
            let start = std::time::Instant::now();
            let loaded = demo_data::load(
                storage.as_ref(),
                &device,
                &projects,
                entries,
                (from, days),
                |done| {
                    if done % 100_000 == 0 {
                        eprintln!("{done} of {entries} logged");
                    }
                },
            )?;
            eprintln!(
                "{loaded} occasions logged in {:.1} s",
                start.elapsed().as_secs_f64()
            );
        }
        Command::Activities => {
            for a in storage.activities()? {
                println!("{}", serde_json::to_string(&a)?);
            }
        }
        Command::Conflicts => {
            for c in storage.conflicts()? {
                println!("{}", serde_json::to_string(&c)?);
            }
        }
        Command::History => {
            for v in storage.history()? {
                println!("{}", serde_json::to_string(&v)?);
            }
        }
    }
    Ok(())
}
