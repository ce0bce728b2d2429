-- thidua schema version 7: year-end scoring of a cluster's units (domain
-- brief §3). An organiser's criteria table for a year (bảng tiêu chí chấm
-- điểm), the cluster's scoring rounds (sơ kết, tổng kết) and the points each
-- unit gave itself and was given by the scorers. Rules across rows (a group
-- worth the sum of its items, points within a criterion's maximum, scorers
-- who are members of the cluster) are kept by domain/criteria_table.h,
-- domain/score_totals.h and the scoring service.

-- One table per organiser and year; next year's starts as a copy of this
-- year's. tie_breaks lists the organiser's tie-breaks in the order they apply,
-- separated by spaces ('more_bonus fewer_penalties women_priority').
CREATE TABLE criteria_table (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    organiser_id      INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    year              INTEGER NOT NULL CHECK (year BETWEEN 1945 AND 2200),
    total             REAL    NOT NULL CHECK (total > 0),
    over_target_scale TEXT    NOT NULL DEFAULT 'difference'
                              CHECK (over_target_scale IN ('difference', 'percentage')),
    tie_breaks        TEXT    NOT NULL DEFAULT '',
    document          TEXT    NOT NULL DEFAULT '', -- "Quyết định số 536/QĐ-BTP", empty when unknown
    UNIQUE (organiser_id, year)
);

-- The criteria in print order; a group comes before its items, so parent is
-- always a smaller position. Scores name a criterion by its position, which
-- is why the scoring service refuses to reshape a table that has scores.
-- points_each: what one occurrence earns (per_occurrence) or, for a
-- quantitative criterion, nothing.
CREATE TABLE criterion (
    table_id    INTEGER NOT NULL REFERENCES criteria_table (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    parent      INTEGER CHECK (parent IS NULL OR (parent >= 0 AND parent < position)),
    code        TEXT    NOT NULL DEFAULT '',
    title       TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('quantitative', 'pass_fail', 'per_occurrence',
                                                 'bonus', 'penalty')),
    max_points  REAL    NOT NULL CHECK (max_points >= 0),
    points_each REAL    NOT NULL DEFAULT 0 CHECK (points_each >= 0),
    PRIMARY KEY (table_id, position)
) WITHOUT ROWID;

-- Rating bands (xếp loại) where the organiser uses them: a total of at least
-- min_points earns the label ("Xuất sắc" from 90, "Tốt" from 80 …).
CREATE TABLE rating_band (
    table_id   INTEGER NOT NULL REFERENCES criteria_table (id) ON DELETE CASCADE,
    min_points REAL    NOT NULL CHECK (min_points >= 0),
    label      TEXT    NOT NULL CHECK (length(trim(label)) > 0),
    PRIMARY KEY (table_id, min_points)
) WITHOUT ROWID;

-- A cluster-year's 6-month review or year-end scoring, scored against the
-- criteria table of the cluster's organiser for the cluster's year. A closed
-- round has closed_on; one closed with scores missing says why.
CREATE TABLE scoring_round (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    cluster_id    INTEGER NOT NULL REFERENCES cluster (id) ON DELETE RESTRICT,
    kind          TEXT    NOT NULL CHECK (kind IN ('mid_year', 'year_end')),
    members_score INTEGER NOT NULL DEFAULT 0 CHECK (members_score IN (0, 1)),
    closed_on     TEXT    CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on),
    close_reason  TEXT    NOT NULL DEFAULT '',
    UNIQUE (cluster_id, kind)
);

-- Points on one criterion (an item, never a group) of one unit. The row
-- whose scorer is the unit itself is its self-score (tự chấm), with its
-- evidence in note; any other scorer's note says why its points differ from
-- the self-score. Bonus and penalty points are both positive; a penalty is
-- taken off.
CREATE TABLE score (
    round_id  INTEGER NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL CHECK (position >= 0),
    scorer_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    points    REAL    NOT NULL CHECK (points >= 0),
    note      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, unit_id, position, scorer_id)
) WITHOUT ROWID;
CREATE INDEX score_unit ON score (unit_id);
CREATE INDEX score_scorer ON score (scorer_id);

-- Files a unit attaches as evidence for its self-score on a criterion
-- (a report, a decision), kept in the database so that the file travels.
CREATE TABLE score_evidence (
    round_id INTEGER NOT NULL REFERENCES scoring_round (id) ON DELETE CASCADE,
    unit_id  INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL CHECK (position >= 0),
    name     TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    content  BLOB    NOT NULL,
    PRIMARY KEY (round_id, unit_id, position, name)
) WITHOUT ROWID;
CREATE INDEX score_evidence_unit ON score_evidence (unit_id);
