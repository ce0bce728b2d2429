#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace thidua::interchange {
struct SourceTable;
}

// Lists group their rows under headings numbered with Roman numerals or
// capital letters, the heading beside the number or in the same cell:
// "I | Vụ Pháp luật quốc tế", "II. CÁ NHÂN", "A. KHỐI CƠ QUAN". Such rows
// are no records. Internal to the imports of units, people and their records
// (a criteria table's "I" rows are its groups and stay).
namespace thidua::services::importing {

// Drops the heading rows; gives the heading above each remaining row, in
// order (empty above the first heading).
QStringList liftSectionRows(interchange::SourceTable& table);

// Whether the headings could give the rows their unit: some row has one and
// the file has no column for the unit.
bool headingsMayGiveUnits(const interchange::SourceTable& table, const QStringList& headings);

// When some heading names a unit, adds a last column "Đơn vị (theo dòng
// nhóm)" giving each row its heading. A heading that names no unit ("LÃNH
// ĐẠO VỤ" under "A. VỤ PHÁP LUẬT QUỐC TẾ") is given too, for the import to
// report, rather than leave its rows in the unit above.
void addUnitsFromHeadings(interchange::SourceTable& table, const QStringList& headings,
                          const std::function<bool(const QString&)>& namesUnit);

} // namespace thidua::services::importing
