//! The sync rules' view of one PostgreSQL transaction, which holds the change counter's lock
//! from its start. A round trip to the database costs far more than the work of a row, so the
//! activities a push touches are looked up at once, new versions written by devices are held
//! back and written together (two statements per push), and change numbers are counted here
//! and stored once. Anything that reads what was held back writes it first.
//!
//! Over 300 lines, and left so: it is one implementation of `SyncTx`, which Rust keeps in one
//! block, and the held-back writes and every read that must flush them first share this
//! transaction's private state; the writing of held rows already lives apart, in `held.rs`.

use super::held::{write_held, HeldWrite};
use crate::storage::audit::AuditEntry;
use crate::storage::{Author, Choice, Conflict, Head, StorageError, StoredVersion, SyncTx};
use brobygge_model::ActivityId;
use postgres::Transaction;
use std::collections::HashMap;

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or_default()
}

fn to_i64(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

pub(super) struct PgTx<'a, 'c> {
    tx: &'a mut Transaction<'c>,
    last_change: i64,
    counter_changed: bool,
    /// Heads known in this transaction: looked up, or as written here (none: not on the server).
    heads: HashMap<String, Option<Head>>,
    held: Vec<HeldWrite>,
}

impl<'a, 'c> PgTx<'a, 'c> {
    /// Takes the change counter's lock for the rest of the transaction.
    pub(super) fn begin(tx: &'a mut Transaction<'c>) -> Result<Self, StorageError> {
        let last_change = tx
            .query_one(
                "SELECT last FROM change_counter WHERE id = 1 FOR UPDATE",
                &[],
            )?
            .get(0);
        Ok(PgTx {
            tx,
            last_change,
            counter_changed: false,
            heads: HashMap::new(),
            held: Vec::new(),
        })
    }

    /// Takes the next number of the server's change order.
    fn next_change(&mut self) -> i64 {
        self.last_change += 1;
        self.counter_changed = true;
        self.last_change
    }

    fn write_held(&mut self) -> Result<(), StorageError> {
        write_held(self.tx, std::mem::take(&mut self.held))
    }
}

impl SyncTx for PgTx<'_, '_> {
    fn prefetch(&mut self, ids: &[&ActivityId]) -> Result<(), StorageError> {
        let wanted: Vec<&str> = ids
            .iter()
            .map(|id| id.0.as_str())
            .filter(|id| !self.heads.contains_key(*id))
            .collect();
        for id in &wanted {
            self.heads.insert((*id).to_owned(), None);
        }
        let rows = self.tx.query(
            "SELECT id, user_id, version, deleted, device_id FROM activities WHERE id = ANY($1)",
            &[&wanted],
        )?;
        for r in rows {
            let head = Head {
                owner: r.get(1),
                version: to_u64(r.get(2)),
                deleted: r.get(3),
                device: r.get(4),
            };
            self.heads.insert(r.get(0), Some(head));
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<(), StorageError> {
        self.write_held()?;
        if self.counter_changed {
            self.tx.execute(
                "UPDATE change_counter SET last = $1 WHERE id = 1",
                &[&self.last_change],
            )?;
            self.counter_changed = false;
        }
        Ok(())
    }

    fn last_seq(&mut self, device_id: &str) -> Result<u64, StorageError> {
        let row = self.tx.query_one(
            "SELECT last_seq FROM devices WHERE id = $1 FOR UPDATE",
            &[&device_id],
        )?;
        Ok(to_u64(row.get(0)))
    }

    fn set_last_seq(&mut self, device_id: &str, seq: u64) -> Result<(), StorageError> {
        self.tx.execute(
            "UPDATE devices SET last_seq = $2, last_sync_at = now() WHERE id = $1",
            &[&device_id, &to_i64(seq)],
        )?;
        Ok(())
    }

    fn keep_refusal(
        &mut self,
        device_id: &str,
        seq: u64,
        outcome: &str,
    ) -> Result<(), StorageError> {
        self.tx.execute(
            "INSERT INTO push_refusals (device_id, seq, outcome) VALUES ($1, $2, $3)
             ON CONFLICT (device_id, seq) DO UPDATE SET outcome = excluded.outcome",
            &[&device_id, &to_i64(seq), &outcome],
        )?;
        Ok(())
    }

    fn kept_refusal(&mut self, device_id: &str, seq: u64) -> Result<Option<String>, StorageError> {
        let row = self.tx.query_opt(
            "SELECT outcome FROM push_refusals WHERE device_id = $1 AND seq = $2",
            &[&device_id, &to_i64(seq)],
        )?;
        Ok(row.map(|r| r.get(0)))
    }

    fn head(&mut self, id: &ActivityId) -> Result<Option<Head>, StorageError> {
        if let Some(head) = self.heads.get(&id.0) {
            return Ok(head.clone());
        }
        let row = self.tx.query_opt(
            "SELECT user_id, version, deleted, device_id FROM activities WHERE id = $1",
            &[&id.0],
        )?;
        let head = row.map(|r| Head {
            owner: r.get(0),
            version: to_u64(r.get(1)),
            deleted: r.get(2),
            device: r.get(3),
        });
        self.heads.insert(id.0.clone(), head.clone());
        Ok(head)
    }

    fn versions_from(
        &mut self,
        id: &ActivityId,
        from: u64,
    ) -> Result<Vec<StoredVersion>, StorageError> {
        self.write_held()?;
        let rows = self.tx.query(
            "SELECT version, document, device_id, coordinator FROM activity_versions
             WHERE activity_id = $1 AND version >= $2 ORDER BY version",
            &[&id.0, &to_i64(from)],
        )?;
        Ok(rows
            .iter()
            .map(|r| StoredVersion {
                version: to_u64(r.get(0)),
                document: r.get(1),
                author: Author::from_columns(r.get(2), r.get(3)),
            })
            .collect())
    }

    fn last_version_by(
        &mut self,
        id: &ActivityId,
        device_id: &str,
    ) -> Result<Option<u64>, StorageError> {
        self.write_held()?;
        let row = self.tx.query_one(
            "SELECT max(version) FROM activity_versions
             WHERE activity_id = $1 AND device_id = $2",
            &[&id.0, &device_id],
        )?;
        Ok(row.get::<_, Option<i64>>(0).map(to_u64))
    }

    fn write(
        &mut self,
        id: &ActivityId,
        owner: i64,
        author: &Author,
        document: &str,
    ) -> Result<u64, StorageError> {
        let head = self.head(id)?;
        let version = head.as_ref().map_or(1, |h| h.version + 1);
        let change = self.next_change();
        let device = match author {
            Author::Device(device_id) => Some(device_id.clone()),
            Author::Coordinator(_) => head.and_then(|h| h.device),
        };
        self.heads.insert(
            id.0.clone(),
            Some(Head {
                owner,
                version,
                deleted: false,
                device,
            }),
        );
        match author {
            Author::Device(device_id) => self.held.push(HeldWrite {
                id: id.0.clone(),
                owner,
                device_id: device_id.clone(),
                document: document.to_owned(),
                version: to_i64(version),
                change,
            }),
            Author::Coordinator(name) => {
                // A correction changes an activity a device made, whose device it keeps.
                self.write_held()?;
                self.tx.execute(
                    "UPDATE activities SET document = $2, version = $3, deleted = FALSE,
                         change_seq = $4
                     WHERE id = $1",
                    &[&id.0, &document, &to_i64(version), &change],
                )?;
                self.tx.execute(
                    "INSERT INTO activity_versions (activity_id, version, document, coordinator)
                     VALUES ($1, $2, $3, $4)",
                    &[&id.0, &to_i64(version), &document, name],
                )?;
            }
        }
        Ok(version)
    }

    fn delete(&mut self, id: &ActivityId, device_id: &str) -> Result<(), StorageError> {
        let Some(head) = self.head(id)? else {
            return Ok(());
        };
        self.write_held()?;
        if head.deleted {
            // Deleted already: this device's deletion is the last, for its undo to count.
            self.tx.execute(
                "UPDATE activities SET device_id = $2 WHERE id = $1",
                &[&id.0, &device_id],
            )?;
            let device = Some(device_id.to_owned());
            self.heads
                .insert(id.0.clone(), Some(Head { device, ..head }));
            return Ok(());
        }
        let change = self.next_change();
        let version = head.version + 1;
        self.tx.execute(
            "UPDATE activities SET deleted = TRUE, version = $2, change_seq = $3, device_id = $4
             WHERE id = $1",
            &[&id.0, &to_i64(version), &change, &device_id],
        )?;
        self.heads.insert(
            id.0.clone(),
            Some(Head {
                version,
                deleted: true,
                device: Some(device_id.to_owned()),
                ..head
            }),
        );
        Ok(())
    }

    fn add_conflict(&mut self, c: &Conflict) -> Result<(), StorageError> {
        self.write_held()?;
        let (device, coordinator) = c.lost_author.columns();
        self.tx.execute(
            "INSERT INTO conflicts (activity_id, version, field, kept, lost, lost_device,
                 lost_coordinator)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &c.activity_id,
                &to_i64(c.version),
                &c.field,
                &c.kept.to_string(),
                &c.lost.to_string(),
                &device,
                &coordinator,
            ],
        )?;
        Ok(())
    }

    fn record(&mut self, e: &AuditEntry) -> Result<(), StorageError> {
        super::sql::audit(self.tx, e)
    }

    fn open_conflict(
        &mut self,
        id: i64,
    ) -> Result<Option<(ActivityId, String, serde_json::Value)>, StorageError> {
        let row = self.tx.query_opt(
            "SELECT activity_id, field, lost FROM conflicts WHERE id = $1 AND settled_at IS NULL
             FOR UPDATE",
            &[&id],
        )?;
        row.map(|r| {
            Ok((
                ActivityId(r.get(0)),
                r.get(1),
                serde_json::from_str(r.get::<_, &str>(2))?,
            ))
        })
        .transpose()
    }

    fn settle_conflict(&mut self, id: i64, by: &str, chose: Choice) -> Result<(), StorageError> {
        let chose = match chose {
            Choice::Kept => "kept",
            Choice::Lost => "lost",
        };
        self.tx.execute(
            "UPDATE conflicts SET settled_at = now(), settled_by = $2, chose = $3 WHERE id = $1",
            &[&id, &by, &chose],
        )?;
        Ok(())
    }
}
