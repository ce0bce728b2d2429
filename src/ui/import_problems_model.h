#pragma once

#include "import_report.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// The problems an import check found: line, column as the file heads it, and
// what is wrong, in the order the import found them.
class ImportProblemsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, ColumnColumn, MessageColumn, ColumnCount };

    explicit ImportProblemsModel(QObject* parent = nullptr);

    void setProblems(std::vector<services::ImportProblem> problems);

    // Tab-separated with a header line, so that the list pastes into a
    // spreadsheet column by column. rows: the rows to copy, all when empty.
    QString toText(const QList<int>& rows = {}) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const services::ImportProblem& problem, int column) const;

    std::vector<services::ImportProblem> problems_;
};

} // namespace thidua::ui
