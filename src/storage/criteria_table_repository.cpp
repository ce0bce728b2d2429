#include "criteria_table_repository.h"

#include "query.h"
#include "scoring_codes.h"
#include "uuid.h"

#include <QCoreApplication>

namespace thidua::storage {

Status CriteriaTableRepository::insert(domain::CriteriaTable& table) {
    table.uuid = ensureUuid(table.uuid);
    auto ok = exec(db_,
                   "INSERT INTO criteria_table (uuid, organiser_id, year, total, "
                   "over_target_scale, tie_breaks, document) VALUES (?, ?, ?, ?, ?, ?, ?)",
                   table.uuid, table.organiserId, table.year, table.total, scaleCode(table.scale),
                   tieBreakCodes(table.tieBreaks), table.document);
    if (!ok)
        return ok;
    table.id = db_.lastInsertId();
    return writeParts(table);
}

Status CriteriaTableRepository::update(const domain::CriteriaTable& table) {
    if (auto ok = exec(db_,
                       "UPDATE criteria_table SET total = ?, over_target_scale = ?, "
                       "tie_breaks = ?, document = ? WHERE id = ?",
                       table.total, scaleCode(table.scale), tieBreakCodes(table.tieBreaks),
                       table.document, table.id);
        !ok)
        return ok;
    return writeParts(table);
}

Status CriteriaTableRepository::remove(domain::RowId tableId) {
    return exec(db_, "DELETE FROM criteria_table WHERE id = ?", tableId);
}

Result<domain::CriteriaTable> CriteriaTableRepository::find(domain::RowId tableId) {
    auto found = findWhere("id = ? AND ? = 0", tableId, 0);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, QCoreApplication::translate(
                                             "thidua::storage", "Criteria table %1 does not exist")
                                             .arg(tableId));
    return std::move(**found);
}

Result<std::optional<domain::CriteriaTable>>
CriteriaTableRepository::forOrganiser(domain::RowId organiserId, int year) {
    return findWhere("organiser_id = ? AND year = ?", organiserId, year);
}

Result<qint64> CriteriaTableRepository::scoreCount(domain::RowId tableId) {
    return selectInt(db_,
                     "SELECT count(*) FROM criteria_table t"
                     " JOIN cluster c ON c.organiser_id = t.organiser_id AND c.year = t.year"
                     " JOIN scoring_round r ON r.cluster_id = c.id"
                     " JOIN score s ON s.round_id = r.id WHERE t.id = ?",
                     tableId);
}

Result<std::optional<domain::CriteriaTable>>
CriteriaTableRepository::findWhere(std::string_view where, domain::RowId first, int second) {
    auto rows = selectAll<domain::CriteriaTable>(
        db_,
        "SELECT id, uuid, organiser_id, year, total, over_target_scale, tie_breaks, document"
        " FROM criteria_table WHERE " +
            std::string(where),
        [](const Statement& row) {
            domain::CriteriaTable table;
            table.id = row.int64(0);
            table.uuid = row.text(1);
            table.organiserId = row.int64(2);
            table.year = static_cast<int>(row.int64(3));
            table.total = row.real(4);
            table.scale = scaleFromCode(row.text(5));
            table.tieBreaks = tieBreaksFromCodes(row.text(6));
            table.document = row.text(7);
            return table;
        },
        first, second);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return std::nullopt;
    domain::CriteriaTable table = std::move(rows->front());
    auto criteria = selectAll<domain::Criterion>(
        db_,
        "SELECT parent, code, title, kind, max_points, points_each FROM criterion"
        " WHERE table_id = ? ORDER BY position",
        [](const Statement& row) {
            return domain::Criterion{row.isNull(0) ? -1 : static_cast<int>(row.int64(0)),
                                     row.text(1),
                                     row.text(2),
                                     criterionKindFromCode(row.text(3)),
                                     row.real(4),
                                     row.real(5)};
        },
        table.id);
    auto bands = selectAll<domain::RatingBand>(
        db_,
        "SELECT min_points, label FROM rating_band WHERE table_id = ? ORDER BY min_points DESC",
        [](const Statement& row) {
            return domain::RatingBand{row.real(0), row.text(1)};
        },
        table.id);
    if (!criteria || !bands)
        return std::unexpected(!criteria ? criteria.error() : bands.error());
    table.criteria = std::move(*criteria);
    table.bands = std::move(*bands);
    return table;
}

Status CriteriaTableRepository::writeParts(const domain::CriteriaTable& table) {
    if (auto ok = exec(db_, "DELETE FROM criterion WHERE table_id = ?", table.id); !ok)
        return ok;
    if (auto ok = exec(db_, "DELETE FROM rating_band WHERE table_id = ?", table.id); !ok)
        return ok;
    int position = 0;
    for (const domain::Criterion& criterion : table.criteria) {
        const std::optional<qint64> parent =
            criterion.parent < 0 ? std::nullopt : std::optional<qint64>(criterion.parent);
        if (auto ok =
                exec(db_,
                     "INSERT INTO criterion (table_id, position, parent, code, title, kind,"
                     " max_points, points_each) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     table.id, position++, parent, criterion.code, criterion.title,
                     criterionKindCode(criterion.kind), criterion.maxPoints, criterion.pointsEach);
            !ok)
            return ok;
    }
    for (const domain::RatingBand& band : table.bands)
        if (auto ok =
                exec(db_, "INSERT INTO rating_band (table_id, min_points, label) VALUES (?, ?, ?)",
                     table.id, band.minPoints, band.label);
            !ok)
            return ok;
    return {};
}

} // namespace thidua::storage
