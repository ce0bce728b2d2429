#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace thidua::ui {

// Keeps the units whose name or short name has every typed word as a word
// beginning (diacritics ignored, as in every list), with the units above them
// so the tree still reads; the "All units" row always stays.
class UnitTreeFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit UnitTreeFilter(QObject* parent = nullptr);

    void setSearch(const QString& typed);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList words_;
};

} // namespace thidua::ui
