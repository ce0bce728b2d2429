#include "ballot_print.h"

#include "agency_header.h"
#include "cluster_service.h"
#include "listing_service.h"
#include "report_text.h"
#include "title.h"
#include "voting_service.h"
#include "workspace.h"

#include <algorithm>
#include <set>

namespace thidua::reports {

Result<BallotPrint> readBallotPrint(services::Workspace& workspace, domain::RowId clusterId) {
    auto cluster = workspace.clusters().cluster(clusterId);
    if (!cluster)
        return std::unexpected(cluster.error());
    auto session = workspace.voting().forCluster(clusterId);
    if (!session)
        return std::unexpected(session.error());
    const QString clusterName = domain::clusterYearName(cluster->cluster);
    if (!*session)
        return fail(ErrorCode::NotFound,
                    Text::tr("%1 has no ballot session yet.").arg(clusterName));
    BallotPrint print;
    print.session = std::move(**session);
    print.year = cluster->cluster.year;
    print.clusterName = domain::clusterDisplayName(cluster->cluster);
    auto rules = workspace.voting().rules(clusterId, print.session.heldOn);
    auto titles = workspace.voting().votableTitles(clusterId, print.session.heldOn);
    auto units = workspace.listing().units({});
    if (!rules || !titles || !units)
        return std::unexpected(!rules ? rules.error() : !titles ? titles.error() : units.error());
    print.rules = std::move(*rules);
    for (const services::ListedUnit& unit : *units) {
        if (unit.id == cluster->cluster.organiserId)
            print.organiser = unit.name;
        if (cluster->hasMember(unit.id))
            print.units.insert(unit.id, unit.name);
    }
    print.place = clusterPlace(print.units.value(cluster->head()), print.organiser);
    std::set<QString> voted;
    for (const domain::Ballot& ballot : print.session.ballots)
        voted.insert(ballot.titleCode);
    // Voting goes from the lowest title upward (TT 01/2024/TT-TANDTC, Art 29).
    for (auto title = titles->rbegin(); title != titles->rend(); ++title)
        if (voted.contains(title->code))
            print.titles.push_back(*title);
    return print;
}

documents::OfficialHeader ballotHeader(const BallotPrint& print) {
    return clusterHeader(print.organiser, print.clusterName, print.place, print.session.heldOn);
}

QString ballotSummary(const BallotPrint& print) {
    return QStringLiteral("Bình xét, suy tôn thi đua năm %1 của %2")
        .arg(print.year)
        .arg(print.clusterName);
}

} // namespace thidua::reports
