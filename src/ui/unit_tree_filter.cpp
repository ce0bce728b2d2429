#include "unit_tree_filter.h"

#include "ids.h"
#include "unit_tree_model.h"
#include "vietnamese_text.h"

namespace thidua::ui {

UnitTreeFilter::UnitTreeFilter(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true);
}

void UnitTreeFilter::setSearch(const QString& typed) {
    QStringList words = domain::vn::searchWords(typed);
    if (words == words_)
        return;
    words_ = std::move(words);
    invalidateRowsFilter();
}

bool UnitTreeFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (words_.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (row.data(UnitTreeModel::UnitIdRole).toLongLong() == domain::NoId)
        return true;
    return domain::vn::wordsMatch(row.data(UnitTreeModel::SearchKeyRole).toString(), words_);
}

} // namespace thidua::ui
