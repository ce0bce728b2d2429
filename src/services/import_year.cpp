#include "import_year.h"

#include "service_text.h"
#include "vietnamese_text.h"

#include <QRegularExpression>

namespace thidua::services::importing {

namespace {

// The first year the schema accepts for a grade; registrations began later.
constexpr int EarliestYear = 1945;

} // namespace

std::optional<int> yearInTitles(const QStringList& titles) {
    static const QRegularExpression year(QStringLiteral(R"(\bnam (\d{4})\b)"));
    for (const QString& title : titles)
        if (const auto match = year.match(domain::vn::searchKey(title)); match.hasMatch())
            return match.captured(1).toInt();
    return std::nullopt;
}

YearReader::YearReader(int given, const QStringList& titles, int latest)
    : fallback_(given > 0 ? std::optional<int>(given) : yearInTitles(titles))
    , latest_(latest) {}

bool YearReader::checkFile(const ColumnMap& columns, int field,
                           std::vector<ImportProblem>& problems) const {
    if (fallback_ || columns.has(field))
        return true;
    problems.push_back(
        {0,
         {},
         Text::tr("The file gives no year: add a column \"%1\", write the year in the title "
                  "above the header (\"… NĂM 2025\"), or give the year of the import.")
             .arg(columns.header(field))});
    return false;
}

std::optional<int> YearReader::read(ImportRow& row, int field) const {
    const QString text = row.text(field);
    if (text.isEmpty()) {
        if (!fallback_)
            row.problem(field, Text::tr("The year is empty; write it, e.g. 2025."));
        return fallback_;
    }
    // "2025", or "Năm 2025" as some lists write it; the first without a
    // search key, as most cells of a file are.
    bool plain = false;
    int value = text.size() == 4 ? text.toInt(&plain) : 0;
    if (!plain) {
        static const QRegularExpression year(QStringLiteral(R"(^(?:nam )?(\d{4})$)"));
        const auto match = year.match(domain::vn::searchKey(text));
        value = match.hasMatch() ? match.captured(1).toInt() : 0;
    }
    if (value >= EarliestYear && value <= latest_)
        return value;
    row.problem(
        field,
        Text::tr("\"%1\" is not a year from %2 to %3.").arg(text).arg(EarliestYear).arg(latest_));
    return std::nullopt;
}

} // namespace thidua::services::importing
