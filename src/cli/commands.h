#pragma once

#include <QStringList>

// Each returns an ExitStatus; arguments start with the program and command name.
namespace thidua::cli {

int runDemo(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runBackup(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runList(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runRank(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runRules(const QStringList& arguments);
int runEligibility(const QStringList& arguments);
int runScreenshots(const QStringList& arguments);

} // namespace thidua::cli
