#include "unit_picker.h"

#include <gtest/gtest.h>

using namespace thidua;

// The pickers for new records leave out units closed before the day; an open
// unit whose parent was closed stands under the nearest listed ancestor.
namespace {

domain::Unit unit(domain::RowId id, const char* name, domain::RowId parent, QDate closed = {}) {
    domain::Unit made;
    made.id = id;
    made.name = QString::fromUtf8(name);
    made.parentId = parent;
    made.activeTo = closed;
    return made;
}

std::vector<domain::Unit> reorganisedProvince() {
    return {unit(1, "Sở Tư pháp", domain::NoId),
            unit(2, "Phòng Hành chính tư pháp", 1, QDate(2025, 6, 30)), unit(3, "Tổ Hộ tịch", 2),
            unit(4, "Phòng Bổ trợ tư pháp", 1)};
}

QStringList itemsOf(const ui::UnitPicker& picker) {
    QStringList items;
    for (int row = 0; row < picker.count(); ++row)
        items << picker.itemText(row);
    return items;
}

} // namespace

TEST(UnitPicker, ListsEveryUnitUntilToldWhenTheyMustBeOpen) {
    ui::UnitPicker picker;
    picker.setUnits(reorganisedProvince());
    EXPECT_EQ(itemsOf(picker),
              (QStringList{QStringLiteral("Sở Tư pháp"), QStringLiteral("    Phòng Bổ trợ tư pháp"),
                           QStringLiteral("    Phòng Hành chính tư pháp"),
                           QStringLiteral("        Tổ Hộ tịch")}));
}

TEST(UnitPicker, LeavesOutUnitsClosedBeforeTheDayAndLiftsTheirOpenChildren) {
    ui::UnitPicker picker;
    picker.setOpenSince(QDate(2025, 7, 1));
    picker.setUnits(reorganisedProvince());
    EXPECT_EQ(itemsOf(picker),
              (QStringList{QStringLiteral("Sở Tư pháp"), QStringLiteral("    Phòng Bổ trợ tư pháp"),
                           QStringLiteral("    Tổ Hộ tịch")}));
    EXPECT_LT(picker.findData(qint64(2)), 0);
}

TEST(UnitPicker, KeepsAUnitClosedDuringTheYearForThatYear) {
    ui::UnitPicker picker;
    picker.setOpenSince(QDate(2025, 1, 1));
    picker.setUnits(reorganisedProvince());
    EXPECT_GE(picker.findData(qint64(2)), 0);
    picker.setOpenSince(QDate(2025, 6, 30));
    picker.setUnits(reorganisedProvince());
    EXPECT_GE(picker.findData(qint64(2)), 0) << "closed at the end of the day, not before";
}
