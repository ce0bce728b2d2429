#pragma once

#include "uuid_v7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace thidua::storage {

// Keeps a uuid the caller chose (an import, a deterministic demo), or makes a
// time-ordered one.
inline QString ensureUuid(const QString& uuid) {
    if (!uuid.isEmpty())
        return uuid;
    auto* random = QRandomGenerator::system();
    return domain::uuidV7(QDateTime::currentMSecsSinceEpoch(), random->generate64(),
                          random->generate64());
}

} // namespace thidua::storage
