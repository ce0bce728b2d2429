#pragma once

#include "award_entry.h"
#include "entry_table_model.h"

#include <QCoreApplication>

namespace thidua::ui {

namespace award_columns {
enum Column { Candidate, Unit, Award, Kind, Decision, Issuer, Amount, GoldenBook, Status, Count };
}

// The year's awards as the awards page lists them, by award in order of
// precedence: the candidate and their unit, the award and its kind, the
// decision, the cash, the golden-book number and whether it was revoked
// (revoked rows grey and struck through).
class AwardListModel : public EntryTableModel<domain::AwardEntry, award_columns::Count> {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::AwardListModel)

public:
    using EntryTableModel::EntryTableModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

namespace initiative_columns {
enum Column { Title, Kind, Level, Authors, Decision, UsedBy, Count };
}

// The year's initiatives: title, kind, level, authors, the recognising
// decision and the decision of the award that used it.
class InitiativeListModel
    : public EntryTableModel<domain::InitiativeEntry, initiative_columns::Count> {
    Q_DECLARE_TR_FUNCTIONS(thidua::ui::InitiativeListModel)

public:
    using EntryTableModel::EntryTableModel;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace thidua::ui
