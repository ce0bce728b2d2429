#pragma once

#include <QString>
#include <QtGlobal>

namespace thidua::domain {

// A version-7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then
// random bits. Ids made later sort later, so the unique index on uuid grows
// at its end instead of splitting pages at random as version 4 would.
QString uuidV7(qint64 unixMilliseconds, quint64 randomHigh, quint64 randomLow);

} // namespace thidua::domain
