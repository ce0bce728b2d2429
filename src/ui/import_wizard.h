#pragma once

#include "import_report.h"
#include "result.h"

#include <QWizard>

#include <memory>

class QProgressBar;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class Settings;
struct ImportJob;

// Nhập từ tệp: brings units, people and their yearly records (registrations,
// evaluations, discipline) from a CSV or XLSX file into the
// catalogue in five steps — the file and what it holds, the columns, a
// preview, a check that lists every problem, the import. Nothing is written
// before the last step; Cancel at any step, even while checking or
// importing, leaves the database as it was.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, PreviewPage, CheckPage, ResultPage };

    // workspace and settings must outlive the wizard. It starts with units
    // while the catalogue has none (people need their units first).
    ImportWizard(services::Workspace& workspace, Settings& settings, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportJob& job() { return *job_; }

    // Checks (dryRun) or imports the job's file with the bar showing progress.
    // The wizard's buttons wait meanwhile; a Cancel stops the run (it then
    // ends with ErrorCode::Cancelled) and closes the wizard afterwards.
    Result<services::ImportReport> run(bool dryRun, QProgressBar& bar);
    bool running() const;

    // While a check or an import runs, stops it first; the wizard closes when
    // it has stopped.
    void reject() override;

Q_SIGNALS:
    // After an import that wrote rows: a sentence for the status bar.
    void imported(const QString& summary);

private:
    void setButtonsEnabled(bool enabled);

    std::unique_ptr<ImportJob> job_;
    bool closeWhenStopped_ = false;
};

} // namespace thidua::ui
