#include "table_shape.h"

#include "read_error.h"

#include <algorithm>

namespace thidua::interchange::detail {

namespace {

bool isAsciiSpace(QChar c) {
    const char16_t u = c.unicode();
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

} // namespace

QString cleanCell(QStringView raw, CellText kind) {
    if (kind == CellText::LegacyBytes) {
        qsizetype begin = 0;
        qsizetype end = raw.size();
        while (begin < end && isAsciiSpace(raw[begin]))
            ++begin;
        while (end > begin && isAsciiSpace(raw[end - 1]))
            --end;
        return raw.sliced(begin, end - begin).toString();
    }
    return raw.trimmed().toString().normalized(QString::NormalizationForm_C);
}

qsizetype filledCount(const QStringList& cells) {
    return std::ranges::count_if(cells, [](const QString& cell) { return !cell.isEmpty(); });
}

Result<SourceTable> shapeTable(std::vector<SourceRow> rows, const QString& path) {
    std::erase_if(rows, [](const SourceRow& row) { return filledCount(row.cells) == 0; });
    if (rows.empty())
        return readFailure(ErrorCode::InvalidInput, path,
                           QStringLiteral("tệp không có dòng tiêu đề (tệp trống)"));

    auto header = std::ranges::find_if(
        rows, [](const SourceRow& row) { return filledCount(row.cells) >= 2; });
    if (header == rows.end())
        header = rows.begin();

    SourceTable table;
    for (auto it = rows.begin(); it != header; ++it) {
        QStringList filled = it->cells;
        filled.removeAll(QString());
        table.titles << filled.join(QLatin1Char(' '));
    }
    table.headers = header->cells;
    while (!table.headers.isEmpty() && table.headers.constLast().isEmpty())
        table.headers.removeLast();

    const qsizetype width = table.headers.size();
    for (auto it = std::next(header); it != rows.end(); ++it) {
        SourceRow row = std::move(*it);
        while (row.cells.size() > width && row.cells.constLast().isEmpty())
            row.cells.removeLast();
        while (row.cells.size() < width)
            row.cells.append(QString());
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace thidua::interchange::detail
