//! The people a coordinator manages and their devices: who they are, their role and projects,
//! and each device's app version, enrollment, last push and whether it was revoked.

use super::sql::{Row, SqlBackend};
use super::StorageError;
use brobygge_model::sync::Role;
use brobygge_model::Code;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeviceInfo {
    pub id: String,
    pub app_version: String,
    /// UTC, RFC 3339.
    pub enrolled_at: String,
    /// When the device last pushed (UTC, RFC 3339), if ever.
    pub last_sync_at: Option<String>,
    pub revoked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub projects: Vec<Code>,
    /// The name a coordinator or administrator logs in with, once they have one.
    pub login: Option<String>,
    /// Disabled by an administrator.
    pub disabled: bool,
    pub devices: Vec<DeviceInfo>,
}

/// A user's own columns, as [`SELECT`] reads them: id, name, role, projects, login, disabled.
type UserColumns = (i64, String, String, String, Option<String>, bool);

pub trait People {
    /// Everyone, by id, with their devices.
    fn people(&self) -> Result<Vec<Person>, StorageError>;
}

/// Both backends, in one SQL.
impl<B: SqlBackend> People for B {
    fn people(&self) -> Result<Vec<Person>, StorageError> {
        let rows = self.read(|db| db.query(SELECT, &[]))?;
        fold(rows.iter().map(columns).collect::<Result<Vec<_>, _>>()?)
    }
}

/// A user's columns and their device's, if any, from a row of [`SELECT`].
fn columns(r: &Row) -> Result<(UserColumns, Option<DeviceInfo>), StorageError> {
    let device = match r.opt_text(4)? {
        Some(id) => Some(DeviceInfo {
            id,
            app_version: r.text(5)?,
            enrolled_at: r.time_text(6)?.unwrap_or_default(),
            last_sync_at: r.time_text(7)?,
            revoked: r.bool(8)?,
        }),
        None => None,
    };
    let user = (
        r.int(0)?,
        r.text(1)?,
        r.text(2)?,
        r.text(3)?,
        r.opt_text(9)?,
        r.bool(10)?,
    );
    Ok((user, device))
}

/// Folds rows of a user joined with their devices (none for a user without one) into people.
fn fold(
    rows: impl IntoIterator<Item = (UserColumns, Option<DeviceInfo>)>,
) -> Result<Vec<Person>, StorageError> {
    let mut people: Vec<Person> = Vec::new();
    for ((id, name, role, projects, login, disabled), device) in rows {
        if people.last().is_none_or(|p| p.id != id) {
            people.push(Person {
                id,
                name,
                role: serde_json::from_value(serde_json::Value::String(role))?,
                projects: serde_json::from_str(&projects)?,
                login,
                disabled,
                devices: Vec::new(),
            });
        }
        if let (Some(person), Some(device)) = (people.last_mut(), device) {
            person.devices.push(device);
        }
    }
    Ok(people)
}

const SELECT: &str =
    "SELECT u.id, u.name, u.role, u.projects, d.id, d.app_version, d.enrolled_at, d.last_sync_at,
            d.revoked_at IS NOT NULL, u.login, u.disabled_at IS NOT NULL
     FROM users u LEFT JOIN devices d ON d.user_id = u.id
     ORDER BY u.id, d.enrolled_at";
