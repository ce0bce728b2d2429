#include "milestone_table.h"

#include "vietnamese_format.h"

#include <QEvent>
#include <QHeaderView>

namespace thidua::ui {

namespace {

constexpr int MilestoneRole = Qt::UserRole;

QTableWidgetItem* fixed(const QString& text) {
    auto item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

MilestoneTable::MilestoneTable(QWidget* parent)
    : QTableWidget(parent) {
    setColumnCount(ColumnCount);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    retranslate();
}

void MilestoneTable::setMilestones(const std::vector<domain::Milestone>& milestones) {
    clearContents();
    setRowCount(static_cast<int>(milestones.size()));
    for (int row = 0; row < rowCount(); ++row) {
        const domain::Milestone& milestone = milestones[static_cast<std::size_t>(row)];
        auto year = fixed(QString::number(milestone.year));
        year->setData(MilestoneRole, static_cast<int>(milestone.kind));
        setItem(row, YearColumn, year);
        setItem(row, KindColumn, fixed(domain::reviewKindName(milestone.kind)));
        setItem(row, DateColumn, new QTableWidgetItem(domain::vn::formatDate(milestone.date)));
    }
    if (rowCount() > 0)
        setCurrentCell(0, DateColumn);
}

Result<std::vector<domain::Milestone>> MilestoneTable::milestones() const {
    std::vector<domain::Milestone> milestones;
    for (int row = 0; row < rowCount(); ++row) {
        const QString typed = item(row, DateColumn)->text().trimmed();
        if (typed.isEmpty())
            continue;
        domain::Milestone milestone;
        milestone.year = item(row, YearColumn)->text().toInt();
        milestone.kind =
            static_cast<domain::ReviewKind>(item(row, YearColumn)->data(MilestoneRole).toInt());
        const auto date = domain::vn::parseDate(typed);
        if (!date)
            return fail(ErrorCode::InvalidInput,
                        tr("Row %1 (%2 %3): \"%4\" is not a date; write it as dd/MM/yyyy.")
                            .arg(row + 1)
                            .arg(item(row, KindColumn)->text())
                            .arg(milestone.year)
                            .arg(typed));
        milestone.date = *date;
        milestones.push_back(milestone);
    }
    return milestones;
}

void MilestoneTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void MilestoneTable::retranslate() {
    setHorizontalHeaderLabels({tr("Year"), tr("Review"), tr("Date")});
    setToolTip(tr("Type each review's date as dd/MM/yyyy; clear it when there is no review."));
}

} // namespace thidua::ui
