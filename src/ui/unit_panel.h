#pragma once

#include "change_subscription.h"
#include "unit.h"

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class UnitTreeFilter;
class UnitTreeModel;

// The organisation tree beside the people list: a filter as you type and the
// tree, read again whenever units change. Choosing a unit narrows the people
// list to it and everything below it; "All units" widens it again.
class UnitPanel : public QWidget {
    Q_OBJECT

public:
    explicit UnitPanel(QWidget* parent = nullptr);
    ~UnitPanel() override;

    // The workspace must outlive the panel or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // nullptr while "All units" is chosen.
    const domain::Unit* selectedUnit() const;
    void selectUnit(domain::RowId id);
    const std::vector<domain::Unit>& units() const;
    QTreeView* treeView() const { return tree_; }
    void retranslate();

Q_SIGNALS:
    // NoId for "All units".
    void unitSelected(domain::RowId id);
    // Double click or Enter on a unit.
    void unitActivated(domain::RowId id);
    void loadFailed(const QString& message);

private:
    void reload();
    domain::RowId idAt(const QModelIndex& index) const;

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    QLineEdit* filter_;
    QTreeView* tree_;
    UnitTreeModel* model_;
    UnitTreeFilter* proxy_;
    domain::RowId selected_ = domain::NoId;
    bool rearranging_ = false; // the tree is being filtered or reloaded
};

} // namespace thidua::ui
