-- thidua schema version 1: the catalogue (units, people, clusters), emulation
-- periods, rule data for titles, registrations, and the audit log.
-- Conventions: every aggregate row has a stable uuid; dates are ISO
-- YYYY-MM-DD; names carry a search key (no diacritics, lower case) and a
-- Vietnamese sort key (memcmp-ordered BLOB) computed in C++; money is an
-- integer number of dong.

CREATE TABLE period (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('year', 'first_half', 'school_year', 'stage')),
    start_date  TEXT    NOT NULL,
    end_date    TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    closed      INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    CHECK (start_date <= end_date),
    UNIQUE (kind, start_date, end_date)
);

CREATE TABLE unit (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT    NOT NULL UNIQUE,
    parent_id             INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    name                  TEXT    NOT NULL CHECK (length(name) > 0),
    short_name            TEXT,
    kind                  TEXT    NOT NULL CHECK (kind IN
                              ('ministry', 'department', 'academy', 'institute', 'provincial_department',
                               'province', 'court', 'enforcement', 'military', 'section', 'other')),
    has_legal_personality INTEGER NOT NULL DEFAULT 0 CHECK (has_legal_personality IN (0, 1)),
    active_from           TEXT,
    active_to             TEXT,
    search_key            TEXT    NOT NULL,
    sort_key              BLOB    NOT NULL,
    CHECK (active_to IS NULL OR active_from IS NULL OR active_from <= active_to)
);
CREATE INDEX unit_parent ON unit (parent_id);
CREATE INDEX unit_search ON unit (search_key);
CREATE INDEX unit_sort ON unit (sort_key, id);

CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    family_name     TEXT    NOT NULL,
    middle_name     TEXT    NOT NULL DEFAULT '',
    given_name      TEXT    NOT NULL CHECK (length(given_name) > 0),
    gender          TEXT    NOT NULL CHECK (gender IN ('female', 'male')),
    birth_date      TEXT,
    identity_number TEXT,
    unit_id         INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    position        TEXT    NOT NULL DEFAULT '',
    search_key      TEXT    NOT NULL,
    sort_key        BLOB    NOT NULL
);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_search ON person (search_key);
CREATE INDEX person_sort ON person (sort_key, id);

-- Cụm/khối thi đua: organised by an authority (a ministry, a province, the
-- court system) for one year; a unit may belong to several in one year.
CREATE TABLE cluster (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    organiser_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    kind         TEXT    NOT NULL CHECK (kind IN ('cluster', 'block')),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
    number       INTEGER CHECK (number IS NULL OR number BETWEEN 1 AND 3999),
    name         TEXT    NOT NULL,
    UNIQUE (organiser_id, kind, year, number)
);

CREATE TABLE cluster_member (
    cluster_id INTEGER NOT NULL REFERENCES cluster (id) ON DELETE CASCADE,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    role       TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'head', 'deputy')),
    PRIMARY KEY (cluster_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX cluster_member_unit ON cluster_member (unit_id);

-- Rule data: emulation titles with the subject they fit, their level and
-- precedence, valid between dates so that a change of law is a new row.
CREATE TABLE title (
    code          TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    abbreviation  TEXT    NOT NULL,
    subject       TEXT    NOT NULL CHECK (subject IN ('individual', 'collective')),
    level         TEXT    NOT NULL CHECK (level IN ('state', 'ministry', 'grassroots')),
    precedence    INTEGER NOT NULL,
    legal_basis   TEXT    NOT NULL,
    valid_from    TEXT    NOT NULL,
    valid_to      TEXT
) WITHOUT ROWID;

CREATE TABLE registration (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    period_id     INTEGER NOT NULL REFERENCES period (id) ON DELETE RESTRICT,
    person_id     INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_id       INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    title_code    TEXT    NOT NULL REFERENCES title (code) ON DELETE RESTRICT,
    status        TEXT    NOT NULL DEFAULT 'draft'
                          CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
    return_reason TEXT,
    registered_on TEXT    NOT NULL,
    CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CHECK (status <> 'returned' OR length(return_reason) > 0)
);
CREATE UNIQUE INDEX registration_person_once ON registration (period_id, person_id, title_code)
    WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX registration_unit_once ON registration (period_id, unit_id, title_code)
    WHERE unit_id IS NOT NULL;
CREATE INDEX registration_person ON registration (person_id);
CREATE INDEX registration_unit ON registration (unit_id);

-- Every change made through a service, written in the same transaction.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'generate', 'migrate')),
    before_json TEXT,
    after_json  TEXT
);
CREATE INDEX audit_entity ON audit_log (entity, entity_uuid);

-- Titles in force from Law 06/2022 (1/1/2024); earlier years used the same
-- titles under Law 2003, recorded from 2018 so that the demo history fits.
INSERT INTO title (code, name, abbreviation, subject, level, precedence, legal_basis, valid_from) VALUES
    ('CSTDTQ', 'Chiến sĩ thi đua toàn quốc', 'CSTĐTQ', 'individual', 'state', 10, 'Luật Thi đua, khen thưởng 2022, Điều 21', '2018-01-01'),
    ('CSTDBO', 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', 'CSTĐBO', 'individual', 'ministry', 20, 'Luật Thi đua, khen thưởng 2022, Điều 22', '2018-01-01'),
    ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'CSTĐCS', 'individual', 'grassroots', 30, 'Luật Thi đua, khen thưởng 2022, Điều 23', '2018-01-01'),
    ('LDTT', 'Lao động tiên tiến', 'LĐTT', 'individual', 'grassroots', 40, 'Luật Thi đua, khen thưởng 2022, Điều 24', '2018-01-01'),
    ('CTDCP', 'Cờ thi đua của Chính phủ', 'CTĐCP', 'collective', 'state', 10, 'Luật Thi đua, khen thưởng 2022, Điều 25', '2018-01-01'),
    ('CTDBO', 'Cờ thi đua của Bộ, ban, ngành, tỉnh', 'CTĐBO', 'collective', 'ministry', 20, 'Luật Thi đua, khen thưởng 2022, Điều 26', '2018-01-01'),
    ('TTLDXS', 'Tập thể lao động xuất sắc', 'TTLĐXS', 'collective', 'ministry', 30, 'Luật Thi đua, khen thưởng 2022, Điều 27', '2018-01-01'),
    ('TTLDTT', 'Tập thể lao động tiên tiến', 'TTLĐTT', 'collective', 'grassroots', 40, 'Luật Thi đua, khen thưởng 2022, Điều 28', '2018-01-01');
