//! The PostgreSQL schema, step by step. Several server processes may start at once: a
//! transaction-scoped advisory lock lets one of them migrate while the others wait.

/// The steps, in order: step `i` brings the schema from version `i` to `i + 1`.
pub(super) const STEPS: &[&str] = &[
    V1,
    V2,
    V3,
    V4,
    V5,
    V6,
    V7,
    crate::storage::ENROLLMENT_RETRY,
    crate::storage::accounts::LOGIN_FAILURES,
    crate::storage::account_control::ACCOUNT_CONTROL_POSTGRES,
    FUNDER_FACTS,
    crate::storage::reports::HANDED_IN,
    crate::storage::retention::SETTINGS,
    crate::storage::outcome_facts::OUTCOME_FACTS_POSTGRES,
    crate::storage::hosts::HOSTS_POSTGRES,
];

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

/// What coordinators filter and report on at scale: an activity's project and date as columns
/// of their own (computed from the document) with an index, whether a coordinator has reviewed
/// the current version, and the texts coordinators write into a report.
const V6: &str = "
ALTER TABLE activities ADD COLUMN project TEXT
    GENERATED ALWAYS AS (document::jsonb ->> 'project') STORED;
ALTER TABLE activities ADD COLUMN date TEXT
    GENERATED ALWAYS AS (document::jsonb ->> 'date') STORED;
CREATE INDEX activities_by_project_date ON activities (project, date);
ALTER TABLE activities ADD COLUMN reviewed_version BIGINT;
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

/// The facts of each live activity in a narrow table of their own, kept by a trigger on
/// `activities`, with an index on project and date that holds every fact: the figures of a
/// project-year then read the index alone instead of tens of thousands of whole documents.
const V7: &str = "
CREATE TABLE activity_facts (
    id         TEXT PRIMARY KEY,
    project    TEXT NOT NULL,
    date       TEXT NOT NULL,
    user_id    BIGINT NOT NULL,
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
    reviewed   BOOLEAN NOT NULL
);
CREATE INDEX activity_facts_by_project_date ON activity_facts (project, date, start_time)
    INCLUDE (id, user_id, area, venue, venue_type, minutes, women, men, girls, boys, other,
             topics, languages, reviewed);
CREATE INDEX activity_facts_waiting ON activity_facts (project, reviewed, date, start_time);
CREATE FUNCTION activity_facts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE d jsonb;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM activity_facts WHERE id = OLD.id;
    END IF;
    IF NOT NEW.deleted THEN
        d := NEW.document::jsonb;
        INSERT INTO activity_facts VALUES (
            NEW.id, coalesce(d->>'project', ''), coalesce(d->>'date', ''), NEW.user_id,
            d->>'start_time', d->>'area', d->>'venue', d->>'venue_type',
            coalesce((d->>'duration_minutes')::int, 0),
            coalesce((d->'people'->>'women')::int, 0), coalesce((d->'people'->>'men')::int, 0),
            coalesce((d->'people'->>'girls')::int, 0), coalesce((d->'people'->>'boys')::int, 0),
            coalesce((d->'people'->>'other')::int, 0),
            coalesce((d->'topics')::text, '[]'), coalesce((d->'languages')::text, '[]'),
            coalesce(NEW.reviewed_version = NEW.version, FALSE));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER activity_facts_keep AFTER INSERT OR UPDATE ON activities
    FOR EACH ROW EXECUTE FUNCTION activity_facts_keep();
UPDATE activities SET deleted = deleted;";

/// The people new to the project, the referrals and the questions of each activity beside its
/// other facts, for the overview, the reports and their exports: the columns, the trigger's
/// function writing them, the facts written again from the documents, and the index that holds
/// every fact made anew with them.
const FUNDER_FACTS: &str = "
ALTER TABLE activity_facts ADD COLUMN referrals TEXT NOT NULL DEFAULT '[]',
    ADD COLUMN questions TEXT NOT NULL DEFAULT '[]', ADD COLUMN new_women INTEGER,
    ADD COLUMN new_men INTEGER, ADD COLUMN new_girls INTEGER, ADD COLUMN new_boys INTEGER;
DROP INDEX activity_facts_by_project_date;
CREATE OR REPLACE FUNCTION activity_facts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE d jsonb;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM activity_facts WHERE id = OLD.id;
    END IF;
    IF NOT NEW.deleted THEN
        d := NEW.document::jsonb;
        INSERT INTO activity_facts VALUES (
            NEW.id, coalesce(d->>'project', ''), coalesce(d->>'date', ''), NEW.user_id,
            d->>'start_time', d->>'area', d->>'venue', d->>'venue_type',
            coalesce((d->>'duration_minutes')::int, 0),
            coalesce((d->'people'->>'women')::int, 0), coalesce((d->'people'->>'men')::int, 0),
            coalesce((d->'people'->>'girls')::int, 0), coalesce((d->'people'->>'boys')::int, 0),
            coalesce((d->'people'->>'other')::int, 0),
            coalesce((d->'topics')::text, '[]'), coalesce((d->'languages')::text, '[]'),
            coalesce(NEW.reviewed_version = NEW.version, FALSE),
            coalesce((d->'referrals')::text, '[]'), coalesce((d->'questions')::text, '[]'),
            (d->'new_people'->>'women')::int, (d->'new_people'->>'men')::int,
            (d->'new_people'->>'girls')::int, (d->'new_people'->>'boys')::int);
    END IF;
    RETURN NULL;
END $$;
UPDATE activities SET deleted = deleted;
CREATE INDEX activity_facts_by_project_date ON activity_facts (project, date, start_time)
    INCLUDE (id, user_id, area, venue, venue_type, minutes, women, men, girls, boys, other,
             topics, languages, referrals, questions, new_women, new_men, new_girls, new_boys,
             reviewed);";
