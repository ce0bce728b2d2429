#pragma once

#include "criteria_table.h"

#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <vector>

namespace thidua::ui {

// The criteria of a table as the tree a clerk edits: groups with their items
// below them, each row a code, a title, a kind, its most points and (per
// occurrence) the points of one occurrence. Turned back into the table's
// print order (a group before its items) by criteria().
class CriteriaTree : public QStandardItemModel {
    Q_OBJECT

public:
    enum Column { Code, Title, Kind, MaxPoints, PointsEach, Columns };

    explicit CriteriaTree(QObject* parent = nullptr);

    void setCriteria(const std::vector<domain::Criterion>& criteria);
    std::vector<domain::Criterion> criteria() const;

    // A new row after `at` (or at the end), or as the last item of `group`.
    QModelIndex addBeside(const QModelIndex& at);
    QModelIndex addBelow(const QModelIndex& group);
    void removeAt(const QModelIndex& at);
    // Up (-1) or down (+1) among its siblings; the new index.
    QModelIndex move(const QModelIndex& at, int step);

    static QString kindName(domain::CriterionKind kind);

private:
    QList<QStandardItem*> makeRow(const domain::Criterion& criterion) const;
    void retitleHeaders();
};

// Chooses a criterion's kind from a list.
class CriterionKindDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace thidua::ui
