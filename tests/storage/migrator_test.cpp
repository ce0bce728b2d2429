#include "migrator.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace thidua;

namespace {

// The bundled steps plus one more, to exercise upgrades beyond what ships.
std::vector<storage::Migration> withExtraStep(QByteArray sql) {
    auto steps = storage::bundledMigrations();
    steps.push_back({static_cast<int>(steps.size()) + 1, QStringLiteral("test_step"), sql});
    return steps;
}

} // namespace

TEST(Migrator, BundledStepsAreNumberedWithoutGaps) {
    const auto steps = storage::bundledMigrations();
    ASSERT_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
        EXPECT_FALSE(steps[i].sql.isEmpty());
    }
    EXPECT_EQ(storage::latestSchemaVersion(), static_cast<int>(steps.size()));
}

TEST(Migrator, ANewFileGetsTheLatestSchemaWithoutABackup) {
    test::TempDatabase temp;
    auto db = temp.openRaw();
    auto outcome = storage::migrate(db);
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    EXPECT_EQ(outcome->fromVersion, 0);
    EXPECT_EQ(outcome->toVersion, storage::latestSchemaVersion());
    EXPECT_TRUE(outcome->backupPath.isEmpty());
    EXPECT_EQ(*db.userVersion(), storage::latestSchemaVersion());
}

TEST(Migrator, MigratingAgainChangesNothing) {
    test::TempDatabase temp;
    auto db = temp.open();
    auto outcome = storage::migrate(db);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->fromVersion, outcome->toVersion);
    EXPECT_TRUE(outcome->backupPath.isEmpty());
}

// A fresh database and one migrated up from every older version end with the same schema.
TEST(Migrator, FreshSchemaEqualsSchemaMigratedFromEveryOlderVersion) {
    const auto steps = withExtraStep("CREATE TABLE extra (id INTEGER PRIMARY KEY);");
    test::TempDatabase fresh;
    auto freshDb = fresh.openRaw();
    ASSERT_TRUE(storage::migrate(freshDb, steps));
    const QString expected = test::schemaDump(freshDb);

    for (int start = 0; start < static_cast<int>(steps.size()); ++start) {
        test::TempDatabase old;
        auto db = old.openRaw();
        ASSERT_TRUE(storage::migrate(db, steps, start));
        ASSERT_EQ(*db.userVersion(), start);
        auto outcome = storage::migrate(db, steps);
        ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
        EXPECT_EQ(outcome->fromVersion, start);
        EXPECT_EQ(test::schemaDump(db), expected) << "starting from version " << start;
    }
}

TEST(Migrator, ADatabaseWithDataIsBackedUpBeforeAnUpgrade) {
    test::TempDatabase temp;
    auto db = temp.open();
    test::addUnit(db, QStringLiteral("Cục Bổ trợ tư pháp"));
    auto outcome = storage::migrate(db, withExtraStep("CREATE TABLE extra (id INTEGER);"));
    ASSERT_TRUE(outcome) << outcome.error().message.toStdString();
    ASSERT_FALSE(outcome->backupPath.isEmpty());
    ASSERT_TRUE(QFile::exists(outcome->backupPath));

    auto backup = storage::Database::open(outcome->backupPath, storage::OpenMode::ReadOnly);
    ASSERT_TRUE(backup);
    EXPECT_EQ(*backup->userVersion(), storage::latestSchemaVersion());
    EXPECT_EQ(*storage::selectInt(*backup, "SELECT count(*) FROM unit"), 1);
}

TEST(Migrator, AFailingStepLeavesThePreviousVersionIntact) {
    test::TempDatabase temp;
    auto db = temp.open();
    test::addUnit(db, QStringLiteral("Vụ Tổ chức cán bộ"));
    const QString before = test::schemaDump(db);
    auto outcome = storage::migrate(
        db, withExtraStep("CREATE TABLE half_done (id INTEGER); INSERT INTO nowhere VALUES (1);"));
    ASSERT_FALSE(outcome);
    EXPECT_TRUE(outcome.error().message.contains(QStringLiteral("test_step")));
    EXPECT_EQ(*db.userVersion(), storage::latestSchemaVersion());
    EXPECT_EQ(test::schemaDump(db), before);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM unit"), 1);
}

TEST(Migrator, ADatabaseFromANewerProgramIsRefused) {
    test::TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db.setUserVersion(storage::latestSchemaVersion() + 1));
    auto outcome = storage::migrate(db);
    ASSERT_FALSE(outcome);
    EXPECT_EQ(outcome.error().code, ErrorCode::Unsupported);
}
