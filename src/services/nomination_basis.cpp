#include "nomination_basis.h"

#include "vietnamese_format.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace thidua::services {

namespace {

constexpr int kBasisYears = 5;

// "2019, 2021–2023": runs of consecutive years joined by an en dash.
QString yearRuns(std::vector<int> years) {
    std::ranges::sort(years);
    QStringList runs;
    for (std::size_t i = 0; i < years.size();) {
        std::size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1)
            ++j;
        runs << (j == i ? QString::number(years[i])
                        : QStringLiteral("%1–%2").arg(years[i]).arg(years[j]));
        i = j + 1;
    }
    return runs.join(QStringLiteral(", "));
}

} // namespace

QString basisText(const std::vector<domain::Award>& awards,
                  const std::vector<domain::AwardType>& catalogue, int year) {
    std::map<int, std::pair<QString, std::vector<int>>> byPrecedence;
    for (const domain::Award& award : awards) {
        if (award.revoked() || !domain::countsTowardHigherAwards(award.kind) || award.year > year ||
            award.year <= year - kBasisYears)
            continue;
        const auto type = std::ranges::find(catalogue, award.awardCode, &domain::AwardType::code);
        const int precedence = type != catalogue.end() ? type->precedence : 0;
        auto& entry = byPrecedence[precedence];
        entry.first = type != catalogue.end() ? type->abbreviation : award.awardCode;
        entry.second.push_back(award.year);
    }
    QStringList parts;
    for (const auto& [precedence, entry] : byPrecedence)
        parts << entry.first + u' ' + yearRuns(entry.second);
    return parts.join(QStringLiteral("; "));
}

QString voteBasisText(const domain::Cluster& cluster, double yesPercent, int yes, int members) {
    return QStringLiteral("Dẫn đầu %1 năm %2; được Cụm suy tôn %3/%4 phiếu (%5%)")
        .arg(domain::clusterDisplayName(cluster))
        .arg(cluster.year)
        .arg(yes)
        .arg(members)
        .arg(domain::vn::formatDecimal(yesPercent, 1));
}

} // namespace thidua::services
