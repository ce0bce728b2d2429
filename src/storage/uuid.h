#pragma once

#include <QString>
#include <QUuid>

namespace thidua::storage {

// Keeps a uuid the caller chose (an import, a deterministic demo), or makes one.
inline QString ensureUuid(const QString& uuid) {
    return uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid;
}

} // namespace thidua::storage
