#pragma once

#include "uuid_v7.h"

#include <QString>

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
    // A second chance of its own whose ids come after the first's: records added
    // to the demo later draw from it, so the earlier ones stay as they were.
    DemoRandom(quint64 seed, const DemoRandom& after)
        : engine_(seed)
        , issued_(after.issued_) {}

    int below(int bound) { return static_cast<int>(engine_() % static_cast<quint64>(bound)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename Container>
    const auto& pick(const Container& items) {
        return items[static_cast<std::size_t>(below(static_cast<int>(std::size(items))))];
    }

    // Time-ordered like the application's own ids: a fixed start (1 January
    // 2026) and one millisecond per id, so the same seed gives the same uuids.
    QString uuid() {
        constexpr qint64 Start = 1767225600000;
        return domain::uuidV7(Start + issued_++, engine_(), engine_());
    }

private:
    std::mt19937_64 engine_;
    qint64 issued_ = 0;
};

} // namespace thidua::services::demo
