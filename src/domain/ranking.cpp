#include "ranking.h"

#include <algorithm>
#include <cmath>

namespace thidua::domain {

namespace {

// Points are written to hundredths: 85.004 and 85 are the same total.
long long hundredths(double points) {
    return std::llround(points * 100.0);
}

struct Order {
    std::span<const TieBreak> tieBreaks;
    Share womenShare;

    bool mostlyWomen(const ScoreLine& line) const {
        return line.staff > 0 && reaches(line.women, line.staff, womenShare);
    }

    // Negative when a ranks before b, positive when after, 0 when still equal.
    int compare(const ScoreLine& a, const ScoreLine& b) const;
};

int Order::compare(const ScoreLine& a, const ScoreLine& b) const {
    const auto descending = [](long long x, long long y) {
        return x > y ? -1 : x < y ? 1 : 0;
    };
    if (const int byTotal = descending(hundredths(a.total), hundredths(b.total)))
        return byTotal;
    for (const TieBreak rule : tieBreaks) {
        int order = 0;
        switch (rule) {
        case TieBreak::MoreBonus:
            order = descending(hundredths(a.bonus), hundredths(b.bonus));
            break;
        case TieBreak::FewerPenalties:
            order = -descending(hundredths(a.penalty), hundredths(b.penalty));
            break;
        case TieBreak::WomenPriority:
            order = descending(mostlyWomen(a), mostlyWomen(b));
            break;
        }
        if (order != 0)
            return order;
    }
    return 0;
}

} // namespace

std::vector<RankedLine> rankByTotal(std::vector<ScoreLine> lines,
                                    std::span<const TieBreak> tieBreaks, Share womenShare) {
    const Order order{tieBreaks, womenShare};
    std::stable_sort(lines.begin(), lines.end(), [&](const ScoreLine& a, const ScoreLine& b) {
        return order.compare(a, b) < 0;
    });
    std::vector<RankedLine> ranked;
    ranked.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool tiedWithAbove = i > 0 && order.compare(lines[i - 1], lines[i]) == 0;
        const int rank = tiedWithAbove ? ranked.back().rank : static_cast<int>(i) + 1;
        ranked.push_back({lines[i], rank});
    }
    return ranked;
}

} // namespace thidua::domain
