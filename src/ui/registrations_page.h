#pragma once

#include "change_subscription.h"
#include "document.h"
#include "period.h"
#include "registration.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class LongTask;
class PageHeader;
class RegistrationSheetModel;
class RegistrationSheetView;
class UnitPicker;

// Đăng ký thi đua: a unit's people and the titles they register for the
// year, typed in a grid, pasted from Excel, or given to the whole unit at
// once; every change is one undoable step (Ctrl+Z), the unit's coverage and
// the registration deadline always in view. The year's registration list of
// the unit (or of every unit) is printed or exported from here.
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
    // The unit's registrations as one submission: sent, accepted or returned.
    void moveUnitTo(domain::RegistrationStatus status);
    void reportFailure(const QString& message);
    void printList();
    void exportList();
    Result<documents::Document> readList(LongTask& task);
    void reportOutcome(const Error& error);

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
    QPushButton* submitButton_;
    QPushButton* acceptButton_;
    QPushButton* returnButton_;
    QPushButton* undoButton_;
    QPushButton* redoButton_;
    QPushButton* printButton_;
    QPushButton* exportButton_;
    QCheckBox* allUnits_;
    QLabel* outputLabel_;
    RegistrationSheetModel* model_;
    RegistrationSheetView* view_;
    QUndoStack* undoStack_;
};

} // namespace thidua::ui
