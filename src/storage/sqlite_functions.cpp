#include "sqlite_functions.h"

#include "sqlite_error.h"
#include "vietnamese_text.h"

#include <sqlite3.h>

namespace thidua::storage {

namespace {

QStringView asUtf16(const void* data, int bytes, QString* storage) {
    *storage = QString::fromUtf8(static_cast<const char*>(data), bytes);
    return *storage;
}

int compareVietnamese(void*, int leftBytes, const void* left, int rightBytes, const void* right) {
    QString a;
    QString b;
    return domain::vn::compare(asUtf16(left, leftBytes, &a), asUtf16(right, rightBytes, &b));
}

void searchKeyFunction(sqlite3_context* context, int, sqlite3_value** values) {
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(values[0]));
    const QByteArray key =
        domain::vn::searchKey(QString::fromUtf8(text, sqlite3_value_bytes(values[0]))).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

} // namespace

Status registerVietnameseFunctions(sqlite3* db) {
    int rc = sqlite3_create_collation_v2(db, "vietnamese", SQLITE_UTF8, nullptr, &compareVietnamese,
                                         nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "vn_search_key", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, &searchKeyFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(db, rc));
    return {};
}

} // namespace thidua::storage
