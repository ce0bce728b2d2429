#include "nomination_list_model.h"

#include <QBrush>
#include <QColor>

namespace thidua::ui {

using domain::NominationStatus;

int NominationListModel::rowOf(domain::RowId nominationId) const {
    return rowWhere([nominationId](const domain::NominationEntry& entry) {
        return entry.nominationId == nominationId;
    });
}

QVariant NominationListModel::data(const QModelIndex& index, int role) const {
    const domain::NominationEntry* found = entryAt(index);
    if (!found)
        return {};
    const domain::NominationEntry& entry = *found;
    // Closed nominations stay readable but step back, as a struck line would.
    if (role == Qt::ForegroundRole &&
        (entry.status == NominationStatus::Withdrawn || entry.status == NominationStatus::Rejected))
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case nomination_columns::Candidate:
        return entry.candidateName;
    case nomination_columns::Position:
        return entry.position;
    case nomination_columns::Unit:
        return entry.unitName;
    case nomination_columns::Award:
        return entry.awardName;
    case nomination_columns::Status:
        return domain::nominationStatusName(entry.status);
    case nomination_columns::Proposer:
        return entry.proposingUnitName;
    case nomination_columns::Basis:
        return entry.basis;
    default:
        return {};
    }
}

QVariant NominationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case nomination_columns::Candidate:
        return tr("Candidate");
    case nomination_columns::Position:
        return tr("Position");
    case nomination_columns::Unit:
        return tr("Unit");
    case nomination_columns::Award:
        return tr("Proposed award");
    case nomination_columns::Status:
        return tr("Status");
    case nomination_columns::Proposer:
        return tr("Proposed by");
    case nomination_columns::Basis:
        return tr("Achievements");
    default:
        return {};
    }
}

} // namespace thidua::ui
