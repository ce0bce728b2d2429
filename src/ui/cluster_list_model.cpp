#include "cluster_list_model.h"

#include "unit_catalogue.h"
#include "vietnamese_format.h"

namespace thidua::ui {

ClusterListModel::ClusterListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ClusterListModel::setClusters(std::vector<domain::ClusterYear> clusters,
                                   const UnitCatalogue& units) {
    beginResetModel();
    clusters_ = std::move(clusters);
    names_.clear();
    for (const domain::ClusterYear& cluster : clusters_)
        names_.push_back({units.name(cluster.cluster.organiserId), units.name(cluster.head()),
                          units.name(cluster.deputy())});
    endResetModel();
}

const domain::ClusterYear& ClusterListModel::cluster(int row) const {
    return clusters_.at(static_cast<std::size_t>(row));
}

int ClusterListModel::rowOf(const QString& uuid) const {
    for (std::size_t row = 0; row < clusters_.size(); ++row)
        if (clusters_[row].cluster.uuid == uuid)
            return static_cast<int>(row);
    return -1;
}

void ClusterListModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ClusterListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(clusters_.size());
}

int ClusterListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const domain::ClusterYear& cluster = clusters_[row];
    const Names& names = names_[row];
    if (role == Qt::TextAlignmentRole &&
        (index.column() == NumberColumn || index.column() == MembersColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return domain::vn::toRoman(cluster.cluster.number);
    case NameColumn:
        return domain::clusterDisplayName(cluster.cluster);
    case OrganiserColumn:
        return names.organiser;
    case HeadColumn:
        return names.head;
    case DeputyColumn:
        return names.deputy;
    case MembersColumn:
        return domain::vn::formatInteger(static_cast<qint64>(cluster.members.size()));
    }
    return {};
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Cluster or block");
    case OrganiserColumn:
        return tr("Organised by");
    case HeadColumn:
        return tr("Head unit");
    case DeputyColumn:
        return tr("Deputy head unit");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

} // namespace thidua::ui
