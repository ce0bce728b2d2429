#pragma once

#include "ids.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class UnitPicker;

// Chuyển công tác: moves a person to another unit or position from a date,
// under a decision, and shows the postings so far (quá trình công tác), each
// unit under the name it carried then. A refusal is shown in the dialog,
// which stays open so that the clerk can correct the date or the unit.
class TransferDialog : public QDialog {
    Q_OBJECT

public:
    TransferDialog(services::Workspace& workspace, domain::RowId personId,
                   const QString& personName, QWidget* parent = nullptr);

    void accept() override;

private:
    void showPostings();

    services::Workspace& workspace_;
    domain::RowId personId_;
    UnitPicker* unit_;
    QLineEdit* position_;
    QDateEdit* date_;
    QLineEdit* decision_;
    QLabel* error_;
    QTableWidget* postings_;
};

} // namespace thidua::ui
