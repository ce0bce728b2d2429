#pragma once

#include "ids.h"
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

} // namespace thidua::cli
