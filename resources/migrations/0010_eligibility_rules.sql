-- thidua schema version 10: the eligibility rules (domain brief §0, §2) as
-- data versioned by legal basis and effective dates. A rule set is in force
-- between two days; the national set in force on the judging day applies,
-- and a sector set in force that day replaces its rules for the titles it
-- covers. Each rule is one condition of one title or form with its numbers,
-- the article it rests on and whether the brief could verify it (verified =
-- 0 is shown as such to the administrator who edits it).

CREATE TABLE eligibility_rule_set (
    code           TEXT    PRIMARY KEY,
    name           TEXT    NOT NULL,
    legal_basis    TEXT    NOT NULL,
    layer          TEXT    NOT NULL CHECK (layer IN ('national', 'sector')),
    effective_from TEXT    NOT NULL CHECK (date(effective_from, '+0 days') IS effective_from),
    effective_to   TEXT    CHECK (effective_to IS NULL
                                  OR date(effective_to, '+0 days') IS effective_to),
    verified       INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    CHECK (effective_to IS NULL OR effective_from <= effective_to)
) WITHOUT ROWID;

-- kind names the condition (domain/eligibility_rules.h); years, count and
-- code are its numbers and the title, grade, initiative level or discipline
-- form it names; text is what a person must check for a 'review' rule.
CREATE TABLE eligibility_rule (
    set_code   TEXT    NOT NULL REFERENCES eligibility_rule_set (code) ON DELETE CASCADE,
    award_code TEXT    NOT NULL,
    subject    TEXT    NOT NULL CHECK (subject IN ('individual', 'collective')),
    name       TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    kind       TEXT    NOT NULL,
    years      INTEGER NOT NULL DEFAULT 0 CHECK (years >= 0),
    count      INTEGER NOT NULL DEFAULT 0 CHECK (count >= 0),
    code       TEXT    NOT NULL DEFAULT '',
    text       TEXT    NOT NULL DEFAULT '',
    citation   TEXT    NOT NULL CHECK (citation <> ''),
    verified   INTEGER NOT NULL DEFAULT 1 CHECK (verified IN (0, 1)),
    PRIMARY KEY (set_code, award_code, subject, name)
) WITHOUT ROWID;

INSERT INTO eligibility_rule_set (code, name, legal_basis, layer, effective_from, effective_to, verified) VALUES
    ('ND98', 'Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP',
     'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP', 'national',
     '2024-01-01', '2025-06-30', 1),
    ('ND152', 'Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP',
     'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP', 'national',
     '2025-07-01', NULL, 1),
    ('TT11BTP', 'Thông tư 11/2023/TT-BTP (ngành Tư pháp)',
     'Thông tư 11/2023/TT-BTP hướng dẫn Luật Thi đua, khen thưởng đối với ngành Tư pháp', 'sector',
     '2024-01-01', NULL, 0);

-- The two national sets hold the same conditions of the Law; they differ in
-- the decree each cites for the discipline hold.
CREATE TEMP TABLE national_rule (
    award_code TEXT, subject TEXT, name TEXT, position INTEGER, kind TEXT, years INTEGER,
    count INTEGER, code TEXT, text TEXT, citation TEXT, verified INTEGER);

INSERT INTO national_rule VALUES
    ('LDTT', 'individual', 'grade', 1, 'grade', 0, 0, 'HTTNV', '', 'Điều 24 khoản 1 Luật TĐKT 2022', 1),
    ('LDTT', 'individual', 'discipline', 2, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('CSTDCS', 'individual', 'ldtt', 1, 'lower_title', 0, 0, 'LDTT', '', 'Điều 23 Luật TĐKT 2022', 1),
    ('CSTDCS', 'individual', 'merit', 2, 'excellent_or_initiative', 0, 1, 'grassroots', '', 'Điều 23 Luật TĐKT 2022', 1),
    ('CSTDCS', 'individual', 'discipline', 3, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('CSTDBO', 'individual', 'cstdcs', 1, 'consecutive_title', 1, 3, 'CSTDCS', '', 'Điều 22 Luật TĐKT 2022', 1),
    ('CSTDBO', 'individual', 'initiative', 2, 'initiative', 3, 1, 'ministry', '', 'Điều 22 Luật TĐKT 2022', 1),
    ('CSTDBO', 'individual', 'discipline', 3, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('CSTDTQ', 'individual', 'cstdbo', 1, 'consecutive_title', 3, 2, 'CSTDBO', '', 'Điều 21 Luật TĐKT 2022', 1),
    ('CSTDTQ', 'individual', 'initiative', 2, 'initiative', 6, 1, 'national', '', 'Điều 21 Luật TĐKT 2022', 1),
    ('CSTDTQ', 'individual', 'discipline', 3, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('CSTDTQ', 'individual', 'choice', 4, 'review', 0, 0, '',
     'Được lựa chọn là tiêu biểu xuất sắc trong số các Chiến sĩ thi đua cấp Bộ, ngành, tỉnh; sáng kiến có ảnh hưởng trong phạm vi toàn quốc',
     'Điều 21 Luật TĐKT 2022', 1),
    ('BKBO', 'individual', 'route', 1, 'title_or_initiatives', 2, 2, 'CSTDCS', '', 'Điều 74 khoản 1 Luật TĐKT 2022', 1),
    ('BKBO', 'individual', 'discipline', 2, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('BKTTG', 'individual', 'bkbo', 1, 'prior_award', 5, 0, 'BKBO', '', 'Điều 73 khoản 1 điểm b Luật TĐKT 2022', 1),
    ('BKTTG', 'individual', 'grades', 2, 'good_years', 5, 0, '', '', 'Điều 73 khoản 1 điểm b Luật TĐKT 2022', 1),
    ('BKTTG', 'individual', 'cstdcs', 3, 'title_count', 5, 3, 'CSTDCS', '', 'Điều 73 khoản 1 điểm b Luật TĐKT 2022', 1),
    ('BKTTG', 'individual', 'discipline', 4, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('HCLD3', 'individual', 'bkttg', 1, 'prior_award', 5, 0, 'BKTTG', '', 'Điều 44 khoản 1 điểm e Luật TĐKT 2022', 0),
    ('HCLD3', 'individual', 'grades', 2, 'good_years', 5, 0, '', '', 'Điều 44 khoản 1 điểm e Luật TĐKT 2022', 0),
    ('HCLD3', 'individual', 'htxsnv', 3, 'excellent_years', 5, 1, '', '', 'Điều 44 khoản 1 điểm e Luật TĐKT 2022', 0),
    ('HCLD3', 'individual', 'cstdcs', 4, 'title_count', 5, 3, 'CSTDCS', '', 'Điều 44 khoản 1 điểm e Luật TĐKT 2022', 0),
    ('HCLD3', 'individual', 'discipline', 5, 'no_discipline', 0, 0, '', '', '$HOLD', 1),
    ('TTLDTT', 'collective', 'grade', 1, 'grade', 0, 0, 'HTTNV', '', 'Điều 28 Luật TĐKT 2022', 1),
    ('TTLDTT', 'collective', 'ldtt', 2, 'member_share', 0, 70, 'LDTT', '', 'Điều 28 Luật TĐKT 2022', 1),
    ('TTLDTT', 'collective', 'discipline', 3, 'member_discipline', 0, 0, 'warning', '', 'Điều 28 Luật TĐKT 2022', 1),
    ('TTLDXS', 'collective', 'grade', 1, 'grade', 0, 0, 'HTXSNV', '', 'Điều 27 Luật TĐKT 2022', 1),
    ('TTLDXS', 'collective', 'completed', 2, 'members_completed', 0, 100, '', '', 'Điều 27 Luật TĐKT 2022', 1),
    ('TTLDXS', 'collective', 'ldtt', 3, 'member_share', 0, 70, 'LDTT', '', 'Điều 27 Luật TĐKT 2022', 1),
    ('TTLDXS', 'collective', 'cstdcs', 4, 'member_titles', 0, 1, 'CSTDCS', '', 'Điều 27 Luật TĐKT 2022', 1),
    ('TTLDXS', 'collective', 'discipline', 5, 'member_discipline', 0, 0, 'warning', '', 'Điều 27 Luật TĐKT 2022', 0),
    ('CTDBO', 'collective', 'vote', 1, 'vote', 0, 0, 'CTDBO', '', 'Điều 26 Luật TĐKT 2022', 1),
    ('CTDBO', 'collective', 'merit', 2, 'review', 0, 0, '',
     'Hoàn thành vượt mức các chỉ tiêu thi đua, là đơn vị tiêu biểu xuất sắc của Bộ, ngành, tỉnh; tổ chức đảng, đoàn thể hoàn thành xuất sắc nhiệm vụ',
     'Điều 26 Luật TĐKT 2022', 1),
    ('CTDCP', 'collective', 'vote', 1, 'vote', 0, 0, 'CTDCP', '', 'Điều 25 Luật TĐKT 2022', 1),
    ('CTDCP', 'collective', 'merit', 2, 'review', 0, 0, '',
     'Được lựa chọn trong số các tập thể dẫn đầu cụm, khối thi đua do Bộ, ngành, tỉnh tổ chức, có thành tích xuất sắc, vượt chỉ tiêu',
     'Điều 25 Luật TĐKT 2022', 1);

INSERT INTO eligibility_rule (set_code, award_code, subject, name, position, kind, years, count, code, text, citation, verified)
    SELECT 'ND98', award_code, subject, name, position, kind, years, count, code, text,
           replace(citation, '$HOLD', 'Điều 5 Luật TĐKT 2022'), verified
      FROM national_rule;
INSERT INTO eligibility_rule (set_code, award_code, subject, name, position, kind, years, count, code, text, citation, verified)
    SELECT 'ND152', award_code, subject, name, position, kind, years, count, code, text,
           replace(citation, '$HOLD', 'Điều 4 Nghị định 152/2025/NĐ-CP'), verified
      FROM national_rule;
DROP TABLE national_rule;

-- Cờ thi đua ngành Tư pháp: the unit that leads its cụm, khối and is voted
-- for (suy tôn) by it.
INSERT INTO eligibility_rule (set_code, award_code, subject, name, position, kind, years, count, code, text, citation, verified) VALUES
    ('TT11BTP', 'CTDBO', 'collective', 'vote', 1, 'vote', 0, 0, 'CTDBO', '',
     'Thông tư 11/2023/TT-BTP (Cờ thi đua ngành Tư pháp)', 1),
    ('TT11BTP', 'CTDBO', 'collective', 'merit', 2, 'review', 0, 0, '',
     'Dẫn đầu cụm, khối thi đua của ngành Tư pháp, hoàn thành vượt mức các chỉ tiêu thi đua',
     'Thông tư 11/2023/TT-BTP (Cờ thi đua ngành Tư pháp)', 0);
