#include "gender_columns.h"

#include "import_columns.h"
#include "import_subjects.h"
#include "source_table.h"

#include <QStringList>

#include <optional>
#include <span>

namespace thidua::services::importing {

namespace {

// Which of the two columns is the men's: the first when they read "Nam | Nữ",
// the second for "Nữ | Nam". Without diacritics "nam" could also be Năm
// (year), so the "Nữ" next to it decides.
std::optional<bool> menFirst(const QString& left, const QString& right) {
    const QString a = headerKey(left);
    const QString b = headerKey(right);
    if (a == u"nam" && b == u"nu")
        return true;
    if (a == u"nu" && b == u"nam")
        return false;
    return std::nullopt;
}

struct GenderPair {
    qsizetype column = -1; // the first of the two
    bool menFirst = true;
    bool underHeader = false; // found in the row under the header
};

std::optional<GenderPair> findPair(const interchange::SourceTable& table) {
    const QStringList& headers = table.headers;
    if (!table.rows.empty()) {
        const QStringList& below = table.rows.front().cells;
        for (qsizetype k = 0; k + 1 < below.size() && k + 1 < headers.size(); ++k) {
            // Under one merged header: its second cell is empty.
            if (!headers.at(k).isEmpty() && headers.at(k + 1).isEmpty())
                if (auto men = menFirst(below.at(k), below.at(k + 1)))
                    return GenderPair{k, *men, true};
        }
    }
    for (qsizetype k = 0; k + 1 < headers.size(); ++k)
        if (auto men = menFirst(headers.at(k), headers.at(k + 1)))
            return GenderPair{k, *men, false};
    return std::nullopt;
}

QString cell(const QStringList& cells, qsizetype column) {
    return column < cells.size() ? cells.at(column) : QString();
}

// A tick rather than a date: "x", "v", "1", "có", "✓".
bool isMark(const QString& value) {
    const QString key = headerKey(value);
    return key == u"x" || key == u"v" || key == u"1" || key == u"co" || value == u"✓" ||
           value == u"✔";
}

// Whether a column other than the pair holds the date of birth already.
bool birthDateElsewhere(QStringList headers, qsizetype pair) {
    headers[pair] = headers[pair + 1] = QString();
    return ColumnMap(headers, std::span<const FieldSpec>(&birthDateField, 1)).has(0);
}

} // namespace

void joinGenderColumns(interchange::SourceTable& table) {
    const auto pair = findPair(table);
    if (!pair)
        return;
    const qsizetype k = pair->column;
    QString dateHeader = QStringLiteral("Ngày sinh");
    if (pair->underHeader) {
        dateHeader = table.headers.at(k);
        const QStringList& subHeaders = table.rows.front().cells;
        for (qsizetype column = 0; column < subHeaders.size(); ++column)
            if (column != k && column != k + 1 && !subHeaders.at(column).isEmpty() &&
                column < table.headers.size())
                table.headers[column] = subHeaders.at(column);
        table.rows.erase(table.rows.begin());
    }
    // With a date column of its own the pair only ticks the gender.
    const bool ticksOnly = birthDateElsewhere(table.headers, k);
    table.headers[k] = ticksOnly ? QStringLiteral("Đánh dấu Nam, Nữ") : dateHeader;
    table.headers[k + 1] = QStringLiteral("Giới tính (theo cột Nam, Nữ)");

    const qsizetype men = pair->menFirst ? k : k + 1;
    const qsizetype women = pair->menFirst ? k + 1 : k;
    for (interchange::SourceRow& row : table.rows) {
        const QString man = cell(row.cells, men);
        const QString woman = cell(row.cells, women);
        while (row.cells.size() < k + 2)
            row.cells << QString();
        if (!man.isEmpty() && !woman.isEmpty()) {
            row.cells[k] = man;
            row.cells[k + 1] = QStringLiteral("Nam: %1; Nữ: %2").arg(man, woman);
        } else {
            const QString value = man.isEmpty() ? woman : man;
            row.cells[k] = !ticksOnly && isMark(value) ? QString() : value;
            row.cells[k + 1] = man.isEmpty() == woman.isEmpty() ? QString()
                               : man.isEmpty()                  ? QStringLiteral("Nữ")
                                                                : QStringLiteral("Nam");
        }
    }
}

} // namespace thidua::services::importing
