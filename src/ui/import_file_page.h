#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace thidua::ui {

struct ImportJob;

// Step 1: the file, and whether it holds units or people. Leaving the step
// reads the file, so an unreadable one is said here, beside its name.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    ImportFilePage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportJob& job_;
    QLineEdit* pathEdit_;
    QRadioButton* unitsButton_;
    QRadioButton* peopleButton_;
    QLabel* errorLabel_;
};

} // namespace thidua::ui
