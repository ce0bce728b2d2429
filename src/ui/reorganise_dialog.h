#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class UnitPicker;

// Đổi tên, sáp nhập đơn vị: a rename or a merger from a date, under a
// decision, kept as history (the former name stays for the days it was used;
// a merged unit stays, closed, with its past). A refusal is shown in the
// dialog, which stays open.
class ReorganiseDialog : public QDialog {
    Q_OBJECT

public:
    enum Tab { RenameTab, MergeTab };

    explicit ReorganiseDialog(services::Workspace& workspace, QWidget* parent = nullptr);

    void accept() override;

private:
    QWidget* renamePage();
    QWidget* mergePage();

    services::Workspace& workspace_;
    QTabWidget* tabs_;
    UnitPicker* renamedUnit_;
    QLineEdit* newName_;
    UnitPicker* mergedUnit_;
    UnitPicker* intoUnit_;
    QDateEdit* date_;
    QLineEdit* decision_;
    QLabel* error_;
};

} // namespace thidua::ui
