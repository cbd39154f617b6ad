//! The outcome counters, the partners and the co-hosts of each activity beside its other facts
//! (SQLite 15, PostgreSQL 14), for the reports, their exports and the volunteer hours: the
//! columns, the triggers (SQLite) or the trigger's function (PostgreSQL) writing them, and the
//! facts written again from the documents.

/// SQLite's step: the triggers made anew with the new columns.
pub(crate) const OUTCOME_FACTS_SQLITE: &str = "
DROP TRIGGER activity_facts_insert;
DROP TRIGGER activity_facts_update;
ALTER TABLE activity_facts ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity_facts ADD COLUMN partners TEXT NOT NULL DEFAULT '[]';
ALTER TABLE activity_facts ADD COLUMN co_hosts TEXT NOT NULL DEFAULT '[]';
CREATE TRIGGER activity_facts_insert AFTER INSERT ON activities WHEN NOT new.deleted
BEGIN
    INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW, OUTCOMES_OF_NEW;
END;
CREATE TRIGGER activity_facts_update AFTER UPDATE ON activities
BEGIN
    DELETE FROM activity_facts
        WHERE project = coalesce(json_extract(old.document, '$.project'), '')
          AND date = coalesce(json_extract(old.document, '$.date'), '')
          AND id = old.id;
    INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW, OUTCOMES_OF_NEW
        WHERE NOT new.deleted;
END;
DELETE FROM activity_facts;
INSERT INTO activity_facts SELECT FACTS_OF_NEW, EXTRAS_OF_NEW, OUTCOMES_OF_NEW
    FROM activities AS new WHERE NOT new.deleted;";

/// The outcome lines, the partners and the co-hosts of the row `new`, as the last columns of
/// SQLite's `activity_facts` (from [`OUTCOME_FACTS_SQLITE`] on).
pub(crate) const OUTCOMES_OF_NEW: &str = "
    coalesce(json_extract(new.document, '$.outcomes'), '[]'),
    coalesce(json_extract(new.document, '$.partners'), '[]'),
    coalesce(json_extract(new.document, '$.co_hosts'), '[]')";

/// PostgreSQL's step: the columns, the trigger's function writing every column, and the index
/// that holds every fact made anew with them.
pub(crate) const OUTCOME_FACTS_POSTGRES: &str = "
ALTER TABLE activity_facts ADD COLUMN outcomes TEXT NOT NULL DEFAULT '[]',
    ADD COLUMN partners TEXT NOT NULL DEFAULT '[]', ADD COLUMN co_hosts TEXT NOT NULL DEFAULT '[]';
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
            (d->'new_people'->>'girls')::int, (d->'new_people'->>'boys')::int,
            coalesce((d->'outcomes')::text, '[]'), coalesce((d->'partners')::text, '[]'),
            coalesce((d->'co_hosts')::text, '[]'));
    END IF;
    RETURN NULL;
END $$;
UPDATE activities SET deleted = deleted;
CREATE INDEX activity_facts_by_project_date ON activity_facts (project, date, start_time)
    INCLUDE (id, user_id, area, venue, venue_type, minutes, women, men, girls, boys, other,
             topics, languages, referrals, questions, new_women, new_men, new_girls, new_boys,
             outcomes, partners, co_hosts, reviewed);";
