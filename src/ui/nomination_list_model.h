#pragma once

#include "entry_table_model.h"
#include "nomination_entry.h"

#include <QCoreApplication>

namespace thidua::ui {

namespace nomination_columns {
enum Column { Candidate, Position, Unit, Award, Status, Proposer, Basis, Count };
}

// The year's nominations as the nominations page lists them, by award in
// order of precedence (collectives first within an award): the candidate,
// their position and unit, the award, the status, who proposes and the basis.
class NominationListModel
    : public EntryTableModel<domain::NominationEntry, nomination_columns::Count> {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::NominationListModel)

public:
    using EntryTableModel::EntryTableModel;

    // -1 when it is not listed.
    int rowOf(domain::RowId nominationId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace thidua::ui
