#include "cluster_rotation.h"

#include <QCoreApplication>

#include <algorithm>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

int indexOf(const std::vector<ClusterMember>& members, RowId unitId) {
    if (unitId == NoId)
        return -1;
    const auto found = std::ranges::find(members, unitId, &ClusterMember::unitId);
    return found == members.end() ? -1 : static_cast<int>(found - members.begin());
}

int walkStart(const ClusterYear& cluster) {
    const int count = static_cast<int>(cluster.members.size());
    if (const int deputy = indexOf(cluster.members, cluster.deputy()); deputy >= 0)
        return deputy;
    if (const int head = indexOf(cluster.members, cluster.head()); head >= 0)
        return (head + 1) % count;
    return 0;
}

} // namespace

ClusterYear rotatedForNextYear(const ClusterYear& cluster, const StillActive& active) {
    ClusterYear next;
    next.cluster = cluster.cluster;
    next.cluster.id = NoId;
    next.cluster.uuid.clear();
    next.cluster.year = cluster.cluster.year + 1;
    const auto& members = cluster.members;
    const int count = static_cast<int>(members.size());
    if (count == 0)
        return next;
    auto stays = [&](int i) {
        return !active || active(members[static_cast<std::size_t>(i)].unitId);
    };
    const int start = walkStart(cluster);
    int head = -1;
    int deputy = -1;
    for (int step = 0; step < count && deputy < 0; ++step) {
        const int i = (start + step) % count;
        if (!stays(i))
            continue;
        (head < 0 ? head : deputy) = i;
    }
    for (int i = 0; i < count; ++i) {
        if (!stays(i))
            continue;
        const ClusterRole role = i == head     ? ClusterRole::Head
                                 : i == deputy ? ClusterRole::Deputy
                                               : ClusterRole::Member;
        next.members.push_back({members[static_cast<std::size_t>(i)].unitId, role});
    }
    return next;
}

NextYearProposal proposeNextYear(int year, const std::vector<ClusterYear>& clusters,
                                 const StillActive& active, const UnitNames& names) {
    NextYearProposal proposal{year, year + 1, {}};
    for (const ClusterYear& cluster : clusters) {
        ClusterCopy copy{cluster.cluster.id, rotatedForNextYear(cluster, active), {}};
        for (const ClusterMember& member : cluster.members) {
            if (copy.next.hasMember(member.unitId))
                continue;
            const QString name = names ? names(member.unitId) : QString();
            copy.notes.append(
                Text::tr("%1 no longer exists in %2 and was left out of %3.")
                    .arg(name.isEmpty() ? Text::tr("unit %1").arg(member.unitId) : name)
                    .arg(year + 1)
                    .arg(clusterDisplayName(cluster.cluster)));
        }
        proposal.clusters.push_back(std::move(copy));
    }
    return proposal;
}

} // namespace thidua::domain
