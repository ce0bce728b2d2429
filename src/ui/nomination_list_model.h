#pragma once

#include "nomination_entry.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// The year's nominations as the nominations page lists them, by award in
// order of precedence (collectives first within an award): the candidate,
// their position and unit, the award, the status, who proposes and the basis.
class NominationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        CandidateColumn,
        PositionColumn,
        UnitColumn,
        AwardColumn,
        StatusColumn,
        ProposerColumn,
        BasisColumn,
        ColumnCount
    };

    explicit NominationListModel(QObject* parent = nullptr);

    void setEntries(std::vector<domain::NominationEntry> entries);
    const domain::NominationEntry& entry(int row) const;
    // -1 when it is not listed.
    int rowOf(domain::RowId nominationId) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<domain::NominationEntry> entries_;
};

} // namespace thidua::ui
