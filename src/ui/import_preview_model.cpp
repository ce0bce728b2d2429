#include "import_preview_model.h"

#include "import_job.h"
#include "vietnamese_text.h"

namespace thidua::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const std::vector<services::ImportField>& fields,
                                    const services::ImportPreview& preview,
                                    const services::ImportMapping& mapping) {
    beginResetModel();
    columns_.clear();
    for (const services::ImportField& field : fields)
        if (const int column = mapping.value(field.key, -1); column >= 0)
            columns_.push_back({field.label, columnTitle(preview, column), column});
    rows_ = preview.rows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(columns_.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const auto& cells = rows_[static_cast<std::size_t>(index.row())].cells;
    // The import reads cells in NFC with single spaces; show them so.
    return domain::vn::normalized(
        cells.value(columns_[static_cast<std::size_t>(index.column())].index));
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        const Column& column = columns_[static_cast<std::size_t>(section)];
        if (role == Qt::DisplayRole)
            return column.label;
        if (role == Qt::ToolTipRole)
            return tr("From the file's column %1").arg(column.source);
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount() &&
        role == Qt::DisplayRole)
        return rows_[static_cast<std::size_t>(section)].line;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace thidua::ui
