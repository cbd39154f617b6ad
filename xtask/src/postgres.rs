//! A throwaway PostgreSQL cluster of the project's own, for the tests and the bench that run
//! the server on PostgreSQL: made with Debian's binaries in a temporary folder, on a free
//! local port, with trust authentication on loopback only, and removed when dropped. It serves
//! TLS too, with a certificate for 127.0.0.1 and localhost from a throwaway CA made with the
//! `openssl` command line, so that the tests can connect with `sslmode=require`.

use anyhow::{bail, Context, Result};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Command;

pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
}

/// In the cluster's folder: the throwaway CA's certificate and key, and the server's.
const CA_FILE: &str = "tls/ca.crt";
const CA_KEY_FILE: &str = "tls/ca.key";
const SERVER_CERT_FILE: &str = "tls/server.crt";
const SERVER_KEY_FILE: &str = "tls/server.key";

/// How durable the throwaway cluster is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// fsync off: for tests, whose data nobody keeps.
    Tests,
    /// As shipped: for measuring.
    Default,
}

fn bin_dir() -> Result<PathBuf> {
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .context("PostgreSQL is not installed (/usr/lib/postgresql is missing)")?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("postgres").exists())
        .collect();
    versions.sort();
    versions
        .pop()
        .context("no PostgreSQL server binaries under /usr/lib/postgresql")
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a PostgreSQL program, as the `postgres` user when we are root (the server refuses to
/// run as root).
fn pg(bin: &std::path::Path, program: &str, args: &[&str]) -> Result<()> {
    let path = bin.join(program);
    let mut command = if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(&path);
        c
    } else {
        Command::new(&path)
    };
    let out = command
        .args(args)
        .output()
        .with_context(|| format!("starting {}", path.display()))?;
    if !out.status.success() {
        bail!(
            "{program} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

impl Cluster {
    pub fn start(durability: Durability) -> Result<Cluster> {
        let bin = bin_dir()?;
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let dir = std::env::temp_dir().join(format!("brobygge-pg-{}-{port}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        if is_root() {
            let status = Command::new("chown")
                .args(["postgres:postgres"])
                .arg(&dir)
                .status()?;
            if !status.success() {
                bail!("could not give {} to the postgres user", dir.display());
            }
        }
        let data = dir.join("data");
        let data_str = data.to_string_lossy().into_owned();
        pg(
            &bin,
            "initdb",
            &[
                "-D",
                &data_str,
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
        )?;
        let cluster = Cluster { dir, bin, port };
        cluster.make_certificates()?;
        let tls_settings = format!(
            "\n# Added by cargo xtask: TLS with a throwaway CA's certificate.\n\
             ssl = on\nssl_cert_file = '{}'\nssl_key_file = '{}'\n",
            cluster.dir.join(SERVER_CERT_FILE).display(),
            cluster.dir.join(SERVER_KEY_FILE).display(),
        );
        std::fs::OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .and_then(|mut conf| std::io::Write::write_all(&mut conf, tls_settings.as_bytes()))
            .context("turning TLS on in postgresql.conf")?;
        let mut options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c max_connections=200",
            cluster.dir.display()
        );
        if durability == Durability::Tests {
            options.push_str(" -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        }
        let log = cluster
            .dir
            .join("server.log")
            .to_string_lossy()
            .into_owned();
        pg(
            &cluster.bin,
            "pg_ctl",
            &["-D", &data_str, "-o", &options, "-l", &log, "-w", "start"],
        )?;
        Ok(cluster)
    }

    /// The URL of the cluster's maintenance database; each user makes its own database.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// The throwaway CA (PEM) that signed the cluster's certificate, for the tests that
    /// connect with TLS (`BROBYGGE_TEST_POSTGRES_CA`).
    pub fn ca_file(&self) -> PathBuf {
        self.dir.join(CA_FILE)
    }

    /// A CA, and a certificate it signs for 127.0.0.1 and localhost whose key only the
    /// server's user may read (PostgreSQL refuses a key others can read), valid for 30 days.
    fn make_certificates(&self) -> Result<()> {
        let tls = self.dir.join("tls");
        std::fs::create_dir_all(&tls)?;
        let path = |name: &str| self.dir.join(name).to_string_lossy().into_owned();
        let (ca_key, ca_cert) = (path(CA_KEY_FILE), path(CA_FILE));
        let (key, cert) = (path(SERVER_KEY_FILE), path(SERVER_CERT_FILE));
        let (request, extensions) = (path("tls/server.csr"), path("tls/server.ext"));
        std::fs::write(
            &extensions,
            "basicConstraints = critical, CA:FALSE\n\
             keyUsage = critical, digitalSignature\n\
             extendedKeyUsage = serverAuth\n\
             subjectAltName = IP:127.0.0.1, DNS:localhost\n",
        )?;
        let p256 = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        openssl(
            "making the test cluster's CA",
            Command::new("openssl")
                .args(["req", "-x509"])
                .args(p256)
                .args(["-keyout", &ca_key, "-out", &ca_cert, "-days", "30"])
                .args(["-subj", "/CN=Brobygge test CA"])
                .args(["-addext", "basicConstraints=critical,CA:TRUE"])
                .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]),
        )?;
        openssl(
            "making the test cluster's key",
            Command::new("openssl").arg("req").args(p256).args([
                "-keyout",
                &key,
                "-out",
                &request,
                "-subj",
                "/CN=localhost",
            ]),
        )?;
        openssl(
            "signing the test cluster's certificate",
            Command::new("openssl")
                .args([
                    "x509", "-req", "-in", &request, "-out", &cert, "-days", "30",
                ])
                .args(["-CA", &ca_cert, "-CAkey", &ca_key, "-CAcreateserial"])
                .args(["-extfile", &extensions]),
        )?;
        if is_root() {
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&tls)
                .status()?;
            if !status.success() {
                bail!("could not give {} to the postgres user", tls.display());
            }
        }
        #[cfg(unix)]
        for secret in [&key, &ca_key] {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(secret, std::fs::Permissions::from_mode(0o600))?;
        }
        Ok(())
    }
}

/// Runs an `openssl` command, quietly unless it fails.
fn openssl(what: &str, command: &mut Command) -> Result<()> {
    let out = command
        .output()
        .with_context(|| format!("{what}: starting openssl (apt install openssl)"))?;
    if !out.status.success() {
        bail!(
            "{what} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.dir.join("data").to_string_lossy().into_owned();
        let _ = pg(
            &self.bin,
            "pg_ctl",
            &["-D", &data, "-m", "immediate", "stop"],
        );
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
