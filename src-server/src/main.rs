//! `brobygge-server`: serve the API, or do an administrator's task from the command line.

use anyhow::{Context, Result};
use brobygge_model::sync::Role;
use brobygge_model::Code;
use brobygge_server::storage::sqlite::Sqlite;
use brobygge_server::storage::{NewUser, Storage};
use brobygge_server::{app, tokens, AppState};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;

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
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API.
    Serve {
        #[arg(long, env = "BROBYGGE_ADDRESS", default_value = "127.0.0.1:8080")]
        address: String,
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
}

fn open(data_dir: &PathBuf) -> Result<Sqlite> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating {}", data_dir.display()))?;
    Ok(Sqlite::open(&data_dir.join("brobygge.sqlite3"))?)
}

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .init();
    let cli = Cli::parse();
    let storage = open(&cli.data_dir)?;
    match cli.command {
        Command::Serve { address } => {
            let listener = tokio::net::TcpListener::bind(&address)
                .await
                .with_context(|| format!("binding {address}"))?;
            tracing::info!(address = %listener.local_addr()?, "serving");
            let state = AppState {
                storage: Arc::new(storage),
            };
            axum::serve(listener, app(state))
                .with_graceful_shutdown(async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await?;
        }
        Command::CreateUser {
            name,
            role,
            projects,
        } => {
            let role: Role = serde_json::from_value(serde_json::Value::String(role))
                .context("role must be guide, staff, coordinator or admin")?;
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
        }
    }
    Ok(())
}
