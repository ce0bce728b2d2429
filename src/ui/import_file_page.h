#pragma once

#include "import_kind.h"

#include <QWizardPage>

#include <array>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace thidua::ui {

struct ImportJob;

// Step 1: the file, what it holds (units, people, registrations, evaluations
// or discipline) and, for the yearly records, the year of rows that name
// none. Leaving the step reads the file, so an unreadable one is said here,
// beside its name.
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    ImportFilePage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    services::ImportKind chosenKind() const;
    // The year applies to registrations and evaluations only.
    void enableYear();

    ImportJob& job_;
    QLineEdit* pathEdit_;
    std::array<QRadioButton*, services::importKinds.size()> kindButtons_{};
    QButtonGroup* kinds_;
    QComboBox* yearComboBox_;
    QLabel* errorLabel_;
};

} // namespace thidua::ui
