#include "nomination_list_model.h"

#include <QBrush>
#include <QColor>

namespace thidua::ui {

using domain::NominationStatus;

NominationListModel::NominationListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void NominationListModel::setEntries(std::vector<domain::NominationEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

const domain::NominationEntry& NominationListModel::entry(int row) const {
    return entries_.at(static_cast<std::size_t>(row));
}

int NominationListModel::rowOf(domain::RowId nominationId) const {
    for (std::size_t row = 0; row < entries_.size(); ++row)
        if (entries_[row].nominationId == nominationId)
            return static_cast<int>(row);
    return -1;
}

void NominationListModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int NominationListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int NominationListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NominationListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::NominationEntry& entry = entries_[static_cast<std::size_t>(index.row())];
    // Closed nominations stay readable but step back, as a struck line would.
    if (role == Qt::ForegroundRole &&
        (entry.status == NominationStatus::Withdrawn || entry.status == NominationStatus::Rejected))
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CandidateColumn:
        return entry.candidateName;
    case PositionColumn:
        return entry.position;
    case UnitColumn:
        return entry.unitName;
    case AwardColumn:
        return entry.awardName;
    case StatusColumn:
        return domain::nominationStatusName(entry.status);
    case ProposerColumn:
        return entry.proposingUnitName;
    case BasisColumn:
        return entry.basis;
    default:
        return {};
    }
}

QVariant NominationListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    case AwardColumn:
        return tr("Proposed award");
    case StatusColumn:
        return tr("Status");
    case ProposerColumn:
        return tr("Proposed by");
    case BasisColumn:
        return tr("Achievements");
    default:
        return {};
    }
}

} // namespace thidua::ui
