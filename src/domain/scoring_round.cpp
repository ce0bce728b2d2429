#include "scoring_round.h"

#include "cluster_year.h"

#include <QCoreApplication>

namespace thidua::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(thidua::domain)
};

} // namespace

QString roundKindName(RoundKind kind) {
    return kind == RoundKind::MidYear ? Text::tr("6-month review scoring")
                                      : Text::tr("Year-end scoring");
}

QString roundName(RoundKind kind, const Cluster& cluster) {
    return Text::tr("%1 of %2").arg(roundKindName(kind), clusterYearName(cluster));
}

} // namespace thidua::domain
