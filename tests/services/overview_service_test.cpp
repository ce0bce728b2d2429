#include "catalogue_service.h"
#include "demo_service.h"
#include "fake_clock.h"
#include "overview_service.h"
#include "query.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace thidua;

TEST(OverviewService, CountsAYearFromTheStoredRows) {
    test::TempDatabase temp;
    test::FakeClock clock;
    auto workspace = services::Workspace::open(temp.path(), clock, QStringLiteral("t"));
    ASSERT_TRUE(workspace);
    ASSERT_TRUE((*workspace)->demo().generate({services::DemoScale::Small, 3}));

    auto years = (*workspace)->overview().years();
    ASSERT_TRUE(years);
    ASSERT_EQ(years->size(), 8u);
    EXPECT_EQ(years->front(), 2025);
    EXPECT_EQ(years->back(), 2018);

    auto overview = (*workspace)->overview().overview(2022);
    ASSERT_TRUE(overview);
    auto db = temp.open(storage::OpenMode::ReadOnly);
    const char* byYear = "SELECT count(*) FROM registration r JOIN period p ON p.id = r.period_id"
                         " WHERE p.kind = 'year' AND p.start_date = '2022-01-01' AND r.%1";
    EXPECT_EQ(overview->individualRegistrations,
              *storage::selectInt(db, QString::fromLatin1(byYear)
                                          .arg(QStringLiteral("person_id IS NOT NULL"))
                                          .toStdString()));
    EXPECT_EQ(
        overview->collectiveRegistrations,
        *storage::selectInt(
            db,
            QString::fromLatin1(byYear).arg(QStringLiteral("unit_id IS NOT NULL")).toStdString()));
    EXPECT_EQ(overview->people, *storage::selectInt(db, "SELECT count(*) FROM person"));
    EXPECT_GT(overview->coverage(), 0.9);
    EXPECT_LE(overview->coverage(), 1.0);
    ASSERT_EQ(overview->clusters.size(), 6u);
    EXPECT_EQ(overview->clusters[0].organiserName, QStringLiteral("Bộ Tư pháp"));

    auto empty = (*workspace)->overview().overview(1999);
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->individualRegistrations, 0);
    EXPECT_TRUE(empty->clusters.empty());
}
