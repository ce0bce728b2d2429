#include "unit_panel.h"

#include "catalogue_service.h"
#include "unit_tree_filter.h"
#include "unit_tree_model.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTreeView>
#include <QVBoxLayout>

#include <variant>

namespace thidua::ui {

UnitPanel::UnitPanel(QWidget* parent)
    : QWidget(parent)
    , filter_(new QLineEdit(this))
    , tree_(new QTreeView(this))
    , model_(new UnitTreeModel(this))
    , proxy_(new UnitTreeFilter(this)) {
    filter_->setObjectName(QStringLiteral("unitFilterEdit"));
    tree_->setObjectName(QStringLiteral("unitTreeView"));
    filter_->setClearButtonEnabled(true);
    proxy_->setSourceModel(model_);
    tree_->setModel(proxy_);
    tree_->setHeaderHidden(true);
    tree_->setUniformRowHeights(true);
    tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree_->header()->setStretchLastSection(true);

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(filter_);
    layout->addWidget(tree_, 1);

    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& typed) {
        // Rows filtered away move the current row; that is not the user's choice.
        const QScopedValueRollback quiet(rearranging_, true);
        proxy_->setSearch(typed);
        // Searching is for finding: show where each match sits.
        if (typed.trimmed().isEmpty())
            tree_->collapseAll();
        else
            tree_->expandAll();
        tree_->expand(proxy_->mapFromSource(model_->indexOf(domain::NoId)));
        selectUnit(selected_);
    });
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const domain::RowId id = idAt(current);
                if (rearranging_ || !current.isValid() || id == selected_)
                    return;
                selected_ = id;
                Q_EMIT unitSelected(id);
            });
    connect(tree_, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const domain::RowId id = idAt(index); id != domain::NoId)
            Q_EMIT unitActivated(id);
    });
    retranslate();
}

UnitPanel::~UnitPanel() = default;

void UnitPanel::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                if (std::holds_alternative<services::UnitChanged>(event) ||
                    std::holds_alternative<services::DataReloaded>(event))
                    reload();
            });
    reload();
}

void UnitPanel::reload() {
    std::vector<domain::Unit> units;
    if (workspace_) {
        auto loaded = workspace_->catalogue().units();
        if (loaded)
            units = std::move(*loaded);
        else
            Q_EMIT loadFailed(loaded.error().message);
    }
    // The tree opens as far as the user had it open, on the same unit.
    const QScopedValueRollback quiet(rearranging_, true);
    QList<domain::RowId> expanded;
    for (const domain::Unit& unit : model_->units())
        if (tree_->isExpanded(proxy_->mapFromSource(model_->indexOf(unit.id))))
            expanded << unit.id;
    model_->setUnits(std::move(units));
    for (domain::RowId id : expanded)
        tree_->expand(proxy_->mapFromSource(model_->indexOf(id)));
    selectUnit(model_->unit(selected_) ? selected_ : domain::NoId);
    if (!model_->unit(selected_) && selected_ != domain::NoId) {
        selected_ = domain::NoId; // the unit is gone: back to everyone
        Q_EMIT unitSelected(selected_);
    }
}

const domain::Unit* UnitPanel::selectedUnit() const {
    return model_->unit(selected_);
}

void UnitPanel::selectUnit(domain::RowId id) {
    const QModelIndex index = proxy_->mapFromSource(model_->indexOf(id));
    if (!index.isValid())
        return;
    for (QModelIndex above = index.parent(); above.isValid(); above = above.parent())
        tree_->expand(above);
    tree_->setCurrentIndex(index);
    tree_->scrollTo(index);
}

const std::vector<domain::Unit>& UnitPanel::units() const {
    return model_->units();
}

void UnitPanel::retranslate() {
    filter_->setPlaceholderText(tr("Filter units"));
    model_->retranslate();
}

domain::RowId UnitPanel::idAt(const QModelIndex& index) const {
    return index.data(UnitTreeModel::UnitIdRole).toLongLong();
}

} // namespace thidua::ui
