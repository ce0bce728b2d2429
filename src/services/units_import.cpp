#include "units_import.h"

#include "import_progress.h"
#include "import_row.h"
#include "lost_letters.h"
#include "service_context.h"
#include "service_text.h"
#include "source_table.h"
#include "unit_directory.h"
#include "unit_kinds.h"
#include "unit_repository.h"
#include "unit_tree_placer.h"
#include "vietnamese_text.h"

#include <QHash>

namespace thidua::services::importing {

namespace {

enum Field { Name, ShortName, Parent, Kind, LegalPersonality };

// Keys are stable: saved mappings name fields by them. Only the name (group
// 1) is required.
constexpr std::array<FieldSpec, 5> fields{{
    {"unit_name",
     QT_TRANSLATE_NOOP("thidua::services", "Unit name"),
     {"ten don vi", "don vi", "ten co quan don vi", "ten co quan", "unit", "name"},
     1},
    {"short_name",
     QT_TRANSLATE_NOOP("thidua::services", "Short name"),
     {"ten viet tat", "viet tat", "ten ngan", "short name"}},
    {"parent",
     QT_TRANSLATE_NOOP("thidua::services", "Parent unit"),
     {"don vi cap tren", "truc thuoc", "thuoc", "co quan cap tren", "don vi chu quan", "parent"}},
    {"kind",
     QT_TRANSLATE_NOOP("thidua::services", "Kind"),
     {"loai don vi", "loai", "loai hinh", "kind"}},
    {"legal_personality",
     QT_TRANSLATE_NOOP("thidua::services", "Legal personality"),
     {"tu cach phap nhan", "co tu cach phap nhan", "phap nhan", "legal personality"}},
}};

Result<std::vector<UnitRow>> readRows(const interchange::SourceTable& table,
                                      const ColumnMap& columns, ImportProgress& progress,
                                      std::vector<ImportProblem>& problems) {
    std::vector<UnitRow> rows;
    QHash<QString, int> lineByKey;
    for (const interchange::SourceRow& source : table.rows) {
        if (!progress.step(static_cast<qint64>(rows.size())))
            return ImportProgress::cancelled();
        ImportRow row(columns, source.line, source.cells, problems);
        UnitRow read{source.line, {}, row.text(Parent)};
        read.unit.name = row.required(Name);
        if (valueLostLetters(read.unit.name))
            row.problem(Name, lostLettersMessage(read.unit.name));
        read.unit.shortName = row.text(ShortName);
        const QString kind = row.text(Kind);
        if (kind.isEmpty())
            read.unit.kind = unitKindFromName(read.unit.name);
        else if (auto code = unitKindFromLabel(kind))
            read.unit.kind = *code;
        else
            row.problem(Kind, Text::tr("\"%1\" is not a kind of unit; write one of: %2.")
                                  .arg(kind, unitKindLabels()));
        read.unit.hasLegalPersonality = row.yesNo(LegalPersonality).value_or(false);
        const QString key =
            domain::vn::searchKey(read.parentName + QStringLiteral(" / ") + read.unit.name);
        if (const int earlier = lineByKey.value(key); earlier > 0 && !read.unit.name.isEmpty())
            row.problem(Name, Text::tr("\"%1\" appears twice under the same parent: on line %2 "
                                       "and on this line.")
                                  .arg(read.unit.name)
                                  .arg(earlier));
        lineByKey.insert(key, source.line);
        read.ok = row.ok();
        rows.push_back(std::move(read));
    }
    return rows;
}

} // namespace

std::span<const FieldSpec> unitFields() {
    return fields;
}

Result<std::vector<PlacedUnit>> checkUnits(const CheckInput& input, ImportProgress& progress,
                                           std::vector<ImportProblem>& problems) {
    const auto found = readColumns(input, fields, problems);
    if (!found)
        return std::vector<PlacedUnit>{};
    const ColumnMap& columns = *found;

    auto existing = storage::UnitRepository(input.db).all();
    if (!existing)
        return std::unexpected(existing.error());
    const UnitDirectory catalogue(*existing);

    auto rows = readRows(input.table, columns, progress, problems);
    if (!rows)
        return std::unexpected(rows.error());
    return UnitTreePlacer(std::move(*rows), catalogue, columns.header(Parent), columns.header(Name),
                          problems)
        .place();
}

Status writeUnits(ServiceContext& context, std::vector<PlacedUnit>& units, ImportProgress& progress,
                  qint64 checked) {
    storage::UnitRepository repository(context.db);
    AuditedInserts audited(context);
    return writeEach(units, progress, checked, [&](PlacedUnit& entry) -> Status {
        if (entry.parentInFile >= 0)
            entry.unit.parentId = units[static_cast<std::size_t>(entry.parentInFile)].unit.id;
        return audited.insert(repository, QStringLiteral("unit"), entry.unit);
    });
}

} // namespace thidua::services::importing
