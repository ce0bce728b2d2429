#include "criteria_table.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

// A table of 100 in three groups, as the brief's example, with a bonus
// criterion outside the total.
CriteriaTable hundredPointTable() {
    CriteriaTable table;
    table.year = 2025;
    table.total = 100;
    table.criteria = {
        {-1, QStringLiteral("I"), QStringLiteral("Công tác chuyên môn"), CriterionKind::PassFail,
         40},
        {0, QStringLiteral("I.1"), QStringLiteral("Xây dựng văn bản"), CriterionKind::Quantitative,
         20},
        {0, QStringLiteral("I.2"), QStringLiteral("Phổ biến pháp luật"),
         CriterionKind::Quantitative, 20},
        {-1, QStringLiteral("II"), QStringLiteral("Công tác thi đua"), CriterionKind::PassFail, 40},
        {3, QStringLiteral("II.1"), QStringLiteral("Ký giao ước"), CriterionKind::PassFail, 25},
        {3, QStringLiteral("II.2"), QStringLiteral("Báo cáo đúng hạn"),
         CriterionKind::PerOccurrence, 15},
        {-1, QStringLiteral("III"), QStringLiteral("Cải cách hành chính"), CriterionKind::PassFail,
         20},
        {-1, QStringLiteral("IV"), QStringLiteral("Điểm thưởng, điểm trừ"),
         CriterionKind::BonusPenalty, 5},
    };
    return table;
}

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
