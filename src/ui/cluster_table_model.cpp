#include "cluster_table_model.h"

#include "vietnamese_format.h"

namespace thidua::ui {

ClusterTableModel::ClusterTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ClusterTableModel::setClusters(std::vector<services::ClusterSummary> clusters) {
    beginResetModel();
    clusters_ = std::move(clusters);
    endResetModel();
}

void ClusterTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ClusterTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(clusters_.size());
}

int ClusterTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::ClusterSummary& cluster = clusters_[static_cast<std::size_t>(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == MembersColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return cluster.name;
    case OrganiserColumn:
        return cluster.organiserName;
    case HeadColumn:
        return cluster.headName;
    case MembersColumn:
        return domain::vn::formatInteger(cluster.memberCount);
    }
    return {};
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Cluster or block");
    case OrganiserColumn:
        return tr("Organised by");
    case HeadColumn:
        return tr("Head unit");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

} // namespace thidua::ui
