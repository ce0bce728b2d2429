#include "movement_rules.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

const UnitNames names = [](RowId id) {
    return id == 7 ? QStringLiteral("Cục Công nghệ thông tin") : QString();
};

Period fiveYears() {
    Period period = stage(2021, 2025);
    period.id = 3;
    return period;
}

Movement digitalMovement() {
    Movement movement;
    movement.name = QStringLiteral("Phong trào thi đua chuyển đổi số giai đoạn 2021–2025");
    movement.kind = MovementKind::Thematic;
    movement.launcherId = 1;
    movement.periodId = 3;
    movement.participantIds = {7, 8, 9};
    movement.milestones = proposedMilestones(fiveYears());
    return movement;
}

void expectNames(const std::optional<QString>& refusal, std::initializer_list<const char*> parts) {
    ASSERT_TRUE(refusal);
    for (const char* part : parts)
        EXPECT_TRUE(refusal->contains(QString::fromUtf8(part))) << refusal->toStdString();
}

} // namespace

TEST(MovementRules, ProposedMilestonesGiveTwoReviewsAYear) {
    const auto milestones = proposedMilestones(fiveYears());
    ASSERT_EQ(milestones.size(), 10u);
    EXPECT_EQ(milestones[0], (Milestone{2021, ReviewKind::MidYear, QDate(2021, 7, 15)}));
    EXPECT_EQ(milestones[1], (Milestone{2021, ReviewKind::YearEnd, QDate(2021, 12, 15)}));
    EXPECT_EQ(milestones[9], (Milestone{2025, ReviewKind::YearEnd, QDate(2025, 12, 15)}));

    EXPECT_EQ(proposedMilestones(calendarYear(2024)).size(), 2u);
    // A first half ends before 15 July: its review falls on its last day.
    const auto half = proposedMilestones(firstHalfOfYear(2024));
    ASSERT_EQ(half.size(), 1u);
    EXPECT_EQ(half[0].date, QDate(2024, 6, 30));
}

TEST(MovementRules, AWellFormedMovementMayBeStored) {
    EXPECT_EQ(movementRefusal(digitalMovement(), fiveYears(), names), std::nullopt);
    // A year-end review early the next January still lies inside a stage.
    Movement january = digitalMovement();
    january.milestones[1].date = QDate(2022, 1, 10);
    EXPECT_EQ(movementRefusal(january, fiveYears(), names), std::nullopt);
}

TEST(MovementRules, AMovementHasANameALauncherAndDistinctParticipants) {
    Movement nameless = digitalMovement();
    nameless.name = QStringLiteral(" ");
    EXPECT_TRUE(movementRefusal(nameless, fiveYears(), names));

    Movement orphan = digitalMovement();
    orphan.launcherId = NoId;
    expectNames(movementRefusal(orphan, fiveYears(), names), {"chuyển đổi số"});

    Movement twice = digitalMovement();
    twice.participantIds.push_back(7);
    expectNames(movementRefusal(twice, fiveYears(), names),
                {"Cục Công nghệ thông tin", "chuyển đổi số"});
}

TEST(MovementRules, MilestonesLieInsideThePeriod) {
    Movement late = digitalMovement();
    late.milestones.back().date = QDate(2026, 1, 12);
    expectNames(movementRefusal(late, fiveYears(), names),
                {"12/01/2026", "giai đoạn 2021–2025", "2025", "chuyển đổi số"});

    Movement outsideYear = digitalMovement();
    outsideYear.milestones.push_back({2026, ReviewKind::MidYear, QDate(2025, 7, 1)});
    expectNames(movementRefusal(outsideYear, fiveYears(), names), {"2026", "giai đoạn 2021–2025"});

    Movement undated = digitalMovement();
    undated.milestones[4].date = {};
    expectNames(movementRefusal(undated, fiveYears(), names), {"2023"});
}

TEST(MovementRules, MilestonesAreInOrderAndNotRepeated) {
    Movement repeated = digitalMovement();
    repeated.milestones.push_back({2022, ReviewKind::MidYear, QDate(2022, 7, 20)});
    expectNames(movementRefusal(repeated, fiveYears(), names), {"2022", "twice"});

    Movement backwards = digitalMovement();
    backwards.milestones[2].date = QDate(2022, 8, 1);  // 6-month review of 2022
    backwards.milestones[3].date = QDate(2022, 7, 30); // its year-end review
    expectNames(movementRefusal(backwards, fiveYears(), names), {"30/07/2022", "01/08/2022"});

    Movement stray = digitalMovement();
    stray.milestones[2].date = QDate(2023, 2, 1); // a 6-month review of 2022 dated 2023
    expectNames(movementRefusal(stray, fiveYears(), names), {"01/02/2023", "2022"});
}

TEST(MovementCodes, KindsRoundTrip) {
    for (MovementKind kind : {MovementKind::Regular, MovementKind::Thematic})
        EXPECT_EQ(movementKindFromCode(movementKindCode(kind)), kind);
    for (ReviewKind kind : {ReviewKind::MidYear, ReviewKind::YearEnd})
        EXPECT_EQ(reviewKindFromCode(reviewKindCode(kind)), kind);
    EXPECT_EQ(movementKindFromCode(QStringLiteral("campaign")), std::nullopt);
}

TEST(MovementCodes, MilestonesSortByYearThenSixMonthReviewFirst) {
    std::vector<Milestone> milestones{{2023, ReviewKind::YearEnd, QDate(2023, 12, 1)},
                                      {2022, ReviewKind::MidYear, QDate(2022, 7, 1)},
                                      {2023, ReviewKind::MidYear, QDate(2023, 7, 1)}};
    sortMilestones(milestones);
    EXPECT_EQ(milestones[0].year, 2022);
    EXPECT_EQ(milestones[1].kind, ReviewKind::MidYear);
    EXPECT_EQ(milestones[2].kind, ReviewKind::YearEnd);
}
