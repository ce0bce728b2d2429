#pragma once

#include "change_events.h"

namespace thidua::ui {

// A listener on a workspace's change events that unsubscribes when it is reset
// or destroyed, so a view never hears about a workspace it has left. The
// notifier must outlive the subscription.
class ChangeSubscription {
public:
    ChangeSubscription() = default;
    ChangeSubscription(services::ChangeNotifier& notifier,
                       services::ChangeNotifier::Listener listener);
    ~ChangeSubscription();
    ChangeSubscription(ChangeSubscription&& other) noexcept;
    ChangeSubscription& operator=(ChangeSubscription&& other) noexcept;
    ChangeSubscription(const ChangeSubscription&) = delete;
    ChangeSubscription& operator=(const ChangeSubscription&) = delete;

    void reset();

private:
    services::ChangeNotifier* notifier_ = nullptr;
    int id_ = 0;
};

} // namespace thidua::ui
