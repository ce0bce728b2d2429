#pragma once

#include "listing_types.h"

#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

namespace thidua::ui {

// One answer of the loader for the list that `generation` started: a page of
// it, or, right after the first page, how many people it holds.
struct PeoplePageLoaded {
    enum class Kind { FirstPage, NextPage, Count };
    quint64 generation = 0;
    Kind kind = Kind::FirstPage;
    std::vector<services::ListedPerson> rows;
    bool atEnd = false;
    qint64 total = 0; // Count only
    QString error;    // for the user; rows are empty then
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

    // Starts a new list; answers with its first page, then with its count,
    // which can take longer when many people match.
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
