#include "import_problems_model.h"

#include <QStringList>

namespace thidua::ui {

ImportProblemsModel::ImportProblemsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportProblemsModel::setProblems(std::vector<services::ImportProblem> problems) {
    beginResetModel();
    problems_ = std::move(problems);
    endResetModel();
}

QString ImportProblemsModel::text(const services::ImportProblem& problem, int column) const {
    switch (column) {
    case LineColumn:
        // Line 0 is the file as a whole: its header line, its columns.
        return problem.line > 0 ? QString::number(problem.line) : tr("whole file");
    case ColumnColumn:
        return problem.column;
    case MessageColumn:
        return problem.message;
    }
    return {};
}

QString ImportProblemsModel::toText(const QList<int>& rows) const {
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    auto add = [&](const services::ImportProblem& problem) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << text(problem, column).replace(QLatin1Char('\t'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    };
    if (rows.isEmpty())
        for (const auto& problem : problems_)
            add(problem);
    for (int row : rows)
        if (row >= 0 && row < rowCount())
            add(problems_[static_cast<std::size_t>(row)]);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int ImportProblemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(problems_.size());
}

int ImportProblemsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const services::ImportProblem& problem = problems_[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole)
        return text(problem, index.column());
    // A long message is read in full in its tooltip.
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return problem.message;
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace thidua::ui
