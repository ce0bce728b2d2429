#pragma once

#include "conduct_service.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class ConductSteps;

// Đánh giá, kỷ luật: the yearly grades of a person or a unit and, for a
// person, the discipline records. Every change is written at once through
// ConductService (a refusal is shown in the dialog) and is a step of the
// dialog's own undo stack, so Ctrl+Z takes back the last change while the
// dialog is open. Meant to be open()ed; conductChanged follows every change,
// undo and redo included.
class ConductDialog : public QDialog {
    Q_OBJECT

public:
    ConductDialog(services::Workspace& workspace, const services::ConductSubject& subject,
                  const QString& subjectName, QWidget* parent = nullptr);
    ~ConductDialog() override;

    QUndoStack* undoStack() const { return undoStack_; }

Q_SIGNALS:
    void conductChanged();

private:
    QWidget* buildGrades();
    QWidget* buildDiscipline();
    void reload();
    void gradeRowChosen();
    void saveGrade();
    void removeGrade();
    void editDiscipline(const domain::Discipline& record);
    const domain::Discipline* chosenRecord() const;
    void showOutcome(const Status& status);

    services::Workspace& workspace_;
    services::ConductSubject subject_;
    QUndoStack* undoStack_;
    std::unique_ptr<ConductSteps> steps_;
    std::vector<domain::Evaluation> grades_;
    std::vector<domain::Discipline> records_;
    QTableWidget* gradeTable_;
    QSpinBox* year_;
    QComboBox* grade_;
    QLineEdit* note_;
    QPushButton* saveGrade_;
    QPushButton* removeGrade_;
    QTableWidget* disciplineTable_ = nullptr;
    QLabel* error_;
};

} // namespace thidua::ui
