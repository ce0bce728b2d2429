#pragma once

#include "criteria_table.h"
#include "criterion_scoring.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QTableWidget;

namespace thidua::ui {

// Points on a quantitative criterion from each unit's target and actual
// result (domain brief §3): typed for every unit of the cluster, the points
// worked out as they are typed, against the unit that exceeded its target
// most, on the scale the criteria table chose.
class TargetsDialog : public QDialog {
    Q_OBJECT

public:
    TargetsDialog(const domain::Criterion& criterion, domain::OverTargetScale scale,
                  const std::vector<QString>& unitNames, QWidget* parent = nullptr);

    // Per unit (in the order given) its target and actual, nullopt where the
    // row was left empty.
    std::vector<std::optional<domain::TargetAndActual>> results() const;
    // The points of the units with results, in the same order.
    std::vector<std::optional<double>> points() const;

    void accept() override;

private:
    void recompute();
    // A target or result that is not a number, naming its row.
    std::optional<QString> problem() const;

    domain::Criterion criterion_;
    domain::OverTargetScale scale_;
    QTableWidget* table_;
    QLabel* refusal_;
};

} // namespace thidua::ui
