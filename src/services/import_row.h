#pragma once

#include "import_columns.h"
#include "person.h"

#include <QDate>

#include <optional>

// Reading one row of an import file field by field. Every value that cannot be
// read adds a problem naming the line, the column and the value. Internal.
namespace thidua::services::importing {

// A date of birth as lists write it: the whole date, or under "Năm sinh"
// often the year alone; neither when the row gives none.
struct Birth {
    QDate date;   // invalid when the row gives only the year
    int year = 0; // 0: unknown

    bool known() const { return year != 0; }
    // Everyone fits an unknown birth.
    bool fits(QDate birthDate) const {
        return !known() || (date.isValid() ? birthDate == date : birthDate.year() == year);
    }
};

class ImportRow {
public:
    ImportRow(const ColumnMap& columns, int line, const QStringList& cells,
              std::vector<ImportProblem>& problems);

    int line() const { return line_; }
    // The cell, normalised (NFC, trimmed, single spaces); empty when the file
    // has no such column.
    QString text(int field) const;
    // A problem unless the cell has a value.
    QString required(int field);
    // Empty cells give nullopt silently; unreadable ones add a problem.
    std::optional<QDate> date(int field);
    // A date, or a year from 1900 to this one; anything else adds a problem
    // and, like an empty cell, gives an unknown birth.
    Birth birth(int field, QDate today);
    std::optional<domain::Gender> gender(int field);
    std::optional<bool> yesNo(int field);
    // Points of a criteria table or a score sheet: 0 or more, "7,5" or "7.5".
    std::optional<double> points(int field);

    void problem(int field, const QString& message);
    // True while nothing in this row was wrong.
    bool ok() const { return problems_.size() == problemsBefore_; }

private:
    const ColumnMap& columns_;
    int line_;
    const QStringList& cells_;
    std::vector<ImportProblem>& problems_;
    std::size_t problemsBefore_;
};

} // namespace thidua::services::importing
