#pragma once

#include "change_subscription.h"
#include "period.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class PageHeader;
class RegistrationSheetModel;
class RegistrationSheetView;
class UnitPicker;

// Đăng ký thi đua: a unit's people and the titles they register for the
// year, typed in a grid, pasted from Excel, or given to the whole unit at
// once; every change is one undoable step (Ctrl+Z), the unit's coverage and
// the registration deadline always in view.
class RegistrationsPage : public QWidget {
    Q_OBJECT

public:
    explicit RegistrationsPage(QWidget* parent = nullptr);
    ~RegistrationsPage() override;

    // The workspace must outlive the page or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    void setYear(int year);
    QUndoStack* undoStack() const { return undoStack_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reloadUnits();
    void reloadSheet();
    void showCoverageAndDeadline();
    void setTitles(int row, const QStringList& titles);
    void paste(int firstRow, const QStringList& values);
    void registerWholeUnit();
    void reportFailure(const QString& message);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    std::optional<domain::Period> period_;
    int year_ = 0;

    PageHeader* header_;
    QLabel* unitLabel_;
    UnitPicker* unitPicker_;
    QLabel* coverageLabel_;
    QLabel* deadlineLabel_;
    QLabel* bulkLabel_;
    QComboBox* bulkTitle_;
    QPushButton* bulkButton_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    RegistrationSheetModel* model_;
    RegistrationSheetView* view_;
    QUndoStack* undoStack_;
};

} // namespace thidua::ui
