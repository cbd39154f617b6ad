//! Enrollment: the device connects to the municipality's server with a coordinator's
//! one-time code. Enrolling again as the same user keeps the entries and pulls the user's log
//! back from the start; enrolling as another user (a phone handed over, or pointed at another
//! server) first sends the previous user's waiting changes, or discards them only when the
//! user confirms, and erases the previous user's data before the new user's link is kept.

use super::{post, SyncError};
use crate::erase::Erasure;
use crate::{outbox, profile, CoreError, Store};
use brobygge_model::sync::{EnrollRequest, EnrollResponse, ServerProfile};
use brobygge_model::{LocaleCode, Profile};

/// What becomes of changes of a previous user that the server does not have yet, when the
/// device is enrolled to another user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handover {
    /// They are sent first; when that fails, enrollment stops with
    /// [`SyncError::UnsentEntries`] and the previous user's data stays.
    SendFirst,
    /// The user confirmed that they may be discarded.
    DiscardUnsent,
}

/// The server's address as the device keeps it (without a trailing slash): an `https://` URL,
/// or `http://` only for a server on this device itself (a test, a demo).
fn server_address(typed: &str) -> Result<String, SyncError> {
    let typed = typed.trim().trim_end_matches('/');
    let refused = || SyncError::InvalidServer(typed.to_owned());
    let url = reqwest::Url::parse(typed).map_err(|_| refused())?;
    let on_this_device = match url.host() {
        Some(url::Host::Domain(name)) => name == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    let plain = url.username().is_empty() && url.password().is_none() && url.query().is_none();
    match url.scheme() {
        "https" if plain && url.host().is_some() => Ok(typed.to_owned()),
        "http" if plain && on_this_device => Ok(typed.to_owned()),
        _ => Err(refused()),
    }
}

impl Store {
    /// Connects this device to the server at `server` with a coordinator's one-time code, as
    /// [`Store::enroll_with`] with [`Handover::SendFirst`].
    pub async fn enroll(
        &self,
        server: &str,
        code: &str,
        app_version: &str,
    ) -> Result<ServerProfile, SyncError> {
        self.enroll_with(server, code, app_version, Handover::SendFirst)
            .await
    }

    /// Connects this device to the server at `server` with a coordinator's one-time code. The
    /// server's profile of the user replaces the local one. Entries logged before a first
    /// enrollment stay and are sent; enrolling again as the same user keeps everything and
    /// pulls from the start; another user's enrollment erases the previous user's data first
    /// (see [`Handover`]). Sending the same code again from this install, after an answer was
    /// lost, enrolls it again.
    pub async fn enroll_with(
        &self,
        server: &str,
        code: &str,
        app_version: &str,
        handover: Handover,
    ) -> Result<ServerProfile, SyncError> {
        let _gate = self.sync_gate.lock().await;
        let server = server_address(server)?;
        let request = EnrollRequest {
            code: code.to_owned(),
            device_name: "Brobygge".into(),
            app_version: app_version.to_owned(),
            install_id: Some(self.install_id()?),
        };
        let url = format!("{server}/api/v1/enroll");
        let answer: EnrollResponse = post(self.http(), url, None, &request).await?;
        let locale = self.profile()?.map(|p| p.locale).unwrap_or(LocaleCode::Sv);
        let profile = Profile::new(
            &answer.profile.name,
            locale,
            answer.profile.projects.clone(),
        )
        .map_err(CoreError::from)?;
        let mut same_user = false;
        if let Some(previous) = self.server_link()? {
            same_user = previous.server == server && previous.user_id == Some(answer.user_id);
            if !same_user {
                if handover == Handover::SendFirst {
                    let sent = self.push_batches(&previous).await;
                    // A revoked previous enrollment has nothing left to send: it is erased.
                    self.erase_if_revoked(&previous, sent).ok();
                    let waiting = self.sync_status()?.waiting;
                    if waiting > 0 {
                        return Err(SyncError::UnsentEntries { waiting });
                    }
                }
                self.erase(Erasure::Handover)?;
            }
        }
        self.keep_link(&server, &answer, &profile, same_user)?;
        Ok(answer.profile)
    }

    /// Keeps the new enrollment: its numbering goes on from what the server applied, and the
    /// next pull starts from the beginning. Enrolled `again` as the same user, the device
    /// sends all of its own entries again: the server may have lost some (restored from a
    /// backup, which is why the old token no longer worked), and takes the others as they are.
    fn keep_link(
        &self,
        server: &str,
        answer: &EnrollResponse,
        profile: &Profile,
        again: bool,
    ) -> Result<(), CoreError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction()?;
        if again {
            super::resend::requeue_own(&tx)?;
        }
        // The first change waiting (or the next one made) is number `last_applied + 1` for
        // the server.
        let applied = i64::try_from(answer.last_applied).unwrap_or(i64::MAX);
        let seq_base = outbox::next_seq(&tx)? - 1 - applied;
        tx.execute(
            "INSERT INTO sync_link (id, server, device_id, token, user_id, seq_base)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET server = excluded.server,
                 device_id = excluded.device_id, token = excluded.token,
                 user_id = excluded.user_id, seq_base = excluded.seq_base,
                 pull_cursor = NULL, last_success = NULL, last_error = NULL",
            (
                server,
                &answer.device_id,
                &answer.token,
                answer.user_id,
                seq_base,
            ),
        )?;
        // Pulling from the start brings every entry's current version again.
        tx.execute("DELETE FROM server_copies", [])?;
        tx.execute("UPDATE install SET erased_at = NULL", [])?;
        profile::set(&tx, profile)?;
        tx.commit()?;
        Ok(())
    }

    /// This install's id, made on first use and kept, also when its data is erased.
    pub(crate) fn install_id(&self) -> Result<String, CoreError> {
        let conn = self.conn()?;
        conn.execute(
            "INSERT INTO install (id, install_id) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING",
            [uuid::Uuid::now_v7().to_string()],
        )?;
        Ok(
            conn.query_row("SELECT install_id FROM install WHERE id = 1", [], |r| {
                r.get(0)
            })?,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::server_address;

    #[test]
    fn a_server_off_this_device_is_reached_only_over_https() {
        for (typed, kept) in [
            (
                "https://brobygge.jonkoping.se/",
                "https://brobygge.jonkoping.se",
            ),
            (" https://10.0.0.5:8443 ", "https://10.0.0.5:8443"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
            ("http://localhost:8080/", "http://localhost:8080"),
            ("http://[::1]:8080", "http://[::1]:8080"),
        ] {
            assert_eq!(server_address(typed).unwrap(), kept, "{typed}");
        }
        for refused in [
            "http://brobygge.jonkoping.se",
            "http://192.168.1.10:8080",
            "http://127.0.0.1.evil.example",
            "ftp://brobygge.jonkoping.se",
            "https://user:secret@brobygge.jonkoping.se",
            "https://brobygge.jonkoping.se/?next=http://x",
            "brobygge.jonkoping.se",
            "",
        ] {
            assert!(server_address(refused).is_err(), "{refused}");
        }
    }
}
