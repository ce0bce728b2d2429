#include "conduct_rules.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

Discipline reprimand(RowId id, QDate start, QDate end = {}) {
    Discipline record;
    record.id = id;
    record.personId = 4;
    record.form = DisciplineForm::Reprimand;
    record.start = start;
    record.end = end;
    return record;
}

} // namespace

TEST(ConductRules, GradesAreKeptFrom2000ToThisYear) {
    const QDate today(2026, 12, 2);
    EXPECT_EQ(gradeYearRefusal(2000, today), std::nullopt);
    EXPECT_EQ(gradeYearRefusal(2026, today), std::nullopt);
    EXPECT_TRUE(gradeYearRefusal(1999, today));
    ASSERT_TRUE(gradeYearRefusal(2027, today));
    EXPECT_TRUE(gradeYearRefusal(2027, today)->contains(QStringLiteral("2027")));
}

TEST(ConductRules, ADisciplineRecordNeedsAStartAndAnEndNotBeforeIt) {
    EXPECT_TRUE(disciplineRefusal(reprimand(0, {}), {}));
    EXPECT_EQ(disciplineRefusal(reprimand(0, QDate(2024, 3, 5)), {}), std::nullopt);
    EXPECT_EQ(disciplineRefusal(reprimand(0, QDate(2024, 3, 5), QDate(2024, 3, 5)), {}),
              std::nullopt);
    const auto refusal = disciplineRefusal(reprimand(0, QDate(2024, 3, 5), QDate(2024, 3, 4)), {});
    ASSERT_TRUE(refusal);
    EXPECT_TRUE(refusal->contains(QStringLiteral("04/03/2024")));
}

TEST(ConductRules, OverlappingRecordsAreKeptButOneTypedTwiceIsNot) {
    const std::vector<Discipline> others{reprimand(1, QDate(2024, 3, 5), QDate(2025, 3, 4))};
    Discipline warning = reprimand(0, QDate(2024, 9, 1));
    warning.form = DisciplineForm::Warning;
    EXPECT_EQ(disciplineRefusal(warning, others), std::nullopt);
    EXPECT_TRUE(disciplineRefusal(reprimand(0, QDate(2024, 3, 5)), others));
    // The record itself, edited, is not its own twin.
    EXPECT_EQ(disciplineRefusal(reprimand(1, QDate(2024, 3, 5)), others), std::nullopt);
}
