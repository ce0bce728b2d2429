#pragma once

#include "clock.h"

namespace thidua::test {

// A clock that stands still until a test moves it.
class FakeClock final : public domain::Clock {
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 1, 15), QTime(9, 0)))
        : now_(std::move(now)) {}
    QDateTime now() const override { return now_; }
    void set(QDateTime now) { now_ = std::move(now); }
    void advanceDays(int days) { now_ = now_.addDays(days); }

private:
    QDateTime now_;
};

} // namespace thidua::test
