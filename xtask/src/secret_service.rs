//! A secret service for the tests of the device key (`src-core/src/key_home/tests.rs`): the
//! tests run in a D-Bus session of their own (`dbus-run-session`) with a gnome-keyring unlocked
//! with a throwaway password, its keyring in the target dir, never a developer's own. The
//! session, and the keyring daemon with it, ends with the command.

use anyhow::{Context, Result};
use std::path::Path;
use std::process::Command;

/// Starts the keyring daemon (it makes and unlocks a login keyring), then has it take the
/// Secret Service's name on the session bus, so that D-Bus does not start another daemon that
/// would not find this one; then runs the command given after the script.
const SCRIPT: &str = r#"set -e
(
    export XDG_DATA_HOME="$BROBYGGE_KEYRING_HOME" XDG_RUNTIME_DIR="$BROBYGGE_KEYRING_HOME"
    echo -n brobygge-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
)
exec "$@""#;

/// `inner` run inside a D-Bus session with a secret service, and told so with
/// `BROBYGGE_TEST_SECRET_SERVICE` (without it the secret-store tests say they did not run).
pub fn around(root: &Path, inner: &Command) -> Result<Command> {
    let home = crate::target_dir(root).join("test-keyring");
    if home.exists() {
        std::fs::remove_dir_all(&home).with_context(|| format!("clearing {}", home.display()))?;
    }
    std::fs::create_dir_all(&home)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700))?;
    }
    let mut command = Command::new("dbus-run-session");
    command
        .args(["--", "sh", "-c", SCRIPT, "sh"])
        .arg(inner.get_program())
        .args(inner.get_args());
    for (name, value) in inner.get_envs() {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    command
        .env("BROBYGGE_KEYRING_HOME", &home)
        .env("BROBYGGE_TEST_SECRET_SERVICE", "gnome-keyring");
    Ok(command)
}
