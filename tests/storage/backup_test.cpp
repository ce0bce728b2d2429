#include "backup.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"
#include "transaction.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace thidua;

TEST(Backup, CopiesALiveDatabaseWhileAnotherConnectionWrites) {
    test::TempDatabase temp;
    auto gui = temp.open();
    const auto unit = test::addUnit(gui, QStringLiteral("Sở Tư pháp tỉnh Vĩnh Phúc"));
    for (int i = 0; i < 50; ++i)
        test::addPerson(gui, QStringLiteral("Nguyễn Văn An %1").arg(i), unit.id);

    // The GUI holds an open write transaction with uncommitted work.
    auto pending = storage::Transaction::begin(gui);
    ASSERT_TRUE(pending);
    test::addPerson(gui, QStringLiteral("Trần Thị Chưa Lưu"), unit.id);

    auto source = temp.open(storage::OpenMode::ReadOnly);
    const QString target = QDir(temp.dir()).filePath(QStringLiteral("copy.sqlite"));
    auto ok = storage::backupDatabase(source, target);
    ASSERT_TRUE(ok) << ok.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".part")));

    auto copy = storage::Database::open(target, storage::OpenMode::ReadOnly);
    ASSERT_TRUE(copy);
    EXPECT_EQ(*storage::selectInt(*copy, "SELECT count(*) FROM person"), 50);
    EXPECT_EQ(*copy->userVersion(), *gui.userVersion());
}

TEST(Backup, AnUnwritableDestinationIsReportedAndNothingIsLeft) {
    test::TempDatabase temp;
    auto db = temp.open();
    const QString target = QStringLiteral("/nonexistent/folder/copy.sqlite");
    auto ok = storage::backupDatabase(db, target);
    ASSERT_FALSE(ok);
    EXPECT_TRUE(ok.error().message.contains(target));
}
