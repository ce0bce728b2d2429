#include "unit_history.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

Unit unitNamed(const char* name) {
    Unit unit;
    unit.id = 7;
    unit.name = QString::fromUtf8(name);
    unit.activeFrom = QDate(2008, 1, 1);
    return unit;
}

} // namespace

TEST(UnitHistory, ANameAppliesUpToTheDayBeforeTheRename) {
    // Renamed on 1/3/2018 and again on 1/3/2025.
    const std::vector<FormerUnitName> former{
        {QStringLiteral("Cục Trợ giúp pháp lý"), QDate(2025, 2, 28), {}},
        {QStringLiteral("Cục Trợ giúp pháp lý Nhà nước"), QDate(2018, 2, 28), {}}};
    const QString now = QStringLiteral("Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý");
    EXPECT_EQ(unitNameOn(now, former, QDate(2017, 6, 1)),
              QStringLiteral("Cục Trợ giúp pháp lý Nhà nước"));
    EXPECT_EQ(unitNameOn(now, former, QDate(2018, 2, 28)),
              QStringLiteral("Cục Trợ giúp pháp lý Nhà nước"));
    EXPECT_EQ(unitNameOn(now, former, QDate(2018, 3, 1)), QStringLiteral("Cục Trợ giúp pháp lý"));
    EXPECT_EQ(unitNameOn(now, former, QDate(2025, 3, 1)), now);
    EXPECT_EQ(unitNameOn(now, {}, QDate(2000, 1, 1)), now);
}

TEST(UnitHistory, ThePostingInForceIsTheLatestStartedByThatDay) {
    const std::vector<Assignment> history{
        {1, 9, 100, QStringLiteral("Chuyên viên"), {}, {}},
        {2, 9, 200, QStringLiteral("Phó Trưởng phòng"), QDate(2021, 7, 1), {}},
        {3, 9, 300, QStringLiteral("Trưởng phòng"), QDate(2024, 1, 15), {}}};
    EXPECT_EQ(assignmentOn(history, QDate(2019, 5, 5))->unitId, 100);
    EXPECT_EQ(assignmentOn(history, QDate(2021, 7, 1))->unitId, 200);
    EXPECT_EQ(assignmentOn(history, QDate(2024, 1, 14))->unitId, 200);
    EXPECT_EQ(assignmentOn(history, QDate(2026, 1, 1))->unitId, 300);
    EXPECT_FALSE(assignmentOn({history[1]}, QDate(2020, 1, 1)));
}

TEST(UnitHistory, ARenameNeedsADateAfterTheLastAndAUnitStillOpen) {
    Unit unit = unitNamed("Vụ Tổ chức cán bộ");
    const std::vector<FormerUnitName> former{
        {QStringLiteral("Vụ Tổ chức"), QDate(2020, 6, 30), {}}};
    EXPECT_FALSE(renameRefusal(unit, false, QStringLiteral("Vụ Tổ chức - Cán bộ"),
                               QDate(2025, 3, 1), former));
    EXPECT_TRUE(renameRefusal(unit, false, QStringLiteral("Vụ Mới"), QDate(), former));
    EXPECT_TRUE(renameRefusal(unit, false, QStringLiteral(" Vụ Tổ chức cán bộ "), QDate(2025, 3, 1),
                              former));
    const auto tooEarly =
        renameRefusal(unit, false, QStringLiteral("Vụ Mới"), QDate(2020, 7, 1), former);
    ASSERT_TRUE(tooEarly);
    EXPECT_TRUE(tooEarly->contains(QStringLiteral("01/07/2020"))) << tooEarly->toStdString();
    EXPECT_FALSE(renameRefusal(unit, false, QStringLiteral("Vụ Mới"), QDate(2020, 7, 2), former));
    EXPECT_TRUE(renameRefusal(unit, false, QStringLiteral("Vụ Mới"), QDate(2008, 1, 1), {}));
    EXPECT_TRUE(renameRefusal(unit, true, QStringLiteral("Vụ Mới"), QDate(2025, 3, 1), {}));
    unit.activeTo = QDate(2024, 12, 31);
    EXPECT_TRUE(renameRefusal(unit, false, QStringLiteral("Vụ Mới"), QDate(2025, 3, 1), {}));
}

TEST(UnitHistory, AMergerNeedsTwoOpenUnitsNotNestedTheWrongWay) {
    const Unit source = unitNamed("Cục Bổ trợ tư pháp");
    Unit target = unitNamed("Cục Hành chính tư pháp");
    target.id = 8;
    const QDate on(2025, 3, 1);
    EXPECT_FALSE(mergeRefusal({source, target}, on));
    EXPECT_TRUE(mergeRefusal({source, target}, QDate()));
    EXPECT_TRUE(mergeRefusal({source, source}, on));
    EXPECT_TRUE(mergeRefusal({source, target, true}, on));
    EXPECT_TRUE(mergeRefusal({source, target, false, true}, on));
    EXPECT_TRUE(mergeRefusal({source, target, false, false, true}, on));
    target.activeTo = QDate(2025, 1, 31);
    EXPECT_TRUE(mergeRefusal({source, target}, on));
}

TEST(UnitHistory, ATransferIsDatedAfterTheCurrentPostingAndChangesSomething) {
    Unit to = unitNamed("Vụ Pháp chế");
    const std::vector<Assignment> history{
        {1, 9, 100, QStringLiteral("Chuyên viên"), {}, {}},
        {2, 9, 7, QStringLiteral("Chuyên viên"), QDate(2022, 1, 1), {}}};
    const Assignment& current = history.back();
    EXPECT_FALSE(transferRefusal(history, current, to, false, QStringLiteral("Phó Vụ trưởng"),
                                 QDate(2025, 4, 1)));
    EXPECT_TRUE(transferRefusal(history, current, to, false, QStringLiteral("Chuyên viên"),
                                QDate(2025, 4, 1)));
    const auto early = transferRefusal(history, current, to, false, QStringLiteral("Phó Vụ trưởng"),
                                       QDate(2022, 1, 1));
    ASSERT_TRUE(early);
    EXPECT_TRUE(early->contains(QStringLiteral("01/01/2022")));
    EXPECT_TRUE(transferRefusal(history, current, to, true, QStringLiteral("Phó Vụ trưởng"),
                                QDate(2025, 4, 1)));
    EXPECT_TRUE(transferRefusal(history, current, to, false, {}, QDate()));
}
