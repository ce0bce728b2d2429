#include "scoring_codes.h"

#include <QStringList>

#include <array>
#include <utility>

namespace thidua::storage {

namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char*>, N>& codes, Enum value) {
    for (const auto& [candidate, code] : codes)
        if (candidate == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& codes,
                            const QString& code) {
    for (const auto& [value, candidate] : codes)
        if (code == QLatin1String(candidate))
            return value;
    return std::nullopt;
}

using domain::CriterionKind;
constexpr std::array<std::pair<CriterionKind, const char*>, 5> KindCodes{{
    {CriterionKind::Quantitative, "quantitative"},
    {CriterionKind::PassFail, "pass_fail"},
    {CriterionKind::PerOccurrence, "per_occurrence"},
    {CriterionKind::Bonus, "bonus"},
    {CriterionKind::Penalty, "penalty"},
}};

using domain::OverTargetScale;
constexpr std::array<std::pair<OverTargetScale, const char*>, 2> ScaleCodes{{
    {OverTargetScale::Difference, "difference"},
    {OverTargetScale::Percentage, "percentage"},
}};

using domain::TieBreak;
constexpr std::array<std::pair<TieBreak, const char*>, 3> TieBreakCodes{{
    {TieBreak::MoreBonus, "more_bonus"},
    {TieBreak::FewerPenalties, "fewer_penalties"},
    {TieBreak::WomenPriority, "women_priority"},
}};

using domain::RoundKind;
constexpr std::array<std::pair<RoundKind, const char*>, 2> RoundCodes{{
    {RoundKind::MidYear, "mid_year"},
    {RoundKind::YearEnd, "year_end"},
}};

} // namespace

QString criterionKindCode(CriterionKind kind) {
    return codeOf(KindCodes, kind);
}

// The schema's CHECK admits only these codes, so a stored row always maps.
CriterionKind criterionKindFromCode(const QString& code) {
    return valueOf(KindCodes, code).value_or(CriterionKind::PassFail);
}

QString scaleCode(OverTargetScale scale) {
    return codeOf(ScaleCodes, scale);
}

OverTargetScale scaleFromCode(const QString& code) {
    return valueOf(ScaleCodes, code).value_or(OverTargetScale::Difference);
}

QString tieBreakCodes(const std::vector<TieBreak>& tieBreaks) {
    QStringList codes;
    for (TieBreak tieBreak : tieBreaks)
        codes << codeOf(TieBreakCodes, tieBreak);
    return codes.join(QLatin1Char(' '));
}

std::vector<TieBreak> tieBreaksFromCodes(const QString& codes) {
    std::vector<TieBreak> tieBreaks;
    for (const QString& code : codes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (auto tieBreak = valueOf(TieBreakCodes, code))
            tieBreaks.push_back(*tieBreak);
    return tieBreaks;
}

QString roundKindCode(RoundKind kind) {
    return codeOf(RoundCodes, kind);
}

RoundKind roundKindFromCode(const QString& code) {
    return valueOf(RoundCodes, code).value_or(RoundKind::YearEnd);
}

} // namespace thidua::storage
