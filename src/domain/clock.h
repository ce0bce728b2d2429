#pragma once

#include <QDate>
#include <QDateTime>

namespace thidua::domain {

// "Now" is injected so that deadlines, periods and audit times are testable.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace thidua::domain
