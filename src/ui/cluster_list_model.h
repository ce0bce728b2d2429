#pragma once

#include "cluster_year.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

class UnitCatalogue;

// The clusters and blocks of one year, by organiser, kind and number as the
// service gives them: the number in Roman numerals, the name, who organises
// it, its head and deputy head units and how many members it has. Tens of
// rows, so it holds them all.
class ClusterListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        NameColumn,
        OrganiserColumn,
        HeadColumn,
        DeputyColumn,
        MembersColumn,
        ColumnCount
    };

    explicit ClusterListModel(QObject* parent = nullptr);

    void setClusters(std::vector<domain::ClusterYear> clusters, const UnitCatalogue& units);
    const std::vector<domain::ClusterYear>& clusters() const { return clusters_; }
    const domain::ClusterYear& cluster(int row) const;
    // The row of the cluster with this uuid, -1 when it is not listed.
    int rowOf(const QString& uuid) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Names {
        QString organiser;
        QString head;
        QString deputy;
    };

    std::vector<domain::ClusterYear> clusters_;
    std::vector<Names> names_;
};

} // namespace thidua::ui
