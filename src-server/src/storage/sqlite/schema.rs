//! The SQLite schema, step by step.

/// The steps, in order: step `i` brings the schema from version `i` to `i + 1`.
pub(super) const STEPS: &[&str] = &[
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
    SCHEMA_V7,
    SCHEMA_V8,
    crate::storage::ENROLLMENT_RETRY,
    crate::storage::accounts::LOGIN_FAILURES,
    crate::storage::account_control::ACCOUNT_CONTROL_SQLITE,
    FUNDER_FACTS,
    crate::storage::reports::HANDED_IN,
    crate::storage::retention::SETTINGS,
    crate::storage::outcome_facts::OUTCOME_FACTS_SQLITE,
    crate::storage::hosts::HOSTS_SQLITE,
];

pub(super) const SCHEMA_VERSION: u32 = STEPS.len() as u32;

const SCHEMA_V1: &str = "
CREATE TABLE users (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL,
    projects TEXT NOT NULL
);
CREATE TABLE enrollment_codes (
    code_hash  TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL,
    used_at    TEXT
);
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    app_version TEXT NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT
);
CREATE TABLE activities (
    id         TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    device_id  TEXT NOT NULL REFERENCES devices (id),
    document   TEXT NOT NULL,
    version    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    change_seq INTEGER NOT NULL
);
CREATE INDEX activities_changes ON activities (user_id, change_seq);
CREATE TABLE reference_data (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    document   TEXT NOT NULL,
    change_seq INTEGER NOT NULL
);
-- The server's one ordering of changes: every write takes the next number.
CREATE TABLE change_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO change_counter (id, last) VALUES (1, 1);";

/// Every version of every activity, for per-field merges and for review, and the conflicts
/// those merges kept.
const SCHEMA_V2: &str = "
CREATE TABLE activity_versions (
    activity_id TEXT NOT NULL REFERENCES activities (id),
    version     INTEGER NOT NULL,
    document    TEXT NOT NULL,
    device_id   TEXT,
    coordinator TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (activity_id, version)
);
INSERT INTO activity_versions (activity_id, version, document, device_id, created_at)
    SELECT id, version, document, device_id, '' FROM activities WHERE deleted = 0;
CREATE TABLE conflicts (
    id               INTEGER PRIMARY KEY,
    activity_id      TEXT NOT NULL REFERENCES activities (id),
    version          INTEGER NOT NULL,
    field            TEXT NOT NULL,
    kept             TEXT NOT NULL,
    lost             TEXT NOT NULL,
    lost_device      TEXT,
    lost_coordinator TEXT,
    created_at       TEXT NOT NULL,
    settled_at       TEXT
);
CREATE INDEX conflicts_by_activity ON conflicts (activity_id);";

/// Coordinators' and administrators' logins and their sessions.
const SCHEMA_V3: &str = "
ALTER TABLE users ADD COLUMN login TEXT;
ALTER TABLE users ADD COLUMN password_hash TEXT;
CREATE UNIQUE INDEX users_by_login ON users (login);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    expires_at TEXT NOT NULL
);";

/// The audit log.
const SCHEMA_V4: &str = "
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
);";

/// Who settled a conflict, and which value they chose.
const SCHEMA_V5: &str = "
ALTER TABLE conflicts ADD COLUMN settled_by TEXT;
ALTER TABLE conflicts ADD COLUMN chose TEXT;";

/// When each device last pushed.
const SCHEMA_V6: &str = "
ALTER TABLE devices ADD COLUMN last_sync_at TEXT;";

/// What coordinators filter and report on at scale: an activity's project and date as columns
/// of their own (computed from the document) with an index, whether a coordinator has reviewed
/// the current version, and the texts coordinators write into a report.
const SCHEMA_V7: &str = "
ALTER TABLE activities ADD COLUMN project TEXT
    GENERATED ALWAYS AS (json_extract(document, '$.project')) VIRTUAL;
ALTER TABLE activities ADD COLUMN date TEXT
    GENERATED ALWAYS AS (json_extract(document, '$.date')) VIRTUAL;
CREATE INDEX activities_by_project_date ON activities (project, date);
ALTER TABLE activities ADD COLUMN reviewed_version INTEGER;
ALTER TABLE activities ADD COLUMN reviewed_by TEXT;
CREATE TABLE reports (
    kind        TEXT NOT NULL,
    project     TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to   TEXT NOT NULL,
    texts       TEXT NOT NULL,
    saved_by    TEXT NOT NULL,
    saved_at    TEXT NOT NULL,
    PRIMARY KEY (kind, project, period_from, period_to)
);";

/// The facts of each live activity in a narrow table of their own, ordered by project and
/// date, kept by triggers on `activities`: the figures of a project-year then read a few
/// megabytes in order instead of tens of thousands of whole documents from all over the file.
const SCHEMA_V8: &str = "
CREATE TABLE activity_facts (
    project    TEXT NOT NULL,
    date       TEXT NOT NULL,
    id         TEXT NOT NULL,
    user_id    INTEGER NOT NULL,
    start_time TEXT,
    area       TEXT,
    venue      TEXT,
    venue_type TEXT,
    minutes    INTEGER NOT NULL,
    women      INTEGER NOT NULL,
    men        INTEGER NOT NULL,
    girls      INTEGER NOT NULL,
    boys       INTEGER NOT NULL,
    other      INTEGER NOT NULL,
    topics     TEXT NOT NULL,
    languages  TEXT NOT NULL,
    reviewed   INTEGER NOT NULL,
    PRIMARY KEY (project, date, id)
) WITHOUT ROWID;
CREATE INDEX activity_facts_waiting ON activity_facts (project, reviewed, date, start_time);
CREATE TRIGGER activity_facts_insert AFTER INSERT ON activities WHEN NOT new.deleted
BEGIN
    INSERT INTO activity_facts SELECT FACTS_OF_NEW;
END;
CREATE TRIGGER activity_facts_update AFTER UPDATE ON activities
BEGIN
    DELETE FROM activity_facts
        WHERE project = coalesce(json_extract(old.document, '$.project'), '')
          AND date = coalesce(json_extract(old.document, '$.date'), '')
          AND id = old.id;
    INSERT INTO activity_facts SELECT FACTS_OF_NEW WHERE NOT new.deleted;
END;
INSERT INTO activity_facts SELECT FACTS_OF_ROW FROM activities AS new WHERE NOT new.deleted;";

/// The people new to the project, the referrals and the questions of each activity beside its
/// other facts, for the overview, the reports and their exports: the triggers made anew with
/// the new columns, and the facts written again from the documents.
const FUNDER_FACTS: &str = "
DROP TRIGGER activity_facts_insert;
DROP TRIGGER activity_facts_update;
ALTER TABLE activity_facts ADD COLUMN referrals TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity_facts ADD COLUMN questions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity_facts ADD COLUMN new_women INTEGER;
ALTER TABLE activity_facts ADD COLUMN new_men INTEGER;
ALTER TABLE activity_facts ADD COLUMN new_girls INTEGER;
ALTER TABLE activity_facts ADD COLUMN new_boys INTEGER;
CREATE TRIGGER activity_facts_insert AFTER INSERT ON activities WHEN NOT new.deleted
BEGIN
    INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW;
END;
CREATE TRIGGER activity_facts_update AFTER UPDATE ON activities
BEGIN
    DELETE FROM activity_facts
        WHERE project = coalesce(json_extract(old.document, '$.project'), '')
          AND date = coalesce(json_extract(old.document, '$.date'), '')
          AND id = old.id;
    INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW WHERE NOT new.deleted;
END;
DELETE FROM activity_facts;
INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW FROM activities AS new
    WHERE NOT new.deleted;";

/// The referrals, questions and people new to the project (none when not asked) of the row
/// `new`, as the last columns of `activity_facts` (from [`FUNDER_FACTS`] on).
pub(super) const EXTRAS_OF_NEW: &str = "
    coalesce(json_extract(new.document, '$.referrals'), '[]'),
    coalesce(json_extract(new.document, '$.questions'), '[]'),
    json_extract(new.document, '$.new_people.women'),
    json_extract(new.document, '$.new_people.men'),
    json_extract(new.document, '$.new_people.girls'),
    json_extract(new.document, '$.new_people.boys')";

/// The facts of the row `new`, as the columns of `activity_facts` up to `reviewed`: all of them
/// until [`FUNDER_FACTS`].
pub(super) const FACTS_OF_NEW: &str = "
    coalesce(json_extract(new.document, '$.project'), ''),
    coalesce(json_extract(new.document, '$.date'), ''),
    new.id, new.user_id,
    json_extract(new.document, '$.start_time'),
    json_extract(new.document, '$.area'),
    json_extract(new.document, '$.venue'),
    json_extract(new.document, '$.venue_type'),
    coalesce(json_extract(new.document, '$.duration_minutes'), 0),
    coalesce(json_extract(new.document, '$.people.women'), 0),
    coalesce(json_extract(new.document, '$.people.men'), 0),
    coalesce(json_extract(new.document, '$.people.girls'), 0),
    coalesce(json_extract(new.document, '$.people.boys'), 0),
    coalesce(json_extract(new.document, '$.people.other'), 0),
    coalesce(json_extract(new.document, '$.topics'), '[]'),
    coalesce(json_extract(new.document, '$.languages'), '[]'),
    coalesce(new.reviewed_version = new.version, 0)";

/// Schema 1 changed after its first release without a new number: the change order
/// (`change_seq` on activities and reference data, `change_counter`) came later. A database
/// made before that lacks them, whatever number later steps gave it. Adds them, numbering the
/// activities in the order they were stored, after the reference data's number 1.
pub(super) fn repair_early_v1(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let present: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM pragma_table_info('activities') WHERE name = 'change_seq')",
        [],
        |r| r.get(0),
    )?;
    if present {
        return Ok(());
    }
    tx.execute_batch(
        "ALTER TABLE activities ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 0;
         ALTER TABLE reference_data ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 1;
         UPDATE activities SET change_seq = 1 + rowid;
         CREATE INDEX activities_changes ON activities (user_id, change_seq);
         CREATE TABLE change_counter (
             id   INTEGER PRIMARY KEY CHECK (id = 1),
             last INTEGER NOT NULL
         );
         INSERT INTO change_counter (id, last)
             SELECT 1, max(1, coalesce(max(change_seq), 1)) FROM activities;",
    )
}
