#include "people_model.h"

#include "vietnamese_format.h"
#include "workspace.h"

#include <QScopedValueRollback>

#include <variant>

namespace thidua::ui {

PeopleModel::PeopleModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PeopleModel::setWorkspace(services::Workspace* workspace) {
    subscription_.reset();
    workspace_ = workspace;
    if (workspace_)
        subscription_ =
            ChangeSubscription(workspace_->changes(), [this](const services::ChangeEvent& event) {
                // A renamed unit changes the unit column too, but this list does
                // not show units yet: only these events can change its rows.
                if (std::holds_alternative<services::PersonChanged>(event) ||
                    std::holds_alternative<services::DataReloaded>(event))
                    reload();
            });
    reload();
}

void PeopleModel::setSearch(const QString& search) {
    if (search == search_)
        return;
    search_ = search;
    reload();
}

void PeopleModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, GenderColumn), index(rowCount() - 1, GenderColumn));
}

void PeopleModel::reload() {
    const QScopedValueRollback announcing(announcing_, true);
    beginResetModel();
    rows_.clear();
    cursor_ = {};
    total_ = 0;
    atEnd_ = workspace_ == nullptr;
    if (workspace_) {
        if (auto count = workspace_->catalogue().countPeople(search_))
            total_ = *count;
        else
            Q_EMIT loadFailed(count.error().message);
        rows_ = nextPage();
    }
    endResetModel();
}

std::vector<services::PersonRow> PeopleModel::nextPage() {
    auto page = workspace_->catalogue().people(search_, cursor_, PageSize);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll.
        atEnd_ = true;
        Q_EMIT loadFailed(page.error().message);
        return {};
    }
    atEnd_ = page->rows.size() < static_cast<std::size_t>(PageSize);
    cursor_ = page->next;
    return std::move(page->rows);
}

bool PeopleModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !atEnd_ && !announcing_;
}

void PeopleModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    std::vector<services::PersonRow> page = nextPage();
    if (page.empty())
        return;
    const int first = rowCount();
    const QScopedValueRollback announcing(announcing_, true);
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(page.begin()),
                 std::make_move_iterator(page.end()));
    endInsertRows();
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
    const services::PersonRow& person = rows_[static_cast<std::size_t>(index.row())];
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
