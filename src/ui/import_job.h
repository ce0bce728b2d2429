#pragma once

#include "import_fields.h"
#include "import_preview.h"
#include "import_runner.h"

#include <QString>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class Settings;

// What the pages of the import wizard decide, step by step, and share. Only
// the last page writes to the database.
struct ImportJob {
    ImportJob(services::Workspace& workspaceToFill, Settings& userSettings)
        : workspace(workspaceToFill)
        , settings(userSettings) {}

    services::Workspace& workspace;
    Settings& settings;
    services::ImportKind kind = services::ImportKind::People;
    int year = 0; // of registrations and evaluations that name none; 0: as the file says
    QString path;
    QString sheet;                   // of an XLSX file; empty for the first with data
    services::ImportPreview preview; // of path, read for kind
    services::ImportMapping mapping; // the columns chosen; replaces the headers' meaning
    bool skipBadRows = false;
    ImportRunner runner;

    std::vector<services::ImportField> fields() const { return services::importFields(kind); }
    services::ImportOptions options(bool dryRun) const;
};

// "A", "B" … "Z", "AA": columns as a spreadsheet names them.
QString columnLetters(int column);
// A column for a list to choose from: "B — Họ và tên", or "Column G" without a header.
QString columnTitle(const services::ImportPreview& preview, int column);

} // namespace thidua::ui
