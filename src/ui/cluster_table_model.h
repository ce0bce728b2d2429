#pragma once

#include "overview_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// The clusters and blocks of one year as the overview lists them. Small (tens
// of rows), so it holds them all.
class ClusterTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, OrganiserColumn, HeadColumn, MembersColumn, ColumnCount };

    explicit ClusterTableModel(QObject* parent = nullptr);

    void setClusters(std::vector<services::ClusterSummary> clusters);
    // Headers are translated when asked for; after a language switch views must ask again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<services::ClusterSummary> clusters_;
};

} // namespace thidua::ui
