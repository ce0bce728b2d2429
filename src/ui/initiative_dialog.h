#pragma once

#include "initiative.h"
#include "result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class DateField;

// Sáng kiến, đề tài: the title, the kind and the level that recognised it,
// the year and the recognising decision, and its authors, each found by
// typing their name and added with Enter. The service's refusals show in the
// dialog, which stays open.
class InitiativeDialog : public QDialog {
    Q_OBJECT

public:
    InitiativeDialog(services::Workspace& workspace, int year, QWidget* parent = nullptr);

    // The initiative as stored, once the dialog was accepted.
    const domain::Initiative& recorded() const { return initiative_; }

    void accept() override;

private:
    void addAuthor();
    void removeAuthor();
    Result<domain::Initiative> typed() const;

    services::Workspace& workspace_;
    domain::Initiative initiative_;
    QLineEdit* title_;
    QComboBox* kind_;
    QComboBox* level_;
    QSpinBox* year_;
    QLineEdit* number_;
    DateField* date_;
    QLineEdit* issuer_;
    QLineEdit* search_;
    QListWidget* found_;
    QPushButton* addButton_;
    QListWidget* authors_;
    QPushButton* removeButton_;
    QLineEdit* note_;
    QLabel* refusal_;
};

} // namespace thidua::ui
