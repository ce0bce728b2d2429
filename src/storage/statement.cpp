#include "statement.h"

#include "sqlite_error.h"
#include "vietnamese_format.h"

#include <sqlite3.h>

namespace thidua::storage {

namespace {

void checkBind(int rc) {
    // A failed bind means a wrong index or type in our own SQL: a bug, not data.
    Q_ASSERT_X(rc == SQLITE_OK, "Statement::bind", "parameter index out of range");
    Q_UNUSED(rc);
}

} // namespace

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::nullptr_t) {
    checkBind(sqlite3_bind_null(stmt_, index));
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    checkBind(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    checkBind(sqlite3_bind_double(stmt_, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    checkBind(sqlite3_bind_text(stmt_, index, utf8.constData(), static_cast<int>(utf8.size()),
                                SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const Utf8Text& text) {
    checkBind(sqlite3_bind_text(stmt_, index, text.bytes.constData(),
                                static_cast<int>(text.bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    checkBind(sqlite3_bind_blob(stmt_, index, blob.constData(), static_cast<int>(blob.size()),
                                SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QDate& date) {
    if (!date.isValid())
        return bind(index, nullptr);
    return bind(index, Utf8Text{domain::vn::isoDate(date)});
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(db_, rc);
    sqlite3_reset(stmt_);
    return std::unexpected(std::move(error));
}

Status Statement::run() {
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(stmt_, column);
}

QString Statement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(stmt_, column));
}

QByteArray Statement::blob(int column) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    return QByteArray(data, sqlite3_column_bytes(stmt_, column));
}

QDate Statement::date(int column) const {
    if (isNull(column))
        return {};
    // YYYY-MM-DD as bind() writes it, read by hand: QDate::fromString parses
    // a format first, which reading the people of a large catalogue feels.
    const auto* iso = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    const int size = sqlite3_column_bytes(stmt_, column);
    auto number = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            value = value * 10 + (iso[i] - '0');
        }
        return value;
    };
    if (size == 10 && iso[4] == '-' && iso[7] == '-') {
        const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
        if (year >= 0 && month >= 0 && day >= 0)
            return QDate(year, month, day);
    }
    return QDate::fromString(text(column), Qt::ISODate);
}

} // namespace thidua::storage
