#pragma once

#include "database.h"
#include "statement.h"

#include <QStringList>

#include <optional>
#include <string_view>
#include <vector>

// Values stored as NULL when absent: no row id (0) and empty text.
inline std::optional<qint64> nullIfNoId(qint64 id) {
    return id == 0 ? std::nullopt : std::optional<qint64>(id);
}

inline std::optional<QString> nullIfEmpty(const QString& text) {
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

// Ids as the JSON array that `IN (SELECT value FROM json_each(?))` reads: one
// parameter for a set of any size.
inline QString idArray(const std::vector<qint64>& ids) {
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(ids.size()));
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return u'[' + texts.join(u',') + u']';
}

// Short forms of the prepare → bind → step sequence that every repository
// needs; all go through the connection's statement cache.
namespace thidua::storage {

template <typename... Args>
Result<Statement*> bound(Database& db, std::string_view sql, const Args&... args) {
    auto statement = db.prepare(sql);
    if (statement)
        (*statement)->bindAll(args...);
    return statement;
}

// Runs a statement that returns no rows.
template <typename... Args>
Status exec(Database& db, std::string_view sql, const Args&... args) {
    auto statement = bound(db, sql, args...);
    if (!statement)
        return std::unexpected(statement.error());
    return (*statement)->run();
}

// The first column of the first row as an integer (0 when there is no row).
template <typename... Args>
Result<qint64> selectInt(Database& db, std::string_view sql, const Args&... args) {
    auto statement = bound(db, sql, args...);
    if (!statement)
        return std::unexpected(statement.error());
    auto row = (*statement)->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 value = *row ? (*statement)->int64(0) : 0;
    (*statement)->reset();
    return value;
}

// Calls onRow(const Statement&) for every row; stops at the first error.
template <typename RowFn>
Status forEachRow(Statement& statement, RowFn&& onRow) {
    for (;;) {
        auto row = statement.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        onRow(static_cast<const Statement&>(statement));
    }
}

// Runs a query and maps every row to a value with toValue(const Statement&).
template <typename T, typename RowFn, typename... Args>
Result<std::vector<T>> selectAll(Database& db, std::string_view sql, RowFn&& toValue,
                                 const Args&... args) {
    auto statement = bound(db, sql, args...);
    if (!statement)
        return std::unexpected(statement.error());
    std::vector<T> values;
    auto ok =
        forEachRow(**statement, [&](const Statement& row) { values.push_back(toValue(row)); });
    if (!ok)
        return std::unexpected(ok.error());
    return values;
}

} // namespace thidua::storage
