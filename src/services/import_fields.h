#pragma once

#include "import_report.h"

#include <QStringList>

#include <vector>

// The fields each kind of import reads, described for whoever lets a user
// choose the columns (the import wizard), and the checks of such a choice.
namespace thidua::services {

struct ImportField {
    QString key;   // stable across versions and languages: "full_name", "unit_name"…
    QString label; // translated: "Họ và tên"
    // Needed for an import, unless one of the alternatives has a column: a
    // people file needs "full_name" or "given_name".
    bool required = false;
    QStringList alternatives; // keys
};

// In the order of the documentation (docs/import-format.md).
std::vector<ImportField> importFields(ImportKind kind);

// The columns the import would take by their headers alone: every field key,
// -1 for a field no header names. Where two headers name one field, the first.
ImportMapping automaticMapping(ImportKind kind, const QStringList& headers);

// What stops an import with this mapping before any row is read, in the words
// the import itself would use: a required field without a column, a column
// chosen for two fields, a column or field key that does not exist.
std::vector<ImportProblem> mappingProblems(ImportKind kind, const ImportMapping& mapping,
                                           const QStringList& headers);

} // namespace thidua::services
