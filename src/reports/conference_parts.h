#pragma once

#include "award.h"
#include "conference_scope.h"

#include <QHash>

// Internal to the conference reports: the readers of each part of the facts.
namespace thidua::reports {

// The names and precedence of every title and form in the catalogue.
class TitleNames {
public:
    static Result<TitleNames> read(services::Workspace& workspace, int year);
    // The name as a proposal to an organiser reads: the flag of the ministry
    // or province is named after it ("Cờ thi đua của Bộ Tư pháp").
    std::pair<QString, int> of(const QString& code, const QString& organiser) const;
    QString level(const QString& code) const; // "state", "ministry", "grassroots"

private:
    QHash<QString, domain::AwardType> types_;
};

void sortVietnamese(QStringList& names);

Result<std::vector<ClusterFacts>> readClusterFacts(services::Workspace& workspace,
                                                   const ReportScope& scope,
                                                   domain::ReportKind kind,
                                                   const TitleNames& titles);

// The scope's awards counted by form or title for each year from..to.
Result<std::vector<AwardCount>> readAwardCounts(services::Workspace& workspace,
                                                const ReportScope& scope, const TitleNames& titles,
                                                int from, int to);

// The awards of the scope decided for the year's achievements: the ones a
// year-end conference hands over. For the six-month review, the ones
// decided in the first half of the year instead, whatever year they are for.
Result<std::vector<NamedAward>> readHonorees(services::Workspace& workspace,
                                             const ReportScope& scope, domain::ReportKind kind,
                                             const TitleNames& titles);

// The awards of the scope for each year from..to, highest first: the period's
// advanced models at a five-year conference.
Result<std::vector<NamedAward>> readPeriodModels(services::Workspace& workspace,
                                                 const ReportScope& scope, const TitleNames& titles,
                                                 int from, int to);

// The nominations of the year from the scope's units to the level above.
Result<std::vector<NamedAward>> readProposalsUp(services::Workspace& workspace,
                                                const ReportScope& scope, const TitleNames& titles);

// The movements running from..to with units of the scope taking part or
// launched by them.
Result<std::vector<MovementFacts>> readMovements(services::Workspace& workspace,
                                                 const ReportScope& scope, int from, int to);

// The registrations of the year per coverage group, and in total.
Status readCoverage(services::Workspace& workspace, const ReportScope& scope, int year,
                    std::vector<Coverage>* groups, Coverage& total);

} // namespace thidua::reports
