-- thidua schema version 8: the vote of a cluster-year (bình xét, suy tôn;
-- domain brief §2.3): the ballot session of its year-end conference, the
-- counts per candidate, title and round, the rule data the outcome is
-- measured against, and the units the vote proposes for a title. Rules across
-- rows (counts that fit the session, a second round only after a first that
-- failed) are kept by domain/ballot_session.h and the voting service.

-- Rule data, versioned by effective date: the yes votes a title needs, as a
-- share of ALL members of the voting body (present or not). The row in force
-- on the day of the vote is the one with the latest valid_from not after it.
-- A title without a row cannot be voted on; an administrator adds one.
CREATE TABLE vote_threshold (
    title_code  TEXT    NOT NULL REFERENCES title (code) ON DELETE RESTRICT,
    valid_from  TEXT    NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    numerator   INTEGER NOT NULL CHECK (numerator > 0),
    denominator INTEGER NOT NULL CHECK (denominator >= numerator),
    legal_basis TEXT    NOT NULL,
    PRIMARY KEY (title_code, valid_from)
) WITHOUT ROWID;

INSERT INTO vote_threshold (title_code, valid_from, numerator, denominator, legal_basis) VALUES
    ('CSTDTQ', '2018-01-01', 90, 100, 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'),
    ('CSTDBO', '2018-01-01', 90, 100, 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'),
    ('CSTDCS', '2018-01-01', 80, 100, 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'),
    ('CTDCP', '2018-01-01', 80, 100, 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7'),
    ('CTDBO', '2018-01-01', 80, 100, 'Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7');

-- Rule data: the members a meeting needs present, as a share of all members.
-- 'general': any meeting of the council or cluster; 'award': a meeting that
-- considers awards, as a ballot session does.
CREATE TABLE vote_quorum (
    meeting     TEXT    NOT NULL CHECK (meeting = 'general' OR meeting = 'award'),
    valid_from  TEXT    NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    numerator   INTEGER NOT NULL CHECK (numerator > 0),
    denominator INTEGER NOT NULL CHECK (denominator >= numerator),
    legal_basis TEXT    NOT NULL,
    PRIMARY KEY (meeting, valid_from)
) WITHOUT ROWID;

INSERT INTO vote_quorum (meeting, valid_from, numerator, denominator, legal_basis) VALUES
    ('general', '2018-01-01', 2, 3, 'Quy chế hoạt động của Hội đồng Thi đua - Khen thưởng'),
    ('award', '2018-01-01', 80, 100, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 8 khoản 4');

-- The ballot session of a cluster-year's conference: at most one, with the
-- numbers the minutes record. members is the voting body (usually one vote a
-- member unit), kept as typed: a cluster may count its members otherwise.
CREATE TABLE ballot_session (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    cluster_id       INTEGER NOT NULL UNIQUE REFERENCES cluster (id) ON DELETE RESTRICT,
    held_on          TEXT    CHECK (held_on IS NULL OR date(held_on, '+0 days') IS held_on),
    place            TEXT    NOT NULL DEFAULT '',
    chair            TEXT    NOT NULL DEFAULT '',
    secretary        TEXT    NOT NULL DEFAULT '',
    members          INTEGER NOT NULL CHECK (members > 0),
    present          INTEGER NOT NULL CHECK (present >= 0 AND present <= members),
    written_opinions INTEGER NOT NULL DEFAULT 0
                             CHECK (written_opinions >= 0
                                    AND written_opinions <= members - present),
    -- The parent key of ballot's (session_id, cluster_id).
    UNIQUE (id, cluster_id)
);

-- One candidate (a member unit of the cluster-year) voted on for one title in
-- one round (at most two). The foreign key to cluster_member makes SQL refuse
-- a candidate from outside the cluster and the removal of a member who was
-- voted on. The key columns come first (see covenant_signatory).
CREATE TABLE ballot (
    session_id INTEGER NOT NULL,
    unit_id    INTEGER NOT NULL,
    title_code TEXT    NOT NULL REFERENCES title (code) ON DELETE RESTRICT,
    round      INTEGER NOT NULL CHECK (round = 1 OR round = 2),
    cluster_id INTEGER NOT NULL,
    position   INTEGER NOT NULL CHECK (position >= 0), -- order on the ballot paper
    issued     INTEGER NOT NULL CHECK (issued >= 0),
    returned   INTEGER NOT NULL CHECK (returned >= 0 AND returned <= issued),
    valid      INTEGER NOT NULL CHECK (valid >= 0 AND valid <= returned),
    yes        INTEGER NOT NULL CHECK (yes >= 0 AND yes <= valid),
    PRIMARY KEY (session_id, unit_id, title_code, round),
    FOREIGN KEY (session_id, cluster_id) REFERENCES ballot_session (id, cluster_id)
        ON DELETE CASCADE,
    FOREIGN KEY (cluster_id, unit_id) REFERENCES cluster_member (cluster_id, unit_id)
        ON DELETE RESTRICT
) WITHOUT ROWID;
CREATE INDEX ballot_member ON ballot (cluster_id, unit_id);
CREATE INDEX ballot_title ON ballot (title_code);

-- The outcome: a unit the cluster's vote proposes for a title (the sector's or
-- ministry's flag, the Government's flag …), with the ballot that carried it.
-- The voting service keeps these rows in step with the ballots; the
-- nominations capability (hồ sơ đề nghị khen thưởng) picks up the rows whose
-- status is 'proposed' and attaches the score table, the ranking and the
-- minutes as their basis, moving them on to its own statuses.
CREATE TABLE ballot_proposal (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT    NOT NULL UNIQUE,
    cluster_id INTEGER NOT NULL REFERENCES cluster (id) ON DELETE RESTRICT,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    title_code TEXT    NOT NULL REFERENCES title (code) ON DELETE RESTRICT,
    session_id INTEGER NOT NULL,
    round      INTEGER NOT NULL,
    status     TEXT    NOT NULL DEFAULT 'proposed' CHECK (status = 'proposed'),
    UNIQUE (cluster_id, unit_id, title_code),
    FOREIGN KEY (session_id, unit_id, title_code, round)
        REFERENCES ballot (session_id, unit_id, title_code, round) ON DELETE CASCADE
);
CREATE INDEX ballot_proposal_ballot ON ballot_proposal (session_id, unit_id, title_code, round);
CREATE INDEX ballot_proposal_unit ON ballot_proposal (unit_id);
CREATE INDEX ballot_proposal_title ON ballot_proposal (title_code);
