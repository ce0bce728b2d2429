#include "targets_dialog.h"

#include "dialog_parts.h"
#include "vietnamese_format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thidua::ui {

namespace {

enum Column { UnitColumn, TargetColumn, ActualColumn, PointsColumn };

std::optional<double> numberIn(const QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? domain::vn::parseDecimal(item->text().trimmed()) : std::nullopt;
}

} // namespace

TargetsDialog::TargetsDialog(const domain::Criterion& criterion, domain::OverTargetScale scale,
                             const std::vector<QString>& unitNames, QWidget* parent)
    : QDialog(parent)
    , criterion_(criterion)
    , scale_(scale)
    , table_(new QTableWidget(static_cast<int>(unitNames.size()), 4, this))
    , refusal_(refusalLabel(this)) {
    setObjectName(QStringLiteral("targetsDialog"));
    setWindowTitle(tr("Points against targets: %1").arg(domain::criterionLabel(criterion)));
    table_->setObjectName(QStringLiteral("targetsTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Target"), tr("Result"),
         tr("Points (of %1)").arg(domain::vn::formatDecimal(criterion.maxPoints))});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(UnitColumn, QHeaderView::Stretch);
    for (int row = 0; row < table_->rowCount(); ++row) {
        auto unit = new QTableWidgetItem(unitNames[static_cast<std::size_t>(row)]);
        unit->setFlags(unit->flags() & ~Qt::ItemIsEditable);
        table_->setItem(row, UnitColumn, unit);
        auto points = new QTableWidgetItem;
        points->setFlags(points->flags() & ~Qt::ItemIsEditable);
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(row, PointsColumn, points);
    }
    auto hint = new QLabel(
        tr("Type each unit's target and result. A unit without a target is measured against "
           "the best result of the units without one; leave both empty to give no points."),
        this);
    hint->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(table_, 1);
    layout->addWidget(refusal_);
    layout->addWidget(dialogButtons(this, tr("Give these points")));
    connect(table_, &QTableWidget::itemChanged, this, &TargetsDialog::recompute);
    resize(640, 420);
}

std::vector<std::optional<domain::TargetAndActual>> TargetsDialog::results() const {
    std::vector<std::optional<domain::TargetAndActual>> results;
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto actual = numberIn(table_, row, ActualColumn);
        if (!actual) {
            results.emplace_back();
            continue;
        }
        results.push_back(
            domain::TargetAndActual{numberIn(table_, row, TargetColumn).value_or(0), *actual});
    }
    return results;
}

std::vector<std::optional<double>> TargetsDialog::points() const {
    const auto given = results();
    std::vector<domain::TargetAndActual> typed;
    for (const auto& result : given)
        if (result)
            typed.push_back(*result);
    const std::vector<double> computed =
        domain::quantitativeRound(typed, criterion_.maxPoints, scale_);
    std::vector<std::optional<double>> points;
    std::size_t next = 0;
    for (const auto& result : given)
        points.push_back(result ? std::optional(computed[next++]) : std::nullopt);
    return points;
}

std::optional<QString> TargetsDialog::problem() const {
    for (int row = 0; row < table_->rowCount(); ++row)
        for (int column : {TargetColumn, ActualColumn}) {
            const QTableWidgetItem* item = table_->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            if (!text.isEmpty() && !domain::vn::parseDecimal(text))
                return tr("%1: \"%2\" is not a number.")
                    .arg(table_->item(row, UnitColumn)->text(), text);
        }
    return std::nullopt;
}

void TargetsDialog::accept() {
    if (auto refusal = problem())
        return showRefusal(refusal_, *refusal);
    QDialog::accept();
}

void TargetsDialog::recompute() {
    const QSignalBlocker blocker(table_);
    showRefusal(refusal_, problem().value_or(QString()));
    const auto points = this->points();
    for (int row = 0; row < table_->rowCount(); ++row) {
        const auto& value = points[static_cast<std::size_t>(row)];
        table_->item(row, PointsColumn)
            ->setText(value ? domain::vn::formatDecimal(*value) : QString());
    }
}

} // namespace thidua::ui
