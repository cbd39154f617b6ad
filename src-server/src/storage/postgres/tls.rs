//! TLS for the connections to PostgreSQL: which `sslmode` a URL gets, and the rustls connector
//! (with `ring`) that checks the server's certificate and host name against the system's roots
//! and an optional CA file. A URL's own `sslmode` is honoured; without one, a database on
//! another host gets `require` (TLS, or no connection), one on this host (loopback or a unix
//! socket) is reached without TLS, as its traffic never leaves the machine, unless a CA file
//! was given. `require` checks the certificate and the host name as libpq's `verify-full` does
//! (so `verify-ca` and `verify-full` are read as `require`); `prefer` checks them too, but
//! connects without TLS when the server does not offer it.

use crate::storage::StorageError;
use postgres::config::{Host, SslMode};
use postgres::Config;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// What the PostgreSQL server's certificate is checked against: the system's roots, and the
/// certificates in `ca_file` (PEM) when it is given (the server's `--database-ca`).
#[derive(Clone, Debug, Default)]
pub struct TlsTrust {
    pub ca_file: Option<PathBuf>,
}

/// A parsed connection URL with its `sslmode` settled, and the connector it needs.
pub(super) struct Settled {
    pub config: Config,
    /// `None` when the mode is `disable`.
    pub connector: Option<MakeRustlsConnect>,
}

/// Parses `url`, settles its `sslmode` (see the module's rule) and, unless TLS is off, makes
/// the connector with the roots `trust` names. A remote database reached without TLS is
/// logged as a warning.
pub(super) fn settle(url: &str, trust: &TlsTrust) -> Result<Settled, StorageError> {
    if !url.contains("://") {
        return Err(StorageError::Database(
            "the database must be given as a postgres:// URL".into(),
        ));
    }
    let mut config = parse(url).map_err(|e| StorageError::Database(with_causes(&e)))?;
    let mode = ssl_mode(url, &config, trust);
    config.ssl_mode(mode);
    if is_remote(&config) {
        match mode {
            SslMode::Disable => tracing::warn!(
                "sslmode=disable: the connections to the database on another host are not \
                 encrypted, and the server is not checked"
            ),
            SslMode::Prefer => tracing::warn!(
                "sslmode=prefer: the connections to the database on another host are not \
                 encrypted when it does not offer TLS; say sslmode=require"
            ),
            _ => {}
        }
    }
    let connector = match mode {
        SslMode::Disable => None,
        _ => Some(connector(trust)?),
    };
    Ok(Settled { config, connector })
}

/// Parses `url`. libpq's `verify-ca` and `verify-full` are read as `require`, which checks
/// the certificate and the host name as `verify-full` does.
fn parse(url: &str) -> Result<Config, postgres::Error> {
    match stated_ssl_mode(url) {
        Some("verify-ca" | "verify-full") => {
            let (address, query) = url.split_once('?').unwrap_or((url, ""));
            let others: Vec<&str> = query
                .split('&')
                .filter(|pair| !pair.starts_with("sslmode="))
                .collect();
            let mut config = if others.is_empty() {
                Config::from_str(address)?
            } else {
                Config::from_str(&format!("{address}?{}", others.join("&")))?
            };
            config.ssl_mode(SslMode::Require);
            Ok(config)
        }
        _ => Config::from_str(url),
    }
}

/// The mode `url` (parsed as `config`) connects with: its own `sslmode`, or the default.
fn ssl_mode(url: &str, config: &Config, trust: &TlsTrust) -> SslMode {
    // `Config` answers `prefer` both when the URL says so and when it says nothing.
    match config.get_ssl_mode() {
        SslMode::Prefer if stated_ssl_mode(url).is_none() => {
            default_ssl_mode(is_remote(config), trust)
        }
        stated => stated,
    }
}

/// The mode a URL that says no `sslmode` gets: `require` for a database on another host or
/// when a CA file was given, `disable` on this host.
fn default_ssl_mode(remote: bool, trust: &TlsTrust) -> SslMode {
    if remote || trust.ca_file.is_some() {
        SslMode::Require
    } else {
        SslMode::Disable
    }
}

/// `sslmode`'s value when the URL's query gives it (the last one counts, as in `Config`).
fn stated_ssl_mode(url: &str) -> Option<&str> {
    let (_, query) = url.split_once('?')?;
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .filter(|(key, _)| *key == "sslmode")
        .map(|(_, value)| value)
        .next_back()
}

/// Whether any host (or host address) the URL names is off this machine: not loopback
/// (127.0.0.0/8, ::1, `localhost`) and not a unix socket. A URL with no host at all reaches
/// nothing remote.
fn is_remote(config: &Config) -> bool {
    let remote_host = config.get_hosts().iter().any(|host| match host {
        Host::Tcp(name) => !is_loopback_name(name),
        #[cfg(unix)]
        Host::Unix(_) => false,
    });
    let remote_address = config.get_hostaddrs().iter().any(|ip| !ip.is_loopback());
    remote_host || remote_address
}

fn is_loopback_name(name: &str) -> bool {
    let name = name.trim_start_matches('[').trim_end_matches(']');
    if name.starts_with('/') {
        return true;
    }
    match name.parse::<IpAddr>() {
        Ok(ip) => ip.is_loopback(),
        Err(_) => name.eq_ignore_ascii_case("localhost"),
    }
}

/// A rustls connector with `ring` as its crypto provider, TLS 1.2 and 1.3, trusting the
/// system's roots and `trust.ca_file`'s certificates.
fn connector(trust: &TlsTrust) -> Result<MakeRustlsConnect, StorageError> {
    let mut roots = rustls::RootCertStore::empty();
    let system = rustls_native_certs::load_native_certs();
    for error in &system.errors {
        tracing::warn!("reading the system's certificate authorities: {error}");
    }
    let (_, unusable) = roots.add_parsable_certificates(system.certs);
    if unusable > 0 {
        tracing::debug!("{unusable} of the system's certificate authorities are not usable");
    }
    if let Some(file) = &trust.ca_file {
        for certificate in read_ca_file(file)? {
            roots.add(certificate).map_err(|e| {
                StorageError::Database(format!("the database CA {}: {e}", file.display()))
            })?;
        }
    }
    if roots.is_empty() {
        tracing::warn!(
            "no certificate authority to check the database's certificate against: the system \
             has none and no --database-ca was given"
        );
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StorageError::Database(format!("TLS for the database: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}

fn read_ca_file(file: &Path) -> Result<Vec<CertificateDer<'static>>, StorageError> {
    let unreadable = |e: &dyn std::fmt::Display| {
        StorageError::Database(format!("the database CA file {}: {e}", file.display()))
    };
    let certificates = CertificateDer::pem_file_iter(file)
        .map_err(|e| unreadable(&e))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| unreadable(&e))?;
    if certificates.is_empty() {
        return Err(unreadable(&"no PEM certificate in it"));
    }
    Ok(certificates)
}

/// An error and its causes, which the PostgreSQL client's errors do not show themselves
/// ("error performing TLS handshake: invalid peer certificate: UnknownIssuer").
pub(super) fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(next) = cause {
        text.push_str(&format!(": {next}"));
        cause = next.source();
    }
    text
}

#[cfg(test)]
mod tests;
