//! [`Store`]: the public face of the device engine. Each method is one short transaction on
//! the device's SQLite file.

use crate::activities;
use crate::key::{self, DatabaseKey};
use crate::key_home::KeyHome;
use crate::outbox::{self, Mutation, OutboxRow};
use crate::{migrations, profile, reference, CoreError};
use brobygge_model::log::{Entry, LogEntry, LogQuery, Totals};
use brobygge_model::privacy::redact;
use brobygge_model::sync::Colleague;
use brobygge_model::{
    validate, ActivityDraft, ActivityId, ActivityState, Code, KeyStorage, Profile, ReferenceData,
    SaveOptions,
};
use chrono::NaiveDate;
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// The device's database. Cheap to share behind an `Arc`; calls are serialised by a mutex,
/// which is what SQLite does with writers anyway.
pub struct Store {
    conn: Mutex<Connection>,
    /// Where the database and its key are, for erasing them (see `erase.rs`).
    pub(crate) files: StoreFiles,
    /// Where the key is now; an erasure may put the new key elsewhere.
    pub(crate) key_storage: Mutex<KeyStorage>,
    /// Held by whatever talks to the server and then writes what it learned (enroll, push,
    /// pull, and erasing a revoked device), so that an enrollment never meets a push halfway.
    pub(crate) sync_gate: tokio::sync::Mutex<()>,
    /// The HTTP client for sync, made on first use and kept: building one loads the TLS roots,
    /// and a kept connection makes a sync with nothing to do one quick round trip.
    pub(crate) http: std::sync::OnceLock<reqwest::Client>,
    /// How far the running push has come; none when no sync runs.
    pub(crate) progress: Mutex<Option<brobygge_model::sync::SyncProgress>>,
}

impl Store {
    /// Opens (or creates) the database at `path`, encrypted with `key`, migrates it and loads
    /// the seed reference data on first start. A database written before encryption is
    /// encrypted first; one written with another key is refused untouched.
    ///
    /// The key is the caller's to keep; erasing the store (a revoked device) makes a new one
    /// that only lives in memory. The app uses [`Store::open_with_device_key`]. An erasure a
    /// crash interrupted is finished first (see `erase.rs`).
    pub fn open(path: impl AsRef<Path>, key: &DatabaseKey) -> Result<Store, CoreError> {
        let files = StoreFiles {
            database: path.as_ref().to_owned(),
            key_home: KeyHome::Caller,
        };
        crate::erase::finish_interrupted(&files, Some(key))?;
        let conn = connect(&files.database, key)?;
        Store::from_connection(conn, files, KeyStorage::Caller)
    }

    /// Opens (or creates) the database at `database` with the key kept in the file `key_file`
    /// only (made on first start, readable by its owner only), as releases before the secret
    /// store did: for tools and tests that keep a device's key themselves, and for the
    /// databases of older releases. Erasing the store deletes both; an erasure a crash
    /// interrupted is finished first.
    pub fn open_with_key_file(
        database: impl AsRef<Path>,
        key_file: impl AsRef<Path>,
    ) -> Result<Store, CoreError> {
        Store::open_with_key_home(database, KeyHome::File(key_file.as_ref().to_owned()))
    }

    /// Opens (or creates) the database at `database` as the app does: with its key in the
    /// operating system's secret store where one answers, else in the file `key_file`; a key
    /// file from an older release is moved into the secret store. [`Store::key_storage`] says
    /// where the key is. Erasing the store deletes the key from both; an erasure a crash
    /// interrupted is finished first. See `key_home.rs`.
    pub fn open_with_device_key(
        database: impl AsRef<Path>,
        key_file: impl AsRef<Path>,
    ) -> Result<Store, CoreError> {
        let fallback = key_file.as_ref().to_owned();
        Store::open_with_key_home(database, KeyHome::SecretStore { fallback })
    }

    fn open_with_key_home(
        database: impl AsRef<Path>,
        key_home: KeyHome,
    ) -> Result<Store, CoreError> {
        let files = StoreFiles {
            database: database.as_ref().to_owned(),
            key_home,
        };
        crate::erase::finish_interrupted(&files, None)?;
        let (key, storage) = files.key()?;
        Store::from_connection(connect(&files.database, &key)?, files, storage)
    }

    fn from_connection(
        conn: Connection,
        files: StoreFiles,
        key_storage: KeyStorage,
    ) -> Result<Store, CoreError> {
        Ok(Store {
            conn: Mutex::new(conn),
            files,
            key_storage: Mutex::new(key_storage),
            sync_gate: tokio::sync::Mutex::new(()),
            http: std::sync::OnceLock::new(),
            progress: Mutex::new(None),
        })
    }

    pub(crate) fn conn(&self) -> Result<MutexGuard<'_, Connection>, CoreError> {
        self.conn.lock().map_err(|_| CoreError::Poisoned)
    }

    /// Where the database's key is kept, for the app to tell its user when it is a file.
    pub fn key_storage(&self) -> KeyStorage {
        *self
            .key_storage
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn profile(&self) -> Result<Option<Profile>, CoreError> {
        profile::get(&*self.conn()?)
    }

    /// Keeps the user's profile. Once a user has set up the device again, the notice that a
    /// revocation erased it has been read.
    pub fn set_profile(&self, new: &Profile) -> Result<(), CoreError> {
        let checked = Profile::new(&new.name, new.locale, new.projects.clone())?;
        let conn = self.conn()?;
        profile::set(&conn, &checked)?;
        conn.execute("UPDATE install SET erased_at = NULL", [])?;
        Ok(())
    }

    pub fn reference_data(&self) -> Result<ReferenceData, CoreError> {
        reference::get(&*self.conn()?)
    }

    /// Keeps a half-filled form. Nothing is checked and nothing is queued for the server, but
    /// whatever in the note would identify a resident is replaced by
    /// [`privacy::REDACTED`](brobygge_model::privacy::REDACTED) before it is stored.
    pub fn save_draft(&self, draft: &ActivityDraft) -> Result<ActivityId, CoreError> {
        let draft = &ActivityDraft {
            note: redact(&draft.note),
            ..draft.clone()
        };
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id = match &draft.id {
            Some(id) => {
                activities::check_own(&tx, id)?;
                if activities::state_of(&tx, id)? == Some(ActivityState::Final) {
                    return Err(CoreError::NotADraft);
                }
                id.clone()
            }
            None => new_id(),
        };
        activities::save(&tx, &id, ActivityState::Draft, draft)?;
        tx.commit()?;
        Ok(id)
    }

    /// Checks the draft and saves it as a final entry, together with the outbox row that will
    /// carry it to the server, in one transaction.
    pub fn save_activity(
        &self,
        draft: &ActivityDraft,
        options: SaveOptions,
    ) -> Result<ActivityId, CoreError> {
        let reference = self.reference_data()?;
        let today = chrono::Local::now().date_naive();
        let activity = validate(draft, &reference, options, today).map_err(CoreError::Invalid)?;
        let id = draft.id.clone().unwrap_or_else(new_id);
        let checked = activity.to_draft(Some(id.clone()));
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        activities::check_own(&tx, &id)?;
        let document = activities::save(&tx, &id, ActivityState::Final, &checked)?;
        outbox::push(&tx, &id, Mutation::Upsert(&document))?;
        crate::sync::clear_refusal(&tx, &id)?;
        tx.commit()?;
        Ok(id)
    }

    pub fn entry(&self, id: &ActivityId) -> Result<Entry, CoreError> {
        activities::get(&*self.conn()?, id)
    }

    /// A page of My log (final entries) or of the drafts, newest first.
    pub fn log(&self, query: LogQuery) -> Result<Vec<LogEntry>, CoreError> {
        activities::log(&*self.conn()?, query)
    }

    /// Up to `limit` different occasions the user logged most recently, as starting points for
    /// logging one again (see `repeat.rs`).
    pub fn recent_occasions(
        &self,
        limit: usize,
    ) -> Result<Vec<brobygge_model::log::RecentOccasion>, CoreError> {
        crate::repeat::recent(&*self.conn()?, limit)
    }

    pub fn totals(&self, today: NaiveDate) -> Result<Totals, CoreError> {
        activities::totals(&*self.conn()?, today)
    }

    /// Deletes an entry so that [`Store::restore`] can bring it back. A final entry's deletion
    /// is queued for the server; a draft never left the device.
    pub fn delete(&self, id: &ActivityId) -> Result<(), CoreError> {
        self.set_deleted(id, true)
    }

    /// Undoes [`Store::delete`].
    pub fn restore(&self, id: &ActivityId) -> Result<(), CoreError> {
        self.set_deleted(id, false)
    }

    fn set_deleted(&self, id: &ActivityId, deleted: bool) -> Result<(), CoreError> {
        let mut conn = self.conn()?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let state = activities::state_of(&tx, id)?.ok_or(CoreError::NotFound)?;
        activities::check_own(&tx, id)?;
        let changed = activities::set_deleted(&tx, id, deleted)?;
        if changed && state == ActivityState::Final {
            if deleted {
                outbox::push(&tx, id, Mutation::Delete)?;
            } else {
                let document = activities::document(&tx, id)?;
                outbox::push(&tx, id, Mutation::Upsert(&document))?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The other users of `project` the server named, whom the form offers as co-hosts.
    pub fn colleagues(&self, project: &Code) -> Result<Vec<Colleague>, CoreError> {
        crate::colleagues::of(&*self.conn()?, project)
    }

    /// The mutations waiting for the server, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxRow>, CoreError> {
        outbox::pending(&*self.conn()?)
    }
}

/// The files a store lives in, and where its key is (see `key_home.rs`).
pub(crate) struct StoreFiles {
    pub(crate) database: PathBuf,
    pub(crate) key_home: KeyHome,
}

/// Opens the database at `path` with `key`: a database written before encryption is encrypted
/// first, one written with another key is refused untouched; then it is migrated and the seed
/// reference data loaded on first start.
pub(crate) fn connect(path: &Path, key: &DatabaseKey) -> Result<Connection, CoreError> {
    if key::is_plain(path)? {
        key::encrypt_in_place(path, key)?;
    }
    let mut conn = Connection::open(path)?;
    key.unlock(&conn)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    // Before anything else, so that a newer app's database is left exactly as it was.
    migrations::migrate(&mut conn)?;
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    // FULL: a save the user saw succeed survives a power cut, not only a crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    // Overwritten notes (a draft's text before it was corrected) do not linger in free pages.
    conn.pragma_update(None, "secure_delete", true)?;
    reference::seed(&conn)?;
    Ok(conn)
}

fn new_id() -> ActivityId {
    ActivityId(uuid::Uuid::now_v7().to_string())
}
