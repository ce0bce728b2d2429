#include "criteria_tree.h"

#include <QComboBox>

#include <array>
#include <functional>

namespace thidua::ui {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

constexpr std::array<domain::CriterionKind, 5> kinds{
    domain::CriterionKind::Quantitative, domain::CriterionKind::PassFail,
    domain::CriterionKind::PerOccurrence, domain::CriterionKind::Bonus,
    domain::CriterionKind::Penalty};

QStandardItem* pointsItem(double value) {
    auto item = new QStandardItem;
    item->setData(value, Qt::EditRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CriteriaTree::CriteriaTree(QObject* parent)
    : QStandardItemModel(0, Columns, parent) {
    retitleHeaders();
}

void CriteriaTree::retitleHeaders() {
    setHorizontalHeaderLabels(
        {tr("Code"), tr("Criterion"), tr("Kind"), tr("Most points"), tr("Each occurrence")});
}

QString CriteriaTree::kindName(domain::CriterionKind kind) {
    switch (kind) {
    case domain::CriterionKind::Quantitative:
        return tr("Against a target");
    case domain::CriterionKind::PassFail:
        return tr("Passed or failed");
    case domain::CriterionKind::PerOccurrence:
        return tr("Per occurrence");
    case domain::CriterionKind::Bonus:
        return tr("Bonus");
    case domain::CriterionKind::Penalty:
        return tr("Penalty");
    }
    return {};
}

QList<QStandardItem*> CriteriaTree::makeRow(const domain::Criterion& criterion) const {
    auto kind = new QStandardItem(kindName(criterion.kind));
    kind->setData(static_cast<int>(criterion.kind), KindRole);
    return {new QStandardItem(criterion.code), new QStandardItem(criterion.title), kind,
            pointsItem(criterion.maxPoints), pointsItem(criterion.pointsEach)};
}

void CriteriaTree::setCriteria(const std::vector<domain::Criterion>& criteria) {
    removeRows(0, rowCount());
    std::vector<QStandardItem*> placed;
    for (const domain::Criterion& criterion : criteria) {
        QList<QStandardItem*> row = makeRow(criterion);
        QStandardItem* parent =
            criterion.parent >= 0 && criterion.parent < static_cast<int>(placed.size())
                ? placed[static_cast<std::size_t>(criterion.parent)]
                : invisibleRootItem();
        parent->appendRow(row);
        placed.push_back(row.front());
    }
}

std::vector<domain::Criterion> CriteriaTree::criteria() const {
    std::vector<domain::Criterion> criteria;
    std::function<void(const QStandardItem*, int)> walk = [&](const QStandardItem* parent,
                                                              int parentIndex) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            auto cell = [&](int column) {
                return parent->child(row, column);
            };
            domain::Criterion criterion;
            criterion.parent = parentIndex;
            criterion.code = cell(Code)->text().trimmed();
            criterion.title = cell(Title)->text().trimmed();
            criterion.kind = static_cast<domain::CriterionKind>(cell(Kind)->data(KindRole).toInt());
            criterion.maxPoints = cell(MaxPoints)->data(Qt::EditRole).toDouble();
            criterion.pointsEach = cell(PointsEach)->data(Qt::EditRole).toDouble();
            criteria.push_back(criterion);
            walk(cell(Code), static_cast<int>(criteria.size()) - 1);
        }
    };
    walk(invisibleRootItem(), -1);
    return criteria;
}

QModelIndex CriteriaTree::addBeside(const QModelIndex& at) {
    QStandardItem* parent = at.isValid() && at.parent().isValid()
                                ? itemFromIndex(at.parent().siblingAtColumn(Code))
                                : invisibleRootItem();
    domain::Criterion criterion;
    criterion.title = tr("New criterion");
    const int row = at.isValid() ? at.row() + 1 : parent->rowCount();
    parent->insertRow(row, makeRow(criterion));
    return indexFromItem(parent->child(row, Title));
}

QModelIndex CriteriaTree::addBelow(const QModelIndex& group) {
    if (!group.isValid())
        return addBeside(group);
    QStandardItem* parent = itemFromIndex(group.siblingAtColumn(Code));
    domain::Criterion criterion;
    criterion.title = tr("New criterion");
    // An item of a bonus or penalty group is of the same kind.
    const auto groupKind =
        static_cast<domain::CriterionKind>(group.siblingAtColumn(Kind).data(KindRole).toInt());
    if (groupKind == domain::CriterionKind::Bonus || groupKind == domain::CriterionKind::Penalty)
        criterion.kind = groupKind;
    parent->appendRow(makeRow(criterion));
    return indexFromItem(parent->child(parent->rowCount() - 1, Title));
}

void CriteriaTree::removeAt(const QModelIndex& at) {
    if (at.isValid())
        removeRow(at.row(), at.parent());
}

QModelIndex CriteriaTree::move(const QModelIndex& at, int step) {
    if (!at.isValid())
        return at;
    QStandardItem* parent = at.parent().isValid() ? itemFromIndex(at.parent().siblingAtColumn(Code))
                                                  : invisibleRootItem();
    const int target = at.row() + step;
    if (target < 0 || target >= parent->rowCount())
        return at;
    const int column = at.column();
    parent->insertRow(target, parent->takeRow(at.row()));
    return indexFromItem(parent->child(target, column));
}

QWidget* CriterionKindDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                             const QModelIndex&) const {
    auto editor = new QComboBox(parent);
    for (domain::CriterionKind kind : kinds)
        editor->addItem(CriteriaTree::kindName(kind), static_cast<int>(kind));
    return editor;
}

void CriterionKindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(KindRole)));
}

void CriterionKindDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                         const QModelIndex& index) const {
    auto combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), KindRole);
    model->setData(index, combo->currentText(), Qt::DisplayRole);
}

} // namespace thidua::ui
