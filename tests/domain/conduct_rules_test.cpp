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

TEST(ConductRules, AUnitHasGradesOnlyForTheYearsItExisted) {
    Unit unit;
    unit.name = QStringLiteral("Sở Tư pháp tỉnh Hà Tây");
    unit.activeFrom = QDate(2000, 1, 1);
    unit.activeTo = QDate(2008, 7, 31);
    EXPECT_EQ(unitGradeRefusal(unit, 2000), std::nullopt);
    EXPECT_EQ(unitGradeRefusal(unit, 2008), std::nullopt);
    EXPECT_EQ(unitGradeRefusal(unit, 2009).value_or(QString()),
              QStringLiteral("Sở Tư pháp tỉnh Hà Tây closed on 31/07/2008, so it has no grade for "
                             "2009."));
    EXPECT_EQ(unitGradeRefusal(unit, 1999).value_or(QString()),
              QStringLiteral("Sở Tư pháp tỉnh Hà Tây was set up on 01/01/2000, so it has no grade "
                             "for 1999."));
    EXPECT_EQ(unitGradeRefusal(Unit{}, 2025), std::nullopt);
}
