-- thidua schema version 5: units keep their past (renames and the merges of
-- a reorganisation) and people keep theirs (the units and positions they held,
-- by date), so that an award given in 2019 still prints under the name the
-- unit had then, and eligibility can ask where someone worked in a given year.

-- A name a unit carried until a rename: used up to and including valid_until.
-- The current name stays in unit.name; a unit renamed twice has two rows.
CREATE TABLE unit_former_name (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    valid_until TEXT    NOT NULL CHECK (date(valid_until, '+0 days') IS valid_until),
    decision    TEXT    NOT NULL DEFAULT '',
    UNIQUE (unit_id, valid_until)
);

-- A unit merged into another stays, closed (active_to), with its people moved
-- and its past registrations and awards still its own.
ALTER TABLE unit ADD COLUMN merged_into_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT;
ALTER TABLE unit ADD COLUMN merge_decision TEXT NOT NULL DEFAULT '';
CREATE INDEX unit_merged_into ON unit (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Quá trình công tác: each row holds from starts_on until the next row's
-- start. NULL starts_on is the posting recorded before any transfer ("since
-- before the records"); person.unit_id and person.position mirror the latest.
CREATE TABLE person_assignment (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    position   TEXT    NOT NULL DEFAULT '',
    starts_on  TEXT    CHECK (starts_on IS NULL OR date(starts_on, '+0 days') IS starts_on),
    decision   TEXT    NOT NULL DEFAULT '',
    UNIQUE (person_id, starts_on)
);
CREATE INDEX person_assignment_unit ON person_assignment (unit_id);
