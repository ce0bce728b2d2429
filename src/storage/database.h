#pragma once

#include "result.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace thidua::storage {

class Statement;

enum class OpenMode { ReadWrite, ReadOnly };

// One SQLite connection, set up the same way every time: WAL journal, foreign
// keys on, a busy timeout, synchronous=NORMAL, and the Vietnamese collation
// (COLLATE vietnamese) and search-key function (vn_search_key) registered.
//
// Threads: a connection belongs to the thread that opened it. The GUI thread
// owns the read-write connection; background work opens its own ReadOnly one
// (WAL lets it read while the GUI writes).
class Database {
public:
    // Creates the file when it does not exist (ReadWrite only). Does not
    // migrate: see migrate() in migrator.h.
    static Result<Database> open(const QString& path, OpenMode mode = OpenMode::ReadWrite);

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    // A prepared statement from this connection's cache, reset and with its
    // bindings cleared. It stays owned by the cache: do not keep the pointer
    // across another prepare() of the same SQL.
    Result<Statement*> prepare(std::string_view sql);

    // Runs one or more statements without parameters (schema scripts, pragmas).
    Status execute(std::string_view sql);

    Result<int> userVersion();
    Status setUserVersion(int version);

    qint64 lastInsertId() const;
    QString path() const;
    sqlite3* handle() const;

private:
    struct Impl;
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

} // namespace thidua::storage
