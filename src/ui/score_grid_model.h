#pragma once

#include "round_standings.h"
#include "scoring_service.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace thidua::ui {

// The score grid: the cluster's units down, the table's items across with
// their maximum in the header, then the totals, recomputed as points change.
// It shows either every unit's self-score or one scorer's points; a cell the
// scorer may not fill (its own unit) or a closed round is read-only. Edits
// are announced (pointsEdited), never written here: the page makes them
// undoable steps through the scoring service.
class ScoreGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum TotalColumn { ScoredTotal, BonusTotal, PenaltyTotal, GrandTotal, TotalColumns };

    explicit ScoreGridModel(QObject* parent = nullptr);

    // scorerId NoId: each unit's own points. Keeps the view's place when only
    // the points changed.
    void setSheet(services::ScoringSheet sheet, domain::RowId scorerId);
    const services::ScoringSheet& sheet() const { return sheet_; }
    domain::RowId scorerId() const { return scorerId_; }
    bool selfScoring() const { return scorerId_ == domain::NoId; }

    struct Item {
        domain::RowId unitId = domain::NoId;
        int criterion = -1;
    };
    // The unit and criterion of an item cell; nullopt for the others.
    std::optional<Item> itemAt(const QModelIndex& index) const;
    // A point given on the item by a scorer (the unit itself: its self-score).
    const domain::Score* scoreOf(const Item& item, domain::RowId scorerId) const;
    QModelIndex indexOf(domain::RowId unitId, int criterion) const;
    int firstItemColumn() const { return 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    // nullopt: the cell was emptied.
    void pointsEdited(domain::RowId unitId, int criterion, std::optional<double> points);
    void entryRefused(const QString& message);

private:
    void recompute();
    QVariant itemData(int row, const Item& item, int role) const;
    QVariant totalData(int row, int total, int role) const;
    QString itemToolTip(const Item& item) const;

    services::ScoringSheet sheet_;
    domain::RowId scorerId_ = domain::NoId;
    std::vector<int> items_; // the criterion of each item column
    domain::PointsGrid grid_;
    std::vector<domain::UnitTotals> totals_;
};

} // namespace thidua::ui
