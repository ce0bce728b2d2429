#include "ordered_text.h"

#include "query.h"

#include <string>

namespace thidua::storage {

namespace {

std::string sql(std::string_view head, const OrderedTextTable& table, std::string_view tail) {
    std::string text(head);
    text += table.table;
    text += " WHERE ";
    text += table.ownerColumn;
    text += tail;
    return text;
}

} // namespace

Status replaceOrderedText(Database& db, const OrderedTextTable& table, domain::RowId ownerId,
                          const QStringList& items) {
    if (auto ok = exec(db, sql("DELETE FROM ", table, " = ?"), ownerId); !ok)
        return ok;
    const std::string insert = "INSERT INTO " + std::string(table.table) + " (" +
                               std::string(table.ownerColumn) +
                               ", position, text) VALUES (?, ?, ?)";
    for (qsizetype i = 0; i < items.size(); ++i)
        if (auto ok = exec(db, insert, ownerId, static_cast<qint64>(i + 1), items[i]); !ok)
            return ok;
    return {};
}

Result<QStringList> orderedText(Database& db, const OrderedTextTable& table,
                                domain::RowId ownerId) {
    auto items = selectAll<QString>(
        db, sql("SELECT text FROM ", table, " = ? ORDER BY position"),
        [](const Statement& row) { return row.text(0); }, ownerId);
    if (!items)
        return std::unexpected(items.error());
    return QStringList(items->begin(), items->end());
}

} // namespace thidua::storage
