#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

namespace thidua::domain {

// Đăng ký thi đua: a person or a collective aims for a title in a period.
enum class RegistrationStatus { Draft, Submitted, Accepted, Returned };

struct Registration {
    RowId id = NoId;
    QString uuid;
    RowId periodId = NoId;
    RowId personId = NoId; // exactly one of personId and unitId is set
    RowId unitId = NoId;
    QString titleCode;
    RegistrationStatus status = RegistrationStatus::Draft;
    QString returnReason;
    QDate registeredOn;
};

} // namespace thidua::domain
