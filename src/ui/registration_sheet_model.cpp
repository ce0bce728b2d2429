#include "registration_sheet_model.h"

#include "registration_rules.h"

#include <QRegularExpression>

namespace thidua::ui {

namespace {

QString titlesText(const services::SheetPerson& person) {
    QStringList abbreviations;
    for (const services::SheetEntry& entry : person.registrations)
        abbreviations << entry.abbreviation;
    return abbreviations.join(QStringLiteral(", "));
}

// One status for the row: the least advanced of the person's registrations,
// since that is what still needs the clerk.
QString statusText(const services::SheetPerson& person) {
    if (person.registrations.empty())
        return {};
    auto least = person.registrations.front().status;
    for (const services::SheetEntry& entry : person.registrations)
        if (static_cast<int>(entry.status) < static_cast<int>(least))
            least = entry.status;
    return domain::registrationStatusName(least);
}

} // namespace

RegistrationSheetModel::RegistrationSheetModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RegistrationSheetModel::setSheet(std::vector<services::SheetPerson> sheet) {
    beginResetModel();
    sheet_ = std::move(sheet);
    endResetModel();
}

const services::SheetPerson& RegistrationSheetModel::person(int row) const {
    return sheet_.at(static_cast<std::size_t>(row));
}

void RegistrationSheetModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!sheet_.empty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int RegistrationSheetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(sheet_.size());
}

int RegistrationSheetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistrationSheetModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::SheetPerson& row = person(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        QStringList reasons;
        for (const services::SheetEntry& entry : row.registrations)
            if (!entry.returnReason.isEmpty())
                reasons << entry.abbreviation + QStringLiteral(": ") + entry.returnReason;
        return reasons.isEmpty() ? QVariant() : QVariant(reasons.join(QLatin1Char('\n')));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return index.row() + 1;
    case NameColumn:
        return row.fullName;
    case PositionColumn:
        return row.position;
    case TitlesColumn:
        return titlesText(row);
    case StatusColumn:
        return statusText(row);
    }
    return {};
}

bool RegistrationSheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != TitlesColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QStringList titles = splitTitles(value.toString());
    if (titles.join(QStringLiteral(", ")) == titlesText(person(index.row())))
        return false;
    Q_EMIT titlesEdited(index.row(), titles);
    return true;
}

Qt::ItemFlags RegistrationSheetModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitlesColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RegistrationSheetModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Full name");
    case PositionColumn:
        return tr("Position");
    case TitlesColumn:
        return tr("Titles registered");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QStringList RegistrationSheetModel::splitTitles(const QString& typed) {
    static const QRegularExpression separators(QStringLiteral("[,;+]"));
    QStringList titles;
    for (const QString& part : typed.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            titles << part.trimmed();
    return titles;
}

} // namespace thidua::ui
