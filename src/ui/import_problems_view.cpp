#include "import_problems_view.h"

#include "import_problems_model.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

ImportProblemsView::ImportProblemsView(const QString& objectNamePrefix, QWidget* parent)
    : QWidget(parent)
    , model_(new ImportProblemsModel(this))
    , table_(new QTableView(this))
    , copyButton_(new QPushButton(tr("&Copy the List"), this)) {
    table_->setObjectName(objectNamePrefix + QStringLiteral("TableView"));
    copyButton_->setObjectName(objectNamePrefix + QStringLiteral("CopyButton"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(true);
    table_->verticalHeader()->hide();
    QHeaderView* header = table_->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    header->resizeSection(ImportProblemsModel::LineColumn, 10 * character);
    header->resizeSection(ImportProblemsModel::ColumnColumn, 18 * character);
    copyButton_->setToolTip(tr("Copy every problem, to paste into a spreadsheet or a message"));
    // Long messages wrap, so rows take their height from the message column's
    // width, which is known only once the table is laid out.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ImportProblemsModel::MessageColumn)
            fitRows();
    });

    // Ctrl+C copies the rows selected, as a clerk expects from any table.
    auto copySelected = new QAction(table_);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    connect(copySelected, &QAction::triggered, this, [this] { copy(true); });
    table_->addAction(copySelected);
    connect(copyButton_, &QPushButton::clicked, this, [this] { copy(false); });

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copyButton_);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table_);
    layout->addLayout(buttons);
}

void ImportProblemsView::setProblems(std::vector<services::ImportProblem> problems) {
    model_->setProblems(std::move(problems));
    fitRows();
    copyButton_->setEnabled(model_->rowCount() > 0);
}

void ImportProblemsView::fitRows() {
    // Measuring every row of a very long list would stall the window; those
    // keep one line each, with the whole message in the tooltip.
    if (model_->rowCount() <= MaxFittedRows)
        table_->resizeRowsToContents();
}

void ImportProblemsView::copy(bool selectedOnly) {
    QList<int> rows;
    if (selectedOnly)
        for (const QModelIndex& index : table_->selectionModel()->selectedRows())
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(model_->toText(rows));
}

} // namespace thidua::ui
