#include "section_rows.h"

#include "import_columns.h"
#include "import_subjects.h"
#include "source_table.h"

#include <QRegularExpression>

#include <algorithm>
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
    // Most rows are numbered 1, 2, 3: they end here.
    if (numbering >= cells.size() || cells.at(numbering).isEmpty() ||
        !cells.at(numbering).front().isUpper())
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

} // namespace

QStringList liftSectionRows(interchange::SourceTable& table) {
    const qsizetype numbering = numberColumn(table.headers);
    QStringList headings;
    QString heading;
    std::vector<interchange::SourceRow> records;
    records.reserve(table.rows.size());
    for (interchange::SourceRow& row : table.rows) {
        if (const auto text = headingOf(row.cells, numbering)) {
            heading = *text;
            continue;
        }
        records.push_back(std::move(row));
        headings << heading;
    }
    table.rows = std::move(records);
    return headings;
}

bool headingsMayGiveUnits(const interchange::SourceTable& table, const QStringList& headings) {
    return std::ranges::any_of(headings,
                               [](const QString& heading) { return !heading.isEmpty(); }) &&
           !ColumnMap(table.headers, std::span<const FieldSpec>(&unitField, 1)).has(0);
}

void addUnitsFromHeadings(interchange::SourceTable& table, const QStringList& headings,
                          const std::function<bool(const QString&)>& namesUnit) {
    if (!std::ranges::any_of(headings, namesUnit))
        return;
    const qsizetype width = table.headers.size();
    table.headers << kUnitHeader;
    for (std::size_t index = 0; index < table.rows.size(); ++index) {
        QStringList& cells = table.rows[index].cells;
        while (cells.size() < width)
            cells << QString();
        cells.insert(width, headings.at(static_cast<qsizetype>(index)));
    }
}

} // namespace thidua::services::importing
