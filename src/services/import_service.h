#pragma once

#include "import_fields.h"
#include "import_preview.h"
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

    // The headers, the first rows and the columns the headers alone would
    // give: what a user looks at before choosing the columns. Reads the file
    // only; an unreadable file is an error.
    // The worksheets with data of an XLSX file, in tab order, for a user to
    // choose from; none for a text file.
    Result<QStringList> sheets(const QString& path) const;

    // sheet: the worksheet of an XLSX file, empty for the first with data.
    Result<ImportPreview> preview(ImportKind kind, const QString& path, const QString& sheet = {});

    // An unreadable file is an error; problems of its rows are in the report.
    // Without options.skipBadRows, one problem means nothing is written. A
    // cancel through options.progress is an ErrorCode::Cancelled error, with
    // nothing written.
    Result<ImportReport> importFile(ImportKind kind, const QString& path,
                                    const ImportOptions& options);

private:
    ServiceContext& context_;
};

} // namespace thidua::services
