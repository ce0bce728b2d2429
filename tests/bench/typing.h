#pragma once

#include <QString>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <vector>

// Search-as-you-type: every prefix of every name typed is one keystroke, timed
// from the key to what the list shows after it.
// The latencies of all keystrokes are reported as p50, p95 and max.
namespace thidua::bench {

// Names as clerks type them: without diacritics, some common, some rare, one
// that matches nobody.
inline const std::vector<QString>& typedNames() {
    static const std::vector<QString> names{
        QStringLiteral("nguyen thi to nga"), QStringLiteral("tran van binh"),
        QStringLiteral("le minh hoa"),       QStringLiteral("pham duc son"),
        QStringLiteral("do thi lan"),        QStringLiteral("vu ngoc an"),
        QStringLiteral("hoang thi mai"),     QStringLiteral("dang quang xuyen")};
    return names;
}

template <typename Keystroke>
void typeNames(benchmark::State& state, const std::vector<QString>& names, Keystroke&& keystroke) {
    std::vector<double> latencies;
    for (auto _ : state) {
        for (const QString& name : names) {
            for (qsizetype typed = 1; typed <= name.size(); ++typed) {
                const auto start = std::chrono::steady_clock::now();
                keystroke(name.left(typed));
                const std::chrono::duration<double, std::milli> took =
                    std::chrono::steady_clock::now() - start;
                latencies.push_back(took.count());
            }
        }
    }
    if (latencies.empty())
        return;
    std::ranges::sort(latencies);
    const auto at = [&latencies](double share) {
        return latencies[static_cast<std::size_t>(share *
                                                  static_cast<double>(latencies.size() - 1))];
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = latencies.back();
    state.counters["keys"] = static_cast<double>(latencies.size());
}

} // namespace thidua::bench
