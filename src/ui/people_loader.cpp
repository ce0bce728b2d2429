#include "people_loader.h"

#include "clock.h"
#include "listing_service.h"
#include "workspace.h"

#include <QCoreApplication>

#include <atomic>
#include <optional>

namespace thidua::ui {

struct PeopleLoader::State {
    QString path;
    QPointer<QObject> receiver;
    Receive receive;
    std::atomic<quint64> latest{0};
    int pageSize = 200;
    // Touched on the loader's thread only.
    domain::SystemClock clock;
    std::unique_ptr<services::Workspace> reader;
    std::optional<services::PeopleListing> listing;

    void answer(PeoplePageLoaded page) {
        QMetaObject::invokeMethod(
            receiver.data(),
            [receive = receive, page = std::move(page)]() mutable { receive(std::move(page)); },
            Qt::QueuedConnection);
    }

    QString openReader() {
        if (reader)
            return {};
        auto opened = services::Workspace::openForReading(path, clock);
        if (!opened)
            return opened.error().message;
        reader = std::move(*opened);
        return {};
    }

    // Separate from the first page, which is shown without waiting for it.
    void count(quint64 generation, const services::ListFilter& filter) {
        if (generation != latest)
            return;
        PeoplePageLoaded counted;
        counted.generation = generation;
        counted.kind = PeoplePageLoaded::Kind::Count;
        auto total = reader->listing().countPeople(filter);
        if (total)
            counted.total = *total;
        else
            counted.error = total.error().message;
        answer(std::move(counted));
    }

    void nextPage(PeoplePageLoaded& page) {
        auto rows = listing->fetch(pageSize);
        if (!rows) {
            page.error = rows.error().message;
            return;
        }
        page.rows = std::move(*rows);
        page.atEnd = listing->atEnd();
    }
};

PeopleLoader::PeopleLoader(const QString& path, QObject* receiver, Receive receive)
    : state_(std::make_shared<State>())
    , worker_(new QObject) {
    state_->path = path;
    state_->receiver = receiver;
    state_->receive = std::move(receive);
    worker_->moveToThread(&thread_);
    QObject::connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

PeopleLoader::~PeopleLoader() {
    // The connection is closed on the thread that used it.
    post([](State& state) {
        state.listing.reset();
        state.reader.reset();
    });
    thread_.quit();
    thread_.wait();
}

void PeopleLoader::post(std::function<void(State&)> work) {
    QMetaObject::invokeMethod(
        worker_, [state = state_, work = std::move(work)] { work(*state); }, Qt::QueuedConnection);
}

quint64 PeopleLoader::start(const services::ListFilter& filter, int pageSize) {
    const quint64 generation = ++state_->latest;
    post([generation, filter, pageSize](State& state) {
        if (generation != state.latest)
            return; // the user has typed on; a newer list is queued
        PeoplePageLoaded page;
        page.generation = generation;
        page.atEnd = true;
        state.pageSize = pageSize;
        state.listing.reset();
        page.error = state.openReader();
        if (page.error.isEmpty()) {
            auto listing = state.reader->listing().people(filter);
            if (!listing) {
                page.error = listing.error().message;
            } else {
                state.listing = std::move(*listing);
                state.nextPage(page);
            }
        }
        const bool listed = page.error.isEmpty();
        state.answer(std::move(page));
        if (listed)
            state.count(generation, filter);
    });
    return generation;
}

void PeopleLoader::fetchMore(quint64 generation) {
    post([generation](State& state) {
        if (generation != state.latest || !state.listing)
            return;
        PeoplePageLoaded page;
        page.generation = generation;
        page.kind = PeoplePageLoaded::Kind::NextPage;
        state.nextPage(page);
        state.answer(std::move(page));
    });
}

} // namespace thidua::ui
