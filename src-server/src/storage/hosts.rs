//! The co-hosts of each activity (SQLite 16, PostgreSQL 15), kept from its document by the
//! database itself: a co-host pulls the activities they co-host, and their time counts as their
//! volunteer hours. A co-host taken off an activity keeps a row marked inactive, so that their
//! next pull tells their device to drop it.

/// SQLite's step: the table and the triggers that keep it.
pub(crate) const HOSTS_SQLITE: &str = "
CREATE TABLE activity_hosts (
    activity_id TEXT NOT NULL,
    user_id     INTEGER NOT NULL,
    minutes     INTEGER,
    active      INTEGER NOT NULL,
    PRIMARY KEY (activity_id, user_id)
) WITHOUT ROWID;
CREATE INDEX activity_hosts_by_user ON activity_hosts (user_id, activity_id);
CREATE TRIGGER activity_hosts_insert AFTER INSERT ON activities
BEGIN
    INSERT INTO activity_hosts (activity_id, user_id, minutes, active)
        SELECT new.id, json_extract(value, '$.user'), json_extract(value, '$.minutes'), 1
        FROM json_each(new.document, '$.co_hosts') WHERE NOT new.deleted;
END;
CREATE TRIGGER activity_hosts_update AFTER UPDATE ON activities
BEGIN
    UPDATE activity_hosts SET active = 0 WHERE activity_id = new.id;
    INSERT INTO activity_hosts (activity_id, user_id, minutes, active)
        SELECT new.id, json_extract(value, '$.user'), json_extract(value, '$.minutes'), 1
        FROM json_each(new.document, '$.co_hosts') WHERE NOT new.deleted
        ON CONFLICT (activity_id, user_id) DO UPDATE
            SET minutes = excluded.minutes, active = 1;
END;";

/// PostgreSQL's step: the table and the trigger's function that keeps it.
pub(crate) const HOSTS_POSTGRES: &str = "
CREATE TABLE activity_hosts (
    activity_id TEXT NOT NULL,
    user_id     BIGINT NOT NULL,
    minutes     INTEGER,
    active      BOOLEAN NOT NULL,
    PRIMARY KEY (activity_id, user_id)
);
CREATE INDEX activity_hosts_by_user ON activity_hosts (user_id, activity_id);
CREATE FUNCTION activity_hosts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE activity_hosts SET active = FALSE WHERE activity_id = NEW.id;
    IF NOT NEW.deleted THEN
        INSERT INTO activity_hosts (activity_id, user_id, minutes, active)
            SELECT NEW.id, (h->>'user')::bigint, (h->>'minutes')::int, TRUE
            FROM jsonb_array_elements(coalesce(NEW.document::jsonb->'co_hosts', '[]')) AS h
        ON CONFLICT (activity_id, user_id) DO UPDATE
            SET minutes = excluded.minutes, active = TRUE;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER activity_hosts_keep AFTER INSERT OR UPDATE ON activities
    FOR EACH ROW EXECUTE FUNCTION activity_hosts_keep();";

/// A pull page's activities, in both dialects (`$1`: the user, `$2`: the change number after
/// which, `$3`: how many): the user's own, and, when `co_hosted`, those they co-host (or were
/// taken off, as deleted) with the name of who logged them.
pub(crate) fn pull_sql(co_hosted: bool, param: impl Fn(usize) -> String) -> String {
    let (user, after, limit) = (param(1), param(2), param(3));
    let own = format!(
        "SELECT id, document, deleted, change_seq, version, CAST(NULL AS TEXT) AS host
         FROM activities WHERE user_id = {user} AND change_seq > {after}"
    );
    if !co_hosted {
        return format!("{own} ORDER BY change_seq LIMIT {limit}");
    }
    format!(
        "SELECT * FROM ({own}
         UNION ALL
         SELECT a.id, a.document, a.deleted OR NOT h.active, a.change_seq, a.version, u.name
         FROM activity_hosts h JOIN activities a ON a.id = h.activity_id
             JOIN users u ON u.id = a.user_id
         WHERE h.user_id = {user} AND a.user_id <> {user} AND a.change_seq > {after}) AS page
         ORDER BY change_seq LIMIT {limit}"
    )
}
