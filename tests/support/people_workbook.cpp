#include "people_workbook.h"

#include <QFile>

#include <xlsxwriter.h>

namespace thidua::test {

bool writePeopleWorkbook(const QString& path, std::initializer_list<PeopleTab> tabs,
                         bool emptyTabLast) {
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    if (workbook == nullptr)
        return false;
    for (const PeopleTab& tab : tabs) {
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, tab.sheet);
        const char* headers[] = {"Họ và tên", "Giới tính", "Đơn vị"};
        for (lxw_col_t column = 0; column < 3; ++column)
            worksheet_write_string(sheet, 0, column, headers[column], nullptr);
        worksheet_write_string(sheet, 1, 0, tab.name, nullptr);
        worksheet_write_string(sheet, 1, 1, "Nam", nullptr);
        worksheet_write_string(sheet, 1, 2, tab.unit, nullptr);
    }
    if (emptyTabLast)
        workbook_add_worksheet(workbook, nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace thidua::test
