#pragma once

#include "ballot_session.h"
#include "cluster_year.h"
#include "import_report.h"
#include "result.h"
#include "source_table.h"
#include "title.h"

#include <optional>
#include <span>
#include <vector>

// Reading a cluster-year's tally from a file (docs/import-format.md, "Phiếu
// bầu"): one row per candidate, title and round with the four counts, and the
// meeting's members, present and written opinions on any row. Internal to
// the services.
namespace thidua::services::importing {

struct VotesFile {
    const interchange::SourceTable& table;
    const domain::ClusterYear& cluster;
    const domain::UnitNames& units;
    std::span<const domain::Title> titles; // the titles the rule data lets a cluster vote on
    // The session stored for the cluster-year: its day, place and people stay;
    // its ballots give way to the file's.
    const std::optional<domain::BallotSession>& stored;
};

// The session as the file leaves it, or nothing when a row or the file has a
// problem (each added, naming line, column and value).
std::optional<domain::BallotSession> readVotes(const VotesFile& file,
                                               std::vector<ImportProblem>& problems);

} // namespace thidua::services::importing
