#include "award_service.h"
#include "cluster_service.h"
#include "conference_parts.h"
#include "covenant_service.h"
#include "scoring_service.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"
#include "voting_service.h"
#include "workspace.h"

#include <algorithm>

namespace thidua::reports {

namespace {

QString appointment(const domain::ClusterYear& cluster) {
    if (!cluster.decision || cluster.decision->number.isEmpty())
        return {};
    QString text = QStringLiteral("Quyết định số %1").arg(cluster.decision->number);
    if (cluster.decision->date.isValid())
        text += QStringLiteral(" ngày %1").arg(domain::vn::formatDate(cluster.decision->date));
    return text;
}

Status readCovenant(services::Workspace& workspace, const domain::ClusterYear& cluster,
                    ClusterFacts& facts) {
    auto covenant = workspace.covenants().forCluster(cluster.cluster.id);
    if (!covenant)
        return std::unexpected(covenant.error());
    if (!*covenant)
        return {};
    facts.hasCovenant = true;
    facts.covenantSignedOn = (*covenant)->signedOn;
    facts.covenantPlace = (*covenant)->place;
    facts.covenantSignatories = static_cast<int>((*covenant)->signatoryIds.size());
    facts.covenantTargets = (*covenant)->targets;
    return {};
}

Status readRanking(services::Workspace& workspace, const domain::ClusterYear& cluster,
                   domain::RoundKind kind, const ReportScope& scope, ClusterFacts& facts) {
    auto round = workspace.scoring().round(cluster.cluster.id, kind);
    if (!round)
        return std::unexpected(round.error());
    if (!*round)
        return {};
    auto standings = workspace.scoring().standings((*round)->id);
    if (!standings)
        return std::unexpected(standings.error());
    for (const domain::Standing& standing : *standings)
        facts.ranking.push_back({standing.rank, scope.unitName(standing.unitId),
                                 standing.totals.total(), standing.rating});
    return {};
}

Status readProposals(services::Workspace& workspace, const domain::ClusterYear& cluster,
                     const TitleNames& titles, const ReportScope& scope, ClusterFacts& facts) {
    auto proposals = workspace.voting().proposals(cluster.cluster.id);
    if (!proposals)
        return std::unexpected(proposals.error());
    // The sector's flag first, then the higher ones its winners go on to.
    std::map<int, std::pair<QString, QStringList>, std::greater<>> byPrecedence;
    for (const domain::BallotProposal& proposal : *proposals) {
        const auto& [name, precedence] = titles.of(proposal.ballot.titleCode, scope.flagOwner);
        auto& [title, units] = byPrecedence[precedence];
        title = name;
        units.append(scope.unitName(proposal.ballot.unitId));
    }
    for (auto& [precedence, proposal] : byPrecedence) {
        sortVietnamese(proposal.second);
        facts.proposals.push_back(std::move(proposal));
    }
    return {};
}

// Next year's head and deputy, when the organiser has already appointed them
// to the same cluster: the handover the year-end conference announces.
void readNextLeaders(const std::vector<domain::ClusterYear>& nextYear,
                     const domain::ClusterYear& cluster, const ReportScope& scope,
                     ClusterFacts& facts) {
    for (const domain::ClusterYear& next : nextYear)
        if (next.cluster.organiserId == cluster.cluster.organiserId &&
            next.cluster.kind == cluster.cluster.kind &&
            next.cluster.number == cluster.cluster.number &&
            next.cluster.name == cluster.cluster.name) {
            facts.nextHead = scope.unitName(next.head());
            facts.nextDeputy = scope.unitName(next.deputy());
        }
}

} // namespace

Result<std::vector<ClusterFacts>> readClusterFacts(services::Workspace& workspace,
                                                   const ReportScope& scope,
                                                   domain::ReportKind kind,
                                                   const TitleNames& titles) {
    auto nextYear = workspace.clusters().clusters(scope.year + 1);
    if (!nextYear)
        return std::unexpected(nextYear.error());
    const domain::RoundKind round = kind == domain::ReportKind::MidYear
                                        ? domain::RoundKind::MidYear
                                        : domain::RoundKind::YearEnd;
    std::vector<ClusterFacts> clusters;
    for (const domain::ClusterYear& cluster : scope.clusters) {
        ClusterFacts facts;
        facts.name = domain::clusterDisplayName(cluster.cluster);
        facts.kind = cluster.cluster.kind;
        facts.organiser = scope.unitName(cluster.cluster.organiserId);
        facts.head = scope.unitName(cluster.head());
        facts.deputy = scope.unitName(cluster.deputy());
        facts.appointment = appointment(cluster);
        for (domain::RowId member : cluster.memberIds())
            facts.members.append(scope.unitName(member));
        sortVietnamese(facts.members);
        if (auto ok = readCovenant(workspace, cluster, facts); !ok)
            return std::unexpected(ok.error());
        if (auto ok = readRanking(workspace, cluster, round, scope, facts); !ok)
            return std::unexpected(ok.error());
        if (kind != domain::ReportKind::MidYear)
            if (auto ok = readProposals(workspace, cluster, titles, scope, facts); !ok)
                return std::unexpected(ok.error());
        readNextLeaders(*nextYear, cluster, scope, facts);
        clusters.push_back(std::move(facts));
    }
    return clusters;
}

} // namespace thidua::reports
