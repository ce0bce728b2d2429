#include "uuid_v7.h"

#include <QUuid>

namespace thidua::domain {

QString uuidV7(qint64 unixMilliseconds, quint64 randomHigh, quint64 randomLow) {
    const auto time = static_cast<quint64>(unixMilliseconds) & 0xffffffffffffULL;
    // time (48) | version 7 (4) | random (12)
    const quint64 high = (time << 16) | 0x7000ULL | (randomHigh & 0x0fffULL);
    // variant 10 (2) | random (62)
    const quint64 low = (randomLow & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    return QUuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                 static_cast<ushort>(high), static_cast<uchar>(low >> 56),
                 static_cast<uchar>(low >> 48), static_cast<uchar>(low >> 40),
                 static_cast<uchar>(low >> 32), static_cast<uchar>(low >> 24),
                 static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8),
                 static_cast<uchar>(low))
        .toString(QUuid::WithoutBraces);
}

} // namespace thidua::domain
