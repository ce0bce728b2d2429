#include "import_preview_page.h"

#include "import_job.h"
#include "import_preview_model.h"
#include "vietnamese_format.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace thidua::ui {

ImportPreviewPage::ImportPreviewPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , model_(new ImportPreviewModel(this))
    , summaryLabel_(new QLabel(this))
    , table_(new QTableView(this)) {
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be read. If a column looks wrong, go back and "
                   "choose another."));
    summaryLabel_->setObjectName(QStringLiteral("importPreviewSummaryLabel"));
    summaryLabel_->setWordWrap(true);
    table_->setObjectName(QStringLiteral("importPreviewTableView"));
    table_->setModel(model_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->horizontalHeader()->setStretchLastSection(true);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel_);
    layout->addWidget(table_, 1);
}

void ImportPreviewPage::initializePage() {
    const services::ImportPreview& preview = job_.preview;
    model_->setPreview(job_.fields(), preview, job_.mapping);
    // Fitted to the first rows, with room to breathe, as a spreadsheet shows them.
    table_->resizeColumnsToContents();
    const int padding = 2 * fontMetrics().averageCharWidth();
    for (int column = 0; column < model_->columnCount(); ++column)
        table_->setColumnWidth(column, table_->columnWidth(column) + padding);
    QStringList lines;
    QString where = QFileInfo(job_.path).fileName();
    if (!preview.sheetName.isEmpty())
        where = tr("%1, sheet \"%2\"").arg(where, preview.sheetName);
    lines << (preview.totalRows > static_cast<int>(preview.rows.size())
                  ? tr("%1: the first %2 of %3 rows.")
                        .arg(where)
                        .arg(preview.rows.size())
                        .arg(domain::vn::formatInteger(preview.totalRows))
                  : tr("%1: %n row(s).", nullptr, preview.totalRows).arg(where));
    if (!preview.otherSheets.isEmpty())
        lines << tr("The workbook's other sheets with data are not imported with this one: %1. "
                    "Import each in turn, choosing it in step 1.")
                     .arg(domain::vn::quotedList(preview.otherSheets));
    if (!preview.convertedFrom.isEmpty())
        lines << tr("The file was saved in the old %1 encoding; it is shown, and will be "
                    "imported, converted to Unicode.")
                     .arg(preview.convertedFrom);
    summaryLabel_->setText(lines.join(QLatin1Char('\n')));
}

} // namespace thidua::ui
