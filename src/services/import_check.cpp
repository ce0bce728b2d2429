#include "import_check.h"

#include "lost_letters.h"
#include "service_context.h"
#include "source_table.h"

namespace thidua::services::importing {

std::optional<ColumnMap> readColumns(const CheckInput& input, std::span<const FieldSpec> fields,
                                     std::vector<ImportProblem>& problems) {
    // Columns found by the rest of the headers would only lead to names and
    // units that cannot be found: the file as a whole must be saved again.
    if (auto lost = lostLettersInHeaders(input.table.headers)) {
        problems.push_back({0, {}, *lost});
        return std::nullopt;
    }
    ColumnMap columns(input.table.headers, fields, input.mapping);
    columns.requireFields();
    problems.insert(problems.end(), columns.problems().begin(), columns.problems().end());
    if (!columns.problems().empty())
        return std::nullopt;
    return columns;
}

AuditedInserts::AuditedInserts(ServiceContext& context)
    : audit_(context.db)
    , at_(context.clock.now())
    , actor_(context.actor) {}

} // namespace thidua::services::importing
