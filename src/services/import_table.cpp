#include "import_table.h"

#include "gender_columns.h"
#include "legacy_vietnamese.h"
#include "table_reader.h"

#include <algorithm>
#include <set>

namespace thidua::services::importing {

namespace {

// Files typed in the old TCVN3 or VNI fonts, or saved in Windows-1258, are
// converted as a whole: one verdict over every cell, since a single short
// word can look like any of them.
QString convertLegacyText(interchange::SourceTable& table) {
    QStringList samples = table.titles + table.headers;
    for (const auto& row : table.rows)
        samples << row.cells;
    const auto encoding = domain::vn::detectLegacyEncoding(samples);
    if (encoding == domain::vn::LegacyEncoding::None)
        return {};
    for (QString& title : table.titles)
        title = domain::vn::fromLegacy(title, encoding);
    for (QString& header : table.headers)
        header = domain::vn::fromLegacy(header, encoding);
    for (auto& row : table.rows)
        for (QString& cell : row.cells)
            cell = domain::vn::fromLegacy(cell, encoding);
    return domain::vn::legacyEncodingName(encoding);
}

// A value beyond the last header is data too: a user choosing the columns
// must be able to pick it, and messages about it need a header (empty).
void padHeaders(interchange::SourceTable& table) {
    qsizetype width = table.headers.size();
    for (const auto& row : table.rows)
        width = std::max(width, row.cells.size());
    while (table.headers.size() < width)
        table.headers << QString();
}

} // namespace

Result<ImportTable> readImportTable(const QString& path, const QString& sheet) {
    auto table = interchange::readTable(path, sheet);
    if (!table)
        return std::unexpected(table.error());
    ImportTable result{std::move(*table), {}};
    result.convertedFrom = convertLegacyText(result.table);
    padHeaders(result.table);
    joinGenderColumns(result.table);
    return result;
}

ImportReport reportOf(const ImportTable& file) {
    ImportReport report;
    report.rowsRead = static_cast<int>(file.table.rows.size());
    report.convertedFrom = file.convertedFrom;
    report.sheetName = file.table.sheetName;
    report.otherSheets = file.table.otherSheets;
    return report;
}

int rowsWithProblems(const std::vector<ImportProblem>& problems) {
    std::set<int> lines;
    for (const ImportProblem& problem : problems)
        if (problem.line > 0)
            lines.insert(problem.line);
    return static_cast<int>(lines.size());
}

} // namespace thidua::services::importing
