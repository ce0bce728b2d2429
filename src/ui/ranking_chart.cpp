#include "ranking_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace thidua::ui {

RankingChart::RankingChart(QWidget* parent)
    : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    // "91,5" as the application writes points, not "91.5".
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

void RankingChart::setBars(const std::vector<Bar>& bars, double scaleTo, const QString& title) {
    QChart* view = chart();
    view->removeAllSeries();
    // removeAllSeries() deletes the series; a removed axis is ours to delete.
    for (QAbstractAxis* axis : view->axes()) {
        view->removeAxis(axis);
        delete axis;
    }
    view->setTitle(title);

    auto set = new QBarSet(title);
    set->setColor(QColor(0x2f, 0x6d, 0xb5));
    set->setLabelColor(Qt::white);
    QStringList labels;
    double highest = scaleTo;
    // Qt draws the first category at the bottom; the best goes on top.
    for (auto bar = bars.rbegin(); bar != bars.rend(); ++bar) {
        *set << bar->total;
        labels << bar->label;
        highest = std::max(highest, bar->total);
    }
    auto series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    view->addSeries(series);

    auto categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTruncateLabels(false);
    view->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto values = new QValueAxis;
    values->setRange(0, highest);
    values->setLabelFormat(QStringLiteral("%d"));
    view->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    // Room for every bar and its unit's name.
    setMinimumHeight(80 + 24 * static_cast<int>(bars.size()));
}

} // namespace thidua::ui
