#include "import_result_page.h"

#include "import_job.h"
#include "import_problems_view.h"
#include "import_wizard.h"
#include "vietnamese_format.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace thidua::ui {

ImportResultPage::ImportResultPage(ImportJob& job, QWidget* parent)
    : QWizardPage(parent)
    , job_(job)
    , progressBar_(new QProgressBar(this))
    , stopButton_(new QPushButton(tr("&Stop"), this))
    , resultLabel_(new QLabel(this))
    , detailsLabel_(new QLabel(this))
    , problemsView_(new ImportProblemsView(QStringLiteral("importLeftOut"), this)) {
    setTitle(tr("Import"));
    progressBar_->setObjectName(QStringLiteral("importProgressBar"));
    progressBar_->hide();
    stopButton_->setObjectName(QStringLiteral("importStopButton"));
    stopButton_->setToolTip(tr("Stop the import; nothing is written"));
    stopButton_->hide();
    resultLabel_->setObjectName(QStringLiteral("importResultLabel"));
    resultLabel_->setWordWrap(true);
    resultLabel_->setTextFormat(Qt::PlainText);
    QFont headline = resultLabel_->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.25);
    resultLabel_->setFont(headline);
    detailsLabel_->setObjectName(QStringLiteral("importResultDetailsLabel"));
    detailsLabel_->setWordWrap(true);
    detailsLabel_->setTextFormat(Qt::PlainText);
    problemsView_->hide();

    auto progressRow = new QHBoxLayout;
    progressRow->addWidget(progressBar_, 1);
    progressRow->addWidget(stopButton_);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(resultLabel_);
    layout->addWidget(detailsLabel_);
    layout->addWidget(problemsView_, 1);
    layout->addStretch();

    connect(stopButton_, &QPushButton::clicked, this, [this] { job_.runner.cancel(); });
}

void ImportResultPage::initializePage() {
    done_ = false;
    report_.reset();
    setSubTitle(tr("Writing to the catalogue, all in one go…"));
    resultLabel_->clear();
    detailsLabel_->clear();
    problemsView_->hide();
    QTimer::singleShot(0, this, &ImportResultPage::runImport);
}

void ImportResultPage::runImport() {
    auto* importWizard = qobject_cast<ImportWizard*>(wizard());
    if (!importWizard || importWizard->running() || done_)
        return;
    stopButton_->show();
    stopButton_->setFocus();
    auto imported = importWizard->run(false, *progressBar_);
    stopButton_->hide();
    done_ = true;
    if (imported) {
        report_ = *imported;
        showReport(*imported);
    } else {
        setSubTitle(tr("Nothing was written."));
        resultLabel_->setText(imported.error().code == ErrorCode::Cancelled
                                  ? tr("The import was stopped; the catalogue is as it was.")
                                  : imported.error().message);
    }
    Q_EMIT completeChanged();
    if (importWizard->button(QWizard::FinishButton))
        importWizard->button(QWizard::FinishButton)->setFocus();
}

void ImportResultPage::showReport(const services::ImportReport& report) {
    const QString read = domain::vn::formatInteger(report.rowsRead);
    const QString written = domain::vn::formatInteger(report.rowsImported);
    const QString file = QFileInfo(job_.path).fileName();
    QStringList details;
    if (report.rowsImported == 0) {
        // The file changed since the check, or the catalogue did.
        setSubTitle(tr("Nothing was written."));
        resultLabel_->setText(tr("Nothing was imported: the file now has rows with problems."));
        details << tr("Correct them in the file and import it again.");
    } else {
        setSubTitle(tr("Done."));
        const QString summary = importedSummary().arg(written, read, file);
        resultLabel_->setText(summary);
        details << tr("The lists of the program already show them.");
        Q_EMIT imported(summary);
    }
    if (report.hasProblems()) {
        details << tr("The rows below were left out; copy the list to correct them in the file.");
        problemsView_->show();
        problemsView_->setProblems(report.problems);
    }
    detailsLabel_->setText(details.join(QLatin1Char('\n')));
}

QString ImportResultPage::importedSummary() const {
    switch (job_.kind) {
    case services::ImportKind::Units:
        return tr("Imported %1 of %2 units from %3.");
    case services::ImportKind::People:
        return tr("Imported %1 of %2 people from %3.");
    case services::ImportKind::Registrations:
        return tr("Imported %1 of %2 registrations from %3.");
    case services::ImportKind::Evaluations:
        return tr("Imported %1 of %2 evaluations from %3.");
    case services::ImportKind::Discipline:
        return tr("Imported %1 of %2 discipline records from %3.");
    case services::ImportKind::Awards:
        return tr("Imported %1 of %2 awards from %3.");
    case services::ImportKind::Initiatives:
        return tr("Imported %1 of %2 initiatives from %3.");
    }
    return {};
}

bool ImportResultPage::isComplete() const {
    return done_;
}

} // namespace thidua::ui
