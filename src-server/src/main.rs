//! `brobygge-server`: serve the API, or do an administrator's task from the command line
//! (`commands.rs` lists them).

mod commands;

use anyhow::{Context, Result};
use brobygge_model::sync::Role;
use brobygge_model::ActivityId;
use brobygge_model::Code;
use brobygge_server::storage::audit::AuditEntry;
use brobygge_server::storage::{self, retention, Corrector, NewUser};
use brobygge_server::{app, app_with_ui, demo_data, passwords, tokens, AppState};
use clap::Parser;
use commands::{Cli, Command};
use serde_json::json;

fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    if let Command::Restore { from } = &cli.command {
        return restore(from, &cli);
    }
    let database = match &cli.database_url {
        Some(url) => url.clone(),
        None => cli.data_dir.to_string_lossy().into_owned(),
    };
    // Every process serving from a data folder holds its lock, shared; a restore waits for none.
    let _serving = match (&cli.command, &cli.database_url) {
        (Command::Serve { .. }, None) => Some(storage::sqlite::serving(&cli.data_dir)?),
        _ => None,
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
                .context("role must be guide, staff, coordinator, admin or viewer")?;
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
            let version = brobygge_server::sync::correct(
                &*storage,
                &ActivityId(activity),
                &field,
                value,
                &by,
            )?;
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
        Command::SetRetention { months, .. } => {
            if months.is_some_and(|m| m == 0 || m > retention::MAX_MONTHS) {
                anyhow::bail!(
                    "entries are kept from 1 to {} months",
                    retention::MAX_MONTHS
                );
            }
            let detail = json!({ "months": months });
            let entry = AuditEntry::now("command line", "set-retention", "entries", detail);
            storage.set_retention(months, &entry)?;
        }
        Command::Thin { dry_run } => {
            let months = storage
                .retention()?
                .context("no retention is set (set-retention): entries are kept for ever")?;
            let day = retention::kept_from(chrono::Local::now().date_naive(), months);
            let older = storage.count_before(day)?;
            if dry_run {
                println!("{older}");
            } else {
                let detail = json!({ "months": months, "before": day, "entries": older });
                let entry = AuditEntry::now("command line", "thin-entries", "entries", detail);
                println!("{}", storage.thin_before(day, &entry)?);
            }
        }
        Command::Backup { to } => {
            storage.backup_to(&to)?;
            eprintln!("backed up to {}", to.display());
        }
        Command::Restore { .. } => unreachable!("restored before the database is opened"),
        Command::Restored => {
            let epoch = storage.new_epoch()?;
            let detail = json!({ "epoch": epoch });
            storage.record(&AuditEntry::now(
                "command line",
                "restored",
                "database",
                detail,
            ))?;
            eprintln!("devices that synced after the backup will send their entries again");
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

/// `restore --from FILE`: the SQLite backup put in place of the data folder's database.
fn restore(from: &std::path::Path, cli: &Cli) -> Result<()> {
    if cli.database_url.is_some() {
        anyhow::bail!(
            "a PostgreSQL database is restored with pg_restore, then `restored` (see the README)"
        );
    }
    let kept = storage::sqlite::restore(from, &cli.data_dir)?;
    let storage = storage::open(&cli.data_dir.to_string_lossy())?;
    let detail = json!({ "from": from, "kept": kept });
    storage.record(&AuditEntry::now(
        "command line",
        "restore",
        "database",
        detail,
    ))?;
    eprintln!("restored {}", from.display());
    if let Some(kept) = kept {
        eprintln!("the database it replaced is kept as {}", kept.display());
    }
    Ok(())
}
