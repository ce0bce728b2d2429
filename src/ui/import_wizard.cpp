#include "import_wizard.h"

#include "catalogue_service.h"
#include "import_check_page.h"
#include "import_file_page.h"
#include "import_job.h"
#include "import_mapping_page.h"
#include "import_preview_page.h"
#include "import_result_page.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QTimer>

namespace thidua::ui {

ImportWizard::ImportWizard(services::Workspace& workspace, Settings& settings, QWidget* parent)
    : QWizard(parent)
    , job_(std::make_unique<ImportJob>(workspace, settings)) {
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import from File"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    // Qt ships no Vietnamese for its own button labels.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    const auto units = workspace.catalogue().units();
    job_->kind =
        units && units->empty() ? services::ImportKind::Units : services::ImportKind::People;

    setPage(FilePage, new ImportFilePage(*job_, this));
    setPage(MappingPage, new ImportMappingPage(*job_, this));
    setPage(PreviewPage, new ImportPreviewPage(*job_, this));
    setPage(CheckPage, new ImportCheckPage(*job_, this));
    auto resultPage = new ImportResultPage(*job_, this);
    setPage(ResultPage, resultPage);
    connect(resultPage, &ImportResultPage::imported, this, &ImportWizard::imported);
    // "Step 2 of 5": the clerk always knows how far the end is.
    const QList<int> ids = pageIds();
    for (int id : ids)
        page(id)->setTitle(tr("Step %1 of %2: %3")
                               .arg(ids.indexOf(id) + 1)
                               .arg(ids.size())
                               .arg(page(id)->title()));
    resize(900, 680);
}

ImportWizard::~ImportWizard() = default;

Result<services::ImportReport> ImportWizard::run(bool dryRun, QProgressBar& bar) {
    closeWhenStopped_ = false;
    setButtonsEnabled(false);
    auto report =
        job_->runner.run(job_->workspace, job_->kind, job_->path, job_->options(dryRun), bar);
    setButtonsEnabled(true);
    if (closeWhenStopped_)
        QTimer::singleShot(0, this, &ImportWizard::reject);
    return report;
}

bool ImportWizard::running() const {
    return job_->runner.busy();
}

void ImportWizard::reject() {
    if (running()) {
        job_->runner.cancel();
        closeWhenStopped_ = true;
        return;
    }
    QWizard::reject();
}

void ImportWizard::setButtonsEnabled(bool enabled) {
    if (enabled) {
        // The wizard knows which buttons the page allows; asking it again
        // restores them.
        if (currentPage())
            Q_EMIT currentPage()->completeChanged();
        return;
    }
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton})
        if (QAbstractButton* pushButton = button(which))
            pushButton->setEnabled(false);
}

} // namespace thidua::ui
