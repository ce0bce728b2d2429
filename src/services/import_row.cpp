#include "import_row.h"

#include "service_text.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

namespace thidua::services::importing {

ImportRow::ImportRow(const ColumnMap& columns, int line, const QStringList& cells,
                     std::vector<ImportProblem>& problems)
    : columns_(columns)
    , line_(line)
    , cells_(cells)
    , problems_(problems)
    , problemsBefore_(problems.size()) {}

QString ImportRow::text(int field) const {
    return columns_.has(field) ? domain::vn::normalized(cells_.value(columns_.column(field)))
                               : QString();
}

QString ImportRow::required(int field) {
    QString value = text(field);
    if (value.isEmpty())
        problem(field,
                Text::tr("\"%1\" is empty; it must be filled in.").arg(columns_.header(field)));
    return value;
}

std::optional<QDate> ImportRow::date(int field) {
    const QString value = text(field);
    if (value.isEmpty())
        return std::nullopt;
    if (auto parsed = domain::vn::parseDate(value))
        return parsed;
    problem(
        field,
        Text::tr("\"%1\" is not a date; write it as day/month/year, e.g. 05/02/1985.").arg(value));
    return std::nullopt;
}

Birth ImportRow::birth(int field, QDate today) {
    const QString value = text(field);
    bool isNumber = false;
    const int year = value.toInt(&isNumber);
    if (isNumber && value.size() == 4) {
        if (year >= 1900 && year <= today.year())
            return Birth{{}, year};
        problem(field, Text::tr("%1 is not a year of birth.").arg(value));
        return {};
    }
    if (auto full = date(field))
        return Birth{*full, full->year()};
    return {};
}

std::optional<domain::Gender> ImportRow::gender(int field) {
    const QString value = text(field);
    const QString key = domain::vn::searchKey(value);
    if (key == QStringLiteral("nam") || key == QStringLiteral("male") || key == QStringLiteral("m"))
        return domain::Gender::Male;
    if (key == QStringLiteral("nu") || key == QStringLiteral("female") ||
        key == QStringLiteral("f"))
        return domain::Gender::Female;
    problem(field, value.isEmpty()
                       ? Text::tr("The gender is empty; write Nam or Nữ.")
                       : Text::tr("\"%1\" is not a gender; write Nam or Nữ.").arg(value));
    return std::nullopt;
}

std::optional<bool> ImportRow::yesNo(int field) {
    const QString value = text(field);
    const QString key = domain::vn::searchKey(value);
    if (key.isEmpty() || key == QStringLiteral("khong") || key == QStringLiteral("0") ||
        key == QStringLiteral("no"))
        return false;
    if (key == QStringLiteral("co") || key == QStringLiteral("x") || key == QStringLiteral("1") ||
        key == QStringLiteral("yes"))
        return true;
    problem(field, Text::tr("\"%1\" is neither Có nor Không.").arg(value));
    return std::nullopt;
}

std::optional<double> ImportRow::points(int field) {
    const QString value = text(field);
    if (value.isEmpty())
        return std::nullopt;
    if (const auto points = domain::vn::parseDecimal(value); points && *points >= 0)
        return *points;
    problem(field,
            Text::tr("\"%1\" is not a number of points; write one such as 8 or 7,5.").arg(value));
    return std::nullopt;
}

void ImportRow::problem(int field, const QString& message) {
    problems_.push_back({line_, columns_.header(field), message});
}

} // namespace thidua::services::importing
