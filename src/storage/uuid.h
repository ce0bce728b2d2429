#pragma once

#include "uuid_v7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace thidua::storage {

// Keeps a uuid the caller chose (an import, a deterministic demo), or makes a
// time-ordered one. Its random bits only keep ids of the same millisecond
// apart, so they come from Qt's seeded generator rather than one system call
// each, which an import of many rows feels.
inline QString ensureUuid(const QString& uuid) {
    if (!uuid.isEmpty())
        return uuid;
    auto* random = QRandomGenerator::global();
    return domain::uuidV7(QDateTime::currentMSecsSinceEpoch(), random->generate64(),
                          random->generate64());
}

} // namespace thidua::storage
