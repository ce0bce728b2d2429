#include "vietnamese_completer.h"

#include "vietnamese_text.h"

#include <QStandardItemModel>

namespace thidua::ui {

VietnameseCompleter::VietnameseCompleter(QObject* parent)
    : QCompleter(parent)
    , items_(new QStandardItemModel(this)) {
    setModel(items_);
    setCompletionRole(SearchKeyRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
}

void VietnameseCompleter::clear() {
    items_->clear();
}

void VietnameseCompleter::addItem(const QString& text, const QVariant& value) {
    auto item = new QStandardItem(text);
    item->setData(domain::vn::searchKey(text), SearchKeyRole);
    item->setData(value, ValueRole);
    item->setEditable(false);
    items_->appendRow(item);
}

QStringList VietnameseCompleter::splitPath(const QString& path) const {
    return {domain::vn::searchKey(path)};
}

} // namespace thidua::ui
