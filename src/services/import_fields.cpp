#include "import_fields.h"

#include "awards_import.h"
#include "discipline_import.h"
#include "evaluations_import.h"
#include "import_columns.h"
#include "initiatives_import.h"
#include "people_import.h"
#include "registrations_import.h"
#include "service_text.h"
#include "units_import.h"

namespace thidua::services {

namespace {

std::span<const importing::FieldSpec> fieldSpecs(ImportKind kind) {
    switch (kind) {
    case ImportKind::Units:
        return importing::unitFields();
    case ImportKind::People:
        return importing::peopleFields();
    case ImportKind::Registrations:
        return importing::registrationFields();
    case ImportKind::Evaluations:
        return importing::evaluationFields();
    case ImportKind::Discipline:
        return importing::disciplineFields();
    case ImportKind::Awards:
        return importing::awardFields();
    case ImportKind::Initiatives:
        return importing::initiativeFields();
    }
    return {};
}

} // namespace

std::vector<ImportField> importFields(ImportKind kind) {
    const auto specs = fieldSpecs(kind);
    std::vector<ImportField> fields;
    for (const importing::FieldSpec& spec : specs) {
        ImportField field{
            QLatin1String(spec.key), Text::tr(spec.label), spec.requiredGroup != 0, {}};
        for (const importing::FieldSpec& other : specs)
            if (&other != &spec && spec.requiredGroup != 0 &&
                other.requiredGroup == spec.requiredGroup)
                field.alternatives << QLatin1String(other.key);
        fields.push_back(std::move(field));
    }
    return fields;
}

ImportMapping automaticMapping(ImportKind kind, const QStringList& headers) {
    return importing::ColumnMap(headers, fieldSpecs(kind)).mapping();
}

std::vector<ImportProblem> mappingProblems(ImportKind kind, const ImportMapping& mapping,
                                           const QStringList& headers) {
    importing::ColumnMap columns(headers, fieldSpecs(kind), mapping);
    columns.requireFields();
    return columns.problems();
}

} // namespace thidua::services
