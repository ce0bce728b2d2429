#pragma once

#include "ids.h"
#include "person_name.h"

#include <QDate>
#include <QString>

namespace thidua::domain {

enum class Gender { Female, Male };

struct Person {
    RowId id = NoId;
    QString uuid;
    PersonName name;
    Gender gender = Gender::Female;
    QDate birthDate;
    QString identityNumber;
    RowId unitId = NoId;
    QString position;
};

} // namespace thidua::domain
