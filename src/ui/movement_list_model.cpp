#include "movement_list_model.h"

#include "vietnamese_format.h"

namespace thidua::ui {

MovementListModel::MovementListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MovementListModel::setMovements(std::vector<ListedMovement> movements, int year) {
    beginResetModel();
    movements_ = std::move(movements);
    year_ = year;
    endResetModel();
}

const ListedMovement& MovementListModel::movement(int row) const {
    return movements_.at(static_cast<std::size_t>(row));
}

int MovementListModel::rowOf(const QString& uuid) const {
    for (std::size_t row = 0; row < movements_.size(); ++row)
        if (movements_[row].movement.uuid == uuid)
            return static_cast<int>(row);
    return -1;
}

void MovementListModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!movements_.empty())
        Q_EMIT dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn));
}

int MovementListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(movements_.size());
}

int MovementListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MovementListModel::review(const domain::Movement& movement, domain::ReviewKind kind) const {
    for (const domain::Milestone& milestone : movement.milestones)
        if (milestone.year == year_ && milestone.kind == kind)
            return domain::vn::formatDate(milestone.date);
    return {};
}

QVariant MovementListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListedMovement& listed = movements_[static_cast<std::size_t>(index.row())];
    const domain::Movement& movement = listed.movement;
    if (role == Qt::TextAlignmentRole && index.column() >= UnitsColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return movement.name;
    case KindColumn:
        return domain::movementKindName(movement.kind);
    case PeriodColumn:
        return listed.period.label;
    case LauncherColumn:
        return listed.launcher;
    case UnitsColumn:
        return domain::vn::formatInteger(static_cast<qint64>(movement.participantIds.size()));
    case MidYearColumn:
        return review(movement, domain::ReviewKind::MidYear);
    case YearEndColumn:
        return review(movement, domain::ReviewKind::YearEnd);
    }
    return {};
}

QVariant MovementListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Movement");
    case KindColumn:
        return tr("Kind");
    case PeriodColumn:
        return tr("Period");
    case LauncherColumn:
        return tr("Launched by");
    case UnitsColumn:
        return tr("Units");
    case MidYearColumn:
        return tr("6-month review %1").arg(year_);
    case YearEndColumn:
        return tr("Year-end review %1").arg(year_);
    }
    return {};
}

} // namespace thidua::ui
