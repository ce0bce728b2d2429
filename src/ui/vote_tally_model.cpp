#include "vote_tally_model.h"

#include "vietnamese_format.h"

#include <QBrush>
#include <QColor>

namespace thidua::ui {

VoteTallyModel::VoteTallyModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void VoteTallyModel::setSession(domain::BallotSession session, domain::VoteRules rules,
                                QHash<domain::RowId, QString> units,
                                QHash<QString, QString> titles) {
    beginResetModel();
    session_ = std::move(session);
    rules_ = std::move(rules);
    units_ = std::move(units);
    titles_ = std::move(titles);
    endResetModel();
}

void VoteTallyModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ResultColumn), index(rowCount() - 1, ResultColumn));
}

int VoteTallyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(session_.ballots.size());
}

int VoteTallyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int* VoteTallyModel::count(domain::Ballot& ballot, int column) {
    switch (column) {
    case IssuedColumn:
        return &ballot.issued;
    case ReturnedColumn:
        return &ballot.returned;
    case ValidColumn:
        return &ballot.valid;
    case YesColumn:
        return &ballot.yes;
    default:
        return nullptr;
    }
}

QString VoteTallyModel::resultText(const domain::Ballot& ballot) const {
    const domain::BallotOutcome outcome = domain::ballotOutcome(session_, ballot, rules_);
    if (outcome.passes)
        return tr("Passed");
    return outcome.quorate ? tr("Not passed") : tr("Not passed (no quorum)");
}

QVariant VoteTallyModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    domain::Ballot ballot = session_.ballots[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(column >= RoundColumn ? Qt::Alignment(Qt::AlignCenter)
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == ResultColumn)
        return domain::ballotOutcome(session_, ballot, rules_).passes
                   ? QBrush(QColor(0x1b, 0x5e, 0x20))
                   : QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (const int* value = count(ballot, column))
        return *value;
    switch (column) {
    case CandidateColumn:
        return units_.value(ballot.unitId);
    case TitleColumn:
        return titles_.value(ballot.titleCode, ballot.titleCode);
    case RoundColumn:
        return ballot.round;
    case PercentColumn:
        return domain::vn::formatDecimal(
                   domain::ballotOutcome(session_, ballot, rules_).yesPercentOfMembers, 2) +
               QStringLiteral(" %");
    case ResultColumn:
        return resultText(ballot);
    default:
        return {};
    }
}

QVariant VoteTallyModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case TitleColumn:
        return tr("Title");
    case RoundColumn:
        return tr("Round");
    case IssuedColumn:
        return tr("Issued");
    case ReturnedColumn:
        return tr("Returned");
    case ValidColumn:
        return tr("Valid");
    case YesColumn:
        return tr("Yes");
    case PercentColumn:
        return tr("% of all members");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

Qt::ItemFlags VoteTallyModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= IssuedColumn && index.column() <= YesColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool VoteTallyModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !commit_)
        return false;
    bool isNumber = false;
    const int typed = value.toString().trimmed().toInt(&isNumber);
    if (!isNumber)
        return false;
    int* cell = count(session_.ballots[static_cast<std::size_t>(index.row())], index.column());
    if (*cell == typed)
        return true;
    // The model shows the edit while it is stored, so that the reload the
    // stored change brings finds nothing new and keeps the clerk's place.
    const int before = *cell;
    *cell = typed;
    if (!commit_(session_)) {
        *cell = before;
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace thidua::ui
