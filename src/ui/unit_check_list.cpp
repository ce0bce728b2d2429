#include "unit_check_list.h"

#include "vietnamese_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace thidua::ui {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int SearchKeyRole = Qt::UserRole + 1;

} // namespace

UnitCheckList::UnitCheckList(QWidget* parent)
    : QWidget(parent)
    , filter_(new QLineEdit(this))
    , list_(new QListWidget(this))
    , all_(new QPushButton(this))
    , none_(new QPushButton(this)) {
    filter_->setObjectName(QStringLiteral("unitFilterEdit"));
    list_->setObjectName(QStringLiteral("unitCheckList"));
    all_->setObjectName(QStringLiteral("checkAllButton"));
    none_->setObjectName(QStringLiteral("checkNoneButton"));
    filter_->setClearButtonEnabled(true);
    auto top = new QHBoxLayout;
    top->addWidget(filter_, 1);
    top->addWidget(all_);
    top->addWidget(none_);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(list_, 1);
    connect(filter_, &QLineEdit::textChanged, this, &UnitCheckList::filter);
    connect(all_, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none_, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    retranslate();
}

void UnitCheckList::setUnits(const std::vector<std::pair<domain::RowId, QString>>& units) {
    list_->clear();
    for (const auto& [id, name] : units) {
        auto item = new QListWidgetItem(name, list_);
        item->setData(IdRole, id);
        item->setData(SearchKeyRole, domain::vn::searchKey(name));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    filter(filter_->text());
}

void UnitCheckList::setCheckedIds(const std::vector<domain::RowId>& ids) {
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        const bool checked = std::ranges::find(ids, item->data(IdRole).toLongLong()) != ids.end();
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

std::vector<domain::RowId> UnitCheckList::checkedIds() const {
    std::vector<domain::RowId> ids;
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->checkState() == Qt::Checked)
            ids.push_back(list_->item(row)->data(IdRole).toLongLong());
    return ids;
}

// Only the units the filter shows: "tick all Sở" is filter, then All.
void UnitCheckList::setAllChecked(bool checked) {
    for (int row = 0; row < list_->count(); ++row)
        if (!list_->item(row)->isHidden())
            list_->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void UnitCheckList::filter(const QString& text) {
    const QString key = domain::vn::searchKey(text);
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        item->setHidden(!item->data(SearchKeyRole).toString().contains(key));
    }
}

void UnitCheckList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnitCheckList::retranslate() {
    filter_->setPlaceholderText(tr("Filter units…"));
    all_->setText(tr("Tick all"));
    none_->setText(tr("Untick all"));
}

} // namespace thidua::ui
