#include "unit_names.h"

#include "unit_repository.h"

#include <QHash>

#include <memory>

namespace thidua::services {

domain::UnitNames unitNames(storage::Database& db) {
    auto cache = std::make_shared<QHash<domain::RowId, QString>>();
    return [&db, cache](domain::RowId unitId) {
        if (auto found = cache->constFind(unitId); found != cache->cend())
            return *found;
        auto unit = storage::UnitRepository(db).find(unitId);
        const QString name = unit ? unit->name : QString();
        cache->insert(unitId, name);
        return name;
    };
}

Status requireUnits(storage::Database& db, const std::vector<domain::RowId>& unitIds) {
    storage::UnitRepository units(db);
    for (domain::RowId unitId : unitIds) {
        if (unitId == domain::NoId)
            continue;
        if (auto unit = units.find(unitId); !unit)
            return std::unexpected(unit.error());
    }
    return {};
}

} // namespace thidua::services
