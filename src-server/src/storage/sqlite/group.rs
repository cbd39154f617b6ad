//! Group commit: the sync writes (pushes, and a coordinator's corrections) that wait for the
//! writer go in one transaction, each in a savepoint of its own, and are made durable by one
//! commit (one `fsync` of the WAL) instead of one each. A write puts its work in the queue and
//! takes the writer; whoever has the writer runs every write then waiting, commits, and only
//! then answers each of them, so a push is answered as applied only once it is on disk. A
//! write that fails rolls back its own savepoint and leaves the others be; a commit that fails
//! fails every write of the batch.

use super::Sqlite;
use crate::storage::StorageError;
use rusqlite::{Connection, TransactionBehavior};
use std::sync::mpsc;
use std::sync::{Mutex, PoisonError};

/// Hands a push its answer once the batch's commit is known.
type Answer = Box<dyn FnOnce(Result<(), String>) + Send>;
/// A push's work in its savepoint: whether it succeeded, and how to answer it.
type Job = Box<dyn FnOnce(&Connection) -> (bool, Answer) + Send>;

/// The pushes waiting for the writer.
#[derive(Default)]
pub(super) struct Waiting(pub(super) Mutex<Vec<Job>>);

impl Sqlite {
    /// Runs `work` in a savepoint of the next transaction the writer commits, with every other
    /// push waiting then; answers once that transaction is committed.
    pub(super) fn grouped<R: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> Result<R, StorageError> + Send + 'static,
    ) -> Result<R, StorageError> {
        let (send, answer) = mpsc::sync_channel(1);
        let job: Job = Box::new(move |tx| {
            let result = work(tx);
            let ok = result.is_ok();
            let reply: Answer = Box::new(move |committed| {
                let _ = send.send(committed.map_err(StorageError::Database).and(result));
            });
            (ok, reply)
        });
        self.waiting
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(job);
        self.run_waiting();
        // Answered by this call's batch or by an earlier one, which took the job before this
        // call had the writer; a batch that failed before its commit dropped it unanswered.
        answer.recv().unwrap_or_else(|_| {
            Err(StorageError::Database(
                "the write was not made: the database failed".into(),
            ))
        })
    }

    /// Takes the writer and runs every push waiting, in one transaction.
    fn run_waiting(&self) {
        let mut conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let jobs = std::mem::take(
            &mut *self
                .waiting
                .0
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        );
        if jobs.is_empty() {
            return;
        }
        let mut answers = Vec::with_capacity(jobs.len());
        let committed = (|| {
            let mut tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            for job in jobs {
                let savepoint = tx.savepoint()?;
                let (ok, answer) = job(&savepoint);
                if ok {
                    savepoint.commit()?;
                }
                // Dropped, a savepoint that failed rolls back.
                answers.push(answer);
            }
            tx.commit()
        })();
        let committed = committed.map_err(|e| e.to_string());
        for answer in answers {
            answer(committed.clone());
        }
    }
}
