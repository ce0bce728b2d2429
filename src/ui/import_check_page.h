#pragma once

#include "import_report.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace thidua::ui {

class ImportProblemsView;
struct ImportJob;

// Step 4: a dry run over every row. Lists each problem (line, column, what to
// do) and lets the clerk choose all-or-nothing (the default) or skipping the
// bad rows. Its button imports; it is the last step that can go back.
class ImportCheckPage : public QWizardPage {
    Q_OBJECT

public:
    ImportCheckPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The last check, once it has run.
    const std::optional<services::ImportReport>& report() const { return report_; }

private:
    void check();
    void showDecision();

    ImportJob& job_;
    QProgressBar* progressBar_;
    QLabel* summaryLabel_;
    ImportProblemsView* problemsView_;
    QPushButton* checkAgainButton_;
    QRadioButton* allOrNothingButton_;
    QRadioButton* skipBadRowsButton_;
    QLabel* decisionLabel_;
    std::optional<services::ImportReport> report_;
};

} // namespace thidua::ui
