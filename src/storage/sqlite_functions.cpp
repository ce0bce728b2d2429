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

QString textOf(sqlite3_value* value) {
    return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                             sqlite3_value_bytes(value));
}

void searchKeyFunction(sqlite3_context* context, int, sqlite3_value** values) {
    if (sqlite3_value_type(values[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray key = domain::vn::searchKey(textOf(values[0])).toUtf8();
    sqlite3_result_text(context, key.constData(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

// vn_words_match(search_key, typed): domain::vn::wordsMatch. A list query
// calls it once per row with the same typed text, so the typed words are cut
// once and kept with the statement as SQLite's auxiliary data.
void wordsMatchFunction(sqlite3_context* context, int, sqlite3_value** values) {
    auto* typed = static_cast<QStringList*>(sqlite3_get_auxdata(context, 1));
    if (!typed) {
        typed = new QStringList(domain::vn::searchWords(textOf(values[1])));
        sqlite3_set_auxdata(context, 1, typed,
                            [](void* words) { delete static_cast<QStringList*>(words); });
        // SQLite may have freed it already when it could not keep it.
        typed = static_cast<QStringList*>(sqlite3_get_auxdata(context, 1));
    }
    const QStringList words = typed ? *typed : domain::vn::searchWords(textOf(values[1]));
    const bool matches = sqlite3_value_type(values[0]) != SQLITE_NULL &&
                         domain::vn::wordsMatch(textOf(values[0]), words);
    sqlite3_result_int(context, matches ? 1 : 0);
}

} // namespace

Status registerVietnameseFunctions(sqlite3* db) {
    int rc = sqlite3_create_collation_v2(db, "vietnamese", SQLITE_UTF8, nullptr, &compareVietnamese,
                                         nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "vn_search_key", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, &searchKeyFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "vn_words_match", 2,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, &wordsMatchFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(db, rc));
    return {};
}

} // namespace thidua::storage
