#pragma once

#include "ids.h"
#include "result.h"

#include <QStringList>

namespace thidua::services::demo {

class DemoWriter;

// The ballot session of a cluster-year's closing conference, held in the
// head unit with its head in the chair: every member unit votes, one of them
// sometimes absent with a written opinion. The units named in flagWinners
// (members of the cluster) carry the ministry's flag and one more candidate
// does not; the first governmentWinners of them carry the Government's flag
// too, the others of them not. The proposals follow the vote.
Status addClusterVote(DemoWriter& writer, domain::RowId clusterId, const QStringList& flagWinners,
                      int governmentWinners);

} // namespace thidua::services::demo
