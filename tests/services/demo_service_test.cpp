#include "catalogue_service.h"
#include "demo_service.h"
#include "fake_clock.h"
#include "maintenance_service.h"
#include "overview_service.h"
#include "query.h"
#include "temp_database.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

std::unique_ptr<services::Workspace> openWorkspace(const test::TempDatabase& temp,
                                                   const domain::Clock& clock) {
    auto workspace = services::Workspace::open(temp.path(), clock, QStringLiteral("demo"));
    if (!workspace)
        throw std::runtime_error(workspace.error().message.toStdString());
    return std::move(*workspace);
}

// The head unit's name of a numbered cluster in a year.
QString headOf(storage::Database& db, const QString& organiser, int number, int year) {
    auto names = storage::selectAll<QString>(
        db,
        "SELECT u.name FROM cluster c JOIN unit o ON o.id = c.organiser_id"
        " JOIN cluster_member m ON m.cluster_id = c.id AND m.role = 'head'"
        " JOIN unit u ON u.id = m.unit_id WHERE o.name = ? AND c.number = ? AND c.year = ?",
        [](const storage::Statement& row) { return row.text(0); }, organiser, number, year);
    return names && !names->empty() ? names->front() : QString();
}

class SmallDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        temp = new test::TempDatabase;
        clock = new test::FakeClock;
        auto workspace = openWorkspace(*temp, *clock);
        auto result = workspace->demo().generate({services::DemoScale::Small, 7});
        ASSERT_TRUE(result) << result.error().message.toStdString();
        summary = *result;
    }
    static void TearDownTestSuite() {
        delete temp;
        delete clock;
    }

    static inline test::TempDatabase* temp = nullptr;
    static inline test::FakeClock* clock = nullptr;
    static inline services::DemoSummary summary;
};

} // namespace

TEST_F(SmallDemo, HoldsTheJusticeSectorFrom2018To2025) {
    auto db = temp->open(storage::OpenMode::ReadOnly);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM unit"), summary.units);
    EXPECT_GT(summary.units, 50);
    EXPECT_GT(summary.people, 1000);
    EXPECT_EQ(summary.clusters, 6 * 8);
    EXPECT_EQ(*storage::selectInt(db, "SELECT min(year) FROM cluster"), 2018);
    EXPECT_EQ(*storage::selectInt(db, "SELECT max(year) FROM cluster"), 2025);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM registration"), summary.registrations);
    // Every person registers in most years: far more registrations than people.
    EXPECT_GT(summary.registrations, summary.people * 7);
}

TEST_F(SmallDemo, GradesEveryPersonAndUnitEachYearMostlyGoodWithAFewFailuresAndDiscipline) {
    auto db = temp->open(storage::OpenMode::ReadOnly);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM evaluation"), summary.evaluations);
    EXPECT_EQ(summary.evaluations, (summary.people + summary.units) * 8);
    EXPECT_EQ(*storage::selectInt(db, "SELECT min(year) FROM evaluation"), 2018);
    EXPECT_EQ(*storage::selectInt(db, "SELECT max(year) FROM evaluation"), 2025);
    auto percentOfPeople = [&](const char* grade) {
        return *storage::selectInt(db,
                                   "SELECT 100 * count(*) FILTER (WHERE grade = ?) / count(*)"
                                   " FROM evaluation WHERE person_id IS NOT NULL",
                                   QString::fromLatin1(grade));
    };
    EXPECT_GE(percentOfPeople("HTXSNV"), 10);
    EXPECT_LE(percentOfPeople("HTXSNV"), 15);
    EXPECT_GE(percentOfPeople("HTTNV") + percentOfPeople("HTNV"), 80);
    EXPECT_GE(percentOfPeople("KHTNV"), 1);
    EXPECT_LE(percentOfPeople("KHTNV"), 5);
    // A handful of discipline records, each in a year its person failed.
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM discipline"), summary.disciplines);
    EXPECT_GE(summary.disciplines, 3);
    EXPECT_LE(summary.disciplines, summary.people / 100);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM discipline d WHERE NOT EXISTS (SELECT 1"
                                      " FROM evaluation e WHERE e.person_id = d.person_id AND"
                                      " e.year = CAST(substr(d.start_date, 1, 4) AS INTEGER) AND"
                                      " e.grade = 'KHTNV')"),
              0);
}

TEST_F(SmallDemo, FollowsTheSeedArticles) {
    auto db = temp->open(storage::OpenMode::ReadOnly);
    const QString ministry = QStringLiteral("Bộ Tư pháp");
    EXPECT_EQ(headOf(db, ministry, 2, 2018), QStringLiteral("Viện Khoa học pháp lý"));
    EXPECT_EQ(headOf(db, ministry, 4, 2022), QStringLiteral("Vụ Hợp tác quốc tế"));
    EXPECT_EQ(headOf(db, QStringLiteral("Tòa án nhân dân tối cao"), 6, 2020),
              QStringLiteral("Học viện Tòa án"));
    EXPECT_EQ(*storage::selectInt(db,
                                  "SELECT count(*) FROM cluster_member m JOIN cluster c ON c.id ="
                                  " m.cluster_id WHERE c.number = 6 AND c.year = 2020"),
              12);
    // Sở Tư pháp Vĩnh Phúc belongs to its province's internal-affairs block.
    EXPECT_EQ(*storage::selectInt(
                  db, "SELECT count(*) FROM cluster_member m JOIN cluster c ON c.id ="
                      " m.cluster_id JOIN unit u ON u.id = m.unit_id WHERE c.name ="
                      " 'Khối thi đua Nội chính' AND u.name = 'Sở Tư pháp tỉnh Vĩnh Phúc'"),
              8);
}

TEST_F(SmallDemo, AwardsFollowTheGradesAndEveryCstdcsUsesItsOwnInitiative) {
    auto db = temp->open(storage::OpenMode::ReadOnly);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM award"), summary.awards);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM initiative"), summary.initiatives);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM nomination"), summary.nominations);
    EXPECT_GT(summary.awards, summary.people);
    // LĐTT only for a year graded HTTNV or better, never in a disciplined year.
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM award a JOIN evaluation e ON"
                                      " e.person_id = a.person_id AND e.year = a.year WHERE"
                                      " a.award_code = 'LDTT' AND e.grade NOT IN ('HTXSNV',"
                                      " 'HTTNV')"),
              0);
    // Every CSTĐ cơ sở stands on an initiative no other award used.
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM award a WHERE a.award_code ="
                                      " 'CSTDCS' AND (SELECT count(*) FROM initiative i WHERE"
                                      " i.used_by_award_id = a.id) <> 1"),
              0);
    // Seed 001: cluster II of 2018 carried four units to the ministry's flag,
    // two of them also to the Government's, all decided.
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM nomination WHERE year = 2018 AND"
                                      " award_code = 'CTDBO' AND status = 'decided'"),
              4);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM nomination WHERE year = 2018 AND"
                                      " award_code = 'CTDCP' AND status = 'decided'"),
              2);
}

TEST_F(SmallDemo, PassesTheConsistencyCheck) {
    auto workspace = openWorkspace(*temp, *clock);
    auto report = workspace->maintenance().check();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(SmallDemo, RecordsItsGenerationInTheAuditLog) {
    auto db = temp->open(storage::OpenMode::ReadOnly);
    EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM audit_log WHERE action = 'generate'"),
              1);
}

TEST_F(SmallDemo, RefusesToGoIntoADatabaseThatHoldsData) {
    auto workspace = openWorkspace(*temp, *clock);
    auto again = workspace->demo().generate({services::DemoScale::Small, 7});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
}

TEST(DemoService, TheSameSeedGivesTheSameDataAndAnotherSeedOtherData) {
    test::FakeClock clock;
    auto uuidsFor = [&](quint64 seed) {
        test::TempDatabase temp;
        auto workspace = openWorkspace(temp, clock);
        EXPECT_TRUE(workspace->demo().generate({services::DemoScale::Small, seed}));
        auto db = temp.open(storage::OpenMode::ReadOnly);
        return *storage::selectAll<QString>(
            db,
            "SELECT uuid || family_name || middle_name || given_name || birth_date FROM person"
            " ORDER BY id",
            [](const storage::Statement& row) { return row.text(0); });
    };
    const auto first = uuidsFor(11);
    EXPECT_EQ(first, uuidsFor(11));
    EXPECT_NE(first, uuidsFor(12));
}

TEST(DemoService, CancellingLeavesTheDatabaseEmpty) {
    test::TempDatabase temp;
    test::FakeClock clock;
    auto workspace = openWorkspace(temp, clock);
    qint64 calls = 0;
    auto result = workspace->demo().generate({services::DemoScale::Small, 1},
                                             [&](qint64, qint64) { return ++calls < 2; });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(workspace->catalogue().units()->empty());
}
