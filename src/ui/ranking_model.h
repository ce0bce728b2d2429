#pragma once

#include "round_standings.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace thidua::ui {

// The round's ranking, best first, with ties sharing a rank; and, when a
// scorer is left out ("what if"), the rank and total each unit would have
// then, the units whose rank changes marked.
class RankingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Rank, Unit, Scored, Bonus, Penalty, Total, Rating, RankWithout, TotalWithout };

    explicit RankingModel(QObject* parent = nullptr);

    // names: the unit's name for each id in the standings.
    void setStandings(std::vector<domain::Standing> standings, std::vector<QString> names,
                      std::optional<std::vector<domain::Standing>> withoutScorer);
    const std::vector<domain::Standing>& standings() const { return standings_; }
    QString nameOf(domain::RowId unitId) const;
    // Units whose rank would change without the scorer.
    int changedRanks() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const domain::Standing* without(domain::RowId unitId) const;

    std::vector<domain::Standing> standings_;
    std::vector<QString> names_; // beside standings_
    std::optional<std::vector<domain::Standing>> without_;
};

} // namespace thidua::ui
