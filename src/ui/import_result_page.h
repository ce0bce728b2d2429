#pragma once

#include "import_report.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace thidua::ui {

class ImportProblemsView;
struct ImportJob;

// Step 5: the import itself, with its progress and a Stop button for a big
// file, then what was written, and the rows left out for the clerk to correct.
class ImportResultPage : public QWizardPage {
    Q_OBJECT

public:
    ImportResultPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The import's report, once it has run and was not stopped.
    const std::optional<services::ImportReport>& report() const { return report_; }

Q_SIGNALS:
    // After rows were written: a sentence for the status bar.
    void imported(const QString& summary);

private:
    void runImport();
    void showReport(const services::ImportReport& report);
    // "Imported %1 of %2 … from %3." in the words of the job's kind.
    QString importedSummary() const;

    ImportJob& job_;
    QProgressBar* progressBar_;
    QPushButton* stopButton_;
    QLabel* resultLabel_;  // the outcome, in one sentence
    QLabel* detailsLabel_; // what follows from it
    ImportProblemsView* problemsView_;
    std::optional<services::ImportReport> report_;
    bool done_ = false;
};

} // namespace thidua::ui
