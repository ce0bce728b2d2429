#pragma once

#include "result.h"

namespace thidua::storage {

class Database;

// A write transaction (BEGIN IMMEDIATE) that rolls back when it goes out of
// scope without commit(): an early return or an error leaves nothing behind.
// Not nestable: services own transactions, repositories never begin one.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();

private:
    explicit Transaction(Database& db)
        : db_(&db) {}
    Database* db_;
    bool open_ = true;
};

} // namespace thidua::storage
