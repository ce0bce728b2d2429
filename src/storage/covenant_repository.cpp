#include "covenant_repository.h"

#include "ordered_text.h"
#include "query.h"
#include "uuid.h"
#include "vietnamese_text.h"

#include <QCoreApplication>

namespace thidua::storage {

namespace {

constexpr OrderedTextTable Targets{"covenant_target", "covenant_id"};

} // namespace

Status CovenantRepository::insert(domain::Covenant& covenant) {
    covenant.uuid = ensureUuid(covenant.uuid);
    auto ok =
        exec(db_, "INSERT INTO covenant (uuid, cluster_id, signed_on, place) VALUES (?, ?, ?, ?)",
             covenant.uuid, covenant.clusterId, covenant.signedOn,
             domain::vn::normalized(covenant.place));
    if (!ok)
        return ok;
    covenant.id = db_.lastInsertId();
    return writeParts(covenant);
}

Status CovenantRepository::update(const domain::Covenant& covenant) {
    if (auto ok = exec(db_, "UPDATE covenant SET signed_on = ?, place = ? WHERE id = ?",
                       covenant.signedOn, domain::vn::normalized(covenant.place), covenant.id);
        !ok)
        return ok;
    return writeParts(covenant);
}

Status CovenantRepository::remove(domain::RowId covenantId) {
    return exec(db_, "DELETE FROM covenant WHERE id = ?", covenantId);
}

Result<domain::Covenant> CovenantRepository::find(domain::RowId covenantId) {
    auto found = findWhere("id", covenantId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound,
                    QCoreApplication::translate("thidua::storage", "Covenant %1 does not exist")
                        .arg(covenantId));
    return std::move(**found);
}

Result<std::optional<domain::Covenant>> CovenantRepository::forCluster(domain::RowId clusterId) {
    return findWhere("cluster_id", clusterId);
}

Result<qint64> CovenantRepository::count() {
    return selectInt(db_, "SELECT count(*) FROM covenant");
}

Result<std::optional<domain::Covenant>> CovenantRepository::findWhere(std::string_view where,
                                                                      domain::RowId id) {
    auto rows = selectAll<domain::Covenant>(
        db_,
        "SELECT id, uuid, cluster_id, signed_on, place FROM covenant WHERE " + std::string(where) +
            " = ?",
        [](const Statement& row) {
            domain::Covenant covenant;
            covenant.id = row.int64(0);
            covenant.uuid = row.text(1);
            covenant.clusterId = row.int64(2);
            covenant.signedOn = row.date(3);
            covenant.place = row.text(4);
            return covenant;
        },
        id);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::nullopt;
    domain::Covenant covenant = std::move(rows->front());
    auto signatories = selectAll<domain::RowId>(
        db_,
        "SELECT s.unit_id FROM covenant_signatory s JOIN unit u ON u.id = s.unit_id"
        " WHERE s.covenant_id = ? ORDER BY u.sort_key, u.id",
        [](const Statement& row) { return row.int64(0); }, covenant.id);
    auto targets = orderedText(db_, Targets, covenant.id);
    if (!signatories || !targets)
        return std::unexpected(!signatories ? signatories.error() : targets.error());
    covenant.signatoryIds = std::move(*signatories);
    covenant.targets = std::move(*targets);
    return covenant;
}

Status CovenantRepository::writeParts(const domain::Covenant& covenant) {
    if (auto ok = exec(db_, "DELETE FROM covenant_signatory WHERE covenant_id = ?", covenant.id);
        !ok)
        return ok;
    for (domain::RowId unitId : covenant.signatoryIds)
        if (auto ok = exec(db_,
                           "INSERT INTO covenant_signatory (covenant_id, cluster_id, unit_id)"
                           " VALUES (?, ?, ?)",
                           covenant.id, covenant.clusterId, unitId);
            !ok)
            return ok;
    return replaceOrderedText(db_, Targets, covenant.id, covenant.targets);
}

} // namespace thidua::storage
