#include "database.h"

#include "log.h"
#include "sqlite_error.h"
#include "sqlite_functions.h"
#include "statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace thidua::storage {

namespace {

constexpr int BusyTimeoutMs = 5000;

// The same set-up for every connection; WAL lets a background reader and the
// GUI's writer work on one file at the same time.
constexpr const char* ReadWriteSetup = "PRAGMA journal_mode = WAL;"
                                       "PRAGMA synchronous = NORMAL;"
                                       "PRAGMA foreign_keys = ON;";
constexpr const char* ReadOnlySetup = "PRAGMA foreign_keys = ON;";

struct ConnectionCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

// Looks statements up by the SQL text as callers pass it, without copying
// it into a std::string first: writers of many rows ask for the same few.
struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const {
        return std::hash<std::string_view>{}(sql);
    }
};

} // namespace

struct Database::Impl {
    std::unique_ptr<sqlite3, ConnectionCloser> db;
    QString path;
    // Declared after db so that statements are finalized before the connection closes.
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>>
        statements;
};

Database::Database(std::unique_ptr<Impl> impl)
    : d_(std::move(impl)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() {
    if (d_)
        d_->statements.clear();
}

Result<Database> Database::open(const QString& path, OpenMode mode) {
    const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY
                                                 : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(path.toUtf8().constData(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    auto impl = std::make_unique<Impl>();
    impl->db.reset(raw);
    impl->path = path;
    if (rc != SQLITE_OK) {
        Error error = sqliteError(raw, rc);
        error.message = QCoreApplication::translate("thidua::storage", "Cannot open %1: %2")
                            .arg(path, error.message);
        return std::unexpected(std::move(error));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, BusyTimeoutMs);

    Database database(std::move(impl));
    if (auto ok = database.execute(mode == OpenMode::ReadOnly ? ReadOnlySetup : ReadWriteSetup);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = registerVietnameseFunctions(raw); !ok)
        return std::unexpected(ok.error());
    log::get("storage")->debug("opened {} ({})", path,
                               mode == OpenMode::ReadOnly ? "read-only" : "read-write");
    return database;
}

Result<Statement*> Database::prepare(std::string_view sql) {
    if (auto found = d_->statements.find(sql); found != d_->statements.end()) {
        found->second->reset();
        return found->second.get();
    }
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(d_->db.get(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &raw, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(d_->db.get(), rc));
    auto statement = std::make_unique<Statement>(d_->db.get(), raw);
    Statement* result = statement.get();
    d_->statements.emplace(std::string(sql), std::move(statement));
    return result;
}

Status Database::execute(std::string_view sql) {
    const std::string script(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(d_->db.get(), script.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(d_->db.get(), rc));
    return {};
}

Result<int> Database::userVersion() {
    auto statement = prepare("PRAGMA user_version");
    if (!statement)
        return std::unexpected(statement.error());
    auto row = (*statement)->step();
    if (!row)
        return std::unexpected(row.error());
    const int version = static_cast<int>((*statement)->int64(0));
    (*statement)->reset();
    return version;
}

Status Database::setUserVersion(int version) {
    return execute("PRAGMA user_version = " + std::to_string(version));
}

qint64 Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(d_->db.get());
}

QString Database::path() const {
    return d_->path;
}

sqlite3* Database::handle() const {
    return d_->db.get();
}

} // namespace thidua::storage
