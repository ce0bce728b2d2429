#pragma once

#include "registration_service.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::ui {

// A unit's registration sheet: one row per person in list order, the titles
// they registered typed as clerks write them ("CSTĐCS, LĐTT"). Editing the
// titles cell does not write: it asks for the change (titlesEdited), so that
// the page can make it an undoable step.
class RegistrationSheetModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        NameColumn,
        PositionColumn,
        TitlesColumn,
        StatusColumn,
        ColumnCount
    };

    explicit RegistrationSheetModel(QObject* parent = nullptr);

    void setSheet(std::vector<services::SheetPerson> sheet);
    const services::SheetPerson& person(int row) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "CSTĐCS, LĐTT" -> {"CSTĐCS", "LĐTT"}; commas, semicolons and "+" separate.
    static QStringList splitTitles(const QString& typed);

Q_SIGNALS:
    void titlesEdited(int row, const QStringList& titles);

private:
    std::vector<services::SheetPerson> sheet_;
};

} // namespace thidua::ui
