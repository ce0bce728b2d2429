#pragma once

#include "cluster_year.h"

#include <QStringList>

#include <functional>
#include <vector>

// "Copy this year's clusters to next year": a proposal the clerk edits before
// it is stored, never written by itself.
//
// The rotation. The organiser appoints a head and a deputy every year (domain
// brief §3); rotating the role among the members is the common practice, and
// the usual form of it is that this year's deputy leads next year and hands
// its deputy role on. So, walking the members in their stable order (the
// Vietnamese name order of the units, as storage lists them) round in a ring:
//   - the walk starts at this year's deputy; without a deputy, at the member
//     after the head; with neither, at the first member;
//   - the first member on the walk that still exists next year becomes head,
//     the next one deputy.
// Every member therefore leads once in as many years as there are members,
// and a cluster of two swaps its roles each year.
namespace thidua::domain {

// One of next year's clusters as proposed: id and uuid empty, year + 1, the
// same organiser, kind, number, name and members, the rotated leaders, and no
// appointing decision (next year's is not issued yet).
struct ClusterCopy {
    RowId sourceId = NoId; // this year's cluster
    ClusterYear next;
    QStringList notes; // what changed beyond the rotation, e.g. a member left out
};

struct NextYearProposal {
    int fromYear = 0;
    int toYear = 0;
    std::vector<ClusterCopy> clusters;
};

// Whether a unit still exists in the year the proposal is for.
using StillActive = std::function<bool(RowId unitId)>;

// The rotation of one cluster, members that no longer exist left out.
ClusterYear rotatedForNextYear(const ClusterYear& cluster, const StillActive& active);

// Next year's clusters for all of this year's, in the same order.
NextYearProposal proposeNextYear(int year, const std::vector<ClusterYear>& clusters,
                                 const StillActive& active, const UnitNames& names);

} // namespace thidua::domain
