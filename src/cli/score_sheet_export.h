#pragma once

#include <QCommandLineParser>

namespace thidua::cli {

// thidua export score-sheet --db FILE --cluster NAME --year Y [--round R]
// --unit NAME --out FILE.xlsx|.csv, once runExport has read the options: the
// unit's score sheet in the form `thidua import scores` reads back. Returns
// an ExitStatus.
int exportScoreSheet(const QCommandLineParser& parser);

} // namespace thidua::cli
