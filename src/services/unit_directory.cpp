#include "unit_directory.h"

#include "vietnamese_text.h"

#include <algorithm>

namespace thidua::services {

UnitDirectory::UnitDirectory(const std::vector<domain::Unit>& units) {
    for (const domain::Unit& unit : units)
        add(unit);
}

void UnitDirectory::add(const domain::Unit& unit) {
    units_.insert(unit.id, unit);
    idsByKey_.insert(domain::vn::searchKey(unit.name), unit.id);
    if (!unit.shortName.isEmpty())
        idsByKey_.insert(domain::vn::searchKey(unit.shortName), unit.id);
}

std::vector<domain::RowId> UnitDirectory::byName(const QString& name) const {
    std::vector<domain::RowId> ids;
    const QString key = domain::vn::searchKey(name);
    for (auto it = idsByKey_.constFind(key); it != idsByKey_.cend() && it.key() == key; ++it)
        ids.push_back(it.value());
    // A unit whose short name is its name is listed twice. Sorting first keeps
    // this linear-logarithmic: "Văn phòng" names hundreds of units.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

UnitDirectory::Match UnitDirectory::find(const QString& text) const {
    const qsizetype slash = text.lastIndexOf(QStringLiteral(" / "));
    if (slash < 0)
        return {byName(text)};
    const Match parents = find(text.left(slash));
    Match match;
    for (domain::RowId id : byName(text.mid(slash + 3)))
        if (std::binary_search(parents.ids.begin(), parents.ids.end(), parentOf(id)))
            match.ids.push_back(id);
    return match;
}

QString UnitDirectory::qualifiedName(domain::RowId id) const {
    const domain::Unit unit = units_.value(id);
    const auto parent = units_.constFind(unit.parentId);
    return parent == units_.cend() ? unit.name : parent->name + QStringLiteral(" / ") + unit.name;
}

bool UnitDirectory::isWithin(domain::RowId id, domain::RowId ancestor) const {
    // The depth bounds the walk, so a damaged tree with a cycle cannot hang it.
    for (qsizetype steps = 0; id != domain::NoId && steps <= units_.size(); ++steps) {
        if (id == ancestor)
            return true;
        id = parentOf(id);
    }
    return false;
}

domain::RowId UnitDirectory::parentOf(domain::RowId id) const {
    const auto unit = units_.constFind(id);
    return unit == units_.cend() ? domain::NoId : unit->parentId;
}

} // namespace thidua::services
