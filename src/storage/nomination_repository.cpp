#include "nomination_repository.h"

#include "query.h"
#include "uuid.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr std::string_view NominationColumns =
    "n.id, n.uuid, n.year, n.award_code, n.kind, coalesce(n.person_id, 0),"
    " coalesce(n.unit_id, 0), n.proposing_unit_id, n.basis, n.status, n.status_reason,"
    " coalesce(n.ballot_session_id, 0), coalesce(n.award_id, 0)";

domain::Nomination readNomination(const Statement& row) {
    domain::Nomination nomination;
    nomination.id = row.int64(0);
    nomination.uuid = row.text(1);
    nomination.year = static_cast<int>(row.int64(2));
    nomination.awardCode = row.text(3);
    nomination.kind = domain::awardKindFromText(row.text(4)).value_or(domain::AwardKind::Merit);
    nomination.personId = row.int64(5);
    nomination.unitId = row.int64(6);
    nomination.proposingUnitId = row.int64(7);
    nomination.basis = row.text(8);
    nomination.status =
        domain::nominationStatusFromText(row.text(9)).value_or(domain::NominationStatus::Draft);
    nomination.statusReason = row.text(10);
    nomination.ballotSessionId = row.int64(11);
    nomination.awardId = row.int64(12);
    return nomination;
}

} // namespace

Status NominationRepository::insert(domain::Nomination& nomination) {
    nomination.uuid = ensureUuid(nomination.uuid);
    auto ok = exec(db_,
                   "INSERT INTO nomination (uuid, year, award_code, kind, person_id, unit_id,"
                   " proposing_unit_id, basis, status, status_reason, ballot_session_id, award_id)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   nomination.uuid, nomination.year, nomination.awardCode,
                   domain::awardKindCode(nomination.kind), nullIfNoId(nomination.personId),
                   nullIfNoId(nomination.unitId), nomination.proposingUnitId, nomination.basis,
                   domain::nominationStatusCode(nomination.status), nomination.statusReason,
                   nullIfNoId(nomination.ballotSessionId), nullIfNoId(nomination.awardId));
    if (ok)
        nomination.id = db_.lastInsertId();
    return ok;
}

Status NominationRepository::update(const domain::Nomination& nomination) {
    return exec(db_,
                "UPDATE nomination SET year = ?, award_code = ?, kind = ?, proposing_unit_id = ?,"
                " basis = ?, status = ?, status_reason = ?, ballot_session_id = ?, award_id = ?"
                " WHERE id = ?",
                nomination.year, nomination.awardCode, domain::awardKindCode(nomination.kind),
                nomination.proposingUnitId, nomination.basis,
                domain::nominationStatusCode(nomination.status), nomination.statusReason,
                nullIfNoId(nomination.ballotSessionId), nullIfNoId(nomination.awardId),
                nomination.id);
}

Status NominationRepository::remove(domain::RowId id) {
    return exec(db_, "DELETE FROM nomination WHERE id = ?", id);
}

Result<std::vector<domain::Nomination>>
NominationRepository::selectWhere(std::string_view where, qint64 id, qint64 second) {
    return selectAll<domain::Nomination>(
        db_,
        "SELECT " + std::string(NominationColumns) +
            " FROM nomination n JOIN award_catalogue c ON c.code = n.award_code WHERE " +
            std::string(where) + " ORDER BY n.year, c.precedence, n.id",
        readNomination, id, second);
}

Result<domain::Nomination> NominationRepository::find(domain::RowId id) {
    auto rows = selectWhere("n.id = ?1 AND ?2 = 0", id);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(
            ErrorCode::NotFound,
            QCoreApplication::translate("thidua::storage", "Nomination %1 does not exist").arg(id));
    return rows->front();
}

Result<std::vector<domain::Nomination>>
NominationRepository::inYear(int year, domain::RowId proposingUnitId) {
    return selectWhere("n.year = ?1 AND (?2 = 0 OR n.proposing_unit_id = ?2)", year,
                       proposingUnitId);
}

Result<std::vector<domain::Nomination>> NominationRepository::forPerson(domain::RowId personId) {
    return selectWhere("n.person_id = ?1 AND ?2 = 0", personId);
}

Result<std::vector<domain::Nomination>> NominationRepository::forUnit(domain::RowId unitId) {
    return selectWhere("n.unit_id = ?1 AND ?2 = 0", unitId);
}

Result<domain::RowId> NominationRepository::addFile(domain::RowId nominationId,
                                                    domain::DossierPaper paper,
                                                    const QString& fileName,
                                                    const QByteArray& content, QDate addedOn) {
    auto ok = exec(db_,
                   "INSERT INTO nomination_file (nomination_id, kind, file_name, content, added_on)"
                   " VALUES (?, ?, ?, ?, ?)",
                   nominationId, domain::dossierPaperCode(paper), fileName, content, addedOn);
    if (!ok)
        return std::unexpected(ok.error());
    return db_.lastInsertId();
}

Status NominationRepository::removeFile(domain::RowId fileId) {
    return exec(db_, "DELETE FROM nomination_file WHERE id = ?", fileId);
}

Result<std::vector<domain::DossierFile>> NominationRepository::files(domain::RowId nominationId) {
    return selectAll<domain::DossierFile>(
        db_,
        "SELECT id, nomination_id, kind, file_name, added_on, length(content)"
        " FROM nomination_file WHERE nomination_id = ? ORDER BY id",
        [](const Statement& row) {
            return domain::DossierFile{
                row.int64(0),
                row.int64(1),
                domain::dossierPaperFromCode(row.text(2)).value_or(domain::DossierPaper::Other),
                row.text(3),
                row.date(4),
                row.int64(5)};
        },
        nominationId);
}

Result<QByteArray> NominationRepository::fileContent(domain::RowId fileId) {
    auto rows = selectAll<QByteArray>(
        db_, "SELECT content FROM nomination_file WHERE id = ?",
        [](const Statement& row) { return row.blob(0); }, fileId);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Dossier file %1 does not exist")
                        .arg(fileId));
    return rows->front();
}

Result<std::optional<domain::NominationDeadline>>
NominationRepository::deadline(const QString& awardCode, int year, domain::RowId proposingUnitId) {
    // The organiser is read from the top of the proposing unit's tree.
    auto rows = selectAll<domain::NominationDeadline>(
        db_,
        "WITH RECURSIVE up (id, parent_id, search_key) AS ("
        "   SELECT id, parent_id, search_key FROM unit WHERE id = ?3"
        "   UNION ALL SELECT u.id, u.parent_id, u.search_key FROM unit u"
        "   JOIN up ON u.id = up.parent_id)"
        " SELECT years_after, month, day, legal_basis, verified FROM nomination_deadline"
        " WHERE award_code = ?1 AND valid_from <= ?2"
        " AND (organiser = '' OR instr(coalesce((SELECT search_key FROM up"
        "                                       WHERE parent_id IS NULL), ''), organiser) > 0)"
        " ORDER BY organiser <> '' DESC, valid_from DESC LIMIT 1",
        [year](const Statement& row) {
            const int dueYear = year + static_cast<int>(row.int64(0));
            return domain::NominationDeadline{
                QDate(dueYear, static_cast<int>(row.int64(1)), static_cast<int>(row.int64(2))),
                row.text(3), row.int64(4) != 0};
        },
        awardCode, QDate(year, 12, 31), proposingUnitId);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->empty() ? std::optional<domain::NominationDeadline>{}
                         : std::optional<domain::NominationDeadline>{rows->front()};
}

} // namespace thidua::storage
