#include "change_events.h"

#include <algorithm>

namespace thidua::services {

int ChangeNotifier::subscribe(Listener listener) {
    listeners_.emplace_back(nextId_, std::move(listener));
    return nextId_++;
}

void ChangeNotifier::unsubscribe(int subscription) {
    std::erase_if(listeners_, [&](const auto& entry) { return entry.first == subscription; });
}

void ChangeNotifier::publish(const ChangeEvent& event) const {
    // A copy, so that a listener may unsubscribe while being notified.
    const auto listeners = listeners_;
    for (const auto& [id, listener] : listeners)
        listener(event);
}

} // namespace thidua::services
