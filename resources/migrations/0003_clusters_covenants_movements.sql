-- thidua schema version 3: who appointed a cluster's head and deputy, the
-- covenant (giao ước thi đua) a cluster signs each year, and emulation
-- movements (phong trào thi đua) with their targets, participants and review
-- dates. Rules that need more than one row (a covenant dated inside its
-- cluster's year, review dates inside the movement's period) are kept by
-- domain/cluster_rules.h and domain/movement_rules.h. Dates are checked with
-- date(d, '+0 days') IS d: an ISO day that exists (date(d) alone lets
-- 2018-02-30 through).

-- Head and deputy stay in cluster_member.role; one of each at most. No service
-- of schema 2 could store two (integrity_check reported it), so a file that
-- has them was edited by hand: this step then fails and the file stays at 2.
CREATE UNIQUE INDEX cluster_one_head ON cluster_member (cluster_id) WHERE role = 'head';
CREATE UNIQUE INDEX cluster_one_deputy ON cluster_member (cluster_id) WHERE role = 'deputy';

-- The decision appointing a cluster-year's head and deputy (quyết định chỉ
-- định Trưởng, Phó Trưởng cụm). One row per cluster-year rather than columns
-- on each member: one decision names both leaders (seed 003: the 2023 head and
-- deputy of Cụm IV were appointed together), so the two can never disagree,
-- and a cluster whose decision is not recorded yet simply has no row. It is
-- part of the cluster (audited with it), so it has no uuid of its own.
CREATE TABLE cluster_leadership_decision (
    cluster_id INTEGER PRIMARY KEY REFERENCES cluster (id) ON DELETE CASCADE,
    number     TEXT    NOT NULL CHECK (length(trim(number)) > 0),
    decided_on TEXT    NOT NULL CHECK (date(decided_on, '+0 days') IS decided_on),
    issuer_id  INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT
);
CREATE INDEX cluster_leadership_decision_issuer ON cluster_leadership_decision (issuer_id);

-- Giao ước thi đua: at most one per cluster-year. A cluster that has one
-- cannot be deleted (RESTRICT), so the covenant's own audit row is written.
CREATE TABLE covenant (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    cluster_id INTEGER NOT NULL UNIQUE REFERENCES cluster (id) ON DELETE RESTRICT,
    signed_on  TEXT    NOT NULL CHECK (date(signed_on, '+0 days') IS signed_on),
    place      TEXT    NOT NULL DEFAULT '',
    -- The parent key of covenant_signatory's (covenant_id, cluster_id).
    UNIQUE (id, cluster_id)
);

-- The units that signed. Both foreign keys together make SQL refuse a
-- signature by a unit that is not a member of that very cluster-year, and
-- refuse removing a member who signed. The key columns come first: SQLite
-- 3.40's integrity_check misreads a NOT NULL column of a WITHOUT ROWID table
-- declared between them as NULL.
CREATE TABLE covenant_signatory (
    covenant_id INTEGER NOT NULL,
    unit_id     INTEGER NOT NULL,
    cluster_id  INTEGER NOT NULL,
    PRIMARY KEY (covenant_id, unit_id),
    FOREIGN KEY (covenant_id, cluster_id) REFERENCES covenant (id, cluster_id) ON DELETE CASCADE,
    FOREIGN KEY (cluster_id, unit_id) REFERENCES cluster_member (cluster_id, unit_id)
        ON DELETE RESTRICT
) WITHOUT ROWID;
CREATE INDEX covenant_signatory_member ON covenant_signatory (cluster_id, unit_id);

-- The covenant's targets (chỉ tiêu, nhiệm vụ) in the order they are printed.
CREATE TABLE covenant_target (
    covenant_id INTEGER NOT NULL REFERENCES covenant (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (covenant_id, position)
) WITHOUT ROWID;

-- Phong trào thi đua: regular (thường xuyên, usually one a year) or thematic
-- (chuyên đề, for a stated time such as a five-year stage), launched by a
-- unit for a period of the period table.
CREATE TABLE movement (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('regular', 'thematic')),
    launcher_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    period_id   INTEGER NOT NULL REFERENCES period (id) ON DELETE RESTRICT,
    launched_on TEXT    CHECK (launched_on IS NULL
                               OR date(launched_on, '+0 days') IS launched_on),
    document    TEXT    NOT NULL DEFAULT '' -- "Kế hoạch số 25/KH-BTP", empty when unknown
);
CREATE INDEX movement_period ON movement (period_id);
CREATE INDEX movement_launcher ON movement (launcher_id);

CREATE TABLE movement_target (
    movement_id INTEGER NOT NULL REFERENCES movement (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    PRIMARY KEY (movement_id, position)
) WITHOUT ROWID;

CREATE TABLE movement_participant (
    movement_id INTEGER NOT NULL REFERENCES movement (id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    PRIMARY KEY (movement_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX movement_participant_unit ON movement_participant (unit_id);

-- For each year of the movement, the 6-month review (sơ kết) and the
-- year-end review (tổng kết), at most one of each. `year` is the year under
-- review: a year-end review may fall early the next January when the period
-- still runs.
CREATE TABLE movement_milestone (
    movement_id INTEGER NOT NULL REFERENCES movement (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
    kind        TEXT    NOT NULL CHECK (kind IN ('mid_year_review', 'year_end_review')),
    review_on   TEXT    NOT NULL CHECK (date(review_on, '+0 days') IS review_on),
    PRIMARY KEY (movement_id, year, kind)
) WITHOUT ROWID;
