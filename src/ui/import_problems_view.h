#pragma once

#include "import_report.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace thidua::ui {

class ImportProblemsModel;

// The problems of an import as a table the clerk can work through and copy
// (the button, or Ctrl+C on the selected rows) into a spreadsheet or a mail.
class ImportProblemsView : public QWidget {
    Q_OBJECT

public:
    // objectNamePrefix names the table and the button for tests:
    // "<prefix>TableView", "<prefix>CopyButton".
    ImportProblemsView(const QString& objectNamePrefix, QWidget* parent = nullptr);

    void setProblems(std::vector<services::ImportProblem> problems);
    ImportProblemsModel* model() const { return model_; }
    QTableView* table() const { return table_; }

private:
    static constexpr int MaxFittedRows = 500;

    void fitRows();
    void copy(bool selectedOnly);

    ImportProblemsModel* model_;
    QTableView* table_;
    QPushButton* copyButton_;
};

} // namespace thidua::ui
