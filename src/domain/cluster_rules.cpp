#include "cluster_rules.h"

#include "vietnamese_format.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

QString nameOf(const UnitNames& names, RowId unitId) {
    QString name = names ? names(unitId) : QString();
    return name.isEmpty() ? Text::tr("unit %1").arg(unitId) : name;
}

// The first unit listed twice, or NoId.
RowId firstRepeated(const std::vector<RowId>& ids) {
    std::set<RowId> seen;
    for (RowId id : ids)
        if (!seen.insert(id).second)
            return id;
    return NoId;
}

std::optional<QString> twoLeaders(const ClusterYear& cluster, ClusterRole role,
                                  const UnitNames& names) {
    std::vector<RowId> holders;
    for (const ClusterMember& member : cluster.members)
        if (member.role == role)
            holders.push_back(member.unitId);
    if (holders.size() < 2)
        return std::nullopt;
    const QString where = clusterYearName(cluster.cluster);
    const QString first = nameOf(names, holders[0]);
    const QString second = nameOf(names, holders[1]);
    if (role == ClusterRole::Head)
        return Text::tr("%1 has two heads, %2 and %3; a cluster has one head a year.")
            .arg(where, first, second);
    return Text::tr("%1 has two deputies, %2 and %3; a cluster has one deputy a year.")
        .arg(where, first, second);
}

std::optional<QString> decisionRefusal(const ClusterYear& cluster) {
    if (!cluster.decision)
        return std::nullopt;
    const AppointingDecision& decision = *cluster.decision;
    const QString where = clusterYearName(cluster.cluster);
    if (decision.number.trimmed().isEmpty())
        return Text::tr("The decision appointing the head and deputy of %1 needs a number.")
            .arg(where);
    if (!decision.date.isValid())
        return Text::tr("Decision %1 for %2 needs a date.").arg(decision.number, where);
    if (decision.issuerId == NoId)
        return Text::tr("Say who issued decision %1 for %2.").arg(decision.number, where);
    if (decision.date.year() > cluster.cluster.year)
        return Text::tr("Decision %1 is dated %2, after the year %3 whose head and deputy it "
                        "appoints.")
            .arg(decision.number, vn::formatDate(decision.date))
            .arg(cluster.cluster.year);
    if (cluster.head() == NoId && cluster.deputy() == NoId)
        return Text::tr("Decision %1 appoints the head and deputy of %2, but the cluster has "
                        "neither; choose them first.")
            .arg(decision.number, where);
    return std::nullopt;
}

} // namespace

std::optional<QString> clusterRefusal(const ClusterYear& cluster, const UnitNames& names) {
    if (cluster.cluster.number <= 0 && cluster.cluster.name.trimmed().isEmpty())
        return Text::tr("A cluster of %1 needs a number or a name.").arg(cluster.cluster.year);
    const QString where = clusterYearName(cluster.cluster);
    if (cluster.cluster.organiserId == NoId)
        return Text::tr("Say which unit organises %1.").arg(where);
    if (const RowId twice = firstRepeated(cluster.memberIds()); twice != NoId)
        return Text::tr("%1 is listed twice in %2.").arg(nameOf(names, twice), where);
    for (ClusterRole role : {ClusterRole::Head, ClusterRole::Deputy})
        if (auto refusal = twoLeaders(cluster, role, names))
            return refusal;
    return decisionRefusal(cluster);
}

std::optional<QString> leadershipRefusal(const ClusterYear& cluster, RowId headId, RowId deputyId,
                                         const UnitNames& names) {
    const QString where = clusterYearName(cluster.cluster);
    if (headId != NoId && !cluster.hasMember(headId))
        return Text::tr("%1 is not a member of %2 and cannot be its head.")
            .arg(nameOf(names, headId), where);
    if (deputyId != NoId && !cluster.hasMember(deputyId))
        return Text::tr("%1 is not a member of %2 and cannot be its deputy.")
            .arg(nameOf(names, deputyId), where);
    if (headId != NoId && headId == deputyId)
        return Text::tr("%1 cannot be both head and deputy of %2.")
            .arg(nameOf(names, headId), where);
    return std::nullopt;
}

std::optional<QString> covenantRefusal(const Covenant& covenant, const ClusterYear& cluster,
                                       const UnitNames& names) {
    const QString where = clusterYearName(cluster.cluster);
    if (!covenant.signedOn.isValid())
        return Text::tr("The covenant of %1 needs the date it was signed.").arg(where);
    if (covenant.signedOn.year() != cluster.cluster.year)
        return Text::tr("The covenant of %1 is dated %2, outside %3.")
            .arg(where, vn::formatDate(covenant.signedOn))
            .arg(cluster.cluster.year);
    for (RowId unitId : covenant.signatoryIds)
        if (!cluster.hasMember(unitId))
            return Text::tr("%1 is not a member of %2 and cannot sign its covenant.")
                .arg(nameOf(names, unitId), where);
    if (const RowId twice = firstRepeated(covenant.signatoryIds); twice != NoId)
        return Text::tr("%1 signs the covenant of %2 twice.").arg(nameOf(names, twice), where);
    return std::nullopt;
}

std::optional<QString> memberRemovalRefusal(const ClusterYear& after, const Covenant& covenant,
                                            const UnitNames& names) {
    for (RowId unitId : covenant.signatoryIds)
        if (!after.hasMember(unitId))
            return Text::tr("%1 signed the covenant of %2; take its signature off the covenant "
                            "before removing it from the cluster.")
                .arg(nameOf(names, unitId), clusterYearName(after.cluster));
    return std::nullopt;
}

} // namespace thidua::domain
