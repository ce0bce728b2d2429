#pragma once

#include <QChartView>
#include <QString>

#include <vector>

namespace thidua::ui {

// The ranking as horizontal bars, best at the top: how far apart the units
// are is easier to see than to read from the totals.
class RankingChart : public QChartView {
    Q_OBJECT

public:
    explicit RankingChart(QWidget* parent = nullptr);

    struct Bar {
        QString label; // "1. Viện Khoa học pháp lý"
        double total = 0;
    };
    // Bars best first; scaleTo: the axis' end (the table's total).
    void setBars(const std::vector<Bar>& bars, double scaleTo, const QString& title);
};

} // namespace thidua::ui
