#include "criteria_table.h"
#include "sample_criteria.h"

#include <gtest/gtest.h>

using namespace thidua::domain;
using thidua::test::hundredPointTable;

namespace {

QString refusalOf(const CriteriaTable& table) {
    return criteriaTableRefusal(table).value_or(QString());
}

} // namespace

TEST(CriteriaTable, GroupsAddUpToTheTotalAndBonusesStandOutside) {
    const CriteriaTable table = hundredPointTable();
    EXPECT_EQ(refusalOf(table), QString());
    EXPECT_TRUE(isGroup(table, 0));
    EXPECT_FALSE(isGroup(table, 1));
    EXPECT_FALSE(isGroup(table, 6));
    EXPECT_TRUE(isGroup(table, 7));
}

TEST(CriteriaTable, AGroupWhoseItemsDoNotAddUpIsNamed) {
    CriteriaTable table = hundredPointTable();
    table.criteria[2].maxPoints = 15;
    EXPECT_EQ(refusalOf(table), QStringLiteral("I Công tác chuyên môn is worth 40 points, but its "
                                               "items add up to 35."));
}

TEST(CriteriaTable, TheTopGroupsMustMakeTheTotal) {
    CriteriaTable table = hundredPointTable();
    table.total = 1000;
    EXPECT_EQ(refusalOf(table),
              QStringLiteral("The groups add up to 100 points, but the table's total is 1.000."));
    table.total = 0;
    EXPECT_EQ(refusalOf(table), QStringLiteral("Give the table's total points."));
}

TEST(CriteriaTable, HalfPointsAddUpToHundredths) {
    CriteriaTable table = hundredPointTable();
    table.criteria[4].maxPoints = 24.5;
    table.criteria[5].maxPoints = 15.5;
    EXPECT_EQ(refusalOf(table), QString());
}

TEST(CriteriaTable, TitlesPointsAndOrderAreChecked) {
    CriteriaTable table = hundredPointTable();
    table.criteria[1].title = QStringLiteral("  ");
    EXPECT_EQ(refusalOf(table), QStringLiteral("Criterion I.1 has no title."));
    table = hundredPointTable();
    table.criteria[6].maxPoints = -1;
    EXPECT_EQ(refusalOf(table),
              QStringLiteral("III Cải cách hành chính: the points cannot be negative."));
    table = hundredPointTable();
    table.criteria[1].parent = 2;
    EXPECT_EQ(refusalOf(table),
              QStringLiteral("I.1 Xây dựng văn bản must come after the group it belongs to."));
}

TEST(CriteriaTable, BonusItemsMayExceedTheirGroupsLimit) {
    // IV is the most bonus a unit can earn, not the sum of its items.
    CriteriaTable table = hundredPointTable();
    table.criteria[8].maxPoints = 4;
    EXPECT_EQ(refusalOf(table), QString());
    EXPECT_TRUE(isOutsideTotal(table.criteria[7]));
    EXPECT_FALSE(isOutsideTotal(table.criteria[0]));
}

TEST(CriteriaTable, ItemsOfABonusGroupAreBonusesAndBonusesStayOutOfScoredGroups) {
    CriteriaTable table = hundredPointTable();
    table.criteria[9].kind = CriterionKind::PassFail;
    EXPECT_EQ(refusalOf(table), QStringLiteral("IV.2 Sáng kiến is in the bonus group IV Điểm "
                                               "thưởng, so it must be a bonus too."));
    table = hundredPointTable();
    table.criteria[11].kind = CriterionKind::Bonus;
    EXPECT_EQ(refusalOf(table), QStringLiteral("V.1 Báo cáo chậm is in the penalty group V Điểm "
                                               "trừ, so it must be a penalty too."));
    table = hundredPointTable();
    table.criteria[2].kind = CriterionKind::Penalty;
    EXPECT_EQ(refusalOf(table),
              QStringLiteral("I.2 Phổ biến pháp luật adds or takes points outside the total, so "
                             "it cannot be an item of I Công tác chuyên môn."));
}

TEST(CriteriaTable, PerOccurrenceItemsSayWhatAnOccurrenceEarns) {
    CriteriaTable table = hundredPointTable();
    table.criteria[5].pointsEach = 0;
    EXPECT_EQ(refusalOf(table), QStringLiteral("II.2 Báo cáo đúng hạn is scored per occurrence: "
                                               "give the points of one occurrence."));
}

TEST(CriteriaTable, RatingBandsGiveTheHighestBandReached) {
    CriteriaTable table = hundredPointTable();
    table.bands = {
        {90, QStringLiteral("Xuất sắc")}, {70, QStringLiteral("Khá")}, {80, QStringLiteral("Tốt")}};
    EXPECT_EQ(ratingOf(table, 95), QStringLiteral("Xuất sắc"));
    EXPECT_EQ(ratingOf(table, 90), QStringLiteral("Xuất sắc"));
    EXPECT_EQ(ratingOf(table, 89.99), QStringLiteral("Tốt"));
    EXPECT_EQ(ratingOf(table, 70), QStringLiteral("Khá"));
    EXPECT_EQ(ratingOf(table, 69.5), QString());
}
