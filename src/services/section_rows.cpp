#include "section_rows.h"

#include "import_columns.h"
#include "import_subjects.h"
#include "source_table.h"

#include <QRegularExpression>

#include <optional>
#include <span>

namespace thidua::services::importing {

namespace {

const QString kUnitHeader = QStringLiteral("Đơn vị (theo dòng nhóm)");

// The column that numbers the rows ("STT"), else the first.
qsizetype numberColumn(const QStringList& headers) {
    for (qsizetype column = 0; column < headers.size(); ++column) {
        const QString key = headerKey(headers.at(column));
        if (key == u"stt" || key == u"tt" || key == u"so tt" || key == u"so thu tu")
            return column;
    }
    return 0;
}

// The heading's text when the row is one: a Roman numeral or a capital
// letter in the numbering column with at most one other cell filled, or the
// number and the text together in that cell alone.
std::optional<QString> headingOf(const QStringList& cells, qsizetype numbering) {
    static const QRegularExpression alone(QStringLiteral(R"(^(?:[IVXLC]+|[A-ZĐ])[.):]?$)"));
    static const QRegularExpression joined(
        QStringLiteral(R"(^(?:[IVXLC]+|[A-ZĐ])[.):]\s+(\S.*)$)"));
    if (numbering >= cells.size())
        return std::nullopt;
    const QString& number = cells.at(numbering);
    QStringList others;
    for (qsizetype column = 0; column < cells.size(); ++column)
        if (column != numbering && !cells.at(column).isEmpty())
            others << cells.at(column);
    QString text;
    if (alone.match(number).hasMatch() && others.size() <= 1)
        text = others.value(0);
    else if (const auto match = joined.match(number); match.hasMatch() && others.isEmpty())
        text = match.captured(1);
    else
        return std::nullopt;
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

bool hasUnitColumn(const QStringList& headers) {
    return ColumnMap(headers, std::span<const FieldSpec>(&unitField, 1)).has(0);
}

} // namespace

void liftSectionRows(interchange::SourceTable& table,
                     const std::function<bool(const QString&)>& namesUnit) {
    const qsizetype numbering = numberColumn(table.headers);
    const bool addUnits = namesUnit && !hasUnitColumn(table.headers);
    const qsizetype width = table.headers.size();
    bool unitNamed = false;
    QString heading;
    std::vector<interchange::SourceRow> records;
    for (interchange::SourceRow& row : table.rows) {
        if (const auto text = headingOf(row.cells, numbering)) {
            heading = *text;
            unitNamed = unitNamed || (addUnits && namesUnit(heading));
            continue;
        }
        if (addUnits) {
            while (row.cells.size() < width)
                row.cells << QString();
            row.cells.insert(width, heading);
        }
        records.push_back(std::move(row));
    }
    if (addUnits && !unitNamed)
        for (interchange::SourceRow& row : records)
            row.cells.removeAt(width);
    else if (addUnits)
        table.headers << kUnitHeader;
    table.rows = std::move(records);
}

} // namespace thidua::services::importing
