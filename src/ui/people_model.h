#pragma once

#include "change_subscription.h"
#include "listing_types.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace thidua::services {
class Workspace;
}

namespace thidua::ui {

class PeopleLoader;
struct PeoplePageLoaded;

// The people list, loaded lazily and off the GUI thread: a new search or a
// change event asks a PeopleLoader for the first page, then the count, and the
// rows shown stay until the answer comes; scrolling near the end asks for the
// next keyset page (canFetchMore/fetchMore). Only the answers to the latest
// request are used, so fast typing never shows a stale list.
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
    ~PeopleModel() override;

    // The workspace must outlive the model or be replaced first.
    void setWorkspace(services::Workspace* workspace);
    // Diacritics and case are ignored: "nguyen thi to nga" finds "Nguyễn Thị Tố Nga".
    void setSearch(const QString& search);
    QString search() const { return search_; }
    // That unit and everything below it; NoId for everyone.
    void setUnit(domain::RowId unitId);
    // People matching the search, loaded or not.
    qint64 totalCount() const { return total_; }
    // The person shown in row, or nullptr outside the rows loaded.
    const services::ListedPerson* personAt(int row) const;
    // True from a new search or change until its first page and its count
    // are shown; the rows come first.
    bool isLoading() const { return loading_ || counting_; }
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // The count arrives after the first page of a new list.
    void totalCountChanged(qint64 total);
    // A page could not be read; the message is for the user.
    void loadFailed(const QString& message);

private:
    void reload();
    void receive(PeoplePageLoaded page);
    void showFirstPage(PeoplePageLoaded& page);
    void showCount(const PeoplePageLoaded& page);

    services::Workspace* workspace_ = nullptr;
    ChangeSubscription subscription_;
    QString search_;
    domain::RowId unitId_ = domain::NoId;
    std::unique_ptr<PeopleLoader> loader_;
    quint64 generation_ = 0; // of the latest request
    std::vector<services::ListedPerson> rows_;
    qint64 total_ = 0;
    bool atEnd_ = true;
    bool loading_ = false;
    bool counting_ = false;
    bool fetching_ = false;
    // Set while a reset or an insertion is announced: a listener that fetched
    // more rows then would insert them before the listeners after it have heard
    // of the change in progress.
    bool announcing_ = false;
};

} // namespace thidua::ui
