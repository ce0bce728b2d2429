#pragma once

#include "cluster_year.h"
#include "covenant.h"

#include <QString>

#include <optional>

// The rules of clusters and their covenants that SQL cannot state, each
// refusal a sentence naming the unit, the cluster and the year (translation
// context "thidua::domain"). The schema keeps the rest: one head and one
// deputy at most, signatures by members only.
namespace thidua::domain {

// Why this cluster-year cannot be stored: neither number nor name, no
// organiser, a unit listed twice (so head and deputy are always different
// units), two heads or two deputies, or an appointing decision without
// number, date or issuer, dated after the year, or appointing nobody.
std::optional<QString> clusterRefusal(const ClusterYear& cluster, const UnitNames& names);

// Why these units cannot lead the cluster: not members, or one unit for both.
// NoId leaves the role empty.
std::optional<QString> leadershipRefusal(const ClusterYear& cluster, RowId headId, RowId deputyId,
                                         const UnitNames& names);

// Why this covenant cannot be stored for the cluster: no signing date, a date
// outside the cluster's year, or a signatory that is not a member or signs
// twice.
std::optional<QString> covenantRefusal(const Covenant& covenant, const ClusterYear& cluster,
                                       const UnitNames& names);

// Why the cluster cannot take this new member list: a unit that signed the
// covenant would leave it. The signature goes first, so that the covenant
// never lists a unit outside the cluster.
std::optional<QString> memberRemovalRefusal(const ClusterYear& after, const Covenant& covenant,
                                            const UnitNames& names);

} // namespace thidua::domain
