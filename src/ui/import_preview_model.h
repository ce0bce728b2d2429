#pragma once

#include "import_fields.h"
#include "import_preview.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// The first rows of an import file as the import will read them: one column
// per field that has a column, headed by the field, each cell cleaned as the
// import cleans it; rows headed by their line in the file.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    void setPreview(const std::vector<services::ImportField>& fields,
                    const services::ImportPreview& preview, const services::ImportMapping& mapping);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Column {
        QString label;  // the field
        QString source; // the file's column, for the tooltip
        int index = -1;
    };
    std::vector<Column> columns_;
    std::vector<services::ImportPreviewRow> rows_;
};

} // namespace thidua::ui
