#include "change_subscription.h"

#include <utility>

namespace thidua::ui {

ChangeSubscription::ChangeSubscription(services::ChangeNotifier& notifier,
                                       services::ChangeNotifier::Listener listener)
    : notifier_(&notifier)
    , id_(notifier.subscribe(std::move(listener))) {}

ChangeSubscription::~ChangeSubscription() {
    reset();
}

ChangeSubscription::ChangeSubscription(ChangeSubscription&& other) noexcept
    : notifier_(std::exchange(other.notifier_, nullptr))
    , id_(std::exchange(other.id_, 0)) {}

ChangeSubscription& ChangeSubscription::operator=(ChangeSubscription&& other) noexcept {
    if (this != &other) {
        reset();
        notifier_ = std::exchange(other.notifier_, nullptr);
        id_ = std::exchange(other.id_, 0);
    }
    return *this;
}

void ChangeSubscription::reset() {
    if (notifier_)
        notifier_->unsubscribe(id_);
    notifier_ = nullptr;
    id_ = 0;
}

} // namespace thidua::ui
