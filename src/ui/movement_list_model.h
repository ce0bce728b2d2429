#pragma once

#include "movement.h"
#include "period.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

class UnitCatalogue;

// One movement of the list with what it shows beside the movement itself.
struct ListedMovement {
    domain::Movement movement;
    domain::Period period;
    QString launcher;
};

// The movements running in the chosen year, by period start, then name: the
// kind, the period ("giai đoạn 2021–2025"), who launched it, how many units
// take part, and the year's 6-month and year-end reviews.
class MovementListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        PeriodColumn,
        LauncherColumn,
        UnitsColumn,
        MidYearColumn,
        YearEndColumn,
        ColumnCount
    };

    explicit MovementListModel(QObject* parent = nullptr);

    // year: whose reviews the last two columns show.
    void setMovements(std::vector<ListedMovement> movements, int year);
    const ListedMovement& movement(int row) const;
    // -1 when it is not listed.
    int rowOf(const QString& uuid) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString review(const domain::Movement& movement, domain::ReviewKind kind) const;

    std::vector<ListedMovement> movements_;
    int year_ = 0;
};

} // namespace thidua::ui
