#pragma once

#include <QString>
#include <QUuid>

#include <iterator>
#include <random>

namespace thidua::services::demo {

// The only source of chance in demo data: the same seed gives the same
// database, uuids included. Uses the engine's raw output (not the library's
// distributions, whose results differ between standard libraries).
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed)
        : engine_(seed) {}

    int below(int bound) { return static_cast<int>(engine_() % static_cast<quint64>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename Container>
    const auto& pick(const Container& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(std::size(items))))];
    }

    QString uuid() {
        const quint64 high = (engine_() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
        const quint64 low = (engine_() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
        return QUuid(static_cast<uint>(high >> 32), static_cast<ushort>(high >> 16),
                     static_cast<ushort>(high), static_cast<uchar>(low >> 56),
                     static_cast<uchar>(low >> 48), static_cast<uchar>(low >> 40),
                     static_cast<uchar>(low >> 32), static_cast<uchar>(low >> 24),
                     static_cast<uchar>(low >> 16), static_cast<uchar>(low >> 8),
                     static_cast<uchar>(low))
            .toString(QUuid::WithoutBraces);
    }

private:
    std::mt19937_64 engine_;
};

} // namespace thidua::services::demo
