#include "unit_tree.h"

#include "vietnamese_text.h"

namespace thidua::services {

UnitTree::UnitTree(std::vector<domain::Unit> units)
    : units_(std::move(units))
    , placements_(units_.size())
    , placed_(units_.size(), false) {
    for (qsizetype i = 0; i < static_cast<qsizetype>(units_.size()); ++i)
        position_.insert(units_[static_cast<std::size_t>(i)].id, i);
    // Counted here rather than asked of a UnitDirectory unit by unit: its
    // lookup is quadratic in the units sharing a name, and the large demo has
    // hundreds of "Văn phòng". The keys are the directory's: name and short name.
    for (const domain::Unit& unit : units_) {
        const QString name = domain::vn::searchKey(unit.name);
        const QString shortName = domain::vn::searchKey(unit.shortName);
        ++unitsNamed_[name];
        if (!shortName.isEmpty() && shortName != name)
            ++unitsNamed_[shortName];
    }
    QHash<domain::RowId, std::vector<qsizetype>> children; // in name order, as units_ is
    for (qsizetype i = 0; i < static_cast<qsizetype>(units_.size()); ++i) {
        const domain::RowId parent = units_[static_cast<std::size_t>(i)].parentId;
        if (position_.contains(parent))
            children[parent].push_back(i);
    }
    order_.reserve(units_.size());
    for (qsizetype i = 0; i < static_cast<qsizetype>(units_.size()); ++i)
        if (!position_.contains(units_[static_cast<std::size_t>(i)].parentId))
            place(i, 0, children);
    // Units on a parent loop (no top unit above them) would otherwise vanish
    // from every list; they follow the tree, each heading its own branch.
    for (qsizetype i = 0; i < static_cast<qsizetype>(units_.size()); ++i)
        if (!placed_[static_cast<std::size_t>(i)])
            place(i, 0, children);
}

void UnitTree::place(qsizetype unitIndex, int depth,
                     const QHash<domain::RowId, std::vector<qsizetype>>& children) {
    const auto index = static_cast<std::size_t>(unitIndex);
    placed_[index] = true;
    const domain::Unit& unit = units_[index];
    Placement& placement = placements_[index];
    placement.depth = depth;
    placement.first = static_cast<qsizetype>(order_.size());
    // Parents are placed before their children, so the parent's name is ready.
    const auto parent = position_.constFind(unit.parentId);
    const bool parentPlaced =
        parent != position_.cend() && placed_[static_cast<std::size_t>(*parent)] && depth > 0;
    placement.displayName =
        unitsNamed_.value(domain::vn::searchKey(unit.name)) == 1 || !parentPlaced
            ? unit.name
            : placements_[static_cast<std::size_t>(*parent)].displayName + QStringLiteral(" / ") +
                  unit.name;
    order_.push_back(unit.id);
    const auto own = children.constFind(unit.id);
    if (own != children.cend())
        for (qsizetype child : *own)
            if (!placed_[static_cast<std::size_t>(child)])
                place(child, depth + 1, children);
    placement.size = static_cast<qsizetype>(order_.size()) - placement.first;
}

std::span<const domain::RowId> UnitTree::subtree(domain::RowId id) const {
    const auto found = position_.constFind(id);
    if (found == position_.cend())
        return {};
    const Placement& placement = placements_[static_cast<std::size_t>(*found)];
    return std::span<const domain::RowId>(order_).subspan(static_cast<std::size_t>(placement.first),
                                                          static_cast<std::size_t>(placement.size));
}

const domain::Unit& UnitTree::unit(domain::RowId id) const {
    Q_ASSERT(contains(id));
    return units_[static_cast<std::size_t>(position_.value(id))];
}

int UnitTree::depth(domain::RowId id) const {
    const auto found = position_.constFind(id);
    return found == position_.cend() ? 0 : placements_[static_cast<std::size_t>(*found)].depth;
}

QString UnitTree::displayName(domain::RowId id) const {
    const auto found = position_.constFind(id);
    return found == position_.cend() ? QString()
                                     : placements_[static_cast<std::size_t>(*found)].displayName;
}

} // namespace thidua::services
