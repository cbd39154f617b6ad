//! The PostgreSQL schema, step by step. Several server processes may start at once: a
//! transaction-scoped advisory lock lets one of them migrate while the others wait.

/// The steps, in order: step `i` brings the schema from version `i` to `i + 1`.
pub(super) const STEPS: &[&str] = &[V1, V2, V3, V4, V5];

const V1: &str = "
CREATE TABLE users (
    id       BIGSERIAL PRIMARY KEY,
    name     TEXT NOT NULL,
    role     TEXT NOT NULL,
    projects TEXT NOT NULL
);
CREATE TABLE enrollment_codes (
    code_hash  TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE TABLE devices (
    id          TEXT PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    token_hash  TEXT NOT NULL UNIQUE,
    app_version TEXT NOT NULL,
    last_seq    BIGINT NOT NULL DEFAULT 0,
    enrolled_at TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE TABLE activities (
    id         TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    device_id  TEXT NOT NULL REFERENCES devices (id),
    document   TEXT NOT NULL,
    version    BIGINT NOT NULL,
    deleted    BOOLEAN NOT NULL DEFAULT FALSE,
    change_seq BIGINT NOT NULL
);
CREATE INDEX activities_changes ON activities (user_id, change_seq);
CREATE TABLE activity_versions (
    activity_id TEXT NOT NULL REFERENCES activities (id),
    version     BIGINT NOT NULL,
    document    TEXT NOT NULL,
    device_id   TEXT,
    coordinator TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (activity_id, version)
);
CREATE TABLE conflicts (
    id               BIGSERIAL PRIMARY KEY,
    activity_id      TEXT NOT NULL REFERENCES activities (id),
    version          BIGINT NOT NULL,
    field            TEXT NOT NULL,
    kept             TEXT NOT NULL,
    lost             TEXT NOT NULL,
    lost_device      TEXT,
    lost_coordinator TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    settled_at       TIMESTAMPTZ
);
CREATE INDEX conflicts_by_activity ON conflicts (activity_id);
CREATE TABLE reference_data (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    document   TEXT NOT NULL,
    change_seq BIGINT NOT NULL
);
-- The server's one ordering of changes: every write takes the next number while holding this
-- row's lock until it commits, so changes become visible in the order of their numbers.
CREATE TABLE change_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last BIGINT NOT NULL
);
INSERT INTO change_counter (id, last) VALUES (1, 1);";

/// Coordinators' and administrators' logins and their sessions.
const V2: &str = "
ALTER TABLE users ADD COLUMN login TEXT UNIQUE;
ALTER TABLE users ADD COLUMN password_hash TEXT;
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    expires_at TIMESTAMPTZ NOT NULL
);";

/// The audit log.
const V3: &str = "
CREATE TABLE audit_log (
    id      BIGSERIAL PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail  TEXT NOT NULL
);";

/// Who settled a conflict, and which value they chose.
const V4: &str = "
ALTER TABLE conflicts ADD COLUMN settled_by TEXT;
ALTER TABLE conflicts ADD COLUMN chose TEXT;";

/// When each device last pushed.
const V5: &str = "
ALTER TABLE devices ADD COLUMN last_sync_at TIMESTAMPTZ;";
