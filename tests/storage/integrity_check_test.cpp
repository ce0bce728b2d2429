#include "integrity_check.h"
#include "period_repository.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"

#include <gtest/gtest.h>

using namespace thidua;

TEST(IntegrityCheck, ACleanDatabasePasses) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto unit = test::addUnit(db, QStringLiteral("Cục Kiểm tra văn bản"));
    test::addPerson(db, QStringLiteral("Lê Thị Hồng Nhung"), unit.id);
    auto report = storage::checkIntegrity(db);
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report->schemaVersion, report->expectedSchemaVersion);
}

TEST(IntegrityCheck, NamesTheRowsThatBreakDomainRules) {
    test::TempDatabase temp;
    auto db = temp.open();
    const auto unit = test::addUnit(db, QStringLiteral("Cục Kiểm tra văn bản"));
    const auto person = test::addPerson(db, QStringLiteral("Lê Thị Hồng Nhung"), unit.id);
    auto year = domain::calendarYear(2024);
    ASSERT_TRUE(storage::PeriodRepository(db).ensure(year));
    // Written behind the services' back: a person registered for a collective title,
    // a stale search key, and a registration dated after its period.
    ASSERT_TRUE(storage::exec(db,
                              "INSERT INTO registration (uuid, period_id, person_id, title_code,"
                              " registered_on) VALUES ('r1', ?, ?, 'TTLDXS', '2025-02-01')",
                              year.id, person.id));
    ASSERT_TRUE(storage::exec(db, "UPDATE person SET search_key = 'sai' WHERE id = ?", person.id));

    auto report = storage::checkIntegrity(db);
    ASSERT_TRUE(report);
    const QString all = report->problems.join(QLatin1Char('\n'));
    EXPECT_EQ(report->problems.size(), 3) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("TTLDXS")));
    EXPECT_TRUE(all.contains(QStringLiteral("\"sai\"")));
    EXPECT_TRUE(all.contains(QStringLiteral("2025-02-01")));
}

TEST(IntegrityCheck, ReportsAnOutdatedSchemaVersion) {
    test::TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db.setUserVersion(0));
    auto report = storage::checkIntegrity(db);
    ASSERT_TRUE(report);
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->schemaVersion, 0);
}
