#include "movement_repository.h"
#include "period_repository.h"
#include "query.h"
#include "temp_database.h"
#include "test_data.h"

#include <gtest/gtest.h>

using namespace thidua;

namespace {

class MovementStorage : public ::testing::Test {
protected:
    void SetUp() override {
        ministry = test::addUnit(db, QStringLiteral("Bộ Tư pháp"), domain::NoId,
                                 QStringLiteral("ministry"))
                       .id;
        it = test::addUnit(db, QStringLiteral("Cục Công nghệ thông tin")).id;
        adoption = test::addUnit(db, QStringLiteral("Cục Con nuôi")).id;
        for (domain::Period* period : {&stage, &year2023, &year2026})
            ASSERT_TRUE(storage::PeriodRepository(db).ensure(*period));
    }

    domain::Movement movement(const QString& name, const domain::Period& period) const {
        domain::Movement result;
        result.name = name;
        result.kind = domain::MovementKind::Thematic;
        result.launcherId = ministry;
        result.periodId = period.id;
        result.launchedOn = QDate(period.start.year(), 3, 2);
        result.document = QStringLiteral("Kế hoạch số 12/KH-BTP");
        result.targets = {QStringLiteral("Một"), QStringLiteral("Hai")};
        result.participantIds = {it, adoption};
        result.milestones = {
            {period.start.year(), domain::ReviewKind::MidYear, QDate(period.start.year(), 7, 10)},
            {period.start.year(), domain::ReviewKind::YearEnd, QDate(period.start.year(), 12, 18)}};
        return result;
    }

    test::TempDatabase temp;
    storage::Database db = temp.open();
    domain::Period stage = domain::stage(2021, 2025);
    domain::Period year2023 = domain::calendarYear(2023);
    domain::Period year2026 = domain::calendarYear(2026);
    domain::RowId ministry = domain::NoId;
    domain::RowId it = domain::NoId;
    domain::RowId adoption = domain::NoId;
};

} // namespace

TEST_F(MovementStorage, AMovementRoundTripsWithItsParts) {
    domain::Movement digital = movement(QStringLiteral("Chuyển đổi số"), stage);
    storage::MovementRepository movements(db);
    ASSERT_TRUE(movements.insert(digital));
    auto back = movements.find(digital.id);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back->uuid, digital.uuid);
    EXPECT_EQ(back->name, digital.name);
    EXPECT_EQ(back->kind, domain::MovementKind::Thematic);
    EXPECT_EQ(back->launchedOn, QDate(2021, 3, 2));
    EXPECT_EQ(back->document, digital.document);
    EXPECT_EQ(back->targets, digital.targets);
    // Participants in Vietnamese name order: "Con" before "Công".
    EXPECT_EQ(back->participantIds, (std::vector<domain::RowId>{adoption, it}));
    EXPECT_EQ(back->milestones, digital.milestones);
}

TEST_F(MovementStorage, AnUpdateReplacesThePartsAndARemovalTakesThemAlong) {
    domain::Movement digital = movement(QStringLiteral("Chuyển đổi số"), stage);
    storage::MovementRepository movements(db);
    ASSERT_TRUE(movements.insert(digital));
    digital.kind = domain::MovementKind::Regular;
    digital.targets = {QStringLiteral("Ba")};
    digital.participantIds = {it};
    digital.milestones.pop_back();
    ASSERT_TRUE(movements.update(digital));
    auto back = movements.find(digital.id);
    EXPECT_EQ(back->kind, domain::MovementKind::Regular);
    EXPECT_EQ(back->targets, digital.targets);
    EXPECT_EQ(back->participantIds, digital.participantIds);
    EXPECT_EQ(back->milestones.size(), 1u);

    ASSERT_TRUE(movements.remove(digital.id));
    EXPECT_EQ(movements.find(digital.id).error().code, ErrorCode::NotFound);
    for (const char* table : {"movement_target", "movement_participant", "movement_milestone"})
        EXPECT_EQ(*storage::selectInt(db, "SELECT count(*) FROM " + std::string(table)), 0)
            << table;
}

TEST_F(MovementStorage, DuringAYearListsTheMovementsWhosePeriodOverlapsIt) {
    storage::MovementRepository movements(db);
    domain::Movement digital = movement(QStringLiteral("Chuyển đổi số"), stage);
    domain::Movement regular = movement(QStringLiteral("Thi đua năm 2023"), year2023);
    domain::Movement later = movement(QStringLiteral("Thi đua năm 2026"), year2026);
    for (domain::Movement* m : {&later, &regular, &digital})
        ASSERT_TRUE(movements.insert(*m));
    auto in2023 = movements.during(2023);
    ASSERT_TRUE(in2023);
    ASSERT_EQ(in2023->size(), 2u);
    EXPECT_EQ((*in2023)[0].id, digital.id); // the stage starts first
    EXPECT_EQ((*in2023)[1].id, regular.id);
    EXPECT_EQ(movements.during(2026)->size(), 1u);
    EXPECT_EQ(movements.during(0)->size(), 3u);
    EXPECT_EQ(*movements.count(), 3);
}

TEST_F(MovementStorage, TheSchemaRefusesWhatItCanCheck) {
    storage::MovementRepository movements(db);
    domain::Movement digital = movement(QStringLiteral("Chuyển đổi số"), stage);
    ASSERT_TRUE(movements.insert(digital));
    EXPECT_FALSE(storage::exec(db,
                               "INSERT INTO movement (uuid, name, kind, launcher_id, period_id)"
                               " VALUES ('m', 'Phong trào', 'campaign', ?, ?)",
                               ministry, stage.id));
    EXPECT_FALSE(storage::exec(db,
                               "INSERT INTO movement_milestone (movement_id, year, kind, review_on)"
                               " VALUES (?, 2022, 'mid_year_review', '2022-13-01')",
                               digital.id));
    // One 6-month review a year.
    EXPECT_FALSE(storage::exec(db,
                               "INSERT INTO movement_milestone (movement_id, year, kind, review_on)"
                               " VALUES (?, 2021, 'mid_year_review', '2021-07-20')",
                               digital.id));
    // A unit that launched or joined a movement stays.
    EXPECT_FALSE(storage::exec(db, "DELETE FROM unit WHERE id = ?", it));
}
