#include "cluster.h"

#include "vietnamese_format.h"

namespace thidua::domain {

QString clusterDisplayName(const Cluster& cluster) {
    if (!cluster.name.isEmpty())
        return cluster.name;
    const QString kind =
        cluster.kind == ClusterKind::Cluster ? QStringLiteral("Cụm") : QStringLiteral("Khối");
    return QStringLiteral("%1 thi đua số %2").arg(kind, vn::toRoman(cluster.number));
}

} // namespace thidua::domain
