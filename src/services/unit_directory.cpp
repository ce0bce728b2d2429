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
        if (std::find(ids.begin(), ids.end(), it.value()) == ids.end())
            ids.push_back(it.value());
    std::sort(ids.begin(), ids.end());
    return ids;
}

UnitDirectory::Match UnitDirectory::find(const QString& text) const {
    const qsizetype slash = text.lastIndexOf(QStringLiteral(" / "));
    if (slash < 0)
        return {byName(text)};
    const Match parents = find(text.left(slash));
    Match match;
    for (domain::RowId id : byName(text.mid(slash + 3)))
        if (std::find(parents.ids.begin(), parents.ids.end(), units_.value(id).parentId) !=
            parents.ids.end())
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
        id = units_.value(id).parentId;
    }
    return false;
}

} // namespace thidua::services
