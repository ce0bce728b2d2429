#include "cluster_members_model.h"

#include "unit_catalogue.h"

#include <QFont>

namespace thidua::ui {

ClusterMembersModel::ClusterMembersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ClusterMembersModel::setCluster(const domain::ClusterYear& cluster,
                                     const std::vector<domain::ClusterYear>& yearClusters,
                                     const UnitCatalogue& units) {
    beginResetModel();
    kind_ = cluster.cluster.kind;
    rows_.clear();
    for (const domain::ClusterMember& member : cluster.members) {
        Row row{member, units.name(member.unitId), {}};
        for (const domain::ClusterYear& other : yearClusters)
            if (other.cluster.uuid != cluster.cluster.uuid && other.hasMember(member.unitId))
                row.alsoIn << domain::clusterDisplayName(other.cluster);
        rows_.push_back(std::move(row));
    }
    endResetModel();
}

void ClusterMembersModel::clear() {
    beginResetModel();
    rows_.clear();
    endResetModel();
}

domain::RowId ClusterMembersModel::unitId(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].member.unitId
                                        : domain::NoId;
}

void ClusterMembersModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, RoleColumn), index(rowCount() - 1, RoleColumn));
}

int ClusterMembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ClusterMembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClusterMembersModel::roleName(domain::ClusterRole role) const {
    const bool block = kind_ == domain::ClusterKind::Block;
    switch (role) {
    case domain::ClusterRole::Head:
        return block ? tr("Head of the block") : tr("Head of the cluster");
    case domain::ClusterRole::Deputy:
        return block ? tr("Deputy head of the block") : tr("Deputy head of the cluster");
    case domain::ClusterRole::Member:
        break;
    }
    return tr("Member");
}

QVariant ClusterMembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::FontRole && row.member.role != domain::ClusterRole::Member) {
        QFont leader;
        leader.setBold(true);
        return leader;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UnitColumn:
        return row.name;
    case RoleColumn:
        return roleName(row.member.role);
    case AlsoInColumn:
        return row.alsoIn.join(QStringLiteral("; "));
    }
    return {};
}

QVariant ClusterMembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Member unit");
    case RoleColumn:
        return tr("Role");
    case AlsoInColumn:
        return tr("Also in this year");
    }
    return {};
}

} // namespace thidua::ui
