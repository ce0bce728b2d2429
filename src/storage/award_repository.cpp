#include "award_repository.h"

#include "award_rows.h"
#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view CatalogueColumns =
    "code, name, abbreviation, category, subject, level, precedence, legal_basis";

domain::AwardType readType(const Statement& row) {
    domain::AwardType type;
    type.code = row.text(0);
    type.name = row.text(1);
    type.abbreviation = row.text(2);
    type.category =
        row.text(3) == u"form" ? domain::AwardCategory::Form : domain::AwardCategory::Title;
    if (type.category == domain::AwardCategory::Title)
        type.subject = row.text(4) == u"collective" ? domain::TitleSubject::Collective
                                                    : domain::TitleSubject::Individual;
    type.level = row.text(5);
    type.precedence = static_cast<int>(row.int64(6));
    type.legalBasis = row.text(7);
    return type;
}

QString subjectCode(domain::TitleSubject subject) {
    return subject == domain::TitleSubject::Collective ? QStringLiteral("collective")
                                                       : QStringLiteral("individual");
}

std::string awardsWhere(std::string_view where) {
    return "SELECT " + std::string(AwardColumns) +
           " FROM award a JOIN award_catalogue c ON c.code = a.award_code WHERE " +
           std::string(where) + " ORDER BY a.year, c.precedence, a.id";
}

} // namespace

Status AwardRepository::insert(domain::Award& award) {
    award.uuid = ensureUuid(award.uuid);
    auto ok =
        exec(db_,
             "INSERT INTO award (uuid, award_code, person_id, unit_id, first_year, year,"
             " kind, decision_number, decision_date, issuer, golden_book_number, amount,"
             " revoked_by, revoked_on, revocation_reason, note)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             award.uuid, award.awardCode, nullIfNoId(award.personId), nullIfNoId(award.unitId),
             award.firstYear, award.year, domain::awardKindCode(award.kind),
             domain::vn::normalized(award.decisionNumber), award.decisionDate,
             domain::vn::normalized(award.issuer), award.goldenBookNumber.trimmed(), award.amount,
             award.revokedBy, award.revokedOn, award.revocationReason, award.note);
    if (ok)
        award.id = db_.lastInsertId();
    return ok;
}

Status AwardRepository::update(const domain::Award& award) {
    return exec(db_,
                "UPDATE award SET award_code = ?, first_year = ?, year = ?, kind = ?,"
                " decision_number = ?, decision_date = ?, issuer = ?, golden_book_number = ?,"
                " amount = ?, revoked_by = ?, revoked_on = ?, revocation_reason = ?, note = ?"
                " WHERE id = ?",
                award.awardCode, award.firstYear, award.year, domain::awardKindCode(award.kind),
                domain::vn::normalized(award.decisionNumber), award.decisionDate,
                domain::vn::normalized(award.issuer), award.goldenBookNumber.trimmed(),
                award.amount, domain::vn::normalized(award.revokedBy), award.revokedOn,
                award.revocationReason, award.note, award.id);
}

Status AwardRepository::remove(domain::RowId id) {
    if (auto freed = exec(
            db_, "UPDATE initiative SET used_by_award_id = NULL WHERE used_by_award_id = ?", id);
        !freed)
        return freed;
    return exec(db_, "DELETE FROM award WHERE id = ?", id);
}

Result<qint64> AwardRepository::decidingNominations(domain::RowId id) {
    return selectInt(db_, "SELECT count(*) FROM nomination WHERE award_id = ?", id);
}

Result<domain::Award> AwardRepository::find(domain::RowId id) {
    auto rows = selectAll<domain::Award>(db_, awardsWhere("a.id = ?"), readAward, id);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Award %1 does not exist").arg(id));
    return rows->front();
}

Result<domain::RowId> AwardRepository::idOf(const QString& uuid) {
    return selectInt(db_, "SELECT id FROM award WHERE uuid = ?", uuid);
}

Result<std::vector<domain::Award>> AwardRepository::forPerson(domain::RowId personId) {
    return selectAll<domain::Award>(db_, awardsWhere("a.person_id = ?"), readAward, personId);
}

Result<std::vector<domain::Award>> AwardRepository::forUnit(domain::RowId unitId) {
    return selectAll<domain::Award>(db_, awardsWhere("a.unit_id = ?"), readAward, unitId);
}

Result<std::vector<domain::Award>> AwardRepository::inYear(int year) {
    return selectAll<domain::Award>(db_, awardsWhere("a.year = ?"), readAward, year);
}

Result<std::vector<domain::AwardType>> AwardRepository::catalogue(QDate on) {
    return selectAll<domain::AwardType>(
        db_,
        "SELECT " + std::string(CatalogueColumns) +
            " FROM award_catalogue WHERE valid_from <= ?1 AND (valid_to IS NULL OR valid_to >= ?1)"
            " ORDER BY precedence, code",
        readType, on);
}

Result<std::optional<domain::AwardType>> AwardRepository::type(const QString& code) {
    auto rows = selectAll<domain::AwardType>(
        db_, "SELECT " + std::string(CatalogueColumns) + " FROM award_catalogue WHERE code = ?",
        readType, code);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::optional<domain::AwardType>{};
    return std::optional<domain::AwardType>{rows->front()};
}

Result<std::optional<int>> AwardRepository::coefficient(const QString& awardCode,
                                                        domain::TitleSubject subject, QDate on) {
    auto rows = selectAll<int>(
        db_,
        "SELECT hundredths FROM reward_coefficient WHERE award_code = ? AND subject = ?"
        " AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
        [](const Statement& row) { return static_cast<int>(row.int64(0)); }, awardCode,
        subjectCode(subject), on);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->empty() ? std::optional<int>{} : std::optional<int>{rows->front()};
}

Result<std::optional<qint64>> AwardRepository::baseSalary(QDate on) {
    auto rows = selectAll<qint64>(
        db_,
        "SELECT amount FROM base_salary WHERE valid_from <= ? ORDER BY valid_from DESC LIMIT 1",
        [](const Statement& row) { return row.int64(0); }, on);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->empty() ? std::optional<qint64>{} : std::optional<qint64>{rows->front()};
}

} // namespace thidua::storage
