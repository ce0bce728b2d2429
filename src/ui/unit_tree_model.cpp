#include "unit_tree_model.h"

#include "unit_rules.h"
#include "vietnamese_format.h"
#include "vietnamese_text.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace thidua::ui {

namespace {

constexpr int Root = 0;
constexpr int AllUnits = 1;

// Units follow the root and "All units" in nodes_, in the order of units_.
int nodeOfUnit(std::size_t unitIndex) {
    return 2 + static_cast<int>(unitIndex);
}

} // namespace

UnitTreeModel::UnitTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {
    setUnits({});
}

void UnitTreeModel::setUnits(std::vector<domain::Unit> units) {
    beginResetModel();
    units_ = std::move(units);
    nodes_.assign(2 + units_.size(), Node{});
    nodeOfId_.clear();
    for (std::size_t i = 0; i < units_.size(); ++i) {
        const int node = nodeOfUnit(i);
        nodes_[static_cast<std::size_t>(node)].unit = static_cast<int>(i);
        nodeOfId_.insert(units_[i].id, node);
    }
    const auto adopt = [this](int parent, int child) {
        Node& parentNode = nodes_[static_cast<std::size_t>(parent)];
        Node& childNode = nodes_[static_cast<std::size_t>(child)];
        childNode.parent = parent;
        childNode.row = static_cast<int>(parentNode.children.size());
        parentNode.children.push_back(child);
    };
    adopt(Root, AllUnits);
    // Units come in name order, so each parent's children do too. A parent
    // that is missing (a damaged file) puts the unit at the top.
    for (std::size_t i = 0; i < units_.size(); ++i)
        adopt(nodeOfId_.value(units_[i].parentId, Root), nodeOfUnit(i));
    endResetModel();
}

const domain::Unit* UnitTreeModel::unit(domain::RowId id) const {
    const int node = nodeOfId_.value(id, -1);
    return node < 0
               ? nullptr
               : &units_[static_cast<std::size_t>(nodes_[static_cast<std::size_t>(node)].unit)];
}

QModelIndex UnitTreeModel::indexOf(domain::RowId id) const {
    if (id == domain::NoId)
        return createIndex(0, 0, quintptr(AllUnits));
    const int node = nodeOfId_.value(id, -1);
    if (node < 0)
        return {};
    return createIndex(nodes_[static_cast<std::size_t>(node)].row, 0, quintptr(node));
}

void UnitTreeModel::retranslate() {
    const QModelIndex all = indexOf(domain::NoId);
    Q_EMIT dataChanged(all, all);
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex& parent) const {
    const int parentNode = parent.isValid() ? static_cast<int>(parent.internalId()) : Root;
    const auto& children = nodes_[static_cast<std::size_t>(parentNode)].children;
    if (column != 0 || row < 0 || row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, 0, quintptr(children[static_cast<std::size_t>(row)]));
}

QModelIndex UnitTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    const int parentNode = nodes_[child.internalId()].parent;
    if (parentNode <= Root)
        return {};
    return createIndex(nodes_[static_cast<std::size_t>(parentNode)].row, 0, quintptr(parentNode));
}

int UnitTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0)
        return 0;
    const int node = parent.isValid() ? static_cast<int>(parent.internalId()) : Root;
    return static_cast<int>(nodes_[static_cast<std::size_t>(node)].children.size());
}

int UnitTreeModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant UnitTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int unitIndex = nodes_[index.internalId()].unit;
    if (unitIndex < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All units (%1)").arg(domain::vn::formatInteger(qint64(units_.size())));
        case UnitIdRole:
            return qint64(domain::NoId);
        case Qt::FontRole: {
            QFont bold;
            bold.setWeight(QFont::DemiBold);
            return bold;
        }
        default:
            return {};
        }
    }
    const domain::Unit& unit = units_[static_cast<std::size_t>(unitIndex)];
    const bool closed = unit.activeTo.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return closed ? tr("%1 (until %2)").arg(unit.name, domain::vn::formatDate(unit.activeTo))
                      : unit.name;
    case Qt::ToolTipRole:
        return toolTip(unit);
    case Qt::ForegroundRole:
        return closed ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    case UnitIdRole:
        return qint64(unit.id);
    case SearchKeyRole:
        return domain::vn::searchKey(unit.name + QLatin1Char(' ') + unit.shortName);
    default:
        return {};
    }
}

QString UnitTreeModel::toolTip(const domain::Unit& unit) const {
    QStringList lines{unit.name};
    if (!unit.shortName.isEmpty())
        lines << tr("Short name: %1").arg(unit.shortName);
    lines << tr("Kind: %1").arg(domain::unitKindName(unit.kind));
    if (unit.hasLegalPersonality)
        lines << tr("Has legal personality");
    if (unit.activeFrom.isValid())
        lines << tr("Since %1").arg(domain::vn::formatDate(unit.activeFrom));
    if (unit.activeTo.isValid())
        lines << tr("Stopped after %1").arg(domain::vn::formatDate(unit.activeTo));
    return lines.join(QLatin1Char('\n'));
}

} // namespace thidua::ui
