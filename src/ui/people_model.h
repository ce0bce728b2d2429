#pragma once

#include "catalogue_service.h"
#include "change_subscription.h"

#include <QAbstractTableModel>

#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

// The people list, loaded lazily: the first page on reset, further pages when
// a view scrolls near the end (canFetchMore/fetchMore), each a keyset page from
// the catalogue service, so even 100,000 people never load at once. Resets
// itself when people or the whole data set change.
class PeopleModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        PositionColumn,
        UnitColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit PeopleModel(QObject* parent = nullptr);

    // The workspace must outlive the model or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // Diacritics and case are ignored: "nguyen thi to nga" finds "Nguyễn Thị Tố Nga".
    void setSearch(const QString& search);
    QString search() const { return search_; }
    // People matching the search, loaded or not.
    qint64 totalCount() const { return total_; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A page could not be read; the message is for the user.
    void loadFailed(const QString& message);

private:
    void reload();
    std::vector<services::PersonRow> nextPage();

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    QString search_;
    std::vector<services::PersonRow> rows_;
    services::PeopleCursor cursor_;
    qint64 total_ = 0;
    bool atEnd_ = true;
    // Set while a reset or an insertion is announced: a listener that fetched
    // more rows then would insert them before the listeners after it have heard
    // of the change in progress.
    bool announcing_ = false;
};

} // namespace thidua::ui
