#pragma once

#include "listing_types.h"

#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace thidua::ui {

// One answer of the loader: a page of the list asked for by `generation`.
struct PeoplePageLoaded {
    quint64 generation = 0;
    bool first = false; // the list's first page; it also carries the count
    std::vector<services::ListedPerson> rows;
    bool atEnd = false;
    qint64 total = 0;
    QString error; // for the user; rows are empty then
};

// Reads the people list on a thread of its own, through a read-only
// connection to the workspace's file, so that neither typing in the search box
// nor scrolling ever waits for the database. Every start() begins a new
// generation: requests of an older one still queued are skipped unread, and
// the receiver drops any answer that is not of the latest.
class PeopleLoader {
public:
    using Receive = std::function<void(PeoplePageLoaded)>;

    // receive runs on receiver's thread, never after receiver is gone.
    PeopleLoader(const QString& path, QObject* receiver, Receive receive);
    ~PeopleLoader();
    PeopleLoader(const PeopleLoader&) = delete;
    PeopleLoader& operator=(const PeopleLoader&) = delete;

    // Starts a new list; answers with its first page and its count.
    quint64 start(const services::ListFilter& filter, int pageSize);
    // Answers with the next page of the list that generation started.
    void fetchMore(quint64 generation);

private:
    struct State;
    void post(std::function<void(State&)> work);

    std::shared_ptr<State> state_;
    QThread thread_;
    QObject* worker_ = nullptr; // lives on thread_; work is posted to it
};

} // namespace thidua::ui
