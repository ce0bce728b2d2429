#include "unit_catalogue.h"

#include "catalogue_service.h"
#include "listing_service.h"
#include "workspace.h"

namespace thidua::ui {

QString UnitCatalogue::load(services::Workspace* workspace) {
    units_.clear();
    names_.clear();
    if (!workspace)
        return {};
    auto units = workspace->catalogue().units();
    if (!units)
        return units.error().message;
    auto listed = workspace->listing().units({});
    if (!listed)
        return listed.error().message;
    units_ = std::move(*units);
    for (const services::ListedUnit& unit : *listed)
        names_.insert(unit.id, unit.name);
    return {};
}

QString UnitCatalogue::name(domain::RowId id) const {
    return names_.value(id);
}

domain::UnitNames UnitCatalogue::names() const {
    return [names = names_](domain::RowId id) {
        return names.value(id);
    };
}

} // namespace thidua::ui
