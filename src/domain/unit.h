#pragma once

#include "ids.h"

#include <QDate>
#include <QString>

namespace thidua::domain {

// An agency or sub-unit in the organisation tree (Bộ → Vụ, Sở → Phòng …).
// The kind is an open code ("ministry", "department", …) checked by storage.
struct Unit {
    RowId id = NoId;
    QString uuid;
    RowId parentId = NoId;
    QString name;
    QString shortName;
    QString kind = QStringLiteral("other");
    bool hasLegalPersonality = false;
    QDate activeFrom;
    QDate activeTo;
};

} // namespace thidua::domain
