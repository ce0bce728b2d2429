#pragma once

#include "unit.h"

#include <QHash>
#include <QString>

#include <span>
#include <vector>

// The organisation tree as lists show it. Internal to the services.
namespace thidua::services {

class UnitTree {
public:
    // units in Vietnamese name order, as UnitRepository::all() gives them.
    explicit UnitTree(std::vector<domain::Unit> units);

    // Every unit in name order.
    const std::vector<domain::Unit>& byName() const { return units_; }
    // Depth-first from the top units, siblings in Vietnamese name order.
    const std::vector<domain::RowId>& treeOrder() const { return order_; }
    // The unit and everything below it, in tree order; empty for an unknown id.
    std::span<const domain::RowId> subtree(domain::RowId id) const;

    bool contains(domain::RowId id) const { return position_.contains(id); }
    // id must be in the tree (contains()).
    const domain::Unit& unit(domain::RowId id) const;
    int depth(domain::RowId id) const;
    // The plain name when no other unit has it; otherwise qualified by its
    // parents as far as needed ("Sở Tư pháp tỉnh Vĩnh Phúc / Văn phòng"), the
    // form UnitDirectory::find accepts back. Empty for an unknown id.
    QString displayName(domain::RowId id) const;

private:
    struct Placement {
        int depth = 0;
        qsizetype first = 0; // index into order_ of the unit
        qsizetype size = 1;  // the unit and its descendants
        QString displayName;
    };

    void place(qsizetype unitIndex, int depth, const QHash<domain::RowId, std::vector<qsizetype>>&);

    std::vector<domain::Unit> units_;
    QHash<domain::RowId, qsizetype> position_; // id -> index into units_
    std::vector<domain::RowId> order_;         // tree order
    std::vector<Placement> placements_;        // parallel to units_
    std::vector<bool> placed_;
    QHash<QString, int> unitsNamed_; // search key -> units with that name or short name
};

} // namespace thidua::services
