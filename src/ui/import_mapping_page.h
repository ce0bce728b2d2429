#pragma once

#include "import_report.h"

#include <QWizardPage>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace thidua::ui {

struct ImportJob;

// Step 2: which column holds which field. One list per field offers the
// file's columns, filled in from the headers or from a saved template; a
// required field without a column is said plainly and keeps Next disabled.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT

public:
    ImportMappingPage(ImportJob& job, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // The list for a field, named "importColumnComboBox_<key>" for tests.
    QComboBox* columnComboBox(const QString& fieldKey) const;

private:
    struct FieldRow {
        QString key;
        QLabel* label;
        QComboBox* comboBox;
        QLabel* sample;
    };

    void buildRows();
    void fillTemplates(const QString& current = {});
    void applyTemplate();
    void showMapping(const services::ImportMapping& mapping);
    void readChoice();
    void saveTemplate();
    QString sample(int column) const;

    ImportJob& job_;
    QComboBox* templateComboBox_;
    QPushButton* saveTemplateButton_;
    QLabel* templateNote_;
    QGridLayout* fieldsLayout_;
    QLabel* messageLabel_;
    std::vector<FieldRow> rows_;
    bool complete_ = false;
    bool showing_ = false; // set while the lists are filled in by code
};

} // namespace thidua::ui
