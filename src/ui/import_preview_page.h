#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace thidua::ui {

class ImportPreviewModel;
struct ImportJob;

// Step 3: the first rows as the import will read them with the columns
// chosen, so that a wrong choice shows before anything is checked.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT

public:
    ImportPreviewPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    ImportPreviewModel* model() const { return model_; }

private:
    ImportJob& job_;
    ImportPreviewModel* model_;
    QLabel* summaryLabel_;
    QTableView* table_;
};

} // namespace thidua::ui
