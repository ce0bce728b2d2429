#pragma once

#include "audit_json.h"
#include "audit_log.h"
#include "import_columns.h"
#include "import_progress.h"
#include "import_report.h"
#include "import_row.h"
#include "result.h"
#include "source_table.h"

#include <QJsonObject>

#include <optional>
#include <span>
#include <vector>

namespace thidua::domain {
class Clock;
}
namespace thidua::storage {
class Database;
}
namespace thidua::services {
struct ServiceContext;
}

// What every kind of import shares: what its check reads, how it finds the
// columns and walks the rows, how it writes the rows that passed. Internal
// to the services.
namespace thidua::services::importing {

struct CheckInput {
    const interchange::SourceTable& table;
    const std::optional<ImportMapping>& mapping; // the user's columns, else the headers decide
    storage::Database& db;
    const domain::Clock& clock;
    int year = 0; // ImportOptions::year
};

// The file's columns for these fields; nothing, with the problems added, when
// a required field has no column or the chosen mapping is wrong.
std::optional<ColumnMap> readColumns(const CheckInput& input, std::span<const FieldSpec> fields,
                                     std::vector<ImportProblem>& problems);

// Calls checkRow(ImportRow&) -> Status for every row of the file, one step of
// progress each; stops at the first error or at a cancel.
template <typename CheckRow>
Status checkEachRow(const CheckInput& input, const ColumnMap& columns, ImportProgress& progress,
                    std::vector<ImportProblem>& problems, CheckRow&& checkRow) {
    qint64 checked = 0;
    for (const interchange::SourceRow& source : input.table.rows) {
        if (!progress.step(checked++))
            return ImportProgress::cancelled();
        ImportRow row(columns, source.line, source.cells, problems);
        if (Status ok = checkRow(row); !ok)
            return ok;
    }
    return {};
}

// Writes every entry with writeOne(entry), one step of progress each after
// the `checked` steps of the check; stops at the first error or at a cancel.
template <typename Entries, typename WriteOne>
Status writeEach(Entries& entries, ImportProgress& progress, qint64 checked, WriteOne&& writeOne) {
    qint64 written = 0;
    for (auto& entry : entries) {
        if (!progress.step(checked + written++))
            return ImportProgress::cancelled();
        if (Status ok = writeOne(entry); !ok)
            return ok;
    }
    return {};
}

// Writes the rows an import creates with their audit rows, all stamped with
// the moment the import began to write: one change, made at one time.
class AuditedInserts {
public:
    explicit AuditedInserts(ServiceContext& context);

    // Inserts the value with the repository, then its audit row as `entity`.
    template <typename Repository, typename Value>
    Status insert(Repository& repository, const QString& entity, Value& value) {
        if (Status ok = repository.insert(value); !ok)
            return ok;
        return audit_.recordCreated(at_, actor_, entity, value.uuid, toJsonText(value));
    }

private:
    storage::AuditLog audit_;
    QDateTime at_;
    QString actor_;
};

} // namespace thidua::services::importing
