-- thidua schema version 2: yearly evaluation grades of people and units,
-- discipline records, and the registration deadline of a period. The
-- eligibility rules of later versions read all three.

ALTER TABLE period ADD COLUMN registration_deadline TEXT;

-- One grade (xếp loại) per subject and year.
CREATE TABLE evaluation (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT    NOT NULL UNIQUE,
    year      INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
    person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
    unit_id   INTEGER REFERENCES unit (id) ON DELETE CASCADE,
    grade     TEXT    NOT NULL CHECK (grade IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    note      TEXT    NOT NULL DEFAULT '',
    CHECK ((person_id IS NULL) <> (unit_id IS NULL))
);
CREATE UNIQUE INDEX evaluation_person_once ON evaluation (person_id, year)
    WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX evaluation_unit_once ON evaluation (unit_id, year)
    WHERE unit_id IS NOT NULL;

-- Kỷ luật: holds awards back while it runs (end_date NULL: no end set yet).
CREATE TABLE discipline (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    form       TEXT    NOT NULL CHECK (form IN ('reprimand', 'warning', 'salary_reduction',
                                               'demotion', 'removal', 'dismissal')),
    decision   TEXT    NOT NULL DEFAULT '',
    start_date TEXT    NOT NULL,
    end_date   TEXT,
    reason     TEXT    NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX discipline_person ON discipline (person_id, start_date);
