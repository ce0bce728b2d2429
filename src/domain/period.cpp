#include "period.h"

#include <array>
#include <utility>

namespace thidua::domain {

namespace {

constexpr std::array<std::pair<PeriodKind, const char16_t*>, 4> kindCodes{{
    {PeriodKind::Year, u"year"},
    {PeriodKind::FirstHalf, u"first_half"},
    {PeriodKind::SchoolYear, u"school_year"},
    {PeriodKind::Stage, u"stage"},
}};

} // namespace

Period calendarYear(int year) {
    return Period{NoId,
                  {},
                  PeriodKind::Year,
                  QDate(year, 1, 1),
                  QDate(year, 12, 31),
                  QStringLiteral("năm %1").arg(year)};
}

Period firstHalfOfYear(int year) {
    return Period{NoId,
                  {},
                  PeriodKind::FirstHalf,
                  QDate(year, 1, 1),
                  QDate(year, 6, 30),
                  QStringLiteral("6 tháng đầu năm %1").arg(year)};
}

Period stage(int firstYear, int lastYear) {
    return Period{NoId,
                  {},
                  PeriodKind::Stage,
                  QDate(firstYear, 1, 1),
                  QDate(lastYear, 12, 31),
                  QStringLiteral("giai đoạn %1–%2").arg(firstYear).arg(lastYear)};
}

QString periodKindCode(PeriodKind kind) {
    for (const auto& [k, code] : kindCodes)
        if (k == kind)
            return QString::fromUtf16(code);
    Q_UNREACHABLE();
}

bool periodKindFromCode(const QString& code, PeriodKind* kind) {
    for (const auto& [k, c] : kindCodes) {
        if (code == QStringView(c)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace thidua::domain
