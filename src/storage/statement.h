#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace thidua::storage {

// Text already in UTF-8 (JSON as QJsonDocument writes it), bound as TEXT
// without a round trip through QString.
struct Utf8Text {
    QByteArray bytes;
};

// A prepared statement that finalizes itself. Parameters are 1-based, columns
// 0-based, as in SQLite. Binding a wrong index is a programming error.
class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) noexcept
        : db_(db)
        , stmt_(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, const Utf8Text& text);
    // An invalid date is stored as NULL; a valid one as ISO YYYY-MM-DD.
    Statement& bind(int index, const QDate& date);

    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Binds the arguments to parameters 1, 2, 3 … in order.
    template <typename... Args>
    Statement& bindAll(const Args&... args) {
        int index = 1;
        (bind(index++, args), ...);
        return *this;
    }

    // Advances one row: true while a row is available, false when done.
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Status run();
    // Ready for new bindings and a new run.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDate date(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

} // namespace thidua::storage
