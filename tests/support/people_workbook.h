#pragma once

#include <QString>

#include <initializer_list>

namespace thidua::test {

// One tab of people_workbook: its name and the one person on it.
struct PeopleTab {
    const char* sheet;
    const char* name;
    const char* unit;
};

// A workbook of people kept as one tab per department, as offices do: each
// tab has the headers "Họ và tên", "Giới tính", "Đơn vị" and one man. An
// empty tab may follow, as spreadsheet programs leave them. False when
// libxlsxwriter could not write it.
bool writePeopleWorkbook(const QString& path, std::initializer_list<PeopleTab> tabs,
                         bool emptyTabLast = false);

} // namespace thidua::test
