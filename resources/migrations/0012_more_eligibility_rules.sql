-- thidua schema version 12: conditions the rules of schema 10 left out
-- (domain brief §2.1, §2.2), in both national sets.
--  * LĐTT: at least 10 months of work in the year; maternity leave counts as
--    work (Nghị định 152/2025/NĐ-CP Điều 4 khoản 5). The 10 months come from
--    the old Nghị định 91/2017 and may not be in Thông tư 15/2025/TT-BNV
--    (brief §8 item 7): unverified.
--  * Bằng khen of the minister, province for a collective (Điều 74 route of
--    two consecutive years HTXSNV or TTLĐXS, as Bắc Ninh QĐ 86/2025 Điều 3
--    khoản 3 điểm c mirrors it), with the qualities a person checks.
--  * CSTĐ cơ sở through HTXSNV alone: the unit's HTXSNV at most 20 % of those
--    HTTNV or better (Quy định 366-QĐ/TW 2025 Điều 11; up to 25 % where
--    justified, so editable); over it a person chooses. Unverified: the brief
--    has it from the Party rule, and for civil servants it is [U].
-- Not here, as the brief does not state them well enough to check: the
-- collective Bằng khen of the Prime Minister and Huân chương Lao động hạng
-- Ba (a pattern without its numbers, [U]); absences of 40 working days (not
-- recorded).

CREATE TEMP TABLE national_rule (
    award_code TEXT, subject TEXT, name TEXT, position INTEGER, kind TEXT, years INTEGER,
    count INTEGER, code TEXT, text TEXT, citation TEXT, verified INTEGER);

INSERT INTO national_rule VALUES
    ('LDTT', 'individual', 'months', 3, 'worked_months', 0, 10, '', '',
     'Điều 24 Luật TĐKT 2022; 10 tháng theo Nghị định 91/2017/NĐ-CP (cần đối chiếu Thông tư 15/2025/TT-BNV)', 0),
    ('CSTDCS', 'individual', 'cap', 4, 'excellent_cap', 0, 20, '', '',
     'Điều 11 Quy định 366-QĐ/TW năm 2025 (tỷ lệ hoàn thành xuất sắc nhiệm vụ)', 0),
    ('BKBO', 'collective', 'excellent', 1, 'excellent_years', 2, 2, 'TTLDXS', '',
     'Điều 74 Luật TĐKT 2022', 1),
    ('BKBO', 'collective', 'merit', 2, 'review', 0, 0, '',
     'Thực hiện tốt quy chế dân chủ ở cơ sở, tổ chức tốt các phong trào thi đua; chăm lo đời sống vật chất, tinh thần trong tập thể; thực hành tiết kiệm, chống lãng phí',
     'Điều 74 Luật TĐKT 2022', 1);

INSERT INTO eligibility_rule (set_code, award_code, subject, name, position, kind, years, count, code, text, citation, verified)
    SELECT set_code, award_code, subject, name, position, kind, years, count, code, text, citation, verified
      FROM national_rule, (SELECT 'ND98' AS set_code UNION ALL SELECT 'ND152');
DROP TABLE national_rule;
