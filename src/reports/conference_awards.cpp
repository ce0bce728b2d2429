#include "award_counter.h"
#include "award_entry.h"
#include "award_levels.h"
#include "award_service.h"
#include "conference_parts.h"
#include "nomination_entry.h"
#include "nomination_service.h"
#include "report_service.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"
#include "workspace.h"

#include <algorithm>

namespace thidua::reports {

Result<TitleNames> TitleNames::read(services::Workspace& workspace, int year) {
    // Titles that left the catalogue before the year still name old awards.
    auto earlier = workspace.awards().catalogue(QDate(2018, 1, 1));
    auto current = workspace.awards().catalogue(QDate(year, 12, 31));
    if (!earlier || !current)
        return std::unexpected(!earlier ? earlier.error() : current.error());
    TitleNames names;
    for (const auto* catalogue : {&*earlier, &*current})
        for (const domain::AwardType& type : *catalogue)
            names.types_.insert(type.code, type);
    return names;
}

std::pair<QString, int> TitleNames::of(const QString& code, const QString& organiser) const {
    const auto found = types_.constFind(code);
    if (found == types_.cend())
        return {code, 0};
    if (code == QLatin1String("CTDBO") && !organiser.isEmpty())
        return {QStringLiteral("Cờ thi đua của %1").arg(organiser), found->precedence};
    return {found->name, found->precedence};
}

QString TitleNames::level(const QString& code) const {
    const auto found = types_.constFind(code);
    return found == types_.cend() ? QString() : found->level;
}

void sortVietnamese(QStringList& names) {
    std::ranges::sort(
        names, [](const QString& a, const QString& b) { return domain::vn::compare(a, b) < 0; });
}

qint64 AwardCount::total() const {
    qint64 sum = 0;
    for (const auto* byYear : {&collectives, &individuals})
        for (const auto& [year, count] : *byYear)
            sum += count;
    return sum;
}

Result<std::vector<AwardCount>> readAwardCounts(services::Workspace& workspace,
                                                const ReportScope& scope, const TitleNames& titles,
                                                int from, int to) {
    auto tallies = workspace.reports().awardTallies(from, to, scope.coveredIds);
    if (!tallies)
        return std::unexpected(tallies.error());
    AwardCounter counter;
    for (const domain::AwardTally& tally : *tallies)
        counter.add(tally.awardCode, titles.of(tally.awardCode, scope.flagOwner).first, tally.level,
                    tally.precedence, tally.collective, tally.year, tally.count);
    return std::move(counter).byPrecedence();
}

namespace {

QString decisionText(const domain::Award& award) {
    return award.decisionDate.isValid()
               ? QStringLiteral("%1 ngày %2")
                     .arg(award.decisionNumber, domain::vn::formatDate(award.decisionDate))
               : award.decisionNumber;
}

bool decidedInFirstHalf(const domain::Award& award, int year) {
    return award.decisionDate >= QDate(year, 1, 1) && award.decisionDate <= QDate(year, 6, 30);
}

Status addHonorees(services::Workspace& workspace, const ReportScope& scope, int awardYear,
                   domain::ReportKind kind, const TitleNames& titles,
                   std::vector<NamedAward>& honorees) {
    auto awards = workspace.awards().awardsOf(awardYear, scope.coveredIds);
    if (!awards)
        return std::unexpected(awards.error());
    for (const domain::AwardEntry& entry : *awards) {
        if (entry.award.revoked())
            continue;
        if (kind == domain::ReportKind::MidYear && !decidedInFirstHalf(entry.award, scope.year))
            continue;
        honorees.push_back({entry.award.awardCode, entry.candidateName, entry.position,
                            entry.unitName, titles.of(entry.award.awardCode, scope.flagOwner).first,
                            titles.level(entry.award.awardCode), entry.precedence,
                            entry.award.unitId != domain::NoId, decisionText(entry.award),
                            entry.presentedAtConference, entry.award.year});
    }
    return {};
}

} // namespace

Result<std::vector<NamedAward>> readHonorees(services::Workspace& workspace,
                                             const ReportScope& scope, domain::ReportKind kind,
                                             const TitleNames& titles) {
    std::vector<NamedAward> honorees;
    // What the first half decided is mostly for the year before.
    const std::vector<int> years = kind == domain::ReportKind::MidYear
                                       ? std::vector<int>{scope.year - 1, scope.year}
                                       : std::vector<int>{scope.year};
    for (int year : years)
        if (auto ok = addHonorees(workspace, scope, year, kind, titles, honorees); !ok)
            return std::unexpected(ok.error());
    return honorees;
}

Result<std::vector<NamedAward>> readPeriodModels(services::Workspace& workspace,
                                                 const ReportScope& scope, const TitleNames& titles,
                                                 int from, int to) {
    std::vector<NamedAward> models;
    for (int year = to; year >= from; --year)
        if (auto ok =
                addHonorees(workspace, scope, year, domain::ReportKind::YearEnd, titles, models);
            !ok)
            return std::unexpected(ok.error());
    // Highest first; within an award, the latest year and collectives first.
    std::ranges::stable_sort(models, {}, [](const NamedAward& award) {
        return std::tuple(award.precedence, !award.collective);
    });
    return models;
}

Result<std::vector<NamedAward>> readProposalsUp(services::Workspace& workspace,
                                                const ReportScope& scope,
                                                const TitleNames& titles) {
    domain::NominationFilter filter;
    filter.year = scope.year;
    auto nominations = workspace.nominations().list(filter);
    if (!nominations)
        return std::unexpected(nominations.error());
    std::vector<NamedAward> proposals;
    for (const domain::NominationEntry& entry : *nominations) {
        const QString level = titles.level(entry.awardCode);
        // The level above a grassroots conference: the ministry's or the State's.
        if (!scope.covered.contains(entry.holderUnitId) || level.isEmpty() ||
            domain::isGrassrootsLevel(level))
            continue;
        proposals.push_back({entry.awardCode, entry.candidateName, entry.position, entry.unitName,
                             titles.of(entry.awardCode, scope.flagOwner).first, level,
                             entry.precedence, entry.collective,
                             domain::nominationStatusName(entry.status)});
    }
    std::ranges::stable_sort(proposals, {}, [](const NamedAward& award) {
        return std::tuple(award.precedence, !award.collective);
    });
    return proposals;
}

} // namespace thidua::reports
