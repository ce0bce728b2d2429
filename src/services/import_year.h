#pragma once

#include "import_row.h"

#include <QStringList>

#include <optional>
#include <vector>

// Which year a row of registrations or evaluations counts for. Internal to
// the services.
namespace thidua::services::importing {

// "DANH SÁCH ĐĂNG KÝ THI ĐUA NĂM 2025" -> 2025: the first title line above
// the header that names a calendar year ("năm học 2024–2025" does not).
std::optional<int> yearInTitles(const QStringList& titles);

// A row's own "Năm" cell, else the year given with the import (--year), else
// the year the file's title names.
class YearReader {
public:
    // latest: the last year that makes sense (next year for registrations
    // made early, this year for evaluations).
    YearReader(int given, const QStringList& titles, int latest);

    // False, with a problem of the whole file, when a row could have no year:
    // no year column and no year given or in the title.
    bool checkFile(const ColumnMap& columns, int field, std::vector<ImportProblem>& problems) const;
    // Nothing, with a problem on the row, when the cell is not a plausible
    // year, or is empty and the file gives no year.
    std::optional<int> read(ImportRow& row, int field) const;

private:
    std::optional<int> fallback_;
    int latest_;
};

} // namespace thidua::services::importing
