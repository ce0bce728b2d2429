#pragma once

#include "unit.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace thidua::ui {

// The organisation tree of the "Units & people" page: an "All units" row
// first, then the top units with their sub-units, siblings in Vietnamese name
// order. Closed units stay, greyed, with the day they stopped.
class UnitTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1, // NoId on the "All units" row
        SearchKeyRole,                 // of the name and the short name
    };

    explicit UnitTreeModel(QObject* parent = nullptr);

    // units in Vietnamese name order, as CatalogueService::units() gives them.
    void setUnits(std::vector<domain::Unit> units);
    // nullptr for NoId or a unit that is not there.
    const domain::Unit* unit(domain::RowId id) const;
    const std::vector<domain::Unit>& units() const { return units_; }
    // The row of the unit; the "All units" row for NoId.
    QModelIndex indexOf(domain::RowId id) const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int unit = -1;   // index into units_; -1 for the root and "All units"
        int parent = -1; // node index
        int row = 0;     // among the parent's children
        std::vector<int> children;
    };

    QString toolTip(const domain::Unit& unit) const;

    std::vector<domain::Unit> units_;
    std::vector<Node> nodes_; // nodes_[0] is the invisible root
    QHash<domain::RowId, int> nodeOfId_;
};

} // namespace thidua::ui
