#pragma once

#include "import_report.h"
#include "result.h"

#include <QString>

namespace thidua::services {

struct ServiceContext;

// Brings the files offices keep (CSV or XLSX, Vietnamese headers, legacy font
// encodings) into the catalogue. Every row is checked before anything is
// written; then the good rows go in one transaction, with their audit rows.
class ImportService {
public:
    explicit ImportService(ServiceContext& context)
        : context_(context) {}

    // An unreadable file is an error; problems of its rows are in the report.
    // Without options.skipBadRows, one problem means nothing is written.
    Result<ImportReport> importFile(ImportKind kind, const QString& path,
                                    const ImportOptions& options);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
