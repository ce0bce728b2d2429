#include "score_grid_model.h"

#include "vietnamese_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

namespace thidua::ui {

namespace {

const QColor ReadOnlyColour(0xee, 0xee, 0xee);
const QColor ChangedColour(0xff, 0xf1, 0xcc); // a scorer departed from the self-score

QString points(std::optional<double> value) {
    return value ? domain::vn::formatDecimal(*value) : QString();
}

QString kindName(domain::CriterionKind kind) {
    switch (kind) {
    case domain::CriterionKind::Quantitative:
        return ScoreGridModel::tr("quantitative, against a target");
    case domain::CriterionKind::PassFail:
        return ScoreGridModel::tr("passed or failed");
    case domain::CriterionKind::PerOccurrence:
        return ScoreGridModel::tr("points per occurrence");
    case domain::CriterionKind::Bonus:
        return ScoreGridModel::tr("bonus");
    case domain::CriterionKind::Penalty:
        return ScoreGridModel::tr("penalty, taken off");
    }
    return {};
}

} // namespace

ScoreGridModel::ScoreGridModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ScoreGridModel::setSheet(services::ScoringSheet sheet, domain::RowId scorerId) {
    const bool sameShape = sheet.unitIds == sheet_.unitIds &&
                           sheet.table.criteria.size() == sheet_.table.criteria.size() &&
                           sheet.round.id == sheet_.round.id;
    if (!sameShape)
        beginResetModel();
    sheet_ = std::move(sheet);
    scorerId_ = scorerId;
    recompute();
    if (!sameShape) {
        endResetModel();
        return;
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void ScoreGridModel::recompute() {
    items_.clear();
    for (int index = 0; index < static_cast<int>(sheet_.table.criteria.size()); ++index)
        if (!domain::isGroup(sheet_.table, index))
            items_.push_back(index);
    grid_ = domain::pointsGridOf(sheet_.table, {sheet_.unitIds, sheet_.scores, domain::NoId});
    const domain::TotalsCalculator totalsOf(sheet_.table);
    totals_.clear();
    for (std::size_t row = 0; row < sheet_.unitIds.size(); ++row)
        totals_.push_back(totalsOf(selfScoring() ? grid_.self[row] : grid_.final[row]));
}

std::optional<ScoreGridModel::Item> ScoreGridModel::itemAt(const QModelIndex& index) const {
    const int column = index.column() - firstItemColumn();
    if (!index.isValid() || column < 0 || column >= static_cast<int>(items_.size()))
        return std::nullopt;
    return Item{sheet_.unitIds[static_cast<std::size_t>(index.row())],
                items_[static_cast<std::size_t>(column)]};
}

const domain::Score* ScoreGridModel::scoreOf(const Item& item, domain::RowId scorerId) const {
    const auto found = std::ranges::find_if(sheet_.scores, [&](const domain::Score& score) {
        return score.unitId == item.unitId && score.criterion == item.criterion &&
               score.scorerId == scorerId;
    });
    return found == sheet_.scores.end() ? nullptr : &*found;
}

QModelIndex ScoreGridModel::indexOf(domain::RowId unitId, int criterion) const {
    const auto row = std::ranges::find(sheet_.unitIds, unitId);
    const auto column = std::ranges::find(items_, criterion);
    if (row == sheet_.unitIds.end() || column == items_.end())
        return {};
    return index(static_cast<int>(row - sheet_.unitIds.begin()),
                 firstItemColumn() + static_cast<int>(column - items_.begin()));
}

int ScoreGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(sheet_.unitIds.size());
}

int ScoreGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0
                            : firstItemColumn() + static_cast<int>(items_.size()) + TotalColumns;
}

QVariant ScoreGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(sheet_.unitNames[static_cast<std::size_t>(row)])
                                       : QVariant();
    if (const auto item = itemAt(index))
        return itemData(row, *item, role);
    return totalData(row, index.column() - firstItemColumn() - static_cast<int>(items_.size()),
                     role);
}

QVariant ScoreGridModel::itemData(int row, const Item& item, int role) const {
    const domain::Score* shown = scoreOf(item, selfScoring() ? item.unitId : scorerId_);
    const domain::Score* self = scoreOf(item, item.unitId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return shown ? points(shown->points) : QString();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (sheet_.round.closedOn || (!selfScoring() && item.unitId == scorerId_))
            return QBrush(ReadOnlyColour);
        if (!selfScoring() && shown && self && std::abs(shown->points - self->points) >= 0.005)
            return QBrush(ChangedColour);
        return {};
    case Qt::ToolTipRole: {
        QString tip = itemToolTip(item);
        if (self)
            tip += QLatin1Char('\n') + tr("Self-score: %1").arg(points(self->points)) +
                   (self->note.isEmpty() ? QString() : QStringLiteral(" — ") + self->note);
        QStringList files;
        for (const domain::Evidence& evidence : sheet_.evidence)
            if (evidence.unitId == item.unitId && evidence.criterion == item.criterion)
                files << evidence.name;
        if (!files.isEmpty())
            tip += QLatin1Char('\n') + tr("Evidence: %1").arg(files.join(QStringLiteral(", ")));
        if (!selfScoring() && shown && !shown->note.isEmpty())
            tip += QLatin1Char('\n') + tr("Why it differs: %1").arg(shown->note);
        const auto final =
            grid_.final[static_cast<std::size_t>(row)][static_cast<std::size_t>(item.criterion)];
        if (final)
            tip += QLatin1Char('\n') + tr("Result of the round: %1").arg(points(final));
        return tip;
    }
    default:
        return {};
    }
}

QVariant ScoreGridModel::totalData(int row, int total, int role) const {
    const domain::UnitTotals& totals = totals_[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole: {
        const double value = total == ScoredTotal    ? totals.scored
                             : total == BonusTotal   ? totals.bonus
                             : total == PenaltyTotal ? totals.penalty
                                                     : totals.total();
        return points(value);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        QFont font;
        font.setBold(total == GrandTotal);
        return font;
    }
    case Qt::ToolTipRole:
        return totals.missing > 0 ? tr("%n item(s) still without points.", nullptr, totals.missing)
                                  : QVariant();
    default:
        return {};
    }
}

QString ScoreGridModel::itemToolTip(const Item& item) const {
    const domain::Criterion& criterion =
        sheet_.table.criteria[static_cast<std::size_t>(item.criterion)];
    QString tip = tr("%1 — at most %2 points (%3)")
                      .arg(domain::criterionLabel(criterion), points(criterion.maxPoints),
                           kindName(criterion.kind));
    if (criterion.kind == domain::CriterionKind::PerOccurrence)
        tip += QLatin1Char('\n') + tr("%1 points an occurrence").arg(points(criterion.pointsEach));
    return tip;
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    const int itemColumn = section - firstItemColumn();
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    if (itemColumn < static_cast<int>(items_.size())) {
        const domain::Criterion& criterion =
            sheet_.table
                .criteria[static_cast<std::size_t>(items_[static_cast<std::size_t>(itemColumn)])];
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1\n/%2").arg(criterion.code, points(criterion.maxPoints));
        if (role == Qt::ToolTipRole)
            return itemToolTip({domain::NoId, items_[static_cast<std::size_t>(itemColumn)]});
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (itemColumn - static_cast<int>(items_.size())) {
    case ScoredTotal:
        return role == Qt::DisplayRole ? tr("Criteria") : tr("Points on the criteria");
    case BonusTotal:
        return tr("Bonus");
    case PenaltyTotal:
        return tr("Penalty");
    default:
        return role == Qt::DisplayRole ? tr("Total")
               : selfScoring()         ? tr("The unit's own total")
                               : tr("The round's total: the mean of its scorers on each item");
    }
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // A scorer's own row stays editable so that the service can say why it
    // is refused; a closed round is read-only.
    if (itemAt(index) && !sheet_.round.closedOn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScoreGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const auto item = itemAt(index);
    if (!item || role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        Q_EMIT pointsEdited(item->unitId, item->criterion, std::nullopt);
        return true;
    }
    const auto parsed = domain::vn::parseDecimal(text);
    if (!parsed) {
        Q_EMIT entryRefused(tr("\"%1\" is not a number of points.").arg(text));
        return false;
    }
    Q_EMIT pointsEdited(item->unitId, item->criterion, *parsed);
    return true;
}

} // namespace thidua::ui
