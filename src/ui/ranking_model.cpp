#include "ranking_model.h"

#include "vietnamese_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace thidua::ui {

namespace {

const QColor MovedColour(0xff, 0xf1, 0xcc);

QString points(double value) {
    return domain::vn::formatDecimal(value);
}

} // namespace

RankingModel::RankingModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RankingModel::setStandings(std::vector<domain::Standing> standings, std::vector<QString> names,
                                std::optional<std::vector<domain::Standing>> withoutScorer) {
    beginResetModel();
    standings_ = std::move(standings);
    names_ = std::move(names);
    without_ = std::move(withoutScorer);
    endResetModel();
}

QString RankingModel::nameOf(domain::RowId unitId) const {
    for (std::size_t row = 0; row < standings_.size(); ++row)
        if (standings_[row].unitId == unitId)
            return names_[row];
    return {};
}

const domain::Standing* RankingModel::without(domain::RowId unitId) const {
    if (!without_)
        return nullptr;
    const auto found = std::ranges::find(*without_, unitId, &domain::Standing::unitId);
    return found == without_->end() ? nullptr : &*found;
}

int RankingModel::changedRanks() const {
    return static_cast<int>(
        std::ranges::count_if(standings_, [&](const domain::Standing& standing) {
            const domain::Standing* other = without(standing.unitId);
            return other && other->rank != standing.rank;
        }));
}

int RankingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(standings_.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    return without_ ? TotalWithout + 1 : Rating + 1;
}

QVariant RankingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const domain::Standing& standing = standings_[static_cast<std::size_t>(index.row())];
    const domain::Standing* other = without(standing.unitId);
    const bool moved = other && other->rank != standing.rank;
    if (role == Qt::BackgroundRole)
        return moved ? QBrush(MovedColour) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Unit || index.column() == Rating
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole &&
        (index.column() == Total || (moved && index.column() == RankWithout))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && standing.totals.missing > 0)
        return tr("%n item(s) still without points.", nullptr, standing.totals.missing);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return standing.rank;
    case Unit:
        return names_[static_cast<std::size_t>(index.row())];
    case Scored:
        return points(standing.totals.scored);
    case Bonus:
        return points(standing.totals.bonus);
    case Penalty:
        return points(standing.totals.penalty);
    case Total:
        return points(standing.totals.total());
    case Rating:
        return standing.rating;
    case RankWithout:
        if (!other)
            return {};
        return moved ? QStringLiteral("%1 (%2%3)")
                           .arg(other->rank)
                           .arg(other->rank < standing.rank ? QStringLiteral("▲")
                                                            : QStringLiteral("▼"))
                           .arg(std::abs(other->rank - standing.rank))
                     : QString::number(other->rank);
    case TotalWithout:
        return other ? points(other->totals.total()) : QVariant();
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case Unit:
        return tr("Unit");
    case Scored:
        return tr("Criteria");
    case Bonus:
        return tr("Bonus");
    case Penalty:
        return tr("Penalty");
    case Total:
        return tr("Total");
    case Rating:
        return tr("Rating");
    case RankWithout:
        return tr("Rank without");
    case TotalWithout:
        return tr("Total without");
    default:
        return {};
    }
}

} // namespace thidua::ui
