#include "unit_rules.h"

#include <gtest/gtest.h>

using namespace thidua::domain;

namespace {

Unit unitNamed(const QString& name, const char* kind = "section") {
    Unit unit;
    unit.name = name;
    unit.kind = QLatin1String(kind);
    return unit;
}

// Surroundings with one thing set, the way each test means it.
template <typename Set>
UnitSurroundings with(Set set) {
    UnitSurroundings around;
    set(around);
    return around;
}

QString refusalOf(const Unit& unit, const UnitSurroundings& around = {}) {
    return unitRefusal(unit, around).value_or(QString());
}

} // namespace

TEST(UnitRules, AUnitWithANameAndAKnownKindIsAccepted) {
    EXPECT_FALSE(unitRefusal(unitNamed(QStringLiteral("Phòng Hành chính tư pháp")), {}));
}

TEST(UnitRules, TheNameAndAKnownKindAreRequired) {
    EXPECT_EQ(refusalOf(unitNamed(QStringLiteral("  "))), QStringLiteral("Give the unit's name."));
    EXPECT_EQ(refusalOf(unitNamed(QStringLiteral("Phòng Công chứng"), "bureau")),
              QStringLiteral("Choose the kind of unit from the list."));
}

TEST(UnitRules, AUnitCannotStopBeforeItStarts) {
    Unit unit = unitNamed(QStringLiteral("Phòng Công chứng số 1"));
    unit.activeFrom = QDate(2020, 3, 1);
    unit.activeTo = QDate(2020, 2, 29);
    EXPECT_EQ(refusalOf(unit), QStringLiteral("Phòng Công chứng số 1 cannot stop on 29/02/2020, "
                                              "before it started on 01/03/2020."));
    unit.activeTo = unit.activeFrom;
    EXPECT_FALSE(unitRefusal(unit, {}));
}

TEST(UnitRules, AParentInsideTheUnitMergedOrClosedEarlierIsRefused) {
    Unit parent = unitNamed(QStringLiteral("Sở Tư pháp tỉnh Hà Giang"), "provincial_department");
    Unit unit = unitNamed(QStringLiteral("Văn phòng Sở"));

    EXPECT_EQ(refusalOf(unit, with([&](auto& a) {
                            a.parent = &parent;
                            a.parentInsideUnit = true;
                        })),
              QStringLiteral("Văn phòng Sở cannot be placed under Sở Tư pháp tỉnh Hà Giang, which "
                             "is part of it."));
    EXPECT_TRUE(refusalOf(unit, with([&](auto& a) {
                              a.parent = &parent;
                              a.parentMerged = true;
                          }))
                    .startsWith(QStringLiteral("Sở Tư pháp tỉnh Hà Giang was merged")));

    parent.activeTo = QDate(2025, 6, 30);
    EXPECT_EQ(refusalOf(unit, with([&](auto& a) { a.parent = &parent; })),
              QStringLiteral("Sở Tư pháp tỉnh Hà Giang stopped on 30/06/2025; a unit under it "
                             "cannot run longer."));
    unit.activeTo = QDate(2025, 6, 30);
    EXPECT_FALSE(unitRefusal(unit, with([&](auto& a) { a.parent = &parent; })));
}

TEST(UnitRules, AMergedUnitCannotBeReopened) {
    Unit unit = unitNamed(QStringLiteral("Sở Tư pháp tỉnh Hà Giang"), "provincial_department");
    EXPECT_TRUE(refusalOf(unit, with([](auto& a) { a.merged = true; }))
                    .contains(QStringLiteral("cannot be reopened")));
    unit.activeTo = QDate(2025, 6, 30);
    EXPECT_FALSE(unitRefusal(unit, with([](auto& a) { a.merged = true; })));
}

TEST(UnitRules, ClosingAUnitThatStillHasPeopleOrRunningSubUnitsIsRefused) {
    Unit unit = unitNamed(QStringLiteral("Phòng Phổ biến pháp luật"));
    unit.activeTo = QDate(2025, 6, 30);
    EXPECT_EQ(
        refusalOf(unit, with([](auto& a) { a.peopleStaying = 3; })),
        QStringLiteral("Phòng Phổ biến pháp luật still has 3 person(s) posted there; transfer "
                       "them or merge the unit before it stops."));
    EXPECT_EQ(refusalOf(unit, with([](auto& a) {
                            a.subUnitOutliving = QStringLiteral("Tổ Tuyên truyền");
                        })),
              QStringLiteral("Tổ Tuyên truyền is still running under Phòng Phổ biến pháp luật "
                             "after 30/06/2025; close or move it first."));
}

TEST(UnitRules, EveryKindCodeHasAName) {
    ASSERT_EQ(unitKindCodes().size(), 11u);
    for (const char* code : unitKindCodes())
        EXPECT_NE(unitKindName(QLatin1String(code)), QLatin1String(code)) << code;
    EXPECT_EQ(unitKindName(QStringLiteral("bureau")), QStringLiteral("bureau"));
}
