#include "transaction.h"

#include "database.h"
#include "log.h"

namespace thidua::storage {

Result<Transaction> Transaction::begin(Database& db) {
    if (auto ok = db.execute("BEGIN IMMEDIATE"); !ok)
        return std::unexpected(ok.error());
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : db_(other.db_)
    , open_(other.open_) {
    other.open_ = false;
}

Transaction::~Transaction() {
    if (!open_)
        return;
    if (auto ok = db_->execute("ROLLBACK"); !ok)
        log::get("storage")->error("rollback failed: {}", ok.error().message);
}

Status Transaction::commit() {
    Q_ASSERT_X(open_, "Transaction::commit", "committed twice");
    auto ok = db_->execute("COMMIT");
    if (ok)
        open_ = false;
    return ok;
}

} // namespace thidua::storage
