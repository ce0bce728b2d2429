#include "people_model.h"

#include "people_loader.h"
#include "vietnamese_format.h"
#include "workspace.h"

#include <QScopedValueRollback>

#include <variant>

namespace thidua::ui {

PeopleModel::PeopleModel(QObject* parent)
    : QAbstractTableModel(parent) {}

PeopleModel::~PeopleModel() = default;

void PeopleModel::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    loader_.reset();
    workspace_ = workspace;
    if (workspace_) {
        loader_ = std::make_unique<PeopleLoader>(
            workspace_->path(), this, [this](PeoplePageLoaded page) { receive(std::move(page)); });
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                // Units are named in the list: a renamed or moved one changes it too.
                if (std::holds_alternative<services::PersonChanged>(event) ||
                    std::holds_alternative<services::UnitChanged>(event) ||
                    std::holds_alternative<services::DataReloaded>(event))
                    reload();
            });
    }
    reload();
}

void PeopleModel::setSearch(const QString& search) {
    if (search == search_)
        return;
    search_ = search;
    reload();
}

void PeopleModel::setUnit(domain::RowId unitId) {
    if (unitId == unitId_)
        return;
    unitId_ = unitId;
    reload();
}

void PeopleModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, GenderColumn), index(rowCount() - 1, GenderColumn));
}

void PeopleModel::reload() {
    fetching_ = false;
    if (loader_) {
        loading_ = true;
        counting_ = true;
        services::ListFilter filter;
        filter.search = search_;
        filter.unitId = unitId_;
        generation_ = loader_->start(filter, PageSize);
        return;
    }
    // Without a workspace there is nothing to wait for.
    PeoplePageLoaded empty;
    empty.atEnd = true;
    showFirstPage(empty);
    showCount(empty);
}

void PeopleModel::receive(PeoplePageLoaded page) {
    if (page.generation != generation_ || !loader_)
        return; // answers a request the user has moved past
    if (!page.error.isEmpty())
        Q_EMIT loadFailed(page.error);
    if (page.kind == PeoplePageLoaded::Kind::Count)
        return showCount(page);
    if (page.kind == PeoplePageLoaded::Kind::FirstPage)
        return showFirstPage(page);
    fetching_ = false;
    // Stop asking after a failure: a view would otherwise retry on every scroll.
    atEnd_ = page.atEnd || !page.error.isEmpty();
    if (page.rows.empty())
        return;
    const int first = rowCount();
    const QScopedValueRollback announcing(announcing_, true);
    beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(page.rows.begin()),
                 std::make_move_iterator(page.rows.end()));
    endInsertRows();
}

void PeopleModel::showFirstPage(PeoplePageLoaded& page) {
    const QScopedValueRollback announcing(announcing_, true);
    beginResetModel();
    rows_ = std::move(page.rows);
    atEnd_ = page.atEnd || !page.error.isEmpty();
    loading_ = false;
    endResetModel();
}

void PeopleModel::showCount(const PeoplePageLoaded& page) {
    total_ = page.total;
    counting_ = false;
    Q_EMIT totalCountChanged(total_);
}

bool PeopleModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !atEnd_ && !loading_ && !fetching_ && !announcing_;
}

void PeopleModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    fetching_ = true;
    loader_->fetchMore(generation_);
}

const services::ListedPerson* PeopleModel::personAt(int row) const {
    return row >= 0 && row < rowCount() ? &rows_[static_cast<std::size_t>(row)] : nullptr;
}

int PeopleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int PeopleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const services::ListedPerson& person = rows_[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case NameColumn:
        return person.fullName;
    case GenderColumn:
        return person.gender == domain::Gender::Male ? tr("Male") : tr("Female");
    case BirthDateColumn:
        return domain::vn::formatDate(person.birthDate);
    case PositionColumn:
        return person.position;
    case UnitColumn:
        return person.unitName;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Full name");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Date of birth");
    case PositionColumn:
        return tr("Position");
    case UnitColumn:
        return tr("Unit");
    }
    return {};
}

} // namespace thidua::ui
