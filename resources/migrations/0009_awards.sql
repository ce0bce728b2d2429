-- thidua schema version 9: awards (domain brief §1, §2): the commendation
-- forms beside the emulation titles as rule data, with one precedence across
-- both; award records with their decision, kind, cash and revocation; the
-- dated coefficients and base salary the cash is computed from; initiatives
-- and research with the award that used them, since one counts only once.

-- Hình thức khen thưởng (Luật 2022, Điều 9). Forms fit individuals and
-- collectives alike; titles (table title) fit one subject.
CREATE TABLE commendation_form (
    code          TEXT    PRIMARY KEY,
    name          TEXT    NOT NULL,
    abbreviation  TEXT    NOT NULL,
    level         TEXT    NOT NULL CHECK (level IN ('state', 'ministry', 'grassroots')),
    precedence    INTEGER NOT NULL,
    legal_basis   TEXT    NOT NULL,
    valid_from    TEXT    NOT NULL,
    valid_to      TEXT
) WITHOUT ROWID;

INSERT INTO commendation_form (code, name, abbreviation, level, precedence, legal_basis, valid_from) VALUES
    ('HCLD1', 'Huân chương Lao động hạng Nhất', 'HCLĐ hạng Nhất', 'state', 100, 'Luật Thi đua, khen thưởng 2022, Điều 44', '2018-01-01'),
    ('HCLD2', 'Huân chương Lao động hạng Nhì', 'HCLĐ hạng Nhì', 'state', 110, 'Luật Thi đua, khen thưởng 2022, Điều 44', '2018-01-01'),
    ('HCLD3', 'Huân chương Lao động hạng Ba', 'HCLĐ hạng Ba', 'state', 120, 'Luật Thi đua, khen thưởng 2022, Điều 44', '2018-01-01'),
    ('BKTTG', 'Bằng khen của Thủ tướng Chính phủ', 'BKTTg', 'state', 300, 'Luật Thi đua, khen thưởng 2022, Điều 73', '2018-01-01'),
    ('BKBO', 'Bằng khen của Bộ, ban, ngành, tỉnh', 'BKBộ', 'ministry', 500, 'Luật Thi đua, khen thưởng 2022, Điều 74', '2018-01-01'),
    ('GK', 'Giấy khen', 'GK', 'grassroots', 1000, 'Luật Thi đua, khen thưởng 2022, Điều 75', '2018-01-01');

-- One order across titles and forms, highest first, so that a nomination
-- list groups Huân chương, Cờ, Chiến sĩ thi đua and Bằng khen as the law
-- ranks them. Within a subject the titles keep their former order.
UPDATE title SET precedence = CASE code
    WHEN 'CTDCP' THEN 200 WHEN 'CSTDTQ' THEN 210
    WHEN 'CTDBO' THEN 400 WHEN 'CSTDBO' THEN 410
    WHEN 'TTLDXS' THEN 600 WHEN 'CSTDCS' THEN 700
    WHEN 'TTLDTT' THEN 800 WHEN 'LDTT' THEN 900
    ELSE precedence END;

-- Everything an award or a nomination can name, title or form.
CREATE VIEW award_catalogue AS
    SELECT code, name, abbreviation, 'title' AS category, subject, level, precedence,
           legal_basis, valid_from, valid_to
      FROM title
    UNION ALL
    SELECT code, name, abbreviation, 'form', NULL, level, precedence,
           legal_basis, valid_from, valid_to
      FROM commendation_form;

-- An award received: by a person or a collective, for the years first_year to
-- year (one year for yearly titles), of a kind (loại hình): đột xuất and
-- chuyên đề awards never count toward higher merit awards (Nghị định
-- 152/2025, Điều 4). amount is in đồng, fixed when the award is recorded.
-- A revoked award keeps its row with the revoking decision (Luật, Điều 93).
CREATE TABLE award (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT    NOT NULL UNIQUE,
    award_code         TEXT    NOT NULL,
    person_id          INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_id            INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    first_year         INTEGER NOT NULL,
    year               INTEGER NOT NULL CHECK (year >= first_year),
    kind               TEXT    NOT NULL
        CHECK (kind IN ('merit', 'sudden', 'thematic', 'dedication', 'foreign')),
    decision_number    TEXT    NOT NULL CHECK (decision_number <> ''),
    decision_date      TEXT    NOT NULL CHECK (date(decision_date, '+0 days') IS decision_date),
    issuer             TEXT    NOT NULL CHECK (issuer <> ''),
    golden_book_number TEXT    NOT NULL DEFAULT '',
    amount             INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    revoked_by         TEXT    NOT NULL DEFAULT '',
    revoked_on         TEXT,
    revocation_reason  TEXT    NOT NULL DEFAULT '',
    note               TEXT    NOT NULL DEFAULT '',
    CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CHECK ((revoked_by = '') = (revoked_on IS NULL))
);
CREATE INDEX award_person ON award (person_id, year) WHERE person_id IS NOT NULL;
CREATE INDEX award_unit ON award (unit_id, year) WHERE unit_id IS NOT NULL;
CREATE INDEX award_year ON award (year, award_code);
-- A merit award is received once a year; sudden and thematic ones may repeat.
CREATE UNIQUE INDEX award_person_merit_once ON award (person_id, award_code, year)
    WHERE person_id IS NOT NULL AND kind = 'merit' AND revoked_by = '';
CREATE UNIQUE INDEX award_unit_merit_once ON award (unit_id, award_code, year)
    WHERE unit_id IS NOT NULL AND kind = 'merit' AND revoked_by = '';

-- Rule data for the cash: the coefficient (in hundredths) of the base salary
-- per award and subject, and the base salary (mức lương cơ sở), each from a
-- date. verified = 0 marks values the domain brief could not confirm, shown
-- as such to the administrator who edits them.
CREATE TABLE reward_coefficient (
    award_code  TEXT    NOT NULL,
    subject     TEXT    NOT NULL CHECK (subject IN ('individual', 'collective')),
    valid_from  TEXT    NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    hundredths  INTEGER NOT NULL CHECK (hundredths >= 0),
    legal_basis TEXT    NOT NULL,
    verified    INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    PRIMARY KEY (award_code, subject, valid_from)
) WITHOUT ROWID;

INSERT INTO reward_coefficient (award_code, subject, valid_from, hundredths, legal_basis, verified) VALUES
    ('CSTDTQ', 'individual', '2018-01-01', 450, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('CSTDBO', 'individual', '2018-01-01', 300, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('CSTDCS', 'individual', '2018-01-01', 100, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('LDTT', 'individual', '2018-01-01', 30, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('TTLDXS', 'collective', '2018-01-01', 150, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('TTLDTT', 'collective', '2018-01-01', 80, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('CTDCP', 'collective', '2018-01-01', 1200, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('CTDBO', 'collective', '2018-01-01', 800, 'Nghị định 152/2025/NĐ-CP, Điều 50', 1),
    ('HCLD1', 'collective', '2018-01-01', 1800, 'Nghị định 152/2025/NĐ-CP, Điều 51', 1),
    ('HCLD2', 'collective', '2018-01-01', 1500, 'Nghị định 152/2025/NĐ-CP, Điều 51', 1),
    ('HCLD3', 'collective', '2018-01-01', 900, 'Nghị định 152/2025/NĐ-CP, Điều 51', 1),
    ('HCLD1', 'individual', '2018-01-01', 900, 'Nghị định 152/2025/NĐ-CP, Điều 51', 0),
    ('HCLD2', 'individual', '2018-01-01', 750, 'Nghị định 152/2025/NĐ-CP, Điều 51', 0),
    ('HCLD3', 'individual', '2018-01-01', 450, 'Nghị định 152/2025/NĐ-CP, Điều 51', 0),
    ('BKTTG', 'collective', '2018-01-01', 700, 'Nghị định 152/2025/NĐ-CP, Điều 54', 1),
    ('BKTTG', 'individual', '2018-01-01', 350, 'Nghị định 152/2025/NĐ-CP, Điều 54', 0),
    ('BKBO', 'collective', '2018-01-01', 300, 'Nghị định 152/2025/NĐ-CP, Điều 54', 1),
    ('BKBO', 'individual', '2018-01-01', 150, 'Nghị định 152/2025/NĐ-CP, Điều 54', 0),
    ('GK', 'collective', '2018-01-01', 60, 'Nghị định 152/2025/NĐ-CP, Điều 54', 1),
    ('GK', 'individual', '2018-01-01', 30, 'Nghị định 152/2025/NĐ-CP, Điều 54', 0);

CREATE TABLE base_salary (
    valid_from  TEXT    PRIMARY KEY CHECK (date(valid_from, '+0 days') IS valid_from),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    legal_basis TEXT    NOT NULL,
    verified    INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1))
) WITHOUT ROWID;

INSERT INTO base_salary (valid_from, amount, legal_basis, verified) VALUES
    ('2018-07-01', 1390000, 'Nghị định 72/2018/NĐ-CP', 0),
    ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP', 0),
    ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP', 0),
    ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP', 1);

-- Sáng kiến and đề tài nghiên cứu: recognised at a level by a decision; an
-- award may use it once as a criterion (Công văn 5007/BNV-TĐKT, 2023).
CREATE TABLE initiative (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL CHECK (title <> ''),
    kind             TEXT    NOT NULL CHECK (kind IN ('initiative', 'research')),
    level            TEXT    NOT NULL CHECK (level IN ('grassroots', 'ministry', 'national')),
    year             INTEGER NOT NULL,
    decision_number  TEXT    NOT NULL DEFAULT '',
    decision_date    TEXT,
    issuer           TEXT    NOT NULL DEFAULT '',
    used_by_award_id INTEGER REFERENCES award (id) ON DELETE SET NULL,
    note             TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX initiative_year ON initiative (year);
CREATE INDEX initiative_award ON initiative (used_by_award_id) WHERE used_by_award_id IS NOT NULL;

CREATE TABLE initiative_author (
    initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    person_id     INTEGER NOT NULL REFERENCES person (id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, person_id)
) WITHOUT ROWID;
CREATE INDEX initiative_author_person ON initiative_author (person_id);

-- Đề nghị khen thưởng: a candidate (person or collective) proposed by a unit
-- for a title or form for a year. status follows draft → submitted →
-- (returned → submitted) → accepted → decided | rejected, or withdrawn before
-- a decision; the transitions are kept by domain/nomination.h. A decided
-- nomination names the award its decision created; a vote's proposal names
-- the ballot session it came from.
CREATE TABLE nomination (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    year              INTEGER NOT NULL,
    award_code        TEXT    NOT NULL,
    kind              TEXT    NOT NULL DEFAULT 'merit'
        CHECK (kind IN ('merit', 'sudden', 'thematic', 'dedication', 'foreign')),
    person_id         INTEGER REFERENCES person (id) ON DELETE RESTRICT,
    unit_id           INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    proposing_unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    basis             TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'returned', 'accepted', 'decided', 'rejected',
                          'withdrawn')),
    status_reason     TEXT    NOT NULL DEFAULT '',
    ballot_session_id INTEGER REFERENCES ballot_session (id) ON DELETE SET NULL,
    award_id          INTEGER REFERENCES award (id) ON DELETE SET NULL,
    CHECK ((person_id IS NULL) <> (unit_id IS NULL)),
    CHECK ((status = 'decided') = (award_id IS NOT NULL))
);
CREATE INDEX nomination_year ON nomination (year, award_code);
CREATE INDEX nomination_person ON nomination (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX nomination_unit ON nomination (unit_id) WHERE unit_id IS NOT NULL;
-- A candidate is proposed for a merit award once a year, unless withdrawn or
-- rejected.
CREATE UNIQUE INDEX nomination_person_once ON nomination (person_id, award_code, year)
    WHERE person_id IS NOT NULL AND kind = 'merit' AND status NOT IN ('withdrawn', 'rejected');
CREATE UNIQUE INDEX nomination_unit_once ON nomination (unit_id, award_code, year)
    WHERE unit_id IS NOT NULL AND kind = 'merit' AND status NOT IN ('withdrawn', 'rejected');

-- The dossier (hồ sơ, Luật Điều 84): files by kind, kept in the database so
-- that a copied file carries them.
CREATE TABLE nomination_file (
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL
        CHECK (kind IN ('submission', 'achievement_report', 'minutes', 'initiative_proof',
                        'grade_proof', 'scoring_table', 'ranking', 'other')),
    file_name     TEXT    NOT NULL CHECK (file_name <> ''),
    content       BLOB    NOT NULL,
    added_on      TEXT    NOT NULL
);
CREATE INDEX nomination_file_nomination ON nomination_file (nomination_id);

-- Rule data: when a dossier for an award is due at the level above, as a day
-- of the year after the one it is for (years_after = 1) or of the same year.
CREATE TABLE nomination_deadline (
    award_code  TEXT    NOT NULL,
    valid_from  TEXT    NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from),
    years_after INTEGER NOT NULL CHECK (years_after IN (0, 1)),
    month       INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    day         INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
    legal_basis TEXT    NOT NULL,
    verified    INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    PRIMARY KEY (award_code, valid_from)
) WITHOUT ROWID;

INSERT INTO nomination_deadline (award_code, valid_from, years_after, month, day, legal_basis, verified) VALUES
    ('CTDCP', '2018-01-01', 1, 6, 30, 'Nghị định 98/2023/NĐ-CP, Điều 32', 1),
    ('CSTDTQ', '2018-01-01', 1, 12, 31, 'Nghị định 98/2023/NĐ-CP, Điều 32 khoản 1 điểm a', 1),
    ('CTDBO', '2018-01-01', 0, 12, 10, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6', 0),
    ('CSTDBO', '2018-01-01', 0, 12, 10, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6', 0),
    ('TTLDXS', '2018-01-01', 0, 12, 10, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6', 0),
    ('BKBO', '2018-01-01', 0, 12, 10, 'Quyết định 86/2025/QĐ-UBND tỉnh Bắc Ninh, Điều 6', 0);
