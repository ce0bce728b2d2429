#include "audit_log.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"
#include "transaction.h"
#include "unit_repository.h"

#include <gtest/gtest.h>

using namespace thidua;

TEST(Transaction, CommittedWorkStays) {
    test::TempDatabase temp;
    auto db = temp.open();
    {
        auto transaction = storage::Transaction::begin(db);
        ASSERT_TRUE(transaction);
        test::addUnit(db, QStringLiteral("Học viện Tư pháp"));
        ASSERT_TRUE(transaction->commit());
    }
    EXPECT_EQ(*storage::UnitRepository(db).count(), 1);
}

TEST(Transaction, LeavingScopeWithoutCommitLeavesNothingBehind) {
    test::TempDatabase temp;
    auto db = temp.open();
    {
        auto transaction = storage::Transaction::begin(db);
        ASSERT_TRUE(transaction);
        test::addUnit(db, QStringLiteral("Học viện Tư pháp"));
        ASSERT_TRUE(storage::AuditLog(db).record({QDateTime::currentDateTime(),
                                                  QStringLiteral("test"),
                                                  QStringLiteral("unit"),
                                                  QStringLiteral("u1"),
                                                  storage::AuditAction::Create,
                                                  {},
                                                  {}}));
    }
    EXPECT_EQ(*storage::UnitRepository(db).count(), 0);
    EXPECT_EQ(*storage::AuditLog(db).count(), 0);
}

TEST(Transaction, AFailedStatementInsideRollsBackEarlierWork) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto parent =
        test::addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId, QStringLiteral("ministry"));
    auto save = [&]() -> Status {
        auto transaction = storage::Transaction::begin(db);
        if (!transaction)
            return std::unexpected(transaction.error());
        domain::Unit child;
        child.name = QStringLiteral("Vụ Pháp luật quốc tế");
        child.parentId = parent.id;
        if (auto ok = storage::UnitRepository(db).insert(child); !ok)
            return ok;
        domain::Unit orphan;
        orphan.name = QStringLiteral("Đơn vị mồ côi");
        orphan.parentId = 4242; // no such unit: the foreign key refuses it
        if (auto ok = storage::UnitRepository(db).insert(orphan); !ok)
            return ok;
        return transaction->commit();
    };
    auto ok = save();
    ASSERT_FALSE(ok);
    EXPECT_EQ(ok.error().code, ErrorCode::Conflict);
    EXPECT_EQ(*storage::UnitRepository(db).count(), 1);
}

TEST(Transaction, ASecondWriterWaitsThenFailsWithBusyRatherThanCorrupting) {
    test::TempDatabase temp;
    auto first = temp.open();
    auto second = temp.open();
    ASSERT_TRUE(second.execute("PRAGMA busy_timeout = 50"));
    auto held = storage::Transaction::begin(first);
    ASSERT_TRUE(held);
    auto blocked = storage::Transaction::begin(second);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::Storage);
    ASSERT_TRUE(held->commit());
    EXPECT_TRUE(storage::Transaction::begin(second));
}
