//! PostgreSQL over TLS against the test cluster, which serves it with a throwaway CA's
//! certificate (`BROBYGGE_TEST_POSTGRES_CA`): `sslmode=require` with that CA is encrypted,
//! without it is refused, and `sslmode=disable` is plain. Only with `BROBYGGE_TEST_POSTGRES`;
//! in CI a cluster given without its CA fails rather than skips.

use brobygge_server::storage::postgres::{Postgres, TlsTrust};
use std::path::PathBuf;

/// The cluster's maintenance URL and its CA, or `None` when there is nothing to check here.
fn cluster() -> Option<(String, PathBuf)> {
    let Ok(admin) = std::env::var("BROBYGGE_TEST_POSTGRES") else {
        eprintln!("on SQLite: nothing to check here");
        return None;
    };
    match std::env::var_os("BROBYGGE_TEST_POSTGRES_CA") {
        Some(ca) => Some((admin, PathBuf::from(ca))),
        None if std::env::var_os("CI").is_some() => panic!(
            "BROBYGGE_TEST_POSTGRES is set but BROBYGGE_TEST_POSTGRES_CA is not: \
             `cargo xtask test` sets both, and in CI the TLS tests must run"
        ),
        None => {
            eprintln!("no BROBYGGE_TEST_POSTGRES_CA: this PostgreSQL server's TLS is not known");
            None
        }
    }
}

/// A fresh database's URL with `parameter` added.
fn fresh_database(admin: &str, parameter: &str) -> String {
    let url = Postgres::create_database(admin).unwrap();
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}{parameter}")
}

fn encrypted(url: &str, trust: &TlsTrust) -> bool {
    let pg = Postgres::open_with(url, trust).unwrap_or_else(|e| panic!("{url}: {e}"));
    pg.connection_is_encrypted().unwrap()
}

#[test]
fn with_the_servers_ca_a_required_tls_connection_is_encrypted() {
    let Some((admin, ca)) = cluster() else {
        return;
    };
    let trust = TlsTrust { ca_file: Some(ca) };
    for parameter in ["sslmode=require", "sslmode=prefer"] {
        let url = fresh_database(&admin, parameter);
        assert!(encrypted(&url, &trust), "{parameter}");
    }
    // A CA given and no sslmode: TLS is wanted, even on loopback.
    let url = Postgres::create_database(&admin).unwrap();
    assert!(encrypted(&url, &trust), "a CA and no sslmode");
}

#[test]
fn a_certificate_from_a_ca_not_trusted_is_refused() {
    let Some((admin, _)) = cluster() else {
        return;
    };
    let url = fresh_database(&admin, "sslmode=require");
    let Err(error) = Postgres::open_with(&url, &TlsTrust::default()) else {
        panic!("connected to a server whose CA is neither the system's nor given");
    };
    let message = error.to_string();
    assert!(
        message.contains("sslmode=require")
            && message.contains("TLS")
            && message.contains("certificate"),
        "{message}"
    );
}

#[test]
fn without_tls_on_loopback_unless_asked() {
    let Some((admin, ca)) = cluster() else {
        return;
    };
    let url = fresh_database(&admin, "sslmode=disable");
    let trust = TlsTrust { ca_file: Some(ca) };
    assert!(!encrypted(&url, &trust), "sslmode=disable");
    // Loopback, no sslmode and no CA: as before there was TLS.
    let url = Postgres::create_database(&admin).unwrap();
    assert!(
        !encrypted(&url, &TlsTrust::default()),
        "loopback by default"
    );
}
