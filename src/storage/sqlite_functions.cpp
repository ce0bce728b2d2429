#include "sqlite_functions.h"

#include "sqlite_error.h"
#include "vietnamese_text.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

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

// The words typed, cut once per statement. Most keys are plain ASCII (the
// Vietnamese letters have lost their marks), so the words are kept as bytes
// too, to match such a key without converting it: a walk through a million
// names calls vn_words_match once per name.
struct TypedWords {
    QStringList words;
    std::vector<std::string> bytes;
    bool ascii = true;

    explicit TypedWords(const QString& typed)
        : words(domain::vn::searchWords(typed)) {
        for (const QString& word : words) {
            ascii = ascii && std::ranges::all_of(word, [](QChar c) { return c.unicode() < 0x80; });
            bytes.push_back(word.toStdString());
        }
    }
};

bool isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// domain::vn::wordsMatch for an ASCII key and ASCII words, where QChar's
// letters and digits are exactly these.
bool asciiWordsMatch(std::string_view key, const std::vector<std::string>& typed) {
    return std::ranges::all_of(typed, [key](const std::string& word) {
        std::size_t i = 0;
        while (i < key.size()) {
            while (i < key.size() && !isAsciiLetterOrDigit(key[i]))
                ++i;
            const std::size_t start = i;
            while (i < key.size() && isAsciiLetterOrDigit(key[i]))
                ++i;
            if (i - start >= word.size() && key.substr(start, word.size()) == word)
                return true;
        }
        return false;
    });
}

bool keyMatches(sqlite3_value* key, const TypedWords& typed) {
    if (sqlite3_value_type(key) == SQLITE_NULL)
        return false;
    const std::string_view bytes(reinterpret_cast<const char*>(sqlite3_value_text(key)),
                                 static_cast<std::size_t>(sqlite3_value_bytes(key)));
    if (std::ranges::all_of(bytes, [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        // A word typed with a letter outside ASCII begins no word of this key.
        return typed.ascii && asciiWordsMatch(bytes, typed.bytes);
    return domain::vn::wordsMatch(textOf(key), typed.words);
}

// vn_words_match(search_key, typed): domain::vn::wordsMatch, with the typed
// words kept with the statement as SQLite's auxiliary data.
void wordsMatchFunction(sqlite3_context* context, int, sqlite3_value** values) {
    auto* typed = static_cast<TypedWords*>(sqlite3_get_auxdata(context, 1));
    if (!typed) {
        sqlite3_set_auxdata(context, 1, new TypedWords(textOf(values[1])),
                            [](void* words) { delete static_cast<TypedWords*>(words); });
        // SQLite may have freed it already when it could not keep it.
        typed = static_cast<TypedWords*>(sqlite3_get_auxdata(context, 1));
    }
    const bool matches = typed ? keyMatches(values[0], *typed)
                               : keyMatches(values[0], TypedWords(textOf(values[1])));
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
