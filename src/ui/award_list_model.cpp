#include "award_list_model.h"

#include "vietnamese_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thidua::ui {

namespace {

QString decisionText(const QString& number, QDate date) {
    if (number.isEmpty())
        return {};
    return QStringLiteral("%1 (%2)").arg(number, date.toString(QStringLiteral("dd/MM/yyyy")));
}

} // namespace

QVariant AwardListModel::data(const QModelIndex& index, int role) const {
    const domain::AwardEntry* entry = entryAt(index);
    if (!entry)
        return {};
    const domain::Award& award = entry->award;
    // A revoked award stays on the list, as a struck line on the paper would.
    if (role == Qt::ForegroundRole && award.revoked())
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::FontRole && award.revoked()) {
        QFont struck;
        struck.setStrikeOut(true);
        return struck;
    }
    if (role == Qt::TextAlignmentRole && index.column() == award_columns::Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case award_columns::Candidate:
        return entry->candidateName;
    case award_columns::Unit:
        return entry->unitName;
    case award_columns::Award:
        return award.firstYear < award.year ? QStringLiteral("%1 (%2–%3)")
                                                  .arg(entry->awardName)
                                                  .arg(award.firstYear)
                                                  .arg(award.year)
                                            : entry->awardName;
    case award_columns::Kind:
        return domain::awardKindName(award.kind);
    case award_columns::Decision:
        return decisionText(award.decisionNumber, award.decisionDate);
    case award_columns::Issuer:
        return award.issuer;
    case award_columns::Amount:
        return award.amount > 0 ? domain::vn::formatInteger(award.amount) : QString();
    case award_columns::GoldenBook:
        return award.goldenBookNumber;
    case award_columns::Status:
        return award.revoked() ? tr("Revoked by %1").arg(award.revokedBy) : tr("Standing");
    default:
        return {};
    }
}

QVariant AwardListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case award_columns::Candidate:
        return tr("Awarded to");
    case award_columns::Unit:
        return tr("Unit");
    case award_columns::Award:
        return tr("Title or form");
    case award_columns::Kind:
        return tr("Kind");
    case award_columns::Decision:
        return tr("Decision");
    case award_columns::Issuer:
        return tr("Issued by");
    case award_columns::Amount:
        return tr("Amount (đồng)");
    case award_columns::GoldenBook:
        return tr("Golden book");
    case award_columns::Status:
        return tr("Status");
    default:
        return {};
    }
}

QVariant InitiativeListModel::data(const QModelIndex& index, int role) const {
    const domain::InitiativeEntry* entry = entryAt(index);
    if (!entry || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const domain::Initiative& initiative = entry->initiative;
    switch (index.column()) {
    case initiative_columns::Title:
        return initiative.title;
    case initiative_columns::Kind:
        return domain::initiativeKindName(initiative.kind);
    case initiative_columns::Level:
        return domain::initiativeLevelName(initiative.level);
    case initiative_columns::Authors:
        return entry->authorNames;
    case initiative_columns::Decision:
        return decisionText(initiative.decisionNumber, initiative.decisionDate);
    case initiative_columns::UsedBy:
        return entry->usedByDecision.isEmpty() ? tr("Not used yet") : entry->usedByDecision;
    default:
        return {};
    }
}

QVariant InitiativeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case initiative_columns::Title:
        return tr("Initiative or research");
    case initiative_columns::Kind:
        return tr("Kind");
    case initiative_columns::Level:
        return tr("Level");
    case initiative_columns::Authors:
        return tr("Authors");
    case initiative_columns::Decision:
        return tr("Recognised by");
    case initiative_columns::UsedBy:
        return tr("Ground of the award of");
    default:
        return {};
    }
}

} // namespace thidua::ui
