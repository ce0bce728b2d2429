-- thidua schema version 6: registrations and audit rows that cost less to
-- write, for imports of a whole year's registrations (performance.md,
-- "Importing registrations"). Nothing they accept or refuse changes.
--
-- SQLite 3.40 tests CHECK (x IN ('a', 'b', 'c')) by filling a temporary
-- index with the list for every row written; the same test written
-- x = 'a' OR x = 'b' OR … is a few comparisons. So registration.status and
-- audit_log.action are checked that way, and an import of registrations writes
-- with every CHECK tested instead of resting them (check_constraints_off.h).
-- SQLite cannot change a CHECK in place: both tables are made again, their
-- rows copied with their ids. No table refers to either.
--
-- registration_unit held an entry for every registration, though unit_id is
-- NULL for every person's one (nearly all); it now holds only the units'.
-- Every query on unit_id (= ?, IN, a join) asks for a value, which a NULL
-- never is, and still uses it; so does the foreign-key check when a unit is
-- deleted.

ALTER TABLE registration RENAME TO registration_before_6;

CREATE TABLE registration (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    period_id     INTEGER NOT NULL REFERENCES period (id) ON DELETE RESTRICT,
    person_id     INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_id       INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    title_code    TEXT    NOT NULL REFERENCES title (code) ON DELETE RESTRICT,
    status        TEXT    NOT NULL DEFAULT 'draft'
                          CHECK (status = 'draft' OR status = 'submitted' OR status = 'accepted'
                                 OR status = 'returned'),
    return_reason TEXT,
    registered_on TEXT    NOT NULL,
    CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CHECK (status <> 'returned' OR length(return_reason) > 0)
);

INSERT INTO registration (id, uuid, period_id, person_id, unit_id, title_code, status,
                          return_reason, registered_on)
    SELECT id, uuid, period_id, person_id, unit_id, title_code, status, return_reason,
           registered_on
    FROM registration_before_6 ORDER BY id;

DROP TABLE registration_before_6;

CREATE UNIQUE INDEX registration_person_once ON registration (period_id, person_id, title_code)
    WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX registration_unit_once ON registration (period_id, unit_id, title_code)
    WHERE unit_id IS NOT NULL;
CREATE INDEX registration_person ON registration (person_id);
CREATE INDEX registration_unit ON registration (unit_id) WHERE unit_id IS NOT NULL;

-- Every change made through a service, written in the same transaction.
ALTER TABLE audit_log RENAME TO audit_log_before_6;

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action = 'create' OR action = 'update' OR action = 'delete'
                                     OR action = 'generate' OR action = 'migrate'),
    before_json TEXT,
    after_json  TEXT
);

INSERT INTO audit_log (id, at, actor, entity, entity_uuid, action, before_json, after_json)
    SELECT id, at, actor, entity, entity_uuid, action, before_json, after_json
    FROM audit_log_before_6 ORDER BY id;

DROP TABLE audit_log_before_6;

CREATE INDEX audit_entity ON audit_log (entity, entity_uuid);
