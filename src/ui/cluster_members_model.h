#pragma once

#include "cluster_year.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace thidua::ui {

class UnitCatalogue;

// The member units of one cluster-year in Vietnamese name order with their
// role, and the other clusters or blocks each belongs to that year (a Sở Tư
// pháp sits in the sector's cluster and in the province's block).
class ClusterMembersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { UnitColumn, RoleColumn, AlsoInColumn, ColumnCount };

    explicit ClusterMembersModel(QObject* parent = nullptr);

    // yearClusters: every cluster of the year, for the "also in" column.
    void setCluster(const domain::ClusterYear& cluster,
                    const std::vector<domain::ClusterYear>& yearClusters,
                    const UnitCatalogue& units);
    void clear();
    domain::RowId unitId(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        domain::ClusterMember member;
        QString name;
        QStringList alsoIn;
    };

    QString roleName(domain::ClusterRole role) const;

    domain::ClusterKind kind_ = domain::ClusterKind::Cluster;
    std::vector<Row> rows_;
};

} // namespace thidua::ui
