//! The people a coordinator manages and their devices: who they are, their role and projects,
//! and each device's app version, enrollment, last push and whether it was revoked.

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
pub(super) type UserColumns = (i64, String, String, String, Option<String>, bool);

pub trait People {
    /// Everyone, by id, with their devices.
    fn people(&self) -> Result<Vec<Person>, StorageError>;
}

/// Folds rows of a user joined with their devices (none for a user without one) into people.
pub(super) fn fold(
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

pub(super) const SELECT: &str =
    "SELECT u.id, u.name, u.role, u.projects, d.id, d.app_version, d.enrolled_at, d.last_sync_at,
            d.revoked_at IS NOT NULL, u.login, u.disabled_at IS NOT NULL
     FROM users u LEFT JOIN devices d ON d.user_id = u.id
     ORDER BY u.id, d.enrolled_at";
