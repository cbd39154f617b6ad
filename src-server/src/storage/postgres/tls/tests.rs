//! The sslmode rules and the CA file, without a database.

use super::*;

/// `url` connects with `expected`.
fn check(url: &str, trust: &TlsTrust, expected: SslMode) {
    let config = parse(url).unwrap();
    assert_eq!(ssl_mode(url, &config, trust), expected, "{url}");
}

#[test]
fn a_remote_database_gets_tls_unless_the_url_says_otherwise() {
    let system = TlsTrust::default();
    for url in [
        "postgres://brobygge@db.kommun.se/brobygge",
        "postgres://brobygge@10.0.0.5:5432/brobygge",
        "postgres://brobygge@[2001:db8::1]:5432/brobygge",
        "postgres://brobygge@localhost,db.kommun.se/brobygge",
        "postgres://brobygge@localhost/brobygge?hostaddr=10.0.0.5",
        "postgres://brobygge@db.kommun.se/brobygge?application_name=x",
        "postgres://brobygge@db.kommun.se/brobygge?sslmode=require",
        "postgres://brobygge@db.kommun.se/brobygge?sslmode=verify-full",
        "postgres://brobygge@db.kommun.se/brobygge?sslmode=verify-ca&connect_timeout=5",
    ] {
        check(url, &system, SslMode::Require);
    }
    check(
        "postgres://brobygge@db.kommun.se/brobygge?sslmode=disable",
        &system,
        SslMode::Disable,
    );
    check(
        "postgres://brobygge@db.kommun.se/brobygge?sslmode=prefer",
        &system,
        SslMode::Prefer,
    );
}

#[test]
fn a_database_on_this_host_is_reached_without_tls_unless_asked() {
    let system = TlsTrust::default();
    for url in [
        "postgres://brobygge@localhost/brobygge",
        "postgres://brobygge@LOCALHOST:5433/brobygge",
        "postgres://brobygge@127.0.0.1:5432/brobygge",
        "postgres://brobygge@127.8.9.10/brobygge",
        "postgres://brobygge@[::1]:5432/brobygge",
        "postgres://brobygge@%2Fvar%2Frun%2Fpostgresql/brobygge",
        "postgres:///brobygge?host=/var/run/postgresql",
        "postgres://brobygge@localhost/brobygge?hostaddr=127.0.0.1",
    ] {
        check(url, &system, SslMode::Disable);
    }
    check(
        "postgres://brobygge@127.0.0.1/brobygge?sslmode=require",
        &system,
        SslMode::Require,
    );
    check(
        "postgres://brobygge@localhost/brobygge?sslmode=prefer",
        &system,
        SslMode::Prefer,
    );
    let with_ca = TlsTrust {
        ca_file: Some("ca.pem".into()),
    };
    check(
        "postgres://brobygge@localhost/brobygge",
        &with_ca,
        SslMode::Require,
    );
    check(
        "postgres://brobygge@localhost/brobygge?sslmode=disable",
        &with_ca,
        SslMode::Disable,
    );
}

#[test]
fn settling_a_url_sets_the_mode_it_checked() {
    let settled = settle(
        "postgres://brobygge@db.kommun.se/brobygge",
        &TlsTrust::default(),
    )
    .unwrap();
    assert_eq!(settled.config.get_ssl_mode(), SslMode::Require);
    assert!(settled.connector.is_some());
    let settled = settle(
        "postgres://brobygge@localhost/brobygge",
        &TlsTrust::default(),
    )
    .unwrap();
    assert_eq!(settled.config.get_ssl_mode(), SslMode::Disable);
    assert!(settled.connector.is_none());
}

#[test]
fn an_unreadable_or_empty_ca_file_is_refused_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").unwrap();
    for file in [empty, dir.path().join("missing.pem")] {
        let trust = TlsTrust {
            ca_file: Some(file.clone()),
        };
        let Err(error) = settle("postgres://brobygge@db.kommun.se/brobygge", &trust) else {
            panic!("{} was accepted", file.display());
        };
        assert!(
            error.to_string().contains(&*file.to_string_lossy()),
            "{error}"
        );
    }
}
