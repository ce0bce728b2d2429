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

// Step 1: the file, its worksheet when a workbook has several with data,
// what it holds (units, people, registrations, evaluations or discipline)
// and, for the yearly records, the year of rows that name none. Leaving the step reads the file, so
// an unreadable one is said here, beside its name.
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
    // A workbook with several sheets of data offers them; other files hide the choice.
    void offerSheets();

    ImportJob& job_;
    QLineEdit* pathEdit_;
    std::array<QRadioButton*, services::importKinds.size()> kindButtons_{};
    QButtonGroup* kinds_;
    QComboBox* yearComboBox_;
    QLabel* sheetLabel_;
    QComboBox* sheetComboBox_;
    QLabel* errorLabel_;
};

} // namespace thidua::ui
