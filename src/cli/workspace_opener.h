#pragma once

#include "ids.h"
#include "scoring_round.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QString>

#include <memory>
#include <variant>

namespace thidua::cli {

enum class MustExist { Yes, No };

// Opens the database for a command, explaining on stderr why it cannot.
std::unique_ptr<services::Workspace> openWorkspace(const QString& path, MustExist mustExist);

// The workspace on the file --db names, which must exist; or the exit status
// after explaining on stderr: WrongUsage without --db, Failure when the file
// cannot be opened.
std::variant<std::unique_ptr<services::Workspace>, int>
openDbOption(const QCommandLineParser& parser);

// --unit NAME: that unit and the units below it.
void addUnitOption(QCommandLineParser& parser);

// The workspace on --db and the unit named by --unit, found as
// ListingService::findUnit() finds it (NoId without the option). When the
// name fits no unit or several, the exit status (WrongUsage; Failure when the
// database cannot be read) after explaining on stderr.
struct UnitScope {
    std::unique_ptr<services::Workspace> workspace;
    domain::RowId unitId = domain::NoId;
};
std::variant<UnitScope, int> openDbForUnit(const QCommandLineParser& parser);

// The unit the option names, found as ListingService::findUnit() finds it;
// or the exit status after explaining on stderr, as openDbForUnit().
std::variant<domain::RowId, int>
unitOption(services::Workspace& workspace, const QCommandLineParser& parser, const QString& option);

// The workspace on --db and the cluster-year --cluster and --year name, found
// as ClusterService::find() finds it; or the exit status after explaining on
// stderr (WrongUsage for a missing option or a name that fits no cluster or
// several).
struct ClusterScope {
    std::unique_ptr<services::Workspace> workspace;
    domain::RowId clusterId = domain::NoId;
};
std::variant<ClusterScope, int> openCluster(const QCommandLineParser& parser);

// openCluster() and the scoring round --round names (roundOption()).
struct RoundScope {
    ClusterScope cluster;
    domain::RoundKind round = domain::RoundKind::YearEnd;
};
std::variant<RoundScope, int> openRoundOption(const QCommandLineParser& parser);

} // namespace thidua::cli
